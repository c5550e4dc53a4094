/**
 * The world the end-to-end tests run the action bundle in: FakeGitHub with the access repository
 * (example policies, grants/README.md, CODEOWNERS on main; a ruleset with every review flag, a
 * GitHub App on its bypass list; Actions cannot approve; breakglass-apply limited to protected
 * branches; reconcile.yml active), FakePagerDuty (alice on call now) and the sandbox clouds. Each
 * run gets a checkout made the way actions/checkout makes it (a real git repository of main).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realSleep, systemClock } from '../../action/src/core/clock.js';
import type { Policy } from '../../action/src/policy/model.js';
import type { FakeIam } from '../../action/src/sandbox/aws-iam.js';
import type { SandboxClouds } from '../../action/src/sandbox/clouds.js';
import { startSandboxWorld, strongRuleset } from '../../action/src/sandbox/world.js';
import { materialize } from '../../action/src/sandbox/github-checkout.js';
import { FakeGitHub, type FileSpec, type RulesetSpec } from '../../action/src/sandbox/github/index.js';
import { FakePagerDuty } from '../../action/src/sandbox/pagerduty.js';
import { examplePolicy, REPO_ROOT } from '../support/builders.js';
import { pullRequestEvent, reviewRelayEvent } from './events.js';
import { assertBundleBuilt, runAction, type ActionRun } from './run-action.js';

export const REPO = 'acme/access';
export const ACCOUNT = '111122223333';
export const APP_TOKEN = 'ghs_breakglassAppInstallationToken000001';
const OIDC_JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvYWNjZXNzOmVudmlyb25tZW50OmJyZWFrZ2xhc3MtYXBwbHkifQ.c2ln';
const WIF_AUDIENCE = '//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/providers/acme';

export const PEOPLE = { alice: 1001, bob: 1002, carol: 1003, dave: 1004, mallory: 1666 } as const;

export { strongRuleset };

export interface World {
  fake: FakeGitHub;
  pd: FakePagerDuty;
  clouds: SandboxClouds;
  policy: Policy;
  tmp: string;
  /** The fake IAM of the AWS account the e2e grants use (each account has its own endpoint). */
  iam: FakeIam;
  /** Opens a PR adding `grants/<id>.yaml` (plus any extra files) as `author`. */
  openGrant(author: string, id: string, yaml: string, extra?: Record<string, FileSpec>): number;
  /** check-pr for a `pull_request_target` event (opened or synchronize) of PR `n`. */
  checkPr(n: number, opts?: { action?: 'opened' | 'synchronize'; token?: string }): Promise<ActionRun>;
  /** check-pr started by grant-review.yml (`workflow_run` after the review relay) for a review on `headSha`. */
  checkRelay(headSha: string, reviewer: string, opts?: { token?: string }): Promise<ActionRun>;
  /** Any other command of the action, for an event, in a fresh checkout of main (full history). */
  run(command: string, eventName: string, payload: unknown, opts?: { token?: string }): Promise<ActionRun>;
  /** The apply job of the last check run's workflow run: reconcile in a fresh checkout of main, with OIDC-style cloud credentials. */
  apply(opts?: { token?: string }): Promise<ActionRun>;
  stop(): Promise<void>;
}

/** `requester: …` grant YAML (reason quoted with JSON escapes, which YAML double quotes accept). */
export function grantYaml(g: { requester: string; bundle?: string; duration?: string; reason?: string; incident?: string }): string {
  const lines = [`requester: ${g.requester}`, `bundle: ${g.bundle ?? 'prod-readonly'}`, `duration: ${g.duration ?? '2h'}`, `reason: ${JSON.stringify(g.reason ?? 'Read checkout-service logs to find the cause of the incident')}`];
  if (g.incident) lines.push(`incident: ${g.incident}`);
  return `${lines.join('\n')}\n`;
}

/** The repository's own grants/README.md and CODEOWNERS (the example policies come from policies/). */
function repoFiles(): Record<string, FileSpec> {
  return {
    'grants/README.md': readFileSync(join(REPO_ROOT, 'grants', 'README.md')),
    '.github/CODEOWNERS': readFileSync(join(REPO_ROOT, '.github', 'CODEOWNERS')),
  };
}

/** `guard: false` runs the bundle without the test's loopback guard preloaded (the benchmark times the bundle alone). */
export async function startWorld(opts: { ruleset?: RulesetSpec; canApprove?: boolean; guard?: boolean } = {}): Promise<World> {
  assertBundleBuilt();
  const tmp = mkdtempSync(join(tmpdir(), 'breakglass-e2e-'));
  const policy = examplePolicy();
  // The same world `breakglass demo` plays in; only the clock is the real one here.
  const world = await startSandboxWorld({
    policiesDir: join(REPO_ROOT, 'policies'),
    policy,
    clock: systemClock,
    sleep: realSleep,
    people: PEOPLE,
    teamOrg: 'example-org',
    files: repoFiles(),
    ...(opts.ruleset ? { ruleset: opts.ruleset } : {}),
    ...(opts.canApprove !== undefined ? { canApprove: opts.canApprove } : {}),
    appToken: APP_TOKEN,
  });
  const { github: fake, pagerduty: pd, clouds } = world;
  clouds.crm.expectSubjectToken({ subjectToken: OIDC_JWT, audience: WIF_AUDIENCE });
  writeFileSync(join(tmp, 'oidc-token'), OIDC_JWT);
  const adc = join(tmp, 'gcp-wif.json');
  writeFileSync(adc, JSON.stringify({ type: 'external_account', audience: WIF_AUDIENCE, subject_token_type: 'urn:ietf:params:oauth:token-type:jwt', token_url: `${clouds.crm.url}/v1/token`, credential_source: { file: join(tmp, 'oidc-token') } }));
  // What google-github-actions/auth exports: the credentials file and the project (without the
  // project, google-auth-library walks gcloud and the metadata server looking for one).
  const gcpAuthEnv = { GOOGLE_APPLICATION_CREDENTIALS: adc, GOOGLE_GHA_CREDS_PATH: adc, GOOGLE_CLOUD_PROJECT: 'acme-prod', GCLOUD_PROJECT: 'acme-prod', CLOUDSDK_CORE_PROJECT: 'acme-prod' };
  const iam = clouds.iam(ACCOUNT);
  // IAM is per account: each account gets its own endpoint, as each gets its own profile in production
  // (BREAKGLASS_AWS_PROFILE_<account>); the provider refuses credentials that reach another account.
  const awsEndpoints = Object.fromEntries([...clouds.accounts].map(([account, fake]) => [`BREAKGLASS_AWS_ENDPOINT_${account}`, fake.url]));

  let checkouts = 0;
  const checkout = async () => (await materialize(fake, join(tmp, `checkout-${++checkouts}`))).dir;
  const base = { repository: REPO, apiUrl: fake.url, tmp, ...(opts.guard === false ? { guard: false } : {}) };
  const inputs = (command: string, token: string) => ({ command, 'github-token': token, 'pagerduty-token': pd.token, 'opsgenie-api-key': '', 'dry-run': 'false', 'aws-region': 'us-east-1', 'pr-number': '' });
  const checkEnv = { BREAKGLASS_PAGERDUTY_URL: pd.url, BREAKGLASS_GITHUB_THROTTLE: 'off' };
  // The apply job belongs to the same workflow run as the check job, so it sees the same event.
  let last: { eventName: string; payload: unknown } = { eventName: 'workflow_dispatch', payload: {} };
  const check = async (eventName: string, payload: unknown, token: string | undefined) => {
    last = { eventName, payload };
    return runAction({ ...base, inputs: inputs('check-pr', token ?? APP_TOKEN), eventName, payload, workspace: await checkout(), env: checkEnv });
  };

  return {
    fake,
    pd,
    clouds,
    policy,
    tmp,
    iam,
    openGrant: (author, id, yaml, extra = {}) => fake.openPullRequest({ author, title: `breakglass: ${id}`, head: `grant-${id}`, files: { [`grants/${id}.yaml`]: yaml, ...extra } }),
    checkPr: (n, o = {}) => check('pull_request_target', pullRequestEvent(fake, n, o.action ?? 'opened'), o.token),
    checkRelay: (headSha, reviewer, o = {}) => check('workflow_run', reviewRelayEvent(fake, headSha, reviewer), o.token),
    run: async (command, eventName, payload, o = {}) => runAction({ ...base, inputs: inputs(command, o.token ?? APP_TOKEN), eventName, payload, workspace: await checkout(), env: { BREAKGLASS_GITHUB_THROTTLE: 'off' } }),
    apply: async (o = {}) =>
      runAction({
        ...base,
        inputs: inputs('reconcile', o.token ?? APP_TOKEN),
        ...last,
        workspace: await checkout(),
        env: { BREAKGLASS_GITHUB_THROTTLE: 'off', AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', ...awsEndpoints, BREAKGLASS_GCP_ROOT_URL: clouds.crm.url, ...gcpAuthEnv },
      }),
    async stop() {
      await world.stop();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
