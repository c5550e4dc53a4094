/** Whether an access rule names the requester (users, groups) and the bundle. On-call is judged separately. */
import type { AccessRule, Policy } from '../../policy/model.js';

/** True when the rule's users or groups include the login. */
export function namedInRule(policy: Policy, rule: AccessRule, login: string): boolean {
  const l = login.toLowerCase();
  return rule.who.users.includes(l) || rule.who.groups.some((g) => policy.groups.get(g)?.includes(l) ?? false);
}

/** Schedules the decision must consult for a grant of `bundle`: on-call rules and on-call reviewers. */
export function schedulesToConsult(policy: Policy, bundle: string): string[] {
  const out = new Set<string>();
  for (const r of policy.rules) {
    if (!r.bundles.includes(bundle)) continue;
    if (r.who.onCall) out.add(r.who.onCall.schedule);
    if (r.approval !== 'auto') for (const s of r.approval.reviewers.from) if ('onCall' in s) out.add(s.onCall);
  }
  return [...out].sort();
}
