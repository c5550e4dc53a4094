/**
 * `breakglass demo`: a narrated incident on loopback GitHub, PagerDuty, AWS IAM and GCP, using the
 * production code paths (request, check-pr, reconcile, audit); only the endpoints and the clock differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '../core/clock.js';
import { checkPr, type CheckPrDeps } from '../commands/check-pr.js';
import { doctor } from '../commands/doctor.js';
import { reconcile } from '../commands/reconcile.js';
import { request } from '../commands/request.js';
import { createClient } from '../github/client.js';
import { createGitHubOps } from '../github/octokit-ops.js';
import { githubRecordStore } from '../github/record-store.js';
import { requestOps } from '../github/request-ops.js';
import { createOnCallLookup } from '../oncall/providers.js';
import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/model.js';
import { localRepo } from '../repo/files.js';
import { gitHistory } from '../repo/history.js';
import { startSandboxWorld, WORLD_APP_TOKEN, WORLD_REPO, type SandboxWorld } from '../sandbox/world.js';
import { Narrator } from './narrator.js';
import { awsState, gcpState } from './show.js';
import { auditStep } from './audit-step.js';
import { targetLabel } from '../reconcile/records.js';

const STEPS = 10;
/** The demo's temporary files live under this prefix, so a check can prove they are gone. */
export const DEMO_TMP_PREFIX = 'breakglass-demo-';

export async function runDemo(o: { cwd: string; out: (line: string) => void; start?: Date }): Promise<void> {
  const policiesDir = join(o.cwd, 'policies');
  const loaded = loadPolicy(readdirSync(policiesDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ path: `policies/${f}`, bytes: readFileSync(join(policiesDir, f)) })));
  if (!loaded.ok) throw new Error(`policies/ are invalid; run breakglass validate (${loaded.findings.length} finding(s))`);
  const policy = loaded.loaded.policy;
  const start = new Date(Math.floor((o.start ?? new Date()).getTime() / 60_000) * 60_000);
  const clock = new ManualClock(start);
  // No real waiting anywhere: a retry's sleep moves the demo's clock instead.
  const sleep = async (ms: number) => clock.advance(ms);
  const world = await startSandboxWorld({ policiesDir, policy, clock, sleep, tmpPrefix: DEMO_TMP_PREFIX });
  try {
    await play(world, policy, clock, new Narrator(o.out, STEPS), o.out);
  } finally {
    await world.stop();
  }
}

async function play(world: SandboxWorld, policy: Policy, clock: ManualClock, n: Narrator, out: (l: string) => void): Promise<void> {
  const api = { baseUrl: world.github.url, throttle: false };
  const gh = createGitHubOps({ token: WORLD_APP_TOKEN, repo: WORLD_REPO, ...api });
  const onCall = createOnCallLookup({ schedules: policy.schedules, identities: policy.identities, pagerduty: { token: world.pagerduty.token, baseUrl: world.pagerduty.url }, clock, sleep: async (ms) => clock.advance(ms) });
  const checkDeps = (): CheckPrDeps => ({ gh, clock, policy, onCall, guardrails: () => doctor(gh) });
  const applyJob = async () => {
    const dir = await world.checkout();
    return reconcile({ repo: localRepo(dir), history: gitHistory(dir), providers: world.clouds.providers, records: githubRecordStore(gh, () => gh.defaultBranch()), clock });
  };
  const as = (login: 'alice' | 'bob' | 'carol') => requestOps(createClient({ token: world.tokens[login] ?? '', ...api }), WORLD_REPO);

  n.title(`breakglass demo — ${clock.now().toISOString()}: loopback GitHub ${world.github.url}, PagerDuty, AWS IAM and GCP Resource Manager (nothing leaves this machine)`);

  n.next('alice is paged for INC-4711 (PagerDuty shows her on call for sre-primary, level 1) and asks for production read access:');
  n.detail('$ breakglass request --bundle prod-readonly --duration 1h --incident INC-4711 --reason "Checkout 5xx spike: read logs and metrics"');
  const a = await request({ bundle: 'prod-readonly', duration: '1h', incident: 'INC-4711', reason: 'Checkout 5xx spike since 02:50: read logs and metrics to find the cause', now: clock.now() }, as('alice'));
  n.detail(`→ PR #${a.pr?.number} adds ${a.path}`);

  n.next(`the action checks PR #${a.pr?.number} (pull_request_target, PR read as data at its head SHA)`);
  const c1 = await checkPr(checkDeps(), a.pr!.number);
  n.detail(`decision: ${c1.decision?.outcome.toUpperCase()} by rule ${c1.decision?.rule} — ${c1.decision?.notes.at(-1) ?? ''}`);
  n.detail(`merged as ${c1.merged?.sha.slice(0, 12)} (squash, head SHA pinned); post-use review issue #${c1.reviewIssue} opened`);
  n.detail('decision record in the merge commit:');
  n.detail(trailersOf(world, c1.merged?.sha), 8);

  n.next('the apply job of the same workflow run reconciles (OIDC credentials; here: the loopback clouds)');
  const r1 = await applyJob();
  n.detail(`${r1.results.length} change(s): ${r1.results.map((r) => `${r.item.reason} ${r.result.status}`).join(', ')}; recorded as applied: ${r1.applied.map((x) => x.grantId).join(', ')}`);
  for (const line of [...awsState(world, 'arn:aws:iam::111122223333:role/sre-alice'), ...gcpState(world, 'acme-prod')]) n.detail(line);

  n.next('bob is not on call; he asks for the deploy-fix bundle for 2 hours:');
  const b = await request({ bundle: 'prod-deploy-fix', duration: '2h', reason: 'Roll back the checkout deploy that started INC-4711', incident: 'INC-4711', now: clock.now() }, as('bob'));
  const c2 = await checkPr(checkDeps(), b.pr!.number);
  n.detail(`PR #${b.pr?.number}: ${c2.decision?.outcome.toUpperCase()} by rule ${c2.decision?.rule}; reviews requested from ${c2.requested.join(', ')} (never bob)`);

  n.next('carol approves; then bob pushes a fix to the grant file — the approval was for the old head, so it stops counting');
  world.github.review(b.pr!.number, 'carol', 'APPROVED');
  clock.advance(2 * 60_000);
  world.github.push(b.pr!.number, { [b.path]: b.text.replace('Roll back the checkout deploy', 'Roll back the 02:45 checkout deploy') }, 'bob');
  const c3 = await checkPr(checkDeps(), b.pr!.number);
  n.detail(`after bob's push: ${c3.decision?.outcome.toUpperCase()} (${c3.decision?.ignoredApprovals.map((i) => `${i.login}: ${i.why}`).join('; ') || 'no approvals on the new head'})`);
  clock.advance(3 * 60_000);
  world.github.review(b.pr!.number, 'carol', 'APPROVED');
  const c4 = await checkPr(checkDeps(), b.pr!.number);
  n.detail(`carol approves the new head: ${c4.decision?.outcome.toUpperCase()}, merged as ${c4.merged?.sha.slice(0, 12)} with Breakglass-Approved-By: ${c4.decision?.review?.approvals.join(', ')}`);
  const r2 = await applyJob();
  n.detail(`apply: ${r2.results.map((r) => `${r.item.reason} ${r.result.status}`).join(', ')}`);
  for (const line of [...awsState(world, 'arn:aws:iam::111122223333:role/sre-bob'), ...gcpState(world, 'acme-prod').filter((l) => l.includes('bob'))]) n.detail(line);

  const aliceExpires = new Date(c1.decision!.expires!);
  clock.set(new Date(aliceExpires.getTime() + 3 * 60_000));
  n.next(`${clock.now().toISOString()}: alice's hour is over; the clouds deny by themselves, before any revocation runs`);
  const now = clock.now();
  const awsAllows = world.clouds.iam('111122223333').isAllowed('arn:aws:iam::111122223333:role/sre-alice', 'logs:FilterLogEvents', '*', now);
  const gcpAllows = world.clouds.crm.hasAccess('acme-prod', 'user:alice@example.com', 'roles/viewer', now);
  const bobAllows = world.clouds.crm.hasAccess('acme-prod', 'user:bob@example.com', 'roles/container.developer', now);
  n.detail(`alice: AWS logs:FilterLogEvents ${awsAllows ? 'ALLOWED' : 'denied'}, GCP roles/viewer ${gcpAllows ? 'ALLOWED' : 'denied'}; bob (until ${c4.decision?.expires}): GCP roles/container.developer ${bobAllows ? 'allowed' : 'DENIED'}`);

  n.next('the scheduled reconcile (every 15 minutes, off the hour) removes alice\'s expired entries and records the revocation as a commit');
  const r3 = await applyJob();
  n.detail(r3.results.map((r) => `${r.item.reason} ${targetLabel(r.item.change.entry)}: ${r.result.status}`).join('\n'));
  n.detail(`revocation commit: ${r3.recorded.map((p) => `${p.record.grantId} (${p.record.reason}), file removed from grants/`).join(', ')}`);

  clock.set(new Date(Date.parse(c4.decision!.expires!) + 4 * 60_000));
  n.next(`${clock.now().toISOString()}: bob's two hours are over; reconcile revokes, and a second run has nothing left to do`);
  const r4 = await applyJob();
  n.detail(`${r4.results.length} removal(s), revocation commit for ${r4.recorded.map((p) => p.record.grantId).join(', ')}`);
  const r5 = await applyJob();
  const left = [...awsState(world, 'arn:aws:iam::111122223333:role/sre-alice'), ...awsState(world, 'arn:aws:iam::111122223333:role/sre-bob'), ...gcpState(world, 'acme-prod')];
  n.detail(`second run: ${r5.plan.items.length} change(s), ${r5.recorded.length} record(s); ${left.length === 0 ? 'the clouds hold no breakglass entries' : left.join('; ')}`);

  n.next(`the post-use review issue for alice's break-glass grant is open: #${c1.reviewIssue} "${world.github.issues().find((i) => i.number === c1.reviewIssue)?.title ?? '?'}"`);

  n.next('the audit report, rebuilt from git history alone (the workflow file committed while setting up this sandbox shows as a control change):');
  const dir = await world.checkout();
  out(await auditStep(dir, clock.now()));
}

function trailersOf(world: SandboxWorld, sha: string | undefined): string {
  const commit = world.github.commitsOn().find((c) => c.sha === sha);
  return (commit?.message ?? '').split('\n').filter((l) => l.startsWith('Breakglass-')).join('\n');
}
