/**
 * Issue 8, time to access: check-pr's GitHub calls on the on-call path, counted from the fake's own
 * log. One GraphQL read of the PR (reviews, comments, labels, label ids, CODEOWNERS), one compare
 * pinned to the head, one GraphQL read of the grant file, four guardrail reads, the merge, one
 * GraphQL mutation (review issue, sticky comment, label) and the commit status: 10 calls in 6
 * sequential rounds (requests whose spans overlap count once, PagerDuty's included).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { validate } from '@octokit/graphql-schema';
import { ManualClock } from '../../action/src/core/clock.js';
import { checkPr } from '../../action/src/commands/check-pr.js';
import { doctor } from '../../action/src/commands/doctor.js';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import { createOnCallLookup } from '../../action/src/oncall/providers.js';
import type { HttpFake } from '../../action/src/sandbox/http-fake.js';
import {
  startSandboxWorld,
  WORLD_APP_TOKEN,
  WORLD_REPO,
  type SandboxWorld,
} from '../../action/src/sandbox/world.js';
import { examplePolicy, REPO_ROOT } from '../support/builders.js';
import { countRounds } from '../support/rounds.js';

const GRANT =
  'requester: alice\nbundle: prod-readonly\nduration: 1h\nreason: "Checkout 5xx: read the logs"\nincident: INC-1\n';

describe('check-pr makes at most 10 GitHub calls in 6 rounds on the on-call path (issue 8: time to access)', () => {
  const clock = new ManualClock('2026-11-22T03:00:00Z');
  const policy = examplePolicy();
  let world: SandboxWorld;
  before(async () => {
    world = await startSandboxWorld({
      policiesDir: join(REPO_ROOT, 'policies'),
      policy,
      clock,
      sleep: async (ms) => clock.advance(ms),
    });
  });
  after(() => world.stop());

  const decide = async (head: string) => {
    const n = world.github.openPullRequest({
      author: 'alice',
      title: 'grant',
      head,
      files: { [`grants/${head}.yaml`]: GRANT },
    });
    const gh = createGitHubOps({
      token: WORLD_APP_TOKEN,
      baseUrl: world.github.url,
      repo: WORLD_REPO,
      throttle: false,
    });
    const onCall = createOnCallLookup({
      schedules: policy.schedules,
      identities: policy.identities,
      pagerduty: { token: world.pagerduty.token, baseUrl: world.pagerduty.url },
      clock,
      sleep: async () => {},
    });
    const spans: [number, number][] = [];
    const fakes: HttpFake[] = [world.github, world.pagerduty];
    const listeners = fakes.map((f) => {
      const server = f['server'] as Server;
      const listener = (_req: unknown, res: ServerResponse) => {
        const t = performance.now();
        res.on('finish', () => spans.push([t, performance.now()]));
      };
      server.on('request', listener);
      return () => server.off('request', listener);
    });
    world.github.log.length = 0;
    // Each request answers after 50 ms (as in the bench), so requests made together overlap even with CPU time between them.
    world.github.latencyMs = world.pagerduty.latencyMs = 50;
    try {
      const r = await checkPr({ gh, clock, policy, onCall, guardrails: () => doctor(gh) }, n);
      return { n, r, log: [...world.github.log], rounds: countRounds(spans) };
    } finally {
      world.github.latencyMs = world.pagerduty.latencyMs = 0;
      listeners.forEach((off) => off());
    }
  };

  it('an on-call grant PR is decided, merged and published with 10 calls in 6 rounds', async () => {
    const { n, r, log, rounds: seq } = await decide('inc-1-alice');
    assert.equal(r.decision?.outcome, 'approve');
    assert.ok(r.merged, 'merged in this run');
    assert.equal(typeof r.reviewIssue, 'number', 'the post-use review issue is opened');
    const ops = log.map((c) => c.op);
    assert.ok(ops.length <= 10, `at most 10 GitHub calls, made ${ops.length}: ${ops.join(', ')}`);
    assert.ok(seq <= 6, `at most 6 sequential rounds, took ${seq}`);
    const count = (op: string) => ops.filter((o) => o === op).length;
    const graphql = log
      .filter((c) => c.op === 'POST /graphql')
      .map((c) => (JSON.parse(c.body) as { query: string }).query);
    assert.equal(graphql.length, 3, 'the PR snapshot, the grant file and the writes');
    assert.match(
      graphql[0]!,
      /pullRequest\(number: \$number\) \{.*reviews\(first: 100\).*comments\(first: 100\)/,
    );
    assert.match(
      graphql[0]!,
      /defaultBranchRef \{ name target \{ \.\.\. on Commit \{ f0: file\(path: \$f0\)/,
      'CODEOWNERS is read with the PR',
    );
    assert.match(
      graphql[1]!,
      /object\(oid: \$oid\) \{ __typename \.\.\. on Commit \{ f0: file\(path: \$p0\)/,
    );
    assert.match(graphql[2]!, /^mutation.*createIssue.*addComment.*addLabelsToLabelable/);
    for (const q of graphql)
      assert.deepEqual(validate(q).map(String), [], `valid against GitHub's schema: ${q}`);
    assert.equal(
      count('GET /repos/{owner}/{repo}/compare/{basehead}'),
      1,
      'files and commits in one call pinned to the head',
    );
    const compared = log.find((c) => c.op === 'GET /repos/{owner}/{repo}/compare/{basehead}')!;
    assert.ok(
      compared.path.endsWith(`...${world.github.pull(n).headSha}`),
      'compared at the head SHA the merge is pinned to',
    );
    assert.equal(count('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge'), 1);
    assert.equal(count('POST /repos/{owner}/{repo}/statuses/{sha}'), 1);
    for (const gone of [
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}',
      'POST /repos/{owner}/{repo}/issues',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ])
      assert.equal(count(gone), 0, `no ${gone}`);
    assert.deepEqual(world.github.labels(n), ['breakglass:auto-approved']);
    assert.equal(world.github.comments(n).length, 1, 'one sticky comment');
    assert.deepEqual(world.github.labels(r.reviewIssue!), ['breakglass:review']);
  });

  it('labels that do not exist yet are created through REST, in the same round as the other writes', async () => {
    const repo = world.github.repo();
    repo.labels.delete('breakglass:auto-approved');
    repo.labels.delete('breakglass:review');
    const { n, r, log, rounds: seq } = await decide('inc-2-alice');
    assert.ok(r.merged);
    const ops = log.map((c) => c.op);
    assert.ok(seq <= 6, `still at most 6 rounds, took ${seq}`);
    assert.equal(
      ops.filter((o) => o === 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels').length,
      1,
    );
    assert.equal(ops.filter((o) => o === 'POST /repos/{owner}/{repo}/issues').length, 1);
    assert.deepEqual(world.github.labels(n), ['breakglass:auto-approved']);
    assert.deepEqual(world.github.labels(r.reviewIssue!), ['breakglass:review']);
    assert.equal(world.github.comments(n).length, 1);
  });
});
