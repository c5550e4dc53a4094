/**
 * check-pr decides only grant PRs into the default branch: a decision squash-merged into another
 * branch would carry its trailers to main when that branch is merged later (the review relay and
 * the `pr-number` input can reach any open PR).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkPr } from '../../action/src/commands/check-pr.js';
import { doctor } from '../../action/src/commands/doctor.js';
import { ManualClock } from '../../action/src/core/clock.js';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import { createOnCallLookup } from '../../action/src/oncall/providers.js';
import { startSandboxWorld, WORLD_APP_TOKEN, WORLD_REPO, type SandboxWorld } from '../../action/src/sandbox/world.js';
import { examplePolicy, REPO_ROOT } from '../support/builders.js';

const GRANT = 'requester: alice\nbundle: prod-readonly\nduration: 1h\nreason: "Checkout 5xx: read the logs"\nincident: INC-1\n';

void describe('check-pr and the base branch', () => {
  const clock = new ManualClock('2026-11-22T03:00:00Z');
  const policy = examplePolicy();
  let world: SandboxWorld;
  before(async () => {
    world = await startSandboxWorld({ policiesDir: join(REPO_ROOT, 'policies'), policy, clock, sleep: async (ms) => clock.advance(ms) });
  });
  after(() => world.stop());
  const run = (n: number) => {
    const gh = createGitHubOps({ token: WORLD_APP_TOKEN, baseUrl: world.github.url, repo: WORLD_REPO, throttle: false });
    const onCall = createOnCallLookup({ schedules: policy.schedules, identities: policy.identities, pagerduty: { token: world.pagerduty.token, baseUrl: world.pagerduty.url }, clock, sleep: async () => {} });
    return checkPr({ gh, clock, policy, onCall, guardrails: () => doctor(gh) }, n);
  };

  void it('skips an on-call grant PR into another branch: no decision, no merge', async () => {
    world.github.openPullRequest({ author: 'bob', title: 'staging', head: 'staging', files: { 'notes.txt': 'x' } });
    const n = world.github.openPullRequest({ author: 'alice', title: 'grant', head: 'g-staging', base: 'staging', files: { 'grants/inc-1-staging.yaml': GRANT } });
    const r = await run(n);
    assert.equal(r.merged, undefined);
    assert.equal(r.decision, undefined);
    assert.match(r.skipped ?? '', /targets staging, not the default branch main/);
  });

  void it('still decides and merges the same grant PR into the default branch', async () => {
    const n = world.github.openPullRequest({ author: 'alice', title: 'grant', head: 'g-main', files: { 'grants/inc-1-main.yaml': GRANT } });
    const r = await run(n);
    assert.equal(r.decision?.outcome, 'approve');
    assert.ok(r.merged);
  });

  void it('reports the merge at once: a publish that fails after the merge still leaves the apply job its trigger', async () => {
    const n = world.github.openPullRequest({ author: 'alice', title: 'grant', head: 'g-publish', files: { 'grants/inc-1-publish.yaml': GRANT } });
    const gh = createGitHubOps({ token: WORLD_APP_TOKEN, baseUrl: world.github.url, repo: WORLD_REPO, throttle: false, retryAfterBaseValue: 0 });
    const merge = gh.mergePull.bind(gh);
    // GitHub has a bad minute right after the merge: the publish mutation answers 502, retries included.
    gh.mergePull = async (...a) => {
      const r = await merge(...a);
      world.github.fail('POST /graphql', { status: 502 }, 10);
      return r;
    };
    const onCall = createOnCallLookup({ schedules: policy.schedules, identities: policy.identities, pagerduty: { token: world.pagerduty.token, baseUrl: world.pagerduty.url }, clock, sleep: async () => {} });
    const merged: [number, string][] = [];
    await assert.rejects(checkPr({ gh, clock, policy, onCall, guardrails: () => doctor(gh), onMerged: (pr, sha) => merged.push([pr, sha]) }, n));
    world.github.clearFaults();
    assert.ok(world.github.pull(n).merged);
    assert.deepEqual(merged.map(([pr, sha]) => [pr, sha.length]), [[n, 40]]);
  });

  void it('a grant with thousands of schema errors is rejected with a comment GitHub accepts, not a crashed run', async () => {
    const flood = `requester: alice\nbundle: prod-readonly\nduration: 1h\nreason: "Checkout 5xx: read the logs"\ntargets: [${Array(3000).fill('[]').join(',')}]\n`;
    const n = world.github.openPullRequest({ author: 'alice', title: 'grant', head: 'g-flood', files: { 'grants/flood.yaml': flood } });
    const r = await run(n);
    assert.equal(r.decision?.outcome, 'reject');
    assert.ok(r.decision.reasons.length > 1000);
    assert.ok((r.comment ?? '').length <= 60_200, `comment is ${r.comment?.length} chars`);
    assert.match(r.comment ?? '', /… and \d+ more \(every one is annotated on the file and listed in the run log\)/);
  });
});
