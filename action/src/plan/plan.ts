/**
 * The plan: desired entries against what the clouds hold. Level-triggered and pure: whatever
 * happened before, the plan converges the clouds to "the valid grants on main now".
 */
import type { Change, Entry, ManagedEntry, ProviderFlag, Scope } from '../cloud/model.js';
import { entryKey, entryScope } from '../cloud/model.js';
import { isoSeconds } from '../core/clock.js';
import type { Policy } from '../policy/model.js';
import type { GrantHistory } from '../repo/grant-records.js';
import { awsSessionRevokeEntry } from './aws-entries.js';
import type { DesiredState } from './desired.js';
import { stableJson } from './stable-json.js';

export type PlanReason = 'apply' | 'restore' | 'expired' | 'early' | 'drift' | 'end-sessions' | 'cleanup';

export interface PlanItem {
  change: Change;
  grantId: string;
  reason: PlanReason;
}

export interface Plan {
  at: string;
  items: PlanItem[];
  /** Managed entries already as desired. */
  unchanged: number;
  flags: ProviderFlag[];
  readErrors: { scope: Scope; message: string }[];
  desired: DesiredState;
}

/** Longest session AWS allows; used when a role's own cap is unknown so no session can outlive the deny. */
const MAX_SESSION_SECONDS = 43_200;

export function computePlan(input: {
  policy: Policy;
  desired: DesiredState;
  actual: ManagedEntry[];
  flags?: ProviderFlag[];
  readErrors?: { scope: Scope; message: string }[];
  history: GrantHistory;
  now: Date;
}): Plan {
  const { policy, desired, actual, history, now } = input;
  const unreadable = new Set((input.readErrors ?? []).map((e) => scopeId(e.scope)));
  const actualByKey = new Map(actual.map((m) => [m.key, m]));
  const desiredKeys = new Set<string>();
  const items: PlanItem[] = [];
  let unchanged = 0;
  for (const e of desired.entries) {
    const key = entryKey(e);
    desiredKeys.add(key);
    // A scope that could not be read is left alone: writing blind could duplicate or clobber.
    if (unreadable.has(scopeId(entryScope(e)))) continue;
    const found = actualByKey.get(key);
    if (!found) items.push({ change: { op: 'put', entry: e }, grantId: e.grantId, reason: 'apply' });
    else if (!sameEntry(found.entry, e)) items.push({ change: { op: 'put', entry: e }, grantId: e.grantId, reason: 'restore' });
    else unchanged++;
  }
  const activeIds = new Set(desired.grants.filter((g) => g.status !== 'expired').map((g) => g.grantId));
  for (const m of actual) {
    if (desiredKeys.has(m.key)) continue;
    const e = m.entry;
    if (e.kind === 'aws-session-revoke') {
      if (now >= new Date(e.removeAfter)) items.push({ change: { op: 'remove', entry: e }, grantId: m.grantId, reason: 'cleanup' });
      else unchanged++;
      continue;
    }
    // An id git never approved is drift whatever its window says, and so is an entry the grant does
    // not want while the grant itself is still active (a stray member or policy under its name, or a
    // target the policy no longer gives it): removing it does not end the grant. A grant that is over
    // ends as expired or early.
    const reason: PlanReason =
      activeIds.has(m.grantId) || !history.everApproved.has(m.grantId) ? 'drift' : entryExpired(e, now) ? 'expired' : 'early';
    items.push({ change: { op: 'remove', entry: e }, grantId: m.grantId, reason });
    const endSessions = sessionRevokeFor(policy, e, reason, now);
    if (endSessions && !actualByKey.has(entryKey(endSessions))) {
      items.push({ change: { op: 'put', entry: endSessions }, grantId: m.grantId, reason: 'end-sessions' });
    }
  }
  const planned = new Set(items.map((i) => entryKey(i.change.entry)));
  for (const deny of missedSessionDenies(policy, history, activeIds, now)) {
    const key = entryKey(deny);
    if (planned.has(key) || actualByKey.has(key) || unreadable.has(scopeId(entryScope(deny)))) continue;
    items.push({ change: { op: 'put', entry: deny }, grantId: deny.grantId, reason: 'end-sessions' });
  }
  return { at: isoSeconds(now), items, unchanged, flags: input.flags ?? [], readErrors: input.readErrors ?? [], desired };
}

function scopeId(s: Scope): string {
  return s.cloud === 'aws' ? `aws:${s.principalArn}` : `gcp:${s.project}`;
}

function entryExpired(e: Entry, now: Date): boolean {
  return e.kind !== 'aws-session-revoke' && now >= new Date(e.expires);
}

function sameEntry(a: Entry, b: Entry): boolean {
  if (a.kind === 'gcp-binding' && b.kind === 'gcp-binding') return a.condition.expression === b.condition.expression;
  if (a.kind !== 'gcp-binding' && b.kind !== 'gcp-binding') return stableJson(a.document) === stableJson(b.document);
  return false;
}

/** For a removed assume-role grant: deny sessions issued before the revocation, so live sessions end too (AWS-02). */
function sessionRevokeFor(policy: Policy, e: Entry, reason: PlanReason, now: Date): Entry | undefined {
  if (e.kind !== 'aws-inline') return undefined;
  const roles = e.document.Statement.filter((s) => [s.Action].flat().includes('sts:AssumeRole')).flatMap((s) => [s.Resource].flat());
  const roleArn = roles[0];
  if (roles.length !== 1 || !roleArn || roleArn.includes('*')) return undefined;
  const configured = [...policy.bundles.values()].flatMap((b) => b.aws).find((t) => t.assumeRole?.roleArn === roleArn)?.assumeRole?.maxSessionSeconds;
  const maxSessionSeconds = configured ?? MAX_SESSION_SECONDS;
  const revokedAt = reason === 'expired' ? new Date(Math.min(now.getTime(), Date.parse(e.expires))) : now;
  if (revokedAt.getTime() + maxSessionSeconds * 1000 <= now.getTime()) return undefined;
  return awsSessionRevokeEntry({ grantId: e.grantId, account: e.account, roleArn, revokedAt, maxSessionSeconds });
}

/**
 * The session denies an ended assume-role grant still needs when no revocation is recorded for it:
 * its access was removed in an earlier run whose deny failed (or never ran), so the removal is not
 * in this plan. Until the deny exists, recovery records nothing for the grant (records.ts), and the
 * deny is planned again on every run while sessions from the grant can still be live (AWS-02).
 * From history and the policy: the approval's bundle, its AWS targets with an assumed role; only for
 * grants with an apply record.
 */
function missedSessionDenies(policy: Policy, history: GrantHistory, activeIds: Set<string>, now: Date): Entry[] {
  const out: Entry[] = [];
  for (const [grantId, approval] of history.everApproved) {
    // Only grants whose access was applied: a deny also ends other people's older sessions of the role.
    if (activeIds.has(grantId) || history.revocations.has(grantId) || !history.applied.has(grantId)) continue;
    const bundle = policy.bundles.get(approval.bundle);
    if (!bundle) continue;
    const expires = Date.parse(approval.expires);
    const revokedAt = new Date(Math.min(now.getTime(), expires));
    for (const t of bundle.aws) {
      if (!t.assumeRole || (approval.targets.length > 0 && !approval.targets.includes(`aws:${t.account}`))) continue;
      const maxSessionSeconds = t.assumeRole.maxSessionSeconds ?? MAX_SESSION_SECONDS;
      if (revokedAt.getTime() + maxSessionSeconds * 1000 <= now.getTime()) continue;
      out.push(awsSessionRevokeEntry({ grantId, account: t.account, roleArn: t.assumeRole.roleArn, revokedAt, maxSessionSeconds }));
    }
  }
  return out;
}

/** Every scope reconcile must read: where grants may land (for drift and expiry) and where desired entries go. */
export function scopesToRead(policy: Policy, desired: DesiredState, history?: GrantHistory, now?: Date): Scope[] {
  const out = new Map<string, Scope>();
  const add = (s: Scope) => out.set(scopeId(s), s);
  const accounts = new Set<string>();
  const projects = new Set<string>();
  for (const b of policy.bundles.values()) {
    for (const t of b.aws) {
      accounts.add(t.account);
      if (t.assumeRole) add({ cloud: 'aws', account: t.account, principalArn: t.assumeRole.roleArn });
    }
    for (const t of b.gcp) {
      projects.add(t.project);
      add({ cloud: 'gcp', project: t.project });
    }
  }
  // Where grants not yet revoked were applied, as their apply records say: a principal policies/ no
  // longer names (an identity's ARN changed) may still hold one. Only accounts the policy still has,
  // and only until the grant's expiry (the clouds end it then; a principal deleted since would
  // otherwise fail every read, and a run with a read error records no revocation).
  for (const [grantId, applied] of history?.applied ?? []) {
    const approval = history?.everApproved.get(grantId);
    if (history?.revocations.has(grantId) || !approval || (now && now.getTime() >= Date.parse(approval.expires))) continue;
    for (const s of appliedScopes(applied.results)) {
      if (s.cloud === 'aws' ? accounts.has(s.account) : projects.has(s.project)) add(s);
    }
  }
  for (const id of policy.identities.values()) {
    for (const arn of id.aws) {
      const account = arn.split(':')[4] ?? '';
      if (accounts.has(account)) add({ cloud: 'aws', account, principalArn: arn });
    }
  }
  for (const e of desired.entries) add(entryScope(e));
  return [...out.values()].sort((a, b) => scopeId(a).localeCompare(scopeId(b)));
}

/** The scopes named by apply-record lines (`aws:<principal ARN> <policy> applied`, `gcp:<project> ...`). */
export function appliedScopes(results: readonly string[]): Scope[] {
  const out: Scope[] = [];
  for (const line of results) {
    const target = line.split(' ', 1)[0] ?? '';
    const aws = /^aws:(arn:aws:iam::(\d{12}):(?:role|user)\/[\w+=,.@/-]+)$/.exec(target);
    if (aws) out.push({ cloud: 'aws', account: aws[2]!, principalArn: aws[1]! });
    const gcp = /^gcp:([a-z][a-z0-9-]{4,28}[a-z0-9])$/.exec(target);
    if (gcp) out.push({ cloud: 'gcp', project: gcp[1]! });
  }
  return out;
}
