/**
 * The fake's GraphQL endpoint speaks GitHub's protocol to the real client (`octokit.graphql`): inline
 * fragments, connections paged with cursors and GitHub's paging errors, typed errors with paths,
 * document errors answered without data, Bot logins without `[bot]`, tree entry modes as Ints, and
 * the conversation mutations with their events and permissions. Every document here is also checked
 * against GitHub's published schema, so the fake is not answering queries GitHub would refuse.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { validate } from '@octokit/graphql-schema';
import { grantPr, O, startWorld, type World } from './world.js';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.fake.stop());

const valid = (q: string): string => {
  assert.deepEqual(validate(q).map(String), [], q);
  return q;
};
const errorsOf = async (
  p: Promise<unknown>,
): Promise<{
  errors: { type?: string; path?: unknown[]; message: string; extensions?: { code?: string } }[];
  data?: unknown;
}> => {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected GraphQL errors');
};

test('actors through inline fragments: a Bot is named without [bot]; reviews and comments page with cursors', async () => {
  const { fake, app } = w;
  const pr = grantPr(fake, 'gql-actors');
  fake.comment(pr.number, 'breakglass[bot]', 'from the app');
  for (let i = 0; i < 3; i++) fake.comment(pr.number, 'bob', `note ${i}`);
  const q = valid(
    'query($owner: String!, $name: String!, $number: Int!, $after: String) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { author { __typename login ... on User { databaseId } ... on Bot { databaseId } } comments(first: 2, after: $after) { nodes { body viewerDidAuthor author { __typename login } } pageInfo { hasNextPage endCursor } } } } }',
  );
  type Page = {
    repository: {
      pullRequest: {
        author: { __typename: string; login: string; databaseId: number };
        comments: {
          nodes: {
            body: string;
            viewerDidAuthor: boolean;
            author: { __typename: string; login: string };
          }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
  };
  const first = await app.graphql<Page>(q, { ...O, name: O.repo, number: pr.number });
  const author = first.repository.pullRequest.author;
  assert.deepEqual(author, {
    __typename: 'User',
    login: 'alice',
    databaseId: fake.state.mustUser('alice').id,
  });
  const c1 = first.repository.pullRequest.comments;
  assert.deepEqual(c1.nodes[0], {
    body: 'from the app',
    viewerDidAuthor: true,
    author: { __typename: 'Bot', login: 'breakglass' },
  });
  assert.equal(c1.nodes[1]?.viewerDidAuthor, false);
  assert.equal(c1.pageInfo.hasNextPage, true);
  const second = await app.graphql<Page>(q, {
    ...O,
    name: O.repo,
    number: pr.number,
    after: c1.pageInfo.endCursor,
  });
  assert.deepEqual(
    second.repository.pullRequest.comments.nodes.map((n) => n.body),
    ['note 1', 'note 2'],
  );
  assert.equal(second.repository.pullRequest.comments.pageInfo.hasNextPage, false);
});

test("GitHub's errors: paging limits and NOT_FOUND carry a type and a path; document errors answer without data", async () => {
  const { fake, app } = w;
  const pr = grantPr(fake, 'gql-errors');
  const vars = { owner: O.owner, name: O.repo, number: pr.number };
  const tooMany = await errorsOf(
    app.graphql(
      valid(
        'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { reviews(first: 101) { nodes { state } } } } }',
      ),
      vars,
    ),
  );
  assert.equal(tooMany.errors[0]?.type, 'EXCESSIVE_PAGINATION');
  assert.deepEqual(tooMany.errors[0]?.path, ['repository', 'pullRequest', 'reviews']);
  const unbounded = await errorsOf(
    app.graphql(
      'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { labels { nodes { name } } } } }',
      vars,
    ),
  );
  assert.equal(unbounded.errors[0]?.type, 'MISSING_PAGINATION_BOUNDARIES');
  const missing = await errorsOf(
    app.graphql(
      valid(
        'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { id pullRequest(number: 9999) { id } } }',
      ),
      { owner: O.owner, name: O.repo },
    ),
  );
  assert.equal(missing.errors[0]?.type, 'NOT_FOUND');
  assert.deepEqual(missing.errors[0]?.path, ['repository', 'pullRequest']);
  assert.equal(
    (missing.data as { repository: { pullRequest: unknown } }).repository.pullRequest,
    null,
    'the rest of the answer is still there',
  );
  const unknownField = await errorsOf(
    app.graphql(
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { nope } }',
      { owner: O.owner, name: O.repo },
    ),
  );
  assert.equal(unknownField.errors[0]?.extensions?.code, 'undefinedField');
  assert.equal(unknownField.data, undefined);
  const undeclared = await errorsOf(
    app.graphql('query { repository(owner: $owner, name: "access") { id } }', { owner: O.owner }),
  );
  assert.match(
    undeclared.errors[0]?.message ?? '',
    /Variable \$owner is used by anonymous query but not declared/,
  );
  assert.equal(undeclared.data, undefined);
});

test('Commit.file gives git modes as Ints and blob text; Repository.label names existing labels only', async () => {
  const { fake, app } = w;
  const n = fake.openPullRequest({
    author: 'alice',
    title: 'modes',
    head: 'gql-modes',
    files: {
      'grants/x.yaml': 'a: 1\n',
      'grants/run.sh': { content: '#!/bin/sh\n', mode: '100755' },
      'grants/link.yaml': { content: 'x.yaml', mode: '120000' },
    },
  });
  fake.addLabel('breakglass:review');
  const q = valid(
    'query($owner: String!, $name: String!, $oid: GitObjectID!) { repository(owner: $owner, name: $name) { known: label(name: "breakglass:review") { name } unknown: label(name: "nope") { name } object(oid: $oid) { ... on Commit { a: file(path: "grants/x.yaml") { mode type oid object { ... on Blob { byteSize isBinary isTruncated text } } } b: file(path: "grants/run.sh") { mode } c: file(path: "grants/link.yaml") { mode type } d: file(path: "grants") { mode type } e: file(path: "grants/none") { mode } } } } }',
  );
  const r = await app.graphql<{
    repository: Record<string, unknown> & {
      object: Record<string, { mode: number; type?: string; object?: unknown } | null>;
    };
  }>(q, { owner: O.owner, name: O.repo, oid: fake.pull(n).headSha });
  const f = r.repository.object;
  assert.deepEqual(
    [f.a?.mode, f.b?.mode, f.c?.mode, f.d?.mode],
    [0o100644, 0o100755, 0o120000, 0o40000],
  );
  assert.deepEqual([f.c?.type, f.d?.type], ['blob', 'tree']);
  assert.deepEqual(f.a?.object, {
    byteSize: 5,
    isBinary: false,
    isTruncated: false,
    text: 'a: 1\n',
  });
  assert.equal(f.e, null);
  assert.deepEqual(
    [r.repository.known, r.repository.unknown],
    [{ name: 'breakglass:review' }, null],
  );
});

test('conversation mutations change what REST shows, emit the same events, and need the same permissions', async () => {
  const { fake, app, client } = w;
  const pr = grantPr(fake, 'gql-writes');
  fake.addLabel('breakglass:needs-review');
  const ids = await app.graphql<{
    repository: { id: string; label: { id: string }; pullRequest: { id: string } };
  }>(
    valid(
      'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { id label(name: "breakglass:needs-review") { id } pullRequest(number: $number) { id } } }',
    ),
    { owner: O.owner, name: O.repo, number: pr.number },
  );
  const events = fake.events.length;
  const m = valid(
    'mutation($pr: ID!, $repo: ID!, $body: String!, $labels: [ID!]!) { issue: createIssue(input: { repositoryId: $repo, title: "t", body: "b", labelIds: $labels }) { issue { number } } comment: addComment(input: { subjectId: $pr, body: $body }) { commentEdge { node { id fullDatabaseId } } } labeled: addLabelsToLabelable(input: { labelableId: $pr, labelIds: $labels }) { clientMutationId } }',
  );
  const vars = {
    pr: ids.repository.pullRequest.id,
    repo: ids.repository.id,
    body: 'hello',
    labels: [ids.repository.label.id],
  };
  const out = await app.graphql<{
    issue: { issue: { number: number } };
    comment: { commentEdge: { node: { id: string; fullDatabaseId: string } } };
  }>(m, vars);
  const issue = out.issue.issue.number;
  assert.deepEqual(fake.labels(issue), ['breakglass:needs-review']);
  assert.deepEqual(fake.labels(pr.number), ['breakglass:needs-review']);
  const comment = (
    await app.issues.getComment({
      ...O,
      comment_id: Number(out.comment.commentEdge.node.fullDatabaseId),
    })
  ).data;
  assert.equal(comment.body, 'hello');
  assert.equal(comment.user?.login, 'breakglass[bot]');
  assert.deepEqual(
    fake.events.slice(events).map((e) => `${e.name}.${e.action}`),
    ['issues.opened', 'issue_comment.created', 'pull_request.labeled'],
  );
  const update = valid(
    'mutation($id: ID!) { updateIssueComment(input: { id: $id, body: "edited" }) { issueComment { body } } }',
  );
  await app.graphql(update, { id: out.comment.commentEdge.node.id });
  assert.equal(fake.comments(pr.number).at(-1)?.body, 'edited');
  fake.addAppToken('read-only', {
    slug: 'reader',
    permissions: { issues: 'read', pull_requests: 'read', contents: 'read' },
  });
  const refused = await errorsOf(client('read-only').graphql(m, vars));
  assert.deepEqual(
    refused.errors.map((e) => e.type),
    ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    'each field fails on its own',
  );
  assert.equal(fake.comments(pr.number).length, 1);
});
