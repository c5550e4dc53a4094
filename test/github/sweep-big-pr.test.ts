/**
 * One old open PR that changes 3,000 or more files (GitHub lists no more; anyone can open one from a
 * fork) is no grant request: sweep skips it and still closes the stale grant requests after it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ManualClock } from '../../action/src/core/clock.js';
import { sweep } from '../../action/src/commands/sweep.js';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import { startSandboxWorld, WORLD_APP_TOKEN, WORLD_REPO, type SandboxWorld } from '../../action/src/sandbox/world.js';
import { examplePolicy, REPO_ROOT } from '../support/builders.js';

const GRANT = 'requester: alice\nbundle: prod-readonly\nduration: 1h\nreason: "Checkout 5xx: read the logs"\nincident: INC-1\n';

void describe('sweep and a huge PR', () => {
  const clock = new ManualClock(new Date().toISOString());
  const policy = examplePolicy();
  let world: SandboxWorld;
  before(async () => {
    world = await startSandboxWorld({ policiesDir: join(REPO_ROOT, 'policies'), policy, clock, sleep: async (ms) => clock.advance(ms) });
  });
  after(() => world.stop());

  void it('still closes a stale grant PR opened after an old 3,000-file PR', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`junk/f${i}.txt`] = `${i}\n`;
    const big = world.github.openPullRequest({ author: 'bob', title: 'big refactor', head: 'big', files });
    const stale = world.github.openPullRequest({ author: 'alice', title: 'grant', head: 'g1', files: { 'grants/g1.yaml': GRANT } });
    const old = new Date(Date.now() - 48 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    for (const n of [big, stale]) { world.github.pull(n).createdAt = old; world.github.issue(n).createdAt = old; }
    const gh = createGitHubOps({ token: WORLD_APP_TOKEN, baseUrl: world.github.url, repo: WORLD_REPO, throttle: false });
    let error: unknown;
    try { await sweep({ gh, clock, policy }); } catch (e) { error = e; }
    assert.equal(error, undefined, `sweep threw: ${String(error)}`);
    assert.equal(world.github.pull(stale).state, 'closed', 'the stale grant PR is closed');
  });
});
