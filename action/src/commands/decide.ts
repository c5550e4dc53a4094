/**
 * `breakglass decide` and the decision step of the action: gather on-call evidence for every
 * schedule the candidate rules consult (in parallel), then run the pure engine.
 */
import { isoSeconds } from '../core/clock.js';
import type { Finding } from '../core/finding.js';
import { schedulesToConsult } from '../decision/checks/requester-matches.js';
import { decide, grantWindow } from '../decision/decide.js';
import type { Decision, DecisionInput, PullRequestFacts, Review } from '../decision/model.js';
import { grantIdFromPath, type LoadedGrant } from '../grant/grant.js';
import type { OnCallLookup } from '../oncall/providers.js';
import type { Policy } from '../policy/model.js';
import type { GrantHistory } from '../repo/grant-records.js';
import { extensionFacts, overdueReviews } from '../decision/history-facts.js';

export interface EvaluateInput {
  policy: Policy | undefined;
  /** The grant, or the findings that stopped it from loading. */
  grant: LoadedGrant | { file: string; findings: Finding[] };
  pr: PullRequestFacts;
  reviews: Review[];
  now: Date;
  onCall: OnCallLookup;
  autoApprovalBlocked?: string[];
  extendsUntil?: string;
  /** Git history of the default branch: extensions and overdue post-use reviews are judged from it. */
  history?: GrantHistory;
}

/** A rejection that never reached the engine: unreadable grant or policies. */
export function rejected(file: string, findings: Finding[], headSha: string, now: Date): Decision {
  const id = grantIdFromPath(file) ?? '';
  return {
    outcome: 'reject',
    grantId: id,
    file,
    requester: '',
    bundle: '',
    headSha,
    reasons: findings,
    notes: [],
    onCall: [],
    ignoredApprovals: [],
    decidedAt: isoSeconds(now),
  };
}

export async function evaluateGrant(input: EvaluateInput): Promise<Decision> {
  const { grant, policy } = input;
  if (!('grant' in grant)) return rejected(grant.file, grant.findings, input.pr.headSha, input.now);
  if (!policy) {
    const f: Finding = { ruleId: 'policy/invalid', severity: 'error', message: 'policies/ on the base branch are invalid; no grant can be decided until they are fixed (run `breakglass validate`)', file: grant.grant.file };
    return rejected(grant.grant.file, [f], input.pr.headSha, input.now);
  }
  // A grant id names one lifecycle in the audit log: an id git has seen approved before cannot be reused.
  if (input.history?.everApproved.has(grant.grant.id)) {
    const f: Finding = { ruleId: 'grant/id-reused', severity: 'error', message: `grant id "${grant.grant.id}" was already used by an earlier grant; choose a new file name`, file: grant.grant.file, line: 1, column: 1 };
    return rejected(grant.grant.file, [f], input.pr.headSha, input.now);
  }
  const schedules = schedulesToConsult(policy, grant.grant.bundle);
  const onCall = await Promise.all(schedules.map((s) => input.onCall.snapshot(s, input.now)));
  const decisionInput: DecisionInput = { grant, policy, pr: input.pr, reviews: input.reviews, onCall, now: input.now };
  const blocked = [...(input.autoApprovalBlocked ?? [])];
  if (input.history) {
    if (grant.grant.extends) decisionInput.extension = extensionFacts(input.history, grant.grant.extends);
    if (policy.settings.review.blockOnOverdue) {
      for (const o of overdueReviews(input.history, grant.grant.requester, input.now, policy.settings.review.dueHours)) {
        blocked.push(`the post-use review of ${o.grantId} was due ${o.due} and is not done`);
      }
    }
  }
  if (blocked.length > 0) decisionInput.autoApprovalBlocked = blocked;
  if (input.extendsUntil) decisionInput.extendsUntil = input.extendsUntil;
  // A window that starts later is approved on call only if the requester is on call then as well.
  const start = new Date(grantWindow(decisionInput).start);
  if (start.getTime() > input.now.getTime() && schedules.length > 0) {
    decisionInput.onCallAtStart = await Promise.all(schedules.map((s) => input.onCall.snapshot(s, start)));
  }
  return decide(decisionInput);
}
