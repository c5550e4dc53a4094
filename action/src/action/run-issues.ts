/**
 * The action's issue-driven and scheduled commands: record-review (`issues: closed`),
 * request-from-issue (`issues: opened`) and sweep (`schedule`). Wiring only: the payload is read as
 * data, the command functions decide, the outcome goes to the log, the outputs and the job summary.
 */
import * as core from '@actions/core';
import type { Clock } from '../core/clock.js';
import { recordReview } from '../commands/record-review.js';
import { requestFromIssue } from '../commands/request-from-issue.js';
import { sweep } from '../commands/sweep.js';
import type { GitHubOps } from '../github/ops.js';
import type { RequestOps } from '../github/request-ops.js';
import type { Policy } from '../policy/model.js';
import { readCheckoutHistory } from '../repo/read-history.js';
import { escapeText } from '../report/markdown.js';
import { actionOfEvent, issueOfEvent, senderOfEvent, type RunContext } from './event.js';
import { info } from './log.js';

export interface IssueCommandDeps {
  gh: GitHubOps;
  request: RequestOps;
  clock: Clock;
  policy: Policy | undefined;
  ctx: RunContext;
}

export async function runRecordReview(d: IssueCommandDeps): Promise<void> {
  if (actionOfEvent(d.ctx) !== 'closed') {
    info(`record-review runs when an issue is closed (event action was "${actionOfEvent(d.ctx)}"); nothing to do`);
    return;
  }
  const { history, problem } = await readCheckoutHistory(d.ctx.workspace);
  const r = await recordReview({ gh: d.gh, clock: d.clock, policy: d.policy, ...(history ? { history } : {}), ...(problem ? { historyProblem: problem } : {}) }, issueOfEvent(d.ctx), senderOfEvent(d.ctx));
  core.setOutput('outcome', r.outcome);
  const line = r.outcome === 'recorded' ? `review of ${r.grantId} by ${r.reviewer} recorded as ${r.sha}` : r.outcome === 'already-recorded' ? `review of ${r.grantId} already recorded; nothing to do` : r.outcome === 'reopened' ? `review of ${r.grantId} not recorded, issue reopened: ${r.why}` : r.why;
  info(line);
  core.summary.addHeading('Breakglass: post-use review', 3).addRaw(`${escapeText(line)}\n\n`);
}

export async function runRequestFromIssue(d: IssueCommandDeps): Promise<void> {
  const r = await requestFromIssue({ gh: d.gh, request: d.request, policy: d.policy }, issueOfEvent(d.ctx));
  core.setOutput('outcome', r.outcome);
  if (r.outcome === 'opened' || r.outcome === 'exists') {
    core.setOutput('grant-id', r.grantId);
    if (r.pr) core.setOutput('pr-number', String(r.pr.number));
  }
  const line =
    'why' in r
      ? r.why
      : 'errors' in r
        ? `form invalid: ${r.errors.map((e) => `${e.label}: ${e.message}`).join('; ')}`
        : r.outcome === 'opened'
          ? `opened PR #${r.pr?.number} (${r.grantId})`
          : `a PR for ${r.grantId} already exists (${r.branch})`;
  info(line);
  core.summary.addHeading('Breakglass: request from issue', 3).addRaw(`${escapeText(line)}\n\n`);
}

export async function runSweep(d: Omit<IssueCommandDeps, 'request' | 'ctx'>): Promise<void> {
  const r = await sweep({ gh: d.gh, clock: d.clock, policy: d.policy, log: (m) => info(m) });
  core.setOutput('outcome', `escalated ${r.escalated.length}, closed ${r.closed.length}`);
  core.summary
    .addHeading('Breakglass: sweep', 3)
    .addRaw(`Overdue reviews escalated: ${r.escalated.map((e) => `#${e.issue} (${e.grantId}, due ${e.due})`).join(', ') || 'none'}\n\nStale grant requests closed: ${r.closed.map((c) => `#${c.pr}`).join(', ') || 'none'}\n\n`);
  if (r.staleSkipped) core.setFailed(`stale grant requests were not swept: ${r.staleSkipped}`);
}
