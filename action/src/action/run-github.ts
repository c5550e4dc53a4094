/**
 * Every action command but validate: they talk to GitHub (reconcile also to the clouds). A separate
 * bundle file (dist/run-github.cjs) that run.ts loads only for these commands, so a validate run never
 * parses Octokit or the decision code. Errors and the job summary are run.ts's business.
 */
import * as core from '@actions/core';
import { realSleep, systemClock } from '../core/clock.js';
import { formatFinding } from '../core/finding.js';
import { checkPr } from '../commands/check-pr.js';
import { doctor } from '../commands/doctor.js';
import { reconcile } from '../commands/reconcile.js';
import { httpDateOf } from '../reconcile/clock-skew.js';
import { providersFromEnv } from '../cli/clouds-from-env.js';
import { createOnCallLookup } from '../oncall/providers.js';
import { createOps } from '../github/octokit-ops.js';
import { githubRecordStore } from '../github/record-store.js';
import { checkoutHead } from '../repo/checkout-head.js';
import { localRepo } from '../repo/files.js';
import { gitHistory } from '../repo/history.js';
import { readCheckoutHistory } from '../repo/read-history.js';
import { loadPolicies } from '../repo/load-all.js';
import { decisionText } from '../report/decision-text.js';
import { reconcileText } from '../report/plan-text.js';
import { payloadDefaultBranch, pullRequestsToCheck, type RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { annotate, checkPrOutputs, mergedOutputs } from './report.js';
import { runRecordReview, runRequestFromIssue, runSweep } from './run-issues.js';
import { info } from './log.js';

export async function runGitHubCommand(inputs: Readonly<ActionInputs>, ctx: RunContext, env: Record<string, string | undefined>): Promise<void> {
  // BREAKGLASS_GITHUB_THROTTLE=off drops the client-side write spacing (1 s between writes, GitHub's
  // advice) for loopback fakes and the demo; set by workflows only, never by a PR.
  const throttle = env.BREAKGLASS_GITHUB_THROTTLE === 'off' ? { throttle: false } : {};
  const { gh, request } = createOps({ token: inputs.token, baseUrl: ctx.apiUrl, repo: ctx.repo, log: (m) => core.debug(m), ...throttle });
  const fromPayload = payloadDefaultBranch(ctx);
  if (fromPayload) gh.knowDefaultBranch(fromPayload);
  const repo = localRepo(ctx.workspace);
  const deps = { clock: systemClock, sleep: realSleep };
  if (inputs.command === 'doctor') {
    const report = await doctor(gh);
    core.summary.addHeading('Breakglass: repository guardrails', 3).addTable([[{ data: 'check', header: true }, { data: 'status', header: true }, { data: 'detail', header: true }], ...report.checks.map((c) => [c.id, c.status, c.message])]);
    if (report.weak.length > 0) core.setFailed(`weak guardrails: ${report.weak.map((c) => c.id).join(', ')}`);
    return;
  }
  // Policies come from the workspace, which the workflow checks out at the default branch: trusted data.
  const policies = await loadPolicies(repo);
  if (!policies.loaded) annotate(policies.findings);
  const issueDeps = { gh, request, clock: systemClock, policy: policies.loaded?.policy, ctx };
  if (inputs.command === 'record-review') return await runRecordReview(issueDeps);
  if (inputs.command === 'request-from-issue') return await runRequestFromIssue(issueDeps);
  if (inputs.command === 'sweep') return await runSweep(issueDeps);
  if (inputs.command === 'check-pr') {
    const policy = policies.loaded?.policy;
    const onCall = createOnCallLookup({ schedules: policy?.schedules ?? new Map(), identities: policy?.identities ?? new Map(), ...onCallCredentials(inputs, env), ...deps });
    const prs = await pullRequestsToCheck(ctx, gh, inputs.prNumber);
    // A review relayed for a commit that is no longer any PR's head: the push's own event re-checks it.
    if (prs.length === 0) info(`no open pull request has its head at the commit this ${ctx.eventName} event names; nothing to check`);
    // The default branch's history, read once: extensions and overdue post-use reviews are judged from it.
    const { history, problem } = await readCheckoutHistory(ctx.workspace);
    if (problem) core.warning(`${problem}: automatic approval is refused until the history is complete`);
    const historyDeps = { ...(history ? { history } : {}), ...(problem ? { historyProblem: problem } : {}) };
    for (const n of prs) {
      const onMerged = (pr: number, sha: string) => mergedOutputs(pr, sha);
      const r = await checkPr({ gh, policy, onCall, guardrails: () => doctor(gh), log: (m) => info(m), onMerged, ...deps, ...historyDeps }, n);
      checkPrOutputs(r);
      if (r.skipped) info(r.skipped);
      // The decision in the run log too (one line per fact; user text is kept on its line, GH-03).
      if (r.decision) for (const line of decisionText(r.decision).split('\n')) info(line);
      if (r.decision) annotate(r.decision.reasons);
      if (r.comment) core.summary.addRaw(r.comment, true);
      if (r.decision?.outcome === 'reject') core.setFailed(`grant rejected: ${r.decision.reasons.map(formatFinding).join('; ')}`);
      if (r.revoke) annotate(r.revoke.reasons);
      if (r.revoke?.outcome === 'reject') core.setFailed(`revocation PR rejected: ${r.revoke.reasons.map(formatFinding).join('; ')}`);
    }
    return;
  }
  if (!policies.loaded) throw new Error(`policies/ are invalid; nothing applied:\n${policies.findings.map(formatFinding).join('\n')}`);
  // Started before the cloud SDKs load (synchronously, on this thread), so git reads the history and
  // the checkout's head in its own processes meanwhile; reconcile awaits the same (memoised) answer.
  const history = gitHistory(ctx.workspace);
  history.commits().catch(() => {});
  const head = checkoutHead(ctx.workspace);
  const providers = await providersFromEnv(policies.loaded.policy, { env: { ...env, AWS_REGION: env.AWS_REGION ?? inputs.awsRegion }, ...deps });
  // The branch records go to and the head they build on, known before the first record is due.
  const recordBranch = gh.defaultBranch();
  void Promise.all([recordBranch, head])
    .then(([branch, at]) => at && gh.knowBranchHead(branch, at))
    .catch(() => {});
  const r = await reconcile(
    {
      repo,
      history,
      providers,
      records: githubRecordStore(gh, () => recordBranch),
      clock: systemClock,
      log: (m) => info(m),
      // F-08: no cloud write when the runner's clock is over 60 s off a server's Date (GitHub's API by default).
      serverTime: httpDateOf(env.BREAKGLASS_CLOCK_CHECK_URL ?? `${ctx.apiUrl}/`),
    },
    { dryRun: inputs.dryRun },
  );
  const text = reconcileText(r);
  info(text);
  core.summary.addHeading('Breakglass: reconcile', 3).addCodeBlock(text, 'text');
  for (const f of r.failedApplies) core.warning(`apply failed for ${f.item.grantId}: ${f.result.message ?? f.result.status}`);
  if (r.clockSkew) core.setFailed(r.clockSkew);
  else if (r.failedRevocations.length > 0 || r.recordErrors.length > 0 || r.plan.readErrors.length > 0) core.setFailed('reconcile did not converge: see the summary; the next run retries');
}

function onCallCredentials(inputs: ActionInputs, env: Record<string, string | undefined>) {
  return {
    pagerduty: inputs.pagerdutyToken ? { token: inputs.pagerdutyToken, baseUrl: env.BREAKGLASS_PAGERDUTY_URL } : undefined,
    opsgenie: inputs.opsgenieApiKey ? { apiKey: inputs.opsgenieApiKey, baseUrl: env.BREAKGLASS_OPSGENIE_URL } : undefined,
  };
}
