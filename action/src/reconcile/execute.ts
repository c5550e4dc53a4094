/**
 * Executes a plan: changes grouped by scope (one GCP read-modify-write per project), scopes run with
 * bounded concurrency, each isolated so one failure never stops the others. Expiry is re-checked by
 * the provider right before each write.
 */
import type { ChangeResult, Cloud, CloudProvider, Entry, Scope } from '../cloud/model.js';
import { entryScope, scopeKey } from '../cloud/model.js';
import type { Clock } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import type { Plan, PlanItem } from '../plan/plan.js';

export type Providers = Partial<Record<Cloud, CloudProvider>>;

export interface ItemResult {
  item: PlanItem;
  result: ChangeResult;
}

/** True while an entry may still be written: grants until expiry, session denies until they may be removed. */
export function stillValid(clock: Clock): (e: Entry) => boolean {
  return (e) => clock.now() < new Date(e.kind === 'aws-session-revoke' ? e.removeAfter : e.expires);
}

export async function executePlan(plan: Plan, deps: { providers: Providers; clock: Clock; concurrency?: number }): Promise<ItemResult[]> {
  const byScope = new Map<string, { scope: Scope; items: PlanItem[] }>();
  for (const item of plan.items) {
    const scope = entryScope(item.change.entry);
    const k = scopeKey(scope);
    const group = byScope.get(k) ?? { scope, items: [] };
    group.items.push(item);
    byScope.set(k, group);
  }
  const guard = { stillValid: stillValid(deps.clock) };
  // Within a scope, removals first: a quota or binding limit then counts what stays, not an expired
  // entry this run removes anyway (which would refuse the new grant until the next run).
  const groups = [...byScope.values()].map((g) => ({ ...g, items: [...g.items.filter((i) => i.change.op === 'remove'), ...g.items.filter((i) => i.change.op !== 'remove')] }));
  const results: ItemResult[][] = new Array(groups.length);
  let next = 0;
  const worker = async () => {
    while (next < groups.length) {
      const i = next++;
      const g = groups[i]!;
      results[i] = await runScope(g.scope, g.items, deps.providers[g.scope.cloud], guard);
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 8, groups.length) }, worker));
  return results.flat();
}

async function runScope(scope: Scope, items: PlanItem[], provider: CloudProvider | undefined, guard: { stillValid(e: Entry): boolean }): Promise<ItemResult[]> {
  const failAll = (message: string): ItemResult[] => items.map((item) => ({ item, result: { change: item.change, status: 'failed', message, retryable: true } }));
  if (!provider) return failAll(`${scope.cloud.toUpperCase()} is not configured for this run`);
  try {
    const results = await provider.write(scope, items.map((i) => i.change), guard);
    return items.map((item, k) => ({ item, result: results[k] ?? { change: item.change, status: 'failed', message: 'provider returned no result for this change' } }));
  } catch (e) {
    return failAll(`unexpected error: ${errorMessage(e)}`);
  }
}

export function succeeded(r: ChangeResult): boolean {
  return r.status === 'done' || r.status === 'already-done';
}
