/**
 * FakeGitHub behaves like GitHub where Breakglass's safety depends on it: merges pinned to the head
 * SHA, paginated files with the 3,000 cap, reviews bound to commits, verified API commits, GITHUB_TOKEN
 * events that start no runs (GH-05), secondary rate limits, and @actions/github through GITHUB_API_URL.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { grantPr, O, silent, startWorld, statusOf, type World } from './world.js';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.fake.stop());

void test('a merge with a stale head SHA is refused with 409 and nothing merges (RC-01)', async () => {
  const { fake, app } = w;
  const pr = grantPr(fake, 'stale');
  fake.review(pr.number, 'bob', 'APPROVED');
  const s2 = fake.push(
    pr.number,
    { 'grants/stale.yaml': 'requester: alice\nbundle: admin\n' },
    'alice',
  );
  assert.notEqual(s2, pr.head);
  const refused = await statusOf(
    app.pulls.merge({ ...O, pull_number: pr.number, sha: pr.head, merge_method: 'squash' }),
  );
  assert.deepEqual(refused, {
    status: 409,
    message: 'Head branch was modified. Review and try the merge again.',
  });
  assert.equal(fake.pull(pr.number).merged, false);
  const ok = await app.pulls.merge({
    ...O,
    pull_number: pr.number,
    sha: s2,
    merge_method: 'squash',
    commit_title: 'Grant stale',
  });
  assert.equal(ok.data.merged, true);
  assert.equal(fake.headOf('main'), ok.data.sha);
  assert.equal(fake.fileAt('main', 'grants/stale.yaml'), 'requester: alice\nbundle: admin\n');
  assert.equal((await statusOf(app.pulls.merge({ ...O, pull_number: pr.number }))).status, 405);
});

void test('IN-05 PR files paginate 100 per page with Link headers, and stop at 3,000 files', async () => {
  const { fake, app } = w;
  const many = (n: number): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `grants/f${String(i).padStart(4, '0')}.yaml`,
        `n: ${i}\n`,
      ]),
    );
  const small = fake.openPullRequest({
    author: 'alice',
    head: 'many-250',
    title: '250 files',
    files: many(250),
  });
  const first = await app.pulls.listFiles({ ...O, pull_number: small, per_page: 100 });
  assert.equal(first.data.length, 100);
  assert.match(first.headers.link ?? '', /page=2>; rel="next"/);
  assert.match(first.headers.link ?? '', /page=3>; rel="last"/);
  const third = await app.pulls.listFiles({ ...O, pull_number: small, per_page: 100, page: 3 });
  assert.equal(third.data.length, 50);
  assert.doesNotMatch(third.headers.link ?? '', /rel="next"/);
  assert.equal(
    (await app.paginate(app.pulls.listFiles, { ...O, pull_number: small, per_page: 100 })).length,
    250,
  );
  assert.equal(
    (await app.pulls.listFiles({ ...O, pull_number: small, per_page: 500 })).data.length,
    100,
    'per_page is capped at 100',
  );

  const huge = fake.openPullRequest({
    author: 'alice',
    head: 'many-3005',
    title: '3005 files',
    files: many(3005),
  });
  const listed = await app.paginate(app.pulls.listFiles, {
    ...O,
    pull_number: huge,
    per_page: 100,
  });
  assert.equal(listed.length, 3000, 'GitHub lists at most 3,000 files');
  assert.equal(
    (await app.pulls.get({ ...O, pull_number: huge })).data.changed_files,
    3005,
    'changed_files still tells the truth',
  );
});

void test('reviews carry the commit they were made on; a push dismisses approvals when the ruleset says so', async () => {
  const { fake, app, bob } = w;
  fake.setRuleset({
    id: 77,
    pullRequest: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true },
    bypass: ['breakglass[bot]'],
  });
  const pr = grantPr(fake, 'reviewed');
  await bob.pulls.createReview({ ...O, pull_number: pr.number, event: 'APPROVE' });
  const s2 = fake.push(
    pr.number,
    { 'grants/reviewed.yaml': 'requester: alice\nbundle: other\n' },
    'alice',
  );
  fake.review(pr.number, 'carol', 'APPROVED');
  const reviews = (await app.pulls.listReviews({ ...O, pull_number: pr.number })).data;
  assert.deepEqual(
    reviews.map((r) => [r.user?.login, r.state, r.commit_id]),
    [
      ['bob', 'DISMISSED', pr.head],
      ['carol', 'APPROVED', s2],
    ],
  );
  fake.clearRulesets();
});

void test('commits GitHub creates through the API are verified; pushed ones are not', async () => {
  const { fake, app } = w;
  const main = await app.git.getRef({ ...O, ref: 'heads/main' });
  const parent = await app.git.getCommit({ ...O, commit_sha: main.data.object.sha });
  const tree = await app.git.createTree({
    ...O,
    base_tree: parent.data.tree.sha,
    tree: [{ path: 'records/r1.yaml', mode: '100644', type: 'blob', content: 'revoked: true\n' }],
  });
  const commit = await app.git.createCommit({
    ...O,
    message: 'Revoke r1\n\nBreakglass-Event: revoke',
    tree: tree.data.sha,
    parents: [parent.data.sha],
  });
  await app.git.updateRef({ ...O, ref: 'heads/main', sha: commit.data.sha });
  const api = await app.repos.getCommit({ ...O, ref: commit.data.sha });
  assert.equal(api.data.commit.verification?.verified, true);
  assert.equal(api.data.commit.committer?.name, 'GitHub');
  assert.deepEqual(
    api.data.files?.map((f) => [f.filename, f.status]),
    [['records/r1.yaml', 'added']],
  );
  const pushed = fake.commitFiles('main', { 'notes.md': 'hi\n' }, 'A pushed commit', 'carol');
  assert.equal(
    (await app.repos.getCommit({ ...O, ref: pushed })).data.commit.verification?.verified,
    false,
  );
});

void test('a merge made with GITHUB_TOKEN starts no push run, but its workflow_dispatch does (GH-05)', async () => {
  const { fake, gha, app } = w;
  fake.addWorkflow('.github/workflows/reconcile.yml', { name: 'reconcile' });
  const pr = grantPr(fake, 'token-merge');
  const before = fake.events.length;
  const merged = await gha.pulls.merge({
    ...O,
    pull_number: pr.number,
    sha: pr.head,
    merge_method: 'squash',
  });
  await gha.actions.createWorkflowDispatch({
    ...O,
    workflow_id: 'reconcile.yml',
    ref: 'main',
    inputs: { reason: 'merged', sha: merged.data.sha },
  });
  const events = fake.events.slice(before).map((e) => [e.name, e.actor, e.triggersWorkflows]);
  assert.deepEqual(events, [
    ['pull_request', 'github-actions[bot]', false],
    ['push', 'github-actions[bot]', false],
    ['workflow_dispatch', 'github-actions[bot]', true],
  ]);
  const dispatch = fake.dispatches().at(-1);
  assert.deepEqual(
    [dispatch?.workflowPath, dispatch?.ref, dispatch?.inputs],
    ['.github/workflows/reconcile.yml', 'main', { reason: 'merged', sha: merged.data.sha }],
  );

  const other = grantPr(fake, 'app-merge');
  await app.pulls.merge({ ...O, pull_number: other.number, sha: other.head });
  assert.equal(
    fake.events.at(-1)?.triggersWorkflows,
    true,
    'an App token merge does start push runs',
  );
});

void test('a secondary rate limit is waited out by plugin-throttling, then the call succeeds', async () => {
  const { fake } = w;
  const pr = grantPr(fake, 'throttled');
  const op = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
  const waits: number[] = [];
  const Throttled = Octokit.plugin(retry, throttling);
  const octokit = new Throttled({
    baseUrl: fake.url,
    auth: 'app-token',
    log: silent,
    retry: { retryAfterBaseValue: 1, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: 5,
      onRateLimit: () => false,
      onSecondaryRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => {
        waits.push(after);
        return count < 1;
      },
    },
  });
  fake.secondaryRateLimit(op, { retryAfter: 2 });
  const got = await octokit.pulls.get({ ...O, pull_number: pr.number });
  assert.equal(got.data.number, pr.number);
  assert.deepEqual(waits, [2]);
  assert.deepEqual(
    fake
      .calls(op)
      .slice(-2)
      .map((c) => c.status),
    [403, 200],
  );
});

void test('@actions/github getOctokit reaches the fake through GITHUB_API_URL', async () => {
  const { fake } = w;
  process.env.GITHUB_API_URL = fake.url;
  // @actions/github reads GITHUB_API_URL when it is first imported.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(fake.githubToken, { log: silent });
  const repo = await octokit.rest.repos.get({ ...O });
  assert.equal(repo.data.full_name, 'acme/access');
  assert.equal(fake.calls('GET /repos/{owner}/{repo}').at(-1)?.status, 200);
});
