/**
 * Which revocations to record: grants whose cloud entries are all gone, with their reason. Derived
 * from the plan, this run's results and history, so a crash between a cloud write and its record is
 * recovered by the next run (level-triggered). Pure.
 */
import type { RevocationRecord, RevokeReason } from '../audit/trailers.js';
import type { Entry, ManagedEntry } from '../cloud/model.js';
import { isoSeconds } from '../core/clock.js';
import type { Plan } from '../plan/plan.js';
import type { GrantHistory } from '../repo/grant-records.js';
import { succeeded, type ItemResult } from './execute.js';

export interface PendingRecord {
  record: RevocationRecord;
  /** The grant file to remove from grants/ in the same commit, when it is still there. */
  removePath?: string;
}

/** A short label for a target in a record line. */
export function targetLabel(e: Entry): string {
  return e.kind === 'gcp-binding' ? `gcp:${e.project} ${e.role} ${e.member}` : `aws:${e.principalArn} ${e.policyName}`;
}

export function pendingRecords(input: {
  plan: Plan;
  results: ItemResult[];
  actual: ManagedEntry[];
  history: GrantHistory;
  /** grant id → path, for grant files on this checkout. */
  onBranch: Map<string, string>;
  now: Date;
}): PendingRecord[] {
  const { plan, results, history, onBranch, now } = input;
  const time = isoSeconds(now);
  const out = new Map<string, PendingRecord>();
  const failed = new Set(results.filter((r) => !succeeded(r.result)).map((r) => r.item.grantId));
  const byGrant = new Map<string, ItemResult[]>();
  for (const r of results) {
    if (r.item.change.op !== 'remove' || r.item.reason === 'cleanup') continue;
    byGrant.set(r.item.grantId, [...(byGrant.get(r.item.grantId) ?? []), r]);
  }
  // A scope that could not be read may still hold the grant's access: record nothing until every
  // scope was read (the next run that reads them all removes what is left and records then).
  const allRead = plan.readErrors.length === 0;
  for (const [grantId, rs] of byGrant) {
    if (!allRead || failed.has(grantId) || history.revocations.has(grantId)) continue;
    const reason = rs[0]!.item.reason as RevokeReason;
    const record: RevocationRecord = { grantId, reason, time, results: rs.map((r) => `${targetLabel(r.item.change.entry)} ${r.result.status}`) };
    out.set(grantId, withPath(record, reason, onBranch));
  }
  // Recovery: approved grants that are over (expired, or their file is gone) with nothing live left.
  if (allRead) {
    const live = new Set(input.actual.filter((m) => m.entry.kind !== 'aws-session-revoke').map((m) => m.grantId));
    const status = new Map(plan.desired.grants.map((g) => [g.grantId, g.status]));
    for (const [grantId, approval] of history.everApproved) {
      if (out.has(grantId) || history.revocations.has(grantId) || failed.has(grantId) || live.has(grantId)) continue;
      const present = onBranch.has(grantId);
      if (present && status.get(grantId) !== 'expired') continue;
      const expired = now >= new Date(approval.expires);
      const reason: RevokeReason = present || expired ? 'expired' : 'early';
      out.set(grantId, withPath({ grantId, reason, time, results: ['no live cloud entries'] }, reason, onBranch));
    }
  }
  return [...out.values()].sort((a, b) => a.record.grantId.localeCompare(b.record.grantId));
}

function withPath(record: RevocationRecord, reason: RevokeReason, onBranch: Map<string, string>): PendingRecord {
  const path = onBranch.get(record.grantId);
  return reason === 'expired' && path ? { record, removePath: path } : { record };
}
