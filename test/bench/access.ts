/**
 * Benchmark 1, time to access: the COMMITTED action bundle (action/dist/index.cjs) run as the runner
 * runs it (a child process with INPUT_*, GITHUB_* and the event file) against the loopback fakes,
 * for an on-call engineer's grant PR: the check-pr run (event → merged) and the apply run (reconcile
 * → applied). Every fake answers after `rttMs`. The same flow is also run at 0 ms in the same
 * process, so (wall at RTT − wall at 0) / RTT counts the sequential round trips without assuming
 * anything about start-up. Calls are counted from the fakes' own request logs.
 *
 * Unlike test/e2e/run-action.ts, the child gets no tsx preload (the loopback guard): that preload
 * costs more than the bundle's own start-up and would be measured too. Every endpoint the child is
 * given is a loopback fake and METADATA_SERVER_DETECTION=none, so it has nowhere else to go.
 */
import { runAction, type ActionRun, type RunSpec } from '../e2e/run-action.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realSleep, systemClock } from '../../action/src/core/clock.js';
import type { HttpFake } from '../../action/src/sandbox/http-fake.js';
import { startSandboxClouds } from '../../action/src/sandbox/clouds.js';
import { materialize } from '../../action/src/sandbox/github-checkout.js';
import { FakeGitHub, type FileSpec } from '../../action/src/sandbox/github/index.js';
import { FakePagerDuty } from '../../action/src/sandbox/pagerduty.js';
import { examplePolicy, REPO_ROOT } from '../support/builders.js';
import { pullRequestEvent } from '../e2e/events.js';

export const BUNDLE = join(REPO_ROOT, 'action', 'dist', 'index.cjs');
const REPO = 'acme/access';
const ACCOUNT = '111122223333';
const APP_TOKEN = 'ghs_breakglassBenchInstallationToken0001';
const OIDC_JWT =
  'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvYWNjZXNzOmVudmlyb25tZW50OmJyZWFrZ2xhc3MtYXBwbHkifQ.c2ln';
const WIF_AUDIENCE =
  '//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/providers/acme';
const PEOPLE = { alice: 1001, bob: 1002, carol: 1003, dave: 1004 } as const;

export interface RunTiming {
  ms: number;
  code: number | null;
  outputs: Record<string, string>;
  stderr: string;
  github: number;
  aws: number;
  gcp: number;
  /** GCP calls that were the token exchange (workload identity federation), part of `gcp`. */
  gcpToken: number;
  pagerduty: number;
  /**
   * Sequential rounds of requests, read off the fakes' clocks: requests whose [arrival, answer] spans
   * overlap (directly or through others) form one round. Independent of the child's CPU time.
   */
  rounds: number;
}

export interface AccessRun {
  rttMs: number;
  check: RunTiming;
  apply: RunTiming;
}

function repoFiles(): Record<string, FileSpec> {
  const files: Record<string, FileSpec> = {};
  for (const f of readdirSync(join(REPO_ROOT, 'policies')))
    files[`policies/${f}`] = readFileSync(join(REPO_ROOT, 'policies', f));
  files['grants/README.md'] = readFileSync(join(REPO_ROOT, 'grants', 'README.md'));
  files['.github/CODEOWNERS'] = readFileSync(join(REPO_ROOT, '.github', 'CODEOWNERS'));
  return files;
}

/** One fresh world, one grant PR by alice (on call), check-pr then apply, every fake at `rttMs`. */
export async function accessOnce(rttMs: number): Promise<AccessRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'breakglass-bench-access-'));
  const policy = examplePolicy();
  const fake = await new FakeGitHub().start();
  const pd = await new FakePagerDuty().start();
  const clouds = await startSandboxClouds(policy, { clock: systemClock, sleep: realSleep });
  try {
    for (const [login, id] of Object.entries(PEOPLE))
      fake.addUser(login, { id, email: `${login}@example.com` });
    fake.createRepo(REPO, { files: repoFiles() });
    for (const login of Object.keys(PEOPLE)) fake.setCollaborator(login, 'write');
    fake
      .setTeam('example-org/security', ['carol', 'dave'])
      .setTeam('example-org/sre', ['alice', 'bob']);
    fake.addAppToken(APP_TOKEN, { slug: 'breakglass-app' });
    fake.setRuleset({
      id: 1,
      name: 'main protection',
      pullRequest: {
        dismiss_stale_reviews_on_push: true,
        require_code_owner_review: true,
        require_last_push_approval: true,
        required_approving_review_count: 1,
      },
      nonFastForward: true,
      deletion: true,
      bypass: ['breakglass-app[bot]'],
    });
    fake.setWorkflowPermissions({
      default_workflow_permissions: 'read',
      can_approve_pull_request_reviews: false,
    });
    fake.setEnvironment('breakglass-apply', {
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    });
    fake.addWorkflow('.github/workflows/reconcile.yml', { name: 'reconcile' });
    pd.addUser({ id: 'PALICE1', name: 'Alice', email: 'alice@example.com' }).addUser({
      id: 'PBOB002',
      name: 'Bob',
      email: 'bob@example.com',
    });
    const now = Date.now();
    pd.onCall('PSRE001', 'PALICE1', {
      level: 1,
      start: new Date(now - 3600_000).toISOString(),
      end: new Date(now + 8 * 3600_000).toISOString(),
    });

    clouds.crm.expectSubjectToken({ subjectToken: OIDC_JWT, audience: WIF_AUDIENCE });
    writeFileSync(join(tmp, 'oidc-token'), OIDC_JWT);
    const adc = join(tmp, 'gcp-wif.json');
    writeFileSync(
      adc,
      JSON.stringify({
        type: 'external_account',
        audience: WIF_AUDIENCE,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${clouds.crm.url}/v1/token`,
        credential_source: { file: join(tmp, 'oidc-token') },
      }),
    );
    // Production uses ONE IAM endpoint for every account: that fake must know every principal the policies name.
    const iam = clouds.iam(ACCOUNT);
    for (const id of policy.identities.values()) {
      for (const arn of id.aws) {
        if (arn.split(':')[4] === ACCOUNT) continue;
        if (arn.includes(':user/')) iam.addUser(arn);
        else iam.addRole(arn);
      }
    }
    for (const b of policy.bundles.values())
      for (const t of b.aws)
        if (t.assumeRole && t.account !== ACCOUNT) iam.addRole(t.assumeRole.roleArn);

    const fakes: HttpFake[] = [fake, pd, clouds.crm, ...clouds.accounts.values()];
    const spans: [number, number][] = [];
    for (const f of fakes) {
      f.latencyMs = rttMs;
      // The fake's own server (private in HttpFake): arrival and answer time of every request.
      (f['server'] as Server | undefined)?.on('request', (_req, res: ServerResponse) => {
        const t = performance.now();
        res.on('finish', () => spans.push([t, performance.now()]));
      });
    }
    const rounds = (from: number) => countRounds(spans.slice(from));
    const counts = () => ({
      github: fake.log.length,
      aws: [...clouds.accounts.values()].reduce((n, f) => n + f.log.length, 0),
      gcp: clouds.crm.log.length,
      gcpToken: clouds.crm.log.filter((r) => r.path.endsWith('/token')).length,
      pagerduty: pd.log.length,
    });

    const pr = fake.openPullRequest({
      author: 'alice',
      title: 'breakglass: inc-4242-alice',
      head: 'grant-inc-4242-alice',
      files: {
        'grants/inc-4242-alice.yaml':
          'requester: alice\nbundle: prod-readonly\nduration: 2h\nreason: "Read checkout-service logs to find the cause of the incident"\nincident: INC-4242\n',
      },
    });
    const event = {
      eventName: 'pull_request_target',
      payload: pullRequestEvent(fake, pr, 'opened'),
    };
    const inputs = (command: string) => ({
      command,
      'github-token': APP_TOKEN,
      'pagerduty-token': pd.token,
      'opsgenie-api-key': '',
      'dry-run': 'false',
      'aws-region': 'us-east-1',
      'pr-number': '',
    });
    const base = { repository: REPO, apiUrl: fake.url, tmp, ...event };

    const checkWs = (await materialize(fake, join(tmp, 'checkout-check'))).dir;
    const s0 = spans.length;
    const c0 = counts();
    const check = await runBundle({
      ...base,
      inputs: inputs('check-pr'),
      workspace: checkWs,
      env: { BREAKGLASS_PAGERDUTY_URL: pd.url, BREAKGLASS_GITHUB_THROTTLE: 'off' },
    });
    const c1 = counts();
    const checkRounds = rounds(s0);
    if (check.outputs.merged !== 'true')
      throw new Error(
        `bench: check-pr did not merge (exit ${check.code}):\n${check.stdout}\n${check.stderr}`,
      );

    const applyWs = (await materialize(fake, join(tmp, 'checkout-apply'))).dir;
    const s2 = spans.length;
    const c2 = counts();
    const gcpAuthEnv = {
      GOOGLE_APPLICATION_CREDENTIALS: adc,
      GOOGLE_CLOUD_PROJECT: 'acme-prod',
      GCLOUD_PROJECT: 'acme-prod',
      CLOUDSDK_CORE_PROJECT: 'acme-prod',
    };
    const apply = await runBundle({
      ...base,
      inputs: inputs('reconcile'),
      workspace: applyWs,
      env: {
        BREAKGLASS_GITHUB_THROTTLE: 'off',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        BREAKGLASS_AWS_ENDPOINT: iam.url,
        BREAKGLASS_GCP_ROOT_URL: clouds.crm.url,
        ...gcpAuthEnv,
      },
    });
    const c3 = counts();
    const applyRounds = rounds(s2);
    if (apply.code !== 0)
      throw new Error(
        `bench: apply failed (exit ${apply.code}):\n${apply.stdout}\n${apply.stderr}`,
      );
    const grants = iam.calls(/PutRolePolicy/).length;
    if (grants === 0) throw new Error('bench: apply wrote no AWS policy');
    const diff = (a: ReturnType<typeof counts>, b: ReturnType<typeof counts>) => ({
      github: b.github - a.github,
      aws: b.aws - a.aws,
      gcp: b.gcp - a.gcp,
      gcpToken: b.gcpToken - a.gcpToken,
      pagerduty: b.pagerduty - a.pagerduty,
    });
    return {
      rttMs,
      check: {
        ms: check.ms,
        code: check.code,
        outputs: check.outputs,
        stderr: check.stderr,
        rounds: checkRounds,
        ...diff(c0, c1),
      },
      apply: {
        ms: apply.ms,
        code: apply.code,
        outputs: apply.outputs,
        stderr: apply.stderr,
        rounds: applyRounds,
        ...diff(c2, c3),
      },
    };
  } finally {
    await Promise.all([fake.stop(), pd.stop(), clouds.stop()]);
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The bundle as the runner starts it, without the test guard preloaded; wall time from spawn to exit. */
export const runBundle = (spec: Omit<RunSpec, 'guard'> & { env: Record<string, string> }): Promise<ActionRun> => runAction({ ...spec, guard: false });

/** Number of groups of time-overlapping spans: the sequential round trips the requests took. */
export function countRounds(spans: [number, number][]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let rounds = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (s > end) rounds++;
    end = Math.max(end, e);
  }
  return rounds;
}
