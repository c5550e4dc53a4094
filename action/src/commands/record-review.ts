/**
 * `record-review`: a closed post-use review issue becomes a `review` record in git (GOV-01).
 *
 * The issue and the person who closed it come from the `issues: closed` event payload, as data. The
 * issue must be one the tool opened (a bot's issue with REVIEW_LABEL and a valid marker) for a grant
 * that git history shows was approved without a human (no approvers), with the same requester.
 * Who may complete the review: the post-use reviewers of the grant's bundle (policy/reviewers.ts:
 * the named users and group members of the reviewed rules covering the bundle, or the `security`
 * group when no reviewed rule covers it), matched by login and declared GitHub id, never the
 * requester, never a bot. Anyone else closing it gets it reopened with the reason. Idempotent: a
 * review already in history records nothing.
 */
import { isoSeconds, type Clock } from '../core/clock.js';
import { UserError } from '../core/errors.js';
import { reviewTrailers } from '../audit/trailers.js';
import type { GitHubOps } from '../github/ops.js';
import type { Policy } from '../policy/model.js';
import { isOneOf, postUseReviewers, sameAccount } from '../policy/reviewers.js';
import type { GrantHistory } from '../repo/grant-records.js';
import { code } from '../report/markdown.js';
import { readReviewMarker, REVIEW_LABEL } from '../report/review-issue.js';

export interface Account {
  login: string;
  id: number;
  isBot: boolean;
}

export interface ClosedIssue {
  number: number;
  body: string;
  labels: string[];
  author: Account;
}

export interface RecordReviewDeps {
  gh: GitHubOps;
  clock: Clock;
  policy: Policy | undefined;
  history?: GrantHistory;
  historyProblem?: string;
}

export type RecordReviewResult =
  | { outcome: 'skipped'; why: string }
  | { outcome: 'already-recorded'; grantId: string }
  | { outcome: 'recorded'; grantId: string; reviewer: string; sha: string }
  | { outcome: 'reopened'; grantId: string; why: string };

export async function recordReview(deps: RecordReviewDeps, issue: ClosedIssue, closer: Account): Promise<RecordReviewResult> {
  if (!issue.labels.includes(REVIEW_LABEL)) return { outcome: 'skipped', why: `issue #${issue.number} is not a post-use review (no ${REVIEW_LABEL} label)` };
  const marker = readReviewMarker(issue.body);
  if (!marker) return { outcome: 'skipped', why: `issue #${issue.number} carries no valid review marker` };
  if (!issue.author.isBot) return { outcome: 'skipped', why: `issue #${issue.number} was opened by ${issue.author.login}, not by the tool` };
  // Fail the run (the issue stays closed, audit keeps showing the review as missing) rather than guess.
  if (!deps.history || deps.historyProblem) throw new UserError(`cannot judge the review of ${marker.grantId}: ${deps.historyProblem ?? 'no git history'}`);
  const history = deps.history;
  const grantId = marker.grantId;
  if (history.reviews.has(grantId)) return { outcome: 'already-recorded', grantId };
  const approval = history.everApproved.get(grantId);
  if (!approval || approval.approvedBy.length > 0 || approval.requester.toLowerCase() !== marker.requester.toLowerCase()) {
    return { outcome: 'skipped', why: `git history has no on-call approval of ${grantId} for ${marker.requester}; issue #${issue.number} is not a review this tool opened` };
  }
  const reopen = async (why: string): Promise<RecordReviewResult> => {
    await deps.gh.setIssueState(issue.number, 'open');
    await deps.gh.addComment(issue.number, `Reopened: the post-use review of ${code(grantId)} was not recorded because ${why}.`);
    return { outcome: 'reopened', grantId, why };
  };
  if (!deps.policy) return reopen('policies/ on the default branch are invalid, so nobody can be shown to be a reviewer');
  if (closer.isBot) return reopen(`it was closed by a bot (${code(closer.login)}); a person must review`);
  if (sameAccount(deps.policy, approval.requester, closer)) return reopen(`${code(closer.login)} is the requester, and nobody reviews their own access`);
  const eligible = postUseReviewers(deps.policy, approval.bundle, approval.requester);
  if (!isOneOf(deps.policy, eligible, closer)) {
    return reopen(`${code(closer.login)} is not a reviewer for bundle ${code(approval.bundle)} (reviewers: ${eligible.map(code).join(', ') || 'none declared in policies/'})`);
  }
  const time = isoSeconds(deps.clock.now());
  const message = `breakglass: post-use review of ${grantId} by ${closer.login}\n\n${reviewTrailers({ grantId, time, reviewer: closer.login, issue: String(issue.number) })}\n`;
  const sha = await deps.gh.commitOnBranch(await deps.gh.defaultBranch(), { message, removePaths: [] });
  await deps.gh.addComment(issue.number, `Review by ${code(closer.login)} recorded in git at ${code(time)} as commit ${code(sha.slice(0, 12))}.`);
  return { outcome: 'recorded', grantId, reviewer: closer.login, sha };
}
