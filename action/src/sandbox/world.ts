/**
 * The whole loopback world in one call: GitHub (the access repository seeded from a policies/
 * directory, a ruleset with every guardrail, a GitHub App on its bypass list), PagerDuty (alice on
 * call), and the clouds. `breakglass demo` and the end-to-end tests run on it. Everything listens on
 * 127.0.0.1.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, Sleep } from '../core/clock.js';
import { REQUEST_LABEL } from '../grant/issue-form.js';
import type { Policy } from '../policy/model.js';
import { OVERDUE_LABEL, REVIEW_LABEL } from '../report/review-issue.js';
import { LABELS } from '../report/state-labels.js';
import { startSandboxClouds, type SandboxClouds } from './clouds.js';
import { materialize } from './github-checkout.js';
import { FakeGitHub, type FileSpec, type RulesetSpec } from './github/index.js';
import { FakePagerDuty } from './pagerduty.js';

export const WORLD_REPO = { owner: 'acme', repo: 'access' } as const;
export const WORLD_APP_TOKEN = 'ghs_breakglassSandboxAppToken000000001';
export const WORLD_PEOPLE = { alice: 1001, bob: 1002, carol: 1003, dave: 1004 } as const;
/** Who may write to the repository (and so review); anyone else in `people` is an outsider. */
const WRITERS = ['alice', 'bob', 'carol', 'dave'];

export interface WorldOptions {
  policiesDir: string;
  policy: Policy;
  clock: Clock;
  sleep: Sleep;
  /** Login → numeric id; default WORLD_PEOPLE. */
  people?: Record<string, number>;
  /** Organisation of the security and sre teams CODEOWNERS names; default `acme`. */
  teamOrg?: string;
  /** Files added to the repository next to policies/ (they replace the default README and CODEOWNERS). */
  files?: Record<string, FileSpec>;
  /** The ruleset on main; default: every guardrail on, the App on the bypass list. */
  ruleset?: RulesetSpec;
  /** "Allow GitHub Actions to create and approve pull requests"; default off. */
  canApprove?: boolean;
  appToken?: string;
  /** Prefix of the temporary directory holding checkouts; default `breakglass-sandbox-`. */
  tmpPrefix?: string;
}

export interface SandboxWorld {
  github: FakeGitHub;
  pagerduty: FakePagerDuty;
  clouds: SandboxClouds;
  /** A personal token per person, for acting as them (request a grant, review). */
  tokens: Record<string, string>;
  /** A fresh local clone of main, as actions/checkout would make it. */
  checkout(): Promise<string>;
  stop(): Promise<void>;
}

/** The ruleset doctor asks for: PRs with one approval, stale approvals dismissed, code owners, last push; no force push or deletion. */
export function strongRuleset(pullRequest: RulesetSpec['pullRequest'] = {}): RulesetSpec {
  return {
    id: 1,
    name: 'main protection',
    pullRequest: { dismiss_stale_reviews_on_push: true, require_code_owner_review: true, require_last_push_approval: true, required_approving_review_count: 1, ...pullRequest },
    nonFastForward: true,
    deletion: true,
    bypass: ['breakglass-app[bot]'],
  };
}

function repoFiles(o: WorldOptions, org: string): Record<string, FileSpec> {
  const files: Record<string, FileSpec> = {
    'grants/README.md': 'Grant files live here: grants/<id>.yaml.\n',
    '.github/CODEOWNERS': `/policies/ @${org}/security\n/.github/ @${org}/security\n/action/ @${org}/security\n/grants/ @${org}/sre @${org}/security\n`,
  };
  for (const f of readdirSync(o.policiesDir)) if (/\.ya?ml$/.test(f)) files[`policies/${f}`] = readFileSync(join(o.policiesDir, f));
  return { ...files, ...o.files };
}

export async function startSandboxWorld(o: WorldOptions): Promise<SandboxWorld> {
  const tmp = mkdtempSync(join(tmpdir(), o.tmpPrefix ?? 'breakglass-sandbox-'));
  const org = o.teamOrg ?? 'acme';
  const github = await new FakeGitHub({ clock: o.clock }).start();
  const tokens: Record<string, string> = {};
  for (const [login, id] of Object.entries(o.people ?? WORLD_PEOPLE)) {
    github.addUser(login, { id, email: `${login}@example.com` });
    tokens[login] = `ghp_sandbox_${login}`;
  }
  github.createRepo(`${WORLD_REPO.owner}/${WORLD_REPO.repo}`, { files: repoFiles(o, org) });
  for (const login of Object.keys(tokens)) {
    if (WRITERS.includes(login)) github.setCollaborator(login, 'write');
    github.addToken(tokens[login]!, login);
  }
  github.setTeam(`${org}/security`, ['carol', 'dave']).setTeam(`${org}/sre`, ['alice', 'bob']);
  github.addAppToken(o.appToken ?? WORLD_APP_TOKEN, { slug: 'breakglass-app' });
  github.setRuleset(o.ruleset ?? strongRuleset());
  github.setWorkflowPermissions({ default_workflow_permissions: 'read', can_approve_pull_request_reviews: o.canApprove ?? false });
  github.setEnvironment('breakglass-apply', { deployment_branch_policy: { protected_branches: true, custom_branch_policies: false } });
  github.addWorkflow('.github/workflows/reconcile.yml', { name: 'reconcile' });
  // The labels the tool applies, as a repository in use has them (the first decision creates them
  // through REST; after that they are applied by id, in the same request as the sticky comment).
  for (const label of [...Object.values(LABELS), REVIEW_LABEL, OVERDUE_LABEL, REQUEST_LABEL]) github.addLabel(label);

  const pagerduty = await new FakePagerDuty().start();
  pagerduty.now = () => o.clock.now();
  pagerduty.addUser({ id: 'PALICE1', name: 'Alice', email: 'alice@example.com' }).addUser({ id: 'PBOB002', name: 'Bob', email: 'bob@example.com' });
  const t = o.clock.now().getTime();
  pagerduty.onCall('PSRE001', 'PALICE1', { level: 1, start: new Date(t - 3600_000).toISOString(), end: new Date(t + 12 * 3600_000).toISOString() });

  const clouds = await startSandboxClouds(o.policy, { clock: o.clock, sleep: o.sleep, random: () => 0.5 });
  let n = 0;
  return {
    github,
    pagerduty,
    clouds,
    tokens,
    checkout: async () => (await materialize(github, join(tmp, `checkout-${++n}`))).dir,
    async stop() {
      await Promise.all([github.stop(), pagerduty.stop(), clouds.stop()]);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
