/** The bundle exists, requested targets belong to it, and the requester has a principal for each target. */
import { error, type Finding } from '../../core/finding.js';
import type { Grant, LoadedGrant } from '../../grant/grant.js';
import type { Bundle, Identity, Policy } from '../../policy/model.js';
import { fail, notApplicable, pass, type GateCheck } from '../model.js';

/** `aws:<account>` and `gcp:<project>` for every target of a bundle. */
export function bundleTargets(b: Bundle): string[] {
  return [...b.aws.map((t) => `aws:${t.account}`), ...b.gcp.map((t) => `gcp:${t.project}`)];
}

/**
 * Whether a grant file's `targets` are the ones its decision record names, in any order (the record
 * lists none when the file lists none: all of the bundle's). Plan and audit both hold files to this.
 */
export function sameTargets(file: readonly string[] | undefined, record: readonly string[]): boolean {
  return [...(file ?? [])].sort().join(' ') === [...record].sort().join(' ');
}

/** The targets a grant asks for: its `targets`, or all of the bundle's. */
export function selectedTargets(g: Grant, b: Bundle): string[] {
  return g.targets ?? bundleTargets(b);
}

/** Why the identity cannot receive the target, or undefined when it can. */
export function missingPrincipal(identity: Identity, target: string): string | undefined {
  const [cloud, id] = target.split(':') as [string, string];
  if (cloud === 'aws') return identity.aws.some((arn) => arn.split(':')[4] === id) ? undefined : `no AWS principal in account ${id}`;
  return identity.gcp ? undefined : 'no GCP member';
}

export const bundleAndTargets: GateCheck = {
  id: 'bundle-targets',
  check({ grant, policy }) {
    const findings = bundleTargetFindings(grant, policy);
    if (findings === undefined) return notApplicable;
    return findings.length > 0 ? fail(...findings) : pass;
  },
};

/** Findings about a grant's bundle and targets; undefined when the requester has no identity (another check says so). */
export function bundleTargetFindings(grant: LoadedGrant, policy: Policy): Finding[] | undefined {
  const g = grant.grant;
  const bundle = policy.bundles.get(g.bundle);
  const at = (field: string) => ({ file: g.file, field, ...(grant.locate([field]) ?? {}) });
  if (!bundle) return [error('bundle-targets', `unknown bundle "${g.bundle}"; see policies/ for the bundles you can request`, at('bundle'))];
  const identity = policy.identities.get(g.requester.toLowerCase());
  if (!identity) return undefined;
  const all = new Set(bundleTargets(bundle));
  const findings: Finding[] = [];
  for (const t of g.targets ?? []) {
    if (!all.has(t)) findings.push(error('bundle-targets', `target ${t} is not part of bundle "${g.bundle}" (${[...all].join(', ')})`, at('targets')));
  }
  for (const t of selectedTargets(g, bundle)) {
    const why = all.has(t) ? missingPrincipal(identity, t) : undefined;
    if (why) findings.push(error('bundle-targets', `${g.requester} has ${why} (target ${t}); add it to policies/identities.yaml or narrow targets`, at('bundle')));
  }
  return findings;
}
