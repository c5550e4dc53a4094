/**
 * The whole loopback world in one call: GitHub (the access repository seeded from a policies/
 * directory, a ruleset with every guardrail, a GitHub App on its bypass list), PagerDuty (alice on
 * call), and the clouds. `breakglass demo` runs on it; tests can too. Everything listens on 127.0.0.1.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, Sleep } from '../core/clock.js';
import type { Policy } from '../policy/model.js';
import { startSandboxClouds, type SandboxClouds } from './clouds.js';
import { materialize } from './github-checkout.js';
import { FakeGitHub, type FileSpec } from './github/index.js';
import { FakePagerDuty } from './pagerduty.js';

export const WORLD_REPO = { owner: 'acme', repo: 'access' } as const;
export const WORLD_APP_TOKEN = 'ghs_breakglassSandboxAppToken000000001';
export const WORLD_PEOPLE = { alice: 1001, bob: 1002, carol: 1003, dave: 1004 } as const;

export interface SandboxWorld {
  github: FakeGitHub;
  pagerduty: FakePagerDuty;
  clouds: SandboxClouds;
  /** A personal token per person, for acting as them (request a grant, review). */
  tokens: Record<keyof typeof WORLD_PEOPLE, string>;
  /** A fresh local clone of main, as actions/checkout would make it. */
  checkout(): Promise<string>;
  stop(): Promise<void>;
}

/** Files of the access repository: the given policies/, plus a grants/ README and CODEOWNERS. */
function repoFiles(policiesDir: string): Record<string, FileSpec> {
  const files: Record<string, FileSpec> = {};
  for (const f of readdirSync(policiesDir)) if (/\.ya?ml$/.test(f)) files[`policies/${f}`] = readFileSync(join(policiesDir, f));
  files['grants/README.md'] = 'Grant files live here: grants/<id>.yaml.\n';
  files['.github/CODEOWNERS'] = '/policies/ @acme/security\n/.github/ @acme/security\n/action/ @acme/security\n/grants/ @acme/sre @acme/security\n';
  return files;
}

export async function startSandboxWorld(o: { policiesDir: string; policy: Policy; clock: Clock; sleep: Sleep }): Promise<SandboxWorld> {
  const tmp = mkdtempSync(join(tmpdir(), 'breakglass-sandbox-'));
  const github = await new FakeGitHub({ clock: o.clock }).start();
  const tokens = {} as Record<keyof typeof WORLD_PEOPLE, string>;
  for (const [login, id] of Object.entries(WORLD_PEOPLE) as [keyof typeof WORLD_PEOPLE, number][]) {
    github.addUser(login, { id, email: `${login}@example.com` });
    tokens[login] = `ghp_sandbox_${login}`;
  }
  github.createRepo(`${WORLD_REPO.owner}/${WORLD_REPO.repo}`, { files: repoFiles(o.policiesDir) });
  for (const login of Object.keys(WORLD_PEOPLE)) {
    github.setCollaborator(login, 'write');
    github.addToken(tokens[login as keyof typeof WORLD_PEOPLE], login);
  }
  github.setTeam('acme/security', ['carol', 'dave']).setTeam('acme/sre', ['alice', 'bob']);
  github.addAppToken(WORLD_APP_TOKEN, { slug: 'breakglass-app' });
  github.setRuleset({
    id: 1,
    name: 'main protection',
    pullRequest: { dismiss_stale_reviews_on_push: true, require_code_owner_review: true, require_last_push_approval: true, required_approving_review_count: 1 },
    nonFastForward: true,
    deletion: true,
    bypass: ['breakglass-app[bot]'],
  });
  github.setWorkflowPermissions({ default_workflow_permissions: 'read', can_approve_pull_request_reviews: false });
  github.setEnvironment('breakglass-apply', { deployment_branch_policy: { protected_branches: true, custom_branch_policies: false } });
  github.addWorkflow('.github/workflows/reconcile.yml', { name: 'reconcile' });

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
