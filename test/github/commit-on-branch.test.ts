import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import type { GitHubOps } from '../../action/src/github/ops.js';
import { O, startWorld, type World } from './world.js';

/** Record commits through the git-data API, built on the head a checkout saw (issue 8: the apply run's rounds). */
describe('commitOnBranch builds on the known head only when it is the branch tip', () => {
  let w: World;
  let gh: GitHubOps;
  const who = { name: 'GitHub', email: 'noreply@github.com', date: '2026-11-22T03:00:00Z' };
  const repo = () => w.fake.repo();
  const tip = () => repo().refs.get('heads/main')!;
  const commit = (sha: string) => repo().git.commits.get(sha)!;
  const ops = () => w.fake.log.map((r) => r.op);

  before(async () => {
    w = await startWorld();
    w.fake.state.commitOnBranch(repo(), 'main', { 'README.md': 'hello\n' }, 'Initial commit', who);
  });
  after(() => w.fake.stop());
  beforeEach(() => {
    gh = createGitHubOps({ token: 'app-token', baseUrl: w.fake.url, repo: O, throttle: false });
    w.fake.log.length = 0;
  });

  it('the checkout head is the tip: the commit is made while the ref is read, with no commit read', async () => {
    const head = tip();
    gh.knowBranchHead('main', { sha: head, tree: commit(head).tree });
    const sha = await gh.commitOnBranch('main', { message: 'record 1', removePaths: [] });
    assert.equal(tip(), sha);
    assert.deepEqual(commit(sha).parents, [head]);
    assert.equal(commit(sha).tree, commit(head).tree);
    assert.deepEqual(ops().sort(), ['GET /repos/{owner}/{repo}/git/ref/{ref}', 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', 'POST /repos/{owner}/{repo}/git/commits'].sort());
    // The next record builds on the one just made, again without reading a commit.
    w.fake.log.length = 0;
    const second = await gh.commitOnBranch('main', { message: 'record 2', removePaths: [] });
    assert.deepEqual(commit(second).parents, [sha]);
    assert.equal(ops().filter((o) => o.includes('git/commits/{commit_sha}')).length, 0);
  });

  it('a guess that is a descendant of the tip (another branch) is never fast-forwarded onto it', async () => {
    const base = tip();
    // A commit nobody merged, whose parent is main's tip: a fast-forward check alone would accept it.
    const foreign = w.fake.state.commitOnBranch(repo(), 'feature', { 'policies/evil.yaml': 'x: 1\n' }, 'unreviewed', who, { from: 'main' });
    gh.knowBranchHead('main', { sha: foreign.sha, tree: commit(foreign.sha).tree });
    const sha = await gh.commitOnBranch('main', { message: 'record', removePaths: [] });
    assert.deepEqual(commit(sha).parents, [base], 'built on the real tip');
    assert.equal(commit(sha).tree, commit(base).tree);
    assert.notEqual(commit(sha).parents[0], foreign.sha);
  });

  it('a stale guess (the branch moved since the checkout) falls back to the read and keeps the new commits', async () => {
    const stale = tip();
    const moved = w.fake.state.commitOnBranch(repo(), 'main', { 'grants/other.yaml': 'requester: bob\n' }, 'merged meanwhile', who);
    gh.knowBranchHead('main', { sha: stale, tree: commit(stale).tree });
    const sha = await gh.commitOnBranch('main', { message: 'record', removePaths: ['grants/other.yaml'] });
    assert.deepEqual(commit(sha).parents, [moved.sha]);
    assert.equal(tip(), sha);
    assert.ok(!repo().git.filesAt(sha).has('grants/other.yaml'), 'the removal applies to the real tip');
    assert.ok(repo().git.filesAt(sha).has('README.md'));
  });
});
