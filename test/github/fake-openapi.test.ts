/**
 * Keeps FakeGitHub honest: a scenario drives every served REST operation through the real
 * @octokit/rest, and each request body and JSON response is validated against GitHub's published
 * OpenAPI description (test/fixtures/github-openapi-subset.json, cut by scripts/extract-github-openapi.mjs).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Octokit } from '@octokit/rest';
import { FakeGitHub } from '../../action/src/sandbox/github/index.js';
import { OpenApiChecker, recordingFetch, type Exchange } from './openapi-check.js';

const SUBSET = fileURLToPath(new URL('../fixtures/github-openapi-subset.json', import.meta.url));
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const O = { owner: 'acme', repo: 'access' };

const fake = new FakeGitHub();
const exchanges: Exchange[] = [];
const client = (auth: string): Octokit =>
  new Octokit({
    baseUrl: fake.url,
    auth,
    log: silent,
    request: { fetch: recordingFetch(exchanges) },
  });

/** Runs a call that must fail with `status` (a documented error answer). */
async function expectStatus(status: number, call: Promise<unknown>): Promise<void> {
  await assert.rejects(call, (e: unknown) => (e as { status?: unknown }).status === status);
}

before(async () => {
  await fake.start();
  for (const u of ['alice', 'bob', 'carol']) fake.addUser(u);
  fake.createRepo('acme/access');
  fake
    .setCollaborator('alice', 'write')
    .setCollaborator('bob', 'write')
    .setCollaborator('carol', 'admin');
  fake.addToken('alice-token', 'alice').addToken('bob-token', 'bob');
  fake.addAppToken('app-token', { slug: 'breakglass' });
  fake.setTeam('acme/security', ['bob', 'carol']);
  fake.setCodeowners('/grants/ @acme/security\n');
  fake.addWorkflow('.github/workflows/reconcile.yml', { name: 'reconcile' });
  fake.setEnvironment('breakglass-apply', {
    deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    branch_policies: ['main'],
    reviewers: ['carol'],
  });
  fake.setRuleset({
    pullRequest: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true },
    nonFastForward: true,
    deletion: true,
    bypass: ['breakglass[bot]'],
  });
  fake.commitFiles('legacy', { 'old.txt': 'x\n' }, 'legacy branch', 'carol');
  fake.setBranchProtection('legacy', { required_approving_review_count: 2 });
});

after(() => fake.stop());

void test('every served REST operation answers as the OpenAPI description says', async () => {
  const app = client('app-token');
  const alice = client('alice-token');
  const bob = client('bob-token');

  await app.repos.get(O);
  await alice.users.getAuthenticated();
  await app.teams.listMembersInOrg({ org: 'acme', team_slug: 'security' });
  await app.repos.getBranchRules({ ...O, branch: 'main' });
  await app.repos.getBranchProtection({ ...O, branch: 'legacy' });
  await expectStatus(404, app.repos.getBranchProtection({ ...O, branch: 'main' }));
  await app.repos.getCollaboratorPermissionLevel({ ...O, username: 'bob' });
  await app.repos.getEnvironment({ ...O, environment_name: 'breakglass-apply' });
  await app.repos.listDeploymentBranchPolicies({ ...O, environment_name: 'breakglass-apply' });
  await app.actions.getGithubActionsDefaultWorkflowPermissionsRepository(O);
  await app.actions.getWorkflow({ ...O, workflow_id: 'reconcile.yml' });

  fake.commitFiles(
    'grant/db-admin',
    { 'grants/db-admin.yaml': 'requester: alice\nbundle: db-admin\n' },
    'Request db-admin',
    'alice',
  );
  const created = await alice.pulls.create({
    ...O,
    title: 'Grant db-admin',
    head: 'grant/db-admin',
    base: 'main',
    body: 'incident INC-1',
  });
  const pull_number = created.data.number;
  const head = created.data.head.sha;
  await app.pulls.get({ ...O, pull_number });
  await app.pulls.list({ ...O, state: 'open', per_page: 100 });
  await app.pulls.listFiles({ ...O, pull_number, per_page: 100 });
  await app.pulls.listCommits({ ...O, pull_number });
  await app.repos.compareCommitsWithBasehead({
    ...O,
    basehead: `${created.data.base.sha}...${head}`,
  });
  await app.pulls.update({
    ...O,
    pull_number,
    title: 'Grant db-admin (INC-1)',
    body: 'incident INC-1',
  });
  await app.repos.getContent({ ...O, path: 'grants/db-admin.yaml', ref: head });
  await app.repos.getContent({ ...O, path: 'grants', ref: head });
  await expectStatus(404, app.repos.getContent({ ...O, path: 'grants/nope.yaml', ref: head }));

  await app.pulls.requestReviewers({ ...O, pull_number, reviewers: ['bob', 'carol'] });
  await app.pulls.listRequestedReviewers({ ...O, pull_number });
  await app.pulls.removeRequestedReviewers({ ...O, pull_number, reviewers: ['carol'] });
  await bob.pulls.createReview({
    ...O,
    pull_number,
    commit_id: head,
    event: 'APPROVE',
    body: 'ok',
  });
  await app.pulls.listReviews({ ...O, pull_number });

  const c1 = await app.issues.createComment({
    ...O,
    issue_number: pull_number,
    body: '<!-- breakglass --> decision: review',
  });
  const c2 = await app.issues.createComment({ ...O, issue_number: pull_number, body: 'temporary' });
  await app.issues.getComment({ ...O, comment_id: c1.data.id });
  await app.issues.updateComment({
    ...O,
    comment_id: c1.data.id,
    body: '<!-- breakglass --> decision: approve',
  });
  await app.issues.deleteComment({ ...O, comment_id: c2.data.id });
  await app.issues.listComments({ ...O, issue_number: pull_number });
  await app.issues.addLabels({
    ...O,
    issue_number: pull_number,
    labels: ['breakglass', 'needs-review'],
  });
  await app.issues.listLabelsOnIssue({ ...O, issue_number: pull_number });
  await app.issues.removeLabel({ ...O, issue_number: pull_number, name: 'needs-review' });

  const run = await app.checks.create({
    ...O,
    name: 'breakglass',
    head_sha: head,
    status: 'in_progress',
    output: {
      title: 'Grant check',
      summary: 'Checking',
      annotations: [
        {
          path: 'grants/db-admin.yaml',
          start_line: 2,
          end_line: 2,
          annotation_level: 'warning',
          message: 'bundle is broad',
        },
      ],
    },
  });
  await app.checks.update({
    ...O,
    check_run_id: run.data.id,
    conclusion: 'success',
    output: { title: 'Grant check', summary: 'Approved' },
  });
  await app.checks.get({ ...O, check_run_id: run.data.id });
  await app.repos.createCommitStatus({
    ...O,
    sha: head,
    state: 'success',
    context: 'breakglass/decision',
    description: 'approved',
  });

  await expectStatus(
    409,
    app.pulls.merge({ ...O, pull_number, sha: 'f'.repeat(40), merge_method: 'squash' }),
  );
  const merged = await app.pulls.merge({
    ...O,
    pull_number,
    sha: head,
    merge_method: 'squash',
    commit_title: 'Grant db-admin (#1)',
    commit_message: 'Breakglass-Decision: approve',
  });
  await expectStatus(405, app.pulls.merge({ ...O, pull_number, sha: head }));
  await app.actions.createWorkflowDispatch({
    ...O,
    workflow_id: 'reconcile.yml',
    ref: 'main',
    inputs: { grant: 'db-admin' },
  });

  const issue = await app.issues.create({
    ...O,
    title: 'Post-use review: db-admin',
    body: 'Due in 24 h',
    labels: ['breakglass-review'],
  });
  await app.issues.get({ ...O, issue_number: issue.data.number });
  await app.issues.listForRepo({
    ...O,
    state: 'open',
    labels: 'breakglass-review',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  await app.issues.update({
    ...O,
    issue_number: issue.data.number,
    state: 'closed',
    state_reason: 'completed',
  });

  const ref = await app.git.getRef({ ...O, ref: 'heads/main' });
  const parent = await app.git.getCommit({ ...O, commit_sha: ref.data.object.sha });
  const blob = await app.git.createBlob({
    ...O,
    content: 'revoked-at: 2026-01-01T00:00:00Z\n',
    encoding: 'utf-8',
  });
  await app.git.getBlob({ ...O, file_sha: blob.data.sha });
  const tree = await app.git.createTree({
    ...O,
    base_tree: parent.data.tree.sha,
    tree: [
      { path: 'records/db-admin.yaml', mode: '100644', type: 'blob', sha: blob.data.sha },
      { path: 'records/index.md', mode: '100644', type: 'blob', content: '# records\n' },
      { path: 'grants/db-admin.yaml', mode: '100644', type: 'blob', sha: null },
    ],
  });
  const commit = await app.git.createCommit({
    ...O,
    message: 'Revoke db-admin\n\nBreakglass-Event: revoke',
    tree: tree.data.sha,
    parents: [parent.data.sha],
  });
  await app.git.updateRef({ ...O, ref: 'heads/main', sha: commit.data.sha });
  await expectStatus(422, app.git.updateRef({ ...O, ref: 'heads/main', sha: parent.data.sha }));
  await app.git.getTree({ ...O, tree_sha: tree.data.sha, recursive: '1' });
  await app.git.createRef({ ...O, ref: 'refs/heads/tmp', sha: merged.data.sha });
  await app.git.deleteRef({ ...O, ref: 'heads/tmp' });
  await app.repos.getCommit({ ...O, ref: commit.data.sha });
  await app.repos.listCommits({ ...O, sha: 'main', path: 'grants' });

  const file = await app.repos.createOrUpdateFileContents({
    ...O,
    path: 'records/extra.yaml',
    message: 'Add record',
    content: Buffer.from('a: 1\n').toString('base64'),
  });
  const updated = await app.repos.createOrUpdateFileContents({
    ...O,
    path: 'records/extra.yaml',
    message: 'Update record',
    content: Buffer.from('a: 2\n').toString('base64'),
    sha: file.data.content?.sha ?? '',
  });
  await app.repos.deleteFile({
    ...O,
    path: 'records/extra.yaml',
    message: 'Drop record',
    sha: updated.data.content?.sha ?? '',
  });

  const checker = new OpenApiChecker(SUBSET);
  const problems: string[] = [];
  const seen = new Set<string>();
  const served = fake.log;
  assert.equal(exchanges.length, served.length, 'every client exchange reached the fake');
  exchanges.forEach((x, i) => {
    const op = checker.operationFor(x.method, x.url);
    if (!op) return problems.push(`${x.method} ${x.url}: no operation in the description`);
    if (served[i]?.op !== op)
      problems.push(
        `${x.method} ${x.url}: fake named it ${served[i]?.op ?? '?'}, description says ${op}`,
      );
    seen.add(op);
    return problems.push(...checker.check(op, x));
  });
  assert.deepEqual(problems, []);
  const rest = FakeGitHub.operations.filter((op) => op !== 'POST /graphql');
  assert.deepEqual(
    rest.filter((op) => !checker.has(op)),
    [],
    'served operations missing from the subset: rerun scripts/extract-github-openapi.mjs',
  );
  assert.deepEqual(
    rest.filter((op) => !seen.has(op)),
    [],
    'served operations this scenario does not exercise',
  );
});

void test('the checker itself rejects answers that break the description', () => {
  const checker = new OpenApiChecker(SUBSET);
  const op = 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge';
  const x: Exchange = {
    method: 'PUT',
    url: 'http://127.0.0.1/x',
    requestBody: '{"merge_method":"fast-forward"}',
    status: 200,
    contentType: 'application/json',
    responseBody: '{"merged":true}',
  };
  const problems = checker.check(op, x);
  assert.ok(
    problems.some((p) => p.includes('request') && p.includes('allowed values')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => p.includes('200 response') && p.includes('sha')),
    problems.join('\n'),
  );
  assert.deepEqual(
    checker.check(op, { ...x, requestBody: undefined, status: 418, responseBody: '{}' }),
    [`${op}: status 418 is not documented`],
  );
});
