/**
 * Maps a project's allow policy to the entries the tool manages: one entry per member of each
 * binding titled `breakglass-…`, plus flags for what makes an entry moot or its window unknown.
 */
import { parseManagedCondition } from '../../plan/gcp-entries.js';
import { MANAGED_PREFIX, entryKey } from '../model.js';
import type { GcpBindingEntry, ManagedEntry, ProviderFlag, Scope } from '../model.js';
import { holdsUnconditionally } from './policy.js';
import type { IamPolicy } from './policy.js';

/** Managed entries (one per member of each breakglass-titled binding) and what makes them moot or unreadable. */
export function managedEntries(
  scope: Scope & { cloud: 'gcp' },
  policy: IamPolicy,
): { entries: ManagedEntry[]; flags: ProviderFlag[] } {
  const bindings = policy.bindings ?? [];
  const entries: ManagedEntry[] = [];
  const flags: ProviderFlag[] = [];
  for (const b of bindings) {
    const cond = b.condition;
    if (!cond?.title?.startsWith(MANAGED_PREFIX)) continue;
    const parsed = parseManagedCondition(cond)!;
    for (const member of b.members) {
      const entry: GcpBindingEntry = {
        kind: 'gcp-binding',
        grantId: parsed.grantId,
        project: scope.project,
        role: b.role,
        member,
        condition: {
          title: cond.title,
          description: cond.description ?? '',
          expression: cond.expression,
        },
        // An unknown window is left empty: the entry is still found (and removable) by its key.
        start: parsed.kind === 'managed' ? parsed.start : '',
        expires: parsed.kind === 'managed' ? parsed.expires : '',
      };
      entries.push({ scope, key: entryKey(entry), grantId: parsed.grantId, entry });
      if (parsed.kind === 'drift') {
        flags.push({
          scope,
          ruleId: 'gcp/unknown-window',
          message: `${cond.title} for ${member} on ${b.role}: ${parsed.reason}`,
        });
      }
      if (holdsUnconditionally(bindings, b.role, member)) {
        flags.push({
          scope,
          ruleId: 'gcp/unconditional-binding',
          message: `${member} holds ${b.role} on ${scope.project} without a condition, so ${cond.title} cannot limit it in time; access persists after expiry`,
        });
      }
    }
  }
  return { entries, flags };
}
