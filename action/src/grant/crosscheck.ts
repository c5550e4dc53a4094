/**
 * Checks a grant file against policies outside any PR: the checks `validate` can make without
 * knowing the author, the reviews or who is on call.
 */
import { error, type Finding } from '../core/finding.js';
import { bundleTargetFindings } from '../decision/checks/bundle-targets.js';
import { namedInRule } from '../decision/checks/requester-matches.js';
import type { Policy } from '../policy/model.js';
import { formatDuration } from './duration.js';
import type { LoadedGrant } from './grant.js';

export function crossCheckGrant(loaded: LoadedGrant, policy: Policy): Finding[] {
  const g = loaded.grant;
  const at = (field: string) => ({ file: g.file, field, ...(loaded.locate([field]) ?? {}) });
  const findings: Finding[] = [];
  if (!policy.identities.has(g.requester.toLowerCase())) {
    findings.push(error('grant/unknown-identity', `requester "${g.requester}" has no identity in policies/`, at('requester')));
  }
  findings.push(...(bundleTargetFindings(loaded, policy) ?? []));
  const bundle = policy.bundles.get(g.bundle);
  if (!bundle) return findings;
  if (g.durationMinutes > bundle.maxDurationMinutes) {
    findings.push(error('grant/duration', `duration ${g.duration} is over bundle "${g.bundle}"'s maximum of ${formatDuration(bundle.maxDurationMinutes)}`, at('duration')));
  }
  const candidates = policy.rules.filter((r) => r.bundles.includes(g.bundle) && (r.who.onCall !== undefined || namedInRule(policy, r, g.requester)));
  if (candidates.length === 0) {
    findings.push(error('grant/no-rule', `no access rule lets ${g.requester} request bundle "${g.bundle}"`, at('bundle')));
  } else if (candidates.every((r) => g.durationMinutes > r.maxDurationMinutes)) {
    const longest = Math.max(...candidates.map((r) => r.maxDurationMinutes));
    findings.push(error('grant/duration', `duration ${g.duration} is over every matching rule's maximum (at most ${formatDuration(longest)})`, at('duration')));
  }
  return findings;
}
