/**
 * Which applications to record: approved grants whose every cloud entry is now in place and that
 * history has no apply record for yet. Derived each run (level-triggered), so a crash between the
 * cloud write and the commit is recorded by the next run. Pure.
 */
import type { ApplyRecord } from '../audit/trailers.js';
import { entryKey, UNVERIFIED, type ManagedEntry } from '../cloud/model.js';
import { isoSeconds } from '../core/clock.js';
import type { Plan } from '../plan/plan.js';
import type { GrantHistory } from '../repo/grant-records.js';
import { succeeded, type ItemResult } from './execute.js';
import { targetLabel } from './records.js';

export function pendingApplyRecords(input: { plan: Plan; results: ItemResult[]; actual: ManagedEntry[]; history: GrantHistory; now: Date }): ApplyRecord[] {
  const { plan, results, history } = input;
  const present = new Set(input.actual.map((m) => m.key));
  const planned = new Map(plan.items.filter((i) => i.change.op === 'put').map((i) => [entryKey(i.change.entry), i]));
  // Applied means seen applied (F-07): a write whose read-back never showed it waits for a later
  // run's read to find it in place before its apply record is written.
  const ok = new Set(results.filter((r) => r.item.change.op === 'put' && succeeded(r.result) && r.result.message !== UNVERIFIED).map((r) => entryKey(r.item.change.entry)));
  const invalid = new Set(plan.desired.invalid.map((i) => i.grantId));
  const out: ApplyRecord[] = [];
  for (const g of plan.desired.grants) {
    if (g.status === 'expired' || history.applied.has(g.grantId) || invalid.has(g.grantId)) continue;
    const entries = plan.desired.entries.filter((e) => e.grantId === g.grantId);
    if (entries.length === 0) continue;
    const inPlace = entries.every((e) => {
      const k = entryKey(e);
      return planned.has(k) ? ok.has(k) : present.has(k);
    });
    if (inPlace) out.push({ grantId: g.grantId, time: isoSeconds(input.now), results: entries.map((e) => `${targetLabel(e)} applied`) });
  }
  return out.sort((a, b) => a.grantId.localeCompare(b.grantId));
}
