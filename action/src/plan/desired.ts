/**
 * Desired state: the valid grants on this checkout whose adding commit carries a decision record,
 * turned into cloud entries with the window from that record. Pure.
 */
import type { DecisionRecord } from '../audit/trailers.js';
import type { Entry } from '../cloud/model.js';
import type { Finding } from '../core/finding.js';
import { sameTargets, selectedTargets } from '../decision/checks/bundle-targets.js';
import type { Grant, LoadedGrant } from '../grant/grant.js';
import type { Policy } from '../policy/model.js';
import { awsAssumeRoleEntry, awsInlineEntry } from './aws-entries.js';
import { gcpBindingEntry } from './gcp-entries.js';

export interface GrantOnBranch {
  path: string;
  grantId: string;
  loaded?: LoadedGrant;
  findings: Finding[];
  record?: DecisionRecord;
}

export type GrantStatus = 'active' | 'scheduled' | 'expired';

export interface DesiredGrant {
  grantId: string;
  path: string;
  requester: string;
  bundle: string;
  start: string;
  expires: string;
  status: GrantStatus;
  targets: string[];
}

export interface DesiredState {
  entries: Entry[];
  grants: DesiredGrant[];
  /** Grant files without a decision record: never applied. */
  unapproved: { path: string; grantId: string; why: string }[];
  /** Grant files that no longer parse or no longer fit policies: never applied. */
  invalid: { path: string; grantId: string; problems: string[] }[];
}

/** Entries for one grant over [start, expires): one AWS inline policy per account, one GCP binding per project and role. */
export function entriesForGrant(policy: Policy, grant: Grant, start: Date, expires: Date): { entries: Entry[]; problems: string[] } {
  const bundle = policy.bundles.get(grant.bundle);
  const identity = policy.identities.get(grant.requester.toLowerCase());
  if (!bundle) return { entries: [], problems: [`bundle "${grant.bundle}" no longer exists in policies/`] };
  if (!identity) return { entries: [], problems: [`requester "${grant.requester}" has no identity in policies/`] };
  const wanted = new Set(selectedTargets(grant, bundle));
  const entries: Entry[] = [];
  const problems: string[] = [];
  for (const t of bundle.aws) {
    if (!wanted.has(`aws:${t.account}`)) continue;
    const principalArn = identity.aws.find((arn) => arn.split(':')[4] === t.account);
    if (!principalArn) {
      problems.push(`${grant.requester} has no AWS principal in account ${t.account}`);
      continue;
    }
    const base = { grantId: grant.id, account: t.account, principalArn, start, expires };
    try {
      entries.push(t.assumeRole ? awsAssumeRoleEntry({ ...base, roleArn: t.assumeRole.roleArn }) : awsInlineEntry({ ...base, statements: t.statements ?? [] }));
    } catch (e) {
      problems.push(`aws:${t.account}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const t of bundle.gcp) {
    if (!wanted.has(`gcp:${t.project}`)) continue;
    if (!identity.gcp) {
      problems.push(`${grant.requester} has no GCP member`);
      continue;
    }
    for (const role of t.roles) {
      try {
        entries.push(gcpBindingEntry({ grantId: grant.id, project: t.project, role, member: identity.gcp, start, expires }));
      } catch (e) {
        problems.push(`gcp:${t.project} ${role}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  return { entries, problems };
}

/**
 * The entries the valid grants on the branch want now. `revocations`: the revocation recorded for
 * each grant id (history). A grant already revoked is not applied again even if its file comes back
 * (a re-add carrying the old decision record), and an extension of a grant revoked early is not
 * applied either, since whoever cut the grant short meant its access to end, not to resume when the
 * old window would have closed.
 */
export function desiredState(policy: Policy, grants: readonly GrantOnBranch[], now: Date, revocations: ReadonlyMap<string, { reason: string }> = new Map()): DesiredState {
  const out: DesiredState = { entries: [], grants: [], unapproved: [], invalid: [] };
  for (const g of grants) {
    if (!g.record) {
      out.unapproved.push({ path: g.path, grantId: g.grantId, why: 'the commit that added it carries no decision record (Breakglass-Action: approve)' });
      continue;
    }
    if (!g.loaded) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: g.findings.map((f) => f.message) });
      continue;
    }
    const grant = g.loaded.grant;
    const r = g.record;
    if (r.requester.toLowerCase() !== grant.requester.toLowerCase() || r.bundle !== grant.bundle) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: ['the decision record names a different requester or bundle than the file'] });
      continue;
    }
    const revoked = revocations.get(g.grantId);
    if (revoked) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: [`grant ${g.grantId} was already revoked (${revoked.reason}); a grant file for it is not applied again`] });
      continue;
    }
    if (r.extends !== undefined && revocations.get(r.extends)?.reason === 'early') {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: [`it extends ${r.extends}, which was revoked early`] });
      continue;
    }
    // The targets approved are the record's: a file edited after its approval does not widen them.
    if (!sameTargets(grant.targets, r.targets)) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: ['the grant file names other targets than its decision record (the file changed after approval)'] });
      continue;
    }
    const start = new Date(r.start);
    const expires = new Date(r.expires);
    // The record's window is what decide wrote: the file's duration, within the bundle's maximum. A
    // longer one (a record not written by decide, or a bundle since tightened) is not applied.
    // (A bundle policies/ no longer has is reported by entriesForGrant.)
    const bundleMax = policy.bundles.get(grant.bundle)?.maxDurationMinutes ?? grant.durationMinutes;
    const longest = Math.min(grant.durationMinutes, bundleMax) * 60_000;
    if (!(expires.getTime() - start.getTime() <= longest)) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: [`the decision record's window ${r.start} → ${r.expires} is longer than the grant's duration (${grant.durationMinutes} min) or bundle ${grant.bundle}'s maximum (${bundleMax} min)`] });
      continue;
    }
    const status: GrantStatus = now >= expires ? 'expired' : now < start ? 'scheduled' : 'active';
    const targets = policy.bundles.get(grant.bundle) ? selectedTargets(grant, policy.bundles.get(grant.bundle)!) : [];
    out.grants.push({ grantId: grant.id, path: g.path, requester: grant.requester, bundle: grant.bundle, start: r.start, expires: r.expires, status, targets });
    if (status === 'expired') continue;
    const { entries, problems } = entriesForGrant(policy, grant, start, expires);
    if (problems.length > 0) out.invalid.push({ path: g.path, grantId: g.grantId, problems });
    out.entries.push(...entries);
  }
  return out;
}
