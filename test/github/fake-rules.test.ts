/**
 * FakeGitHub enforces what GitHub enforces: tokens and their permissions, branch rulesets and their
 * bypass list, review rules (self-approval, bot approval, last-push approval, code owners), the
 * GraphQL merge guards, symlink reads and commit-after-fault merges.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { grantPr, O, startWorld, statusOf, type World } from './world.js';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.fake.stop());

void test('tokens: missing or unknown is 401; GITHUB_TOKEN cannot read admin settings or org teams', async () => {
  const { fake, gha, app, client } = w;
  fake.setTeam('acme/security', ['bob']);
  assert.equal((await statusOf(client('nope').repos.get(O))).status, 401);
  const noAuth = await fetch(`${fake.url}/repos/acme/access`);
  assert.equal(noAuth.status, 401);
  const forbidden = 'Resource not accessible by integration';
  assert.deepEqual(
    await statusOf(gha.actions.getGithubActionsDefaultWorkflowPermissionsRepository(O)),
    { status: 403, message: forbidden },
  );
  assert.deepEqual(
    await statusOf(gha.teams.listMembersInOrg({ org: 'acme', team_slug: 'security' })),
    { status: 403, message: forbidden },
  );
  assert.deepEqual(await statusOf(gha.users.getAuthenticated()), {
    status: 403,
    message: forbidden,
  });
  assert.equal(
    (await app.teams.listMembersInOrg({ org: 'acme', team_slug: 'security' })).data[0]?.login,
    'bob',
  );
  fake.setWorkflowPermissions({ can_approve_pull_request_reviews: true });
  assert.equal(
    (await app.actions.getGithubActionsDefaultWorkflowPermissionsRepository(O)).data
      .can_approve_pull_request_reviews,
    true,
  );
  fake.setWorkflowPermissions({ can_approve_pull_request_reviews: false });
  fake.setGithubTokenPermissions({ contents: 'read', pull_requests: 'read' });
  const pr = grantPr(fake, 'readonly');
  assert.deepEqual(await statusOf(gha.pulls.merge({ ...O, pull_number: pr.number })), {
    status: 403,
    message: forbidden,
  });
  fake.setGithubTokenPermissions({});
});

void test('GH-06 RC-03 reviews: no self-approval, no GITHUB_TOKEN approval unless allowed', async () => {
  const { fake, alice, gha } = w;
  const pr = grantPr(fake, 'self');
  assert.match(
    (await statusOf(alice.pulls.createReview({ ...O, pull_number: pr.number, event: 'APPROVE' })))
      .message,
    /Validation Failed/,
  );
  const bot = await statusOf(
    gha.pulls.createReview({ ...O, pull_number: pr.number, event: 'APPROVE' }),
  );
  assert.equal(bot.status, 422);
  assert.throws(
    () => fake.review(pr.number, 'alice', 'APPROVED'),
    /Can not approve your own pull request/,
  );
});

void test('rulesets: GITHUB_TOKEN merges need the approvals; the bypass app does not; last push and code owners count', async (t) => {
  const { fake, gha, app } = w;
  t.after(() => fake.clearRulesets());
  fake.addUser('dave');
  fake.setCollaborator('dave', 'write');
  fake.setCodeowners('/grants/ @acme/security\n');
  fake.setTeam('acme/security', ['carol', 'dave']);
  const id = fake.setRuleset({
    pullRequest: {
      required_approving_review_count: 1,
      require_last_push_approval: true,
      require_code_owner_review: true,
    },
    nonFastForward: true,
    deletion: true,
    bypass: ['breakglass[bot]'],
  });
  const rules = (await app.repos.getBranchRules({ ...O, branch: 'main' })).data;
  assert.deepEqual(
    rules.map((r) => [r.type, r.ruleset_id]),
    [
      ['pull_request', id],
      ['non_fast_forward', id],
      ['deletion', id],
    ],
  );

  const pr = grantPr(fake, 'ruled');
  const blocked = await statusOf(gha.pulls.merge({ ...O, pull_number: pr.number, sha: pr.head }));
  assert.equal(blocked.status, 405);
  assert.match(
    blocked.message,
    /^Repository rule violations found\n\nAt least 1 approving review is required/,
  );
  assert.match(blocked.message, /Waiting on code owner review from @acme\/security/);
  fake.review(pr.number, 'bob', 'APPROVED');
  assert.match(
    (await statusOf(gha.pulls.merge({ ...O, pull_number: pr.number }))).message,
    /code owner/,
  );
  const s2 = fake.push(
    pr.number,
    { 'grants/ruled.yaml': 'requester: alice\nbundle: x\n' },
    'carol',
  );
  fake.review(pr.number, 'carol', 'APPROVED');
  assert.match(
    (await statusOf(gha.pulls.merge({ ...O, pull_number: pr.number }))).message,
    /approving review is required/,
    'the last pusher cannot be the approver',
  );
  fake.review(pr.number, 'bob', 'APPROVED');
  assert.match(
    (await statusOf(gha.pulls.merge({ ...O, pull_number: pr.number }))).message,
    /code owner/,
    "the last pusher's code-owner approval does not count",
  );
  fake.review(pr.number, 'dave', 'APPROVED');
  assert.equal(
    (await gha.pulls.merge({ ...O, pull_number: pr.number, sha: s2 })).data.merged,
    true,
  );

  const main = fake.headOf('main') as string;
  const direct = await statusOf(
    gha.git.updateRef({ ...O, ref: 'heads/main', sha: pr.head, force: true }),
  );
  assert.equal(direct.status, 422);
  assert.match(direct.message, /Changes must be made through a pull request/);
  assert.equal(fake.headOf('main'), main);
  const viaApp = await statusOf(app.git.updateRef({ ...O, ref: 'heads/main', sha: pr.head }));
  assert.deepEqual(viaApp, { status: 422, message: 'Update is not a fast forward' });
});

void test('RC-09 graphql: mergePullRequest honours expectedHeadOid; auto-merge arms while blocked and merges on approval', async (t) => {
  const { fake, app, gha } = w;
  t.after(() => fake.clearRulesets());
  const pr = grantPr(fake, 'gql');
  const q = await app.graphql<{ repository: { pullRequest: { id: string; headRefOid: string } } }>(
    'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { id headRefOid } } }',
    { owner: 'acme', name: 'access', number: pr.number },
  );
  assert.equal(q.repository.pullRequest.headRefOid, pr.head);
  const id = q.repository.pullRequest.id;
  const merge =
    'mutation($input: MergePullRequestInput!) { mergePullRequest(input: $input) { pullRequest { merged mergeCommit { oid } } } }';
  await assert.rejects(
    app.graphql(merge, {
      input: { pullRequestId: id, expectedHeadOid: 'a'.repeat(40), mergeMethod: 'SQUASH' },
    }),
    (e: unknown) => {
      const errors = (e as { errors?: Array<{ type: string; message: string }> }).errors ?? [];
      return (
        errors[0]?.type === 'UNPROCESSABLE' &&
        errors[0].message === 'Head branch was modified. Review and try the merge again.'
      );
    },
  );
  assert.equal(fake.pull(pr.number).merged, false);

  const enable =
    'mutation($input: EnablePullRequestAutoMergeInput!) { enablePullRequestAutoMerge(input: $input) { pullRequest { autoMergeRequest { mergeMethod } } } }';
  await assert.rejects(
    gha.graphql(enable, { input: { pullRequestId: id, expectedHeadOid: pr.head } }),
    (e: unknown) => /Pull request is in clean status/.test(String((e as Error).message)),
    'GitHub refuses to arm auto-merge on a PR that can merge now',
  );
  fake.setRuleset({ pullRequest: { required_approving_review_count: 1 } });
  const armed = await gha.graphql<{
    enablePullRequestAutoMerge: { pullRequest: { autoMergeRequest: { mergeMethod: string } } };
  }>(enable, {
    input: { pullRequestId: id, expectedHeadOid: pr.head, mergeMethod: 'SQUASH' },
  });
  assert.equal(armed.enablePullRequestAutoMerge.pullRequest.autoMergeRequest.mergeMethod, 'SQUASH');
  fake.review(pr.number, 'bob', 'APPROVED');
  assert.equal(fake.pull(pr.number).merged, true);
  assert.equal(fake.merges().at(-1)?.mergedBy, 'github-actions[bot]');
  assert.equal(
    fake.events.at(-1)?.triggersWorkflows,
    false,
    'auto-merge armed by GITHUB_TOKEN pushes as GITHUB_TOKEN',
  );
});

void test('contents: a symlink to an in-repo file answers with the target; the tree shows mode 120000', async () => {
  const { fake, app } = w;
  const n = fake.openPullRequest({
    author: 'alice',
    title: 'sneaky',
    head: 'sneaky',
    files: {
      'grants/a.yaml': { content: '../.github/CODEOWNERS', mode: '120000' },
      'grants/b.yaml': { content: '/etc/passwd', mode: '120000' },
    },
  });
  const head = fake.pull(n).headSha;
  const a = await app.repos.getContent({ ...O, path: 'grants/a.yaml', ref: head });
  assert.ok(
    !Array.isArray(a.data) && a.data.type === 'file' && a.data.path === '.github/CODEOWNERS',
  );
  const b = await app.repos.getContent({ ...O, path: 'grants/b.yaml', ref: head });
  assert.ok(!Array.isArray(b.data) && b.data.type === 'symlink' && b.data.target === '/etc/passwd');
  const tree = await app.git.getTree({ ...O, tree_sha: head, recursive: '1' });
  assert.deepEqual(
    tree.data.tree
      .filter((e) => e.path === 'grants/a.yaml' || e.path === 'grants/b.yaml')
      .map((e) => [e.path, e.mode]),
    [
      ['grants/a.yaml', '120000'],
      ['grants/b.yaml', '120000'],
    ],
  );
});

void test('F-05 F-10 faults: a merge answered with 502 after it happened is merged; workflow state is scriptable', async () => {
  const { fake, app } = w;
  const pr = grantPr(fake, 'lost-answer');
  fake.fail('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
    status: 502,
    afterCommit: true,
  });
  assert.equal(
    (await statusOf(app.pulls.merge({ ...O, pull_number: pr.number, sha: pr.head }))).status,
    502,
  );
  assert.equal((await app.pulls.get({ ...O, pull_number: pr.number })).data.merged, true);
  fake.addWorkflow('.github/workflows/revoke.yml', { name: 'revoke' });
  fake.setWorkflowState('revoke.yml', 'disabled_inactivity');
  assert.equal(
    (await app.actions.getWorkflow({ ...O, workflow_id: 'revoke.yml' })).data.state,
    'disabled_inactivity',
  );
  assert.equal(
    (
      await statusOf(
        app.actions.createWorkflowDispatch({ ...O, workflow_id: 'revoke.yml', ref: 'main' }),
      )
    ).status,
    422,
  );
});

void test('mergeability: conflicting changes on main make the pull request dirty and unmergeable', async () => {
  const { fake, app } = w;
  const pr = grantPr(fake, 'conflict');
  fake.commitFiles('main', { 'grants/conflict.yaml': 'requester: bob\n' }, 'Someone else', 'carol');
  const got = await app.pulls.get({ ...O, pull_number: pr.number });
  assert.deepEqual([got.data.mergeable, got.data.mergeable_state], [false, 'dirty']);
  assert.equal((await statusOf(app.pulls.merge({ ...O, pull_number: pr.number }))).status, 405);
});

void test('a PR head follows its branch, whoever moves it: helper push, API ref update, contents write', async () => {
  const { fake, app } = w;
  const pr = grantPr(fake, 'follow');
  const s2 = fake.commitFiles(
    'grant/follow',
    { 'grants/follow.yaml': 'requester: alice\nv: 2\n' },
    'v2',
    'mallory',
  );
  assert.equal(fake.pull(pr.number).headSha, s2);
  await app.git.updateRef({ ...O, ref: 'heads/grant/follow', sha: pr.head, force: true });
  assert.equal((await app.pulls.get({ ...O, pull_number: pr.number })).data.head.sha, pr.head);
  const write = await app.repos.createOrUpdateFileContents({
    ...O,
    path: 'grants/other.yaml',
    branch: 'grant/follow',
    message: 'sneak a second file',
    content: Buffer.from('x: 1\n').toString('base64'),
  });
  assert.equal(fake.pull(pr.number).headSha, write.data.commit.sha);
  assert.deepEqual(
    fake.pull(pr.number).pushes.map((p) => p.pusher),
    ['alice', 'mallory', 'breakglass[bot]', 'breakglass[bot]'],
  );
  const files = await app.pulls.listFiles({ ...O, pull_number: pr.number });
  assert.deepEqual(
    files.data.map((f) => f.filename),
    ['grants/follow.yaml', 'grants/other.yaml'],
  );
});
