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
    // An id git never approved is drift whatever its window says; a known grant ends as expired or early.
    const known = activeIds.has(m.grantId) || history.everApproved.has(m.grantId);
    const reason: PlanReason = !known ? 'drift' : entryExpired(e, now) ? 'expired' : 'early';
    items.push({ change: { op: 'remove', entry: e }, grantId: m.grantId, reason });
    const endSessions = sessionRevokeFor(policy, e, reason, now);
    if (endSessions && !actualByKey.has(entryKey(endSessions))) {
      items.push({ change: { op: 'put', entry: endSessions }, grantId: m.grantId, reason: 'end-sessions' });
    }
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

/** Every scope reconcile must read: where grants may land (for drift and expiry) and where desired entries go. */
export function scopesToRead(policy: Policy, desired: DesiredState): Scope[] {
  const out = new Map<string, Scope>();
  const add = (s: Scope) => out.set(scopeId(s), s);
  const accounts = new Set<string>();
  for (const b of policy.bundles.values()) {
    for (const t of b.aws) {
      accounts.add(t.account);
      if (t.assumeRole) add({ cloud: 'aws', account: t.account, principalArn: t.assumeRole.roleArn });
    }
    for (const t of b.gcp) add({ cloud: 'gcp', project: t.project });
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
