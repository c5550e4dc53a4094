import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ManualClock } from '../../action/src/core/clock.js';
import { checkPr } from '../../action/src/commands/check-pr.js';
import { doctor } from '../../action/src/commands/doctor.js';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import { createOnCallLookup } from '../../action/src/oncall/providers.js';
import { startSandboxWorld, WORLD_APP_TOKEN, WORLD_REPO, type SandboxWorld } from '../../action/src/sandbox/world.js';
import { examplePolicy, REPO_ROOT } from '../support/builders.js';

describe('check-pr makes no redundant GitHub call (issue 8: time to access)', () => {
  const clock = new ManualClock('2026-11-22T03:00:00Z');
  const policy = examplePolicy();
  let world: SandboxWorld;
  before(async () => {
    world = await startSandboxWorld({ policiesDir: join(REPO_ROOT, 'policies'), policy, clock, sleep: async (ms) => clock.advance(ms) });
  });
  after(() => world.stop());

  it("an on-call PR is decided and merged with one tree listing, one comment lookup and no repos.get", async () => {
    const n = world.github.openPullRequest({
      author: 'alice',
      title: 'grant',
      head: 'grant-inc-1',
      files: { 'grants/inc-1-alice.yaml': 'requester: alice\nbundle: prod-readonly\nduration: 1h\nreason: "Checkout 5xx: read the logs"\nincident: INC-1\n' },
    });
    const gh = createGitHubOps({ token: WORLD_APP_TOKEN, baseUrl: world.github.url, repo: WORLD_REPO, throttle: false });
    const onCall = createOnCallLookup({ schedules: policy.schedules, identities: policy.identities, pagerduty: { token: world.pagerduty.token, baseUrl: world.pagerduty.url }, clock, sleep: async () => {} });
    world.github.log.length = 0;
    const r = await checkPr({ gh, clock, policy, onCall, guardrails: () => doctor(gh) }, n);
    assert.equal(r.decision?.outcome, 'approve');
    assert.ok(r.merged, 'merged in this run');
    const count = (op: string) => world.github.calls(op).length;
    assert.equal(count('GET /repos/{owner}/{repo}/git/trees/{tree_sha}'), 1, 'the head tree is listed once');
    assert.equal(count('GET /repos/{owner}/{repo}/issues/{issue_number}/comments'), 1, 'the sticky comment is looked up once');
    assert.equal(count('GET /repos/{owner}/{repo}'), 0, 'the default branch comes from pulls.get');
    assert.equal(count('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge'), 1);
  });
});
