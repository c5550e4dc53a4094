/**
 * `sweep` (scheduled): escalates overdue post-use reviews and closes stale grant requests.
 *
 * - Open review issues (REVIEW_LABEL) past the due time in their marker get OVERDUE_LABEL and one
 *   comment. The label is the idempotence key: an issue that has it is left alone.
 * - Open grant PRs (they add a grant file) older than settings.staleRequestHours, counted from when
 *   they were opened, are closed with a comment: an approved request is merged at once, so an open
 *   one is not approved, and access asked for that long ago is no longer what the incident needs.
 *   Revocation PRs and PRs that touch no grant are never closed.
 */
import { errorMessage } from '../core/errors.js';
import { isoSeconds, type Clock } from '../core/clock.js';
import type { GitHubOps } from '../github/ops.js';
import { classify } from '../github/pr-facts.js';
import type { Policy } from '../policy/model.js';
import { code } from '../report/markdown.js';
import { OVERDUE_LABEL, readReviewMarker, REVIEW_LABEL } from '../report/review-issue.js';

export const STALE_MARKER = '<!-- breakglass:stale -->';

export interface SweepDeps {
  gh: GitHubOps;
  clock: Clock;
  /** Undefined when policies are invalid: escalations still run, stale requests are left for the next valid run. */
  policy: Policy | undefined;
  log?: (line: string) => void;
}

export interface SweepResult {
  escalated: { issue: number; grantId: string; due: string }[];
  closed: { pr: number; openedAt: string }[];
  /** Why stale requests were not swept, when they were not. */
  staleSkipped?: string;
}

export async function sweep(deps: SweepDeps): Promise<SweepResult> {
  const result: SweepResult = { escalated: await escalate(deps), closed: [] };
  if (!deps.policy) {
    result.staleSkipped = 'policies/ are invalid, so the stale-request limit is unknown';
    return result;
  }
  result.closed = await closeStale(deps, deps.policy.settings.staleRequestHours);
  return result;
}

async function escalate(deps: SweepDeps): Promise<SweepResult['escalated']> {
  const now = deps.clock.now().getTime();
  const out: SweepResult['escalated'] = [];
  for (const issue of await deps.gh.listOpenIssues(REVIEW_LABEL)) {
    const marker = readReviewMarker(issue.body);
    if (!marker || !issue.author.isBot || issue.labels.includes(OVERDUE_LABEL) || Date.parse(marker.due) >= now) continue;
    const hours = Math.floor((now - Date.parse(marker.due)) / 3600_000);
    const body = [
      `⏰ **Overdue**: the post-use review of ${code(marker.grantId)} (requester ${code(marker.requester)}) was due ${code(marker.due)} UTC${hours > 0 ? `, ${hours} h ago` : ''}.`,
      '',
      `Escalated with the ${code(OVERDUE_LABEL)} label; \`breakglass audit\` lists it until it is done. While it is open, ${code(marker.requester)}'s next on-call request needs a human approval (when policies set \`review.blockOnOverdue\`). Close this issue once reviewed to record the review in git.`,
    ].join('\n');
    // Comment first, label second: a failure between them repeats the comment next hour rather than
    // leaving an issue labelled overdue that nobody was told about.
    await deps.gh.addComment(issue.number, body);
    await deps.gh.setLabels(issue.number, [OVERDUE_LABEL], []);
    deps.log?.(`review issue #${issue.number} (${marker.grantId}) is overdue since ${marker.due}: escalated`);
    out.push({ issue: issue.number, grantId: marker.grantId, due: marker.due });
  }
  return out;
}

async function closeStale(deps: SweepDeps, hours: number): Promise<SweepResult['closed']> {
  const now = deps.clock.now().getTime();
  const out: SweepResult['closed'] = [];
  for (const pr of await deps.gh.listOpenPulls()) {
    const opened = Date.parse(pr.createdAt);
    if (Number.isNaN(opened) || now - opened <= hours * 3600_000) continue;
    // A PR whose files cannot be listed (GitHub stops at 3,000) is no grant PR: check-pr refuses
    // it too. Skipped, so one such PR never keeps the sweep from the grant requests after it.
    const files = await deps.gh.listPullFiles(pr.number).catch((e: unknown) => {
      deps.log?.(`PR #${pr.number}: files not listed (${errorMessage(e)}); not a grant request, left open`);
      return undefined;
    });
    if (!files || classify(files) !== 'grant') continue;
    const body = `${STALE_MARKER}\nClosed: this grant request was opened ${code(isoSeconds(new Date(opened)))} UTC and was not approved within ${hours} h (\`staleRequestHours\` in policies/). If access is still needed, open a new request.`;
    await deps.gh.upsertComment(pr.number, STALE_MARKER, body);
    await deps.gh.closePull(pr.number);
    deps.log?.(`grant PR #${pr.number} opened ${pr.createdAt} was not approved within ${hours} h: closed`);
    out.push({ pr: pr.number, openedAt: pr.createdAt });
  }
  return out;
}
