/**
 * The merge step under attack and faults, in process against FakeGitHub: a push between the decision
 * and the merge (RC-01, RC-09) is answered 409 and re-evaluated, never retried blindly; a merge whose
 * answer is lost (502 after it committed) or rate-limited is read back, never made twice (F-10).
 */
import { after, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { checkPr, type CheckPrDeps } from '../../action/src/commands/check-pr.js';
import { doctor } from '../../action/src/commands/doctor.js';
import { realSleep, systemClock } from '../../action/src/core/clock.js';
import { createClient } from '../../action/src/github/client.js';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import { pullOps } from '../../action/src/github/octokit-pulls.js';
import type { GitHubOps } from '../../action/src/github/ops.js';
import { createOnCallLookup } from '../../action/src/oncall/providers.js';
import { FakeGitHub, type FileSpec } from '../../action/src/sandbox/github/index.js';
import { examplePolicy } from '../support/builders.js';

const APP = 'ghs_securitySuiteAppToken0000000001';
const REPO = { owner: 'acme', repo: 'access' };
const MERGE = 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge';
const YAML =
  'requester: alice\nbundle: prod-readonly\nduration: 2h\nreason: "Read checkout-service logs to find the cause"\n';

function repoFiles(): Record<string, FileSpec> {
  const files: Record<string, FileSpec> = { 'grants/README.md': 'grants\n' };
  for (const f of readdirSync('policies')) files[`policies/${f}`] = readFileSync(`policies/${f}`);
  return files;
}

describe('merge bound to the decided head (RC-01, RC-09) and read back after faults (F-10)', () => {
  let fake: FakeGitHub;
  let gh: GitHubOps;
  const policy = examplePolicy();

  beforeEach(async () => {
    await fake?.stop();
    fake = await new FakeGitHub().start();
    for (const [login, id] of Object.entries({ alice: 1001, bob: 1002, carol: 1003, dave: 1004 }))
      fake.addUser(login, { id, email: `${login}@example.com` });
    fake.createRepo('acme/access', { files: repoFiles() });
    for (const login of ['alice', 'bob', 'carol', 'dave']) fake.setCollaborator(login, 'write');
    fake.addAppToken(APP, { slug: 'breakglass-app' });
    gh = createGitHubOps({
      token: APP,
      baseUrl: fake.url,
      repo: REPO,
      throttle: false,
      retryAfterBaseValue: 1,
    });
  });
  after(() => fake.stop());

  const deps = (over: Partial<CheckPrDeps> = {}): CheckPrDeps => ({
    gh,
    clock: systemClock,
    policy,
    onCall: createOnCallLookup({
      schedules: policy.schedules,
      identities: policy.identities,
      clock: systemClock,
      sleep: realSleep,
    }),
    guardrails: () => doctor(gh),
    ...over,
  });
  const open = () => {
    const n = fake.openPullRequest({
      author: 'alice',
      title: 'breakglass: db',
      head: 'grant-db',
      files: { 'grants/db.yaml': YAML },
    });
    return { n, s1: fake.pull(n).headSha };
  };

  it('RC-01 RC-09 a push between decide and merge: the merge pinned to S1 gets 409, the PR is re-evaluated at S2 and not merged', async () => {
    const { n, s1 } = open();
    fake.review(n, 'carol', 'APPROVED');
    let s2 = '';
    const racing: GitHubOps = {
      ...gh,
      mergePull: async (pr, m) => {
        s2 = fake.commitFiles(
          'grant-db',
          { 'grants/db.yaml': YAML.replace('2h', '8h') },
          'longer',
          'alice',
        );
        return gh.mergePull(pr, m);
      },
    };
    const r = await checkPr(deps({ gh: racing }), n);
    const merges = fake.calls(MERGE);
    assert.equal(merges.length, 1, 'exactly one merge attempt: never retried blindly');
    assert.equal(
      (JSON.parse(merges[0]!.body) as { sha: string }).sha,
      s1,
      'the merge is pinned to the decided head',
    );
    assert.equal(merges[0]!.status, 409);
    assert.deepEqual(fake.merges(), []);
    assert.equal(r.merged, undefined);
    assert.equal(r.decision?.headSha, s2, 're-evaluated at the new head');
    assert.equal(r.decision?.outcome, 'review', 'the S1 approval does not count for S2');
    assert.equal(fake.pull(n).merged ?? false, false);
  });

  it('RC-01 RC-09 a 409 from GitHub re-gathers the PR before any second merge; check-pr never arms auto-merge', async () => {
    const { n, s1 } = open();
    fake.review(n, 'carol', 'APPROVED');
    fake.fail(MERGE, {
      status: 409,
      body: JSON.stringify({
        message: 'Head branch was modified. Review and try the merge again.',
      }),
    });
    const r = await checkPr(deps(), n);
    const log = fake.calls();
    const merges = log.map((c, i) => ({ c, i })).filter((x) => x.c.op === MERGE);
    assert.equal(merges.length, 2);
    const between = log.slice(merges[0]!.i + 1, merges[1]!.i);
    assert.ok(
      between.some((c) => c.op === 'POST /graphql' && /reviews\(first: 100\)/.test(c.body)),
      `the PR and its reviews are read again between the merges: ${between.map((c) => c.op).join(', ')}`,
    );
    assert.ok(
      between.some((c) => c.op === 'GET /repos/{owner}/{repo}/compare/{basehead}'),
      'and its files compared again',
    );
    assert.equal(r.merged?.sha, fake.merges()[0]?.sha);
    assert.equal(fake.merges()[0]?.headSha, s1);
    assert.ok(
      !log.some((c) => /enablePullRequestAutoMerge|mergePullRequest/.test(c.body)),
      'no GraphQL merge or auto-merge call: the merge is the REST one, pinned to the head',
    );
  });

  it('F-10 a merge answered 502 after it committed: merged is re-read, exactly one merge, reported merged', async () => {
    const { n, s1 } = open();
    fake.fail(MERGE, { status: 502, afterCommit: true }, 3);
    const pulls = pullOps(
      createClient({ token: APP, baseUrl: fake.url, throttle: false, retryAfterBaseValue: 0 }),
      REPO,
    );
    const r = await pulls.mergePull(n, { sha: s1, title: 't', message: 'm' });
    assert.equal(fake.merges().length, 1, 'no double merge');
    assert.deepEqual(r, { merged: true, sha: fake.merges()[0]!.sha });
    assert.ok(
      fake.calls('GET /repos/{owner}/{repo}/pulls/{pull_number}').length >= 1,
      'merged was read back',
    );
    assert.ok(fake.calls().length < 12, `bounded request count: ${fake.calls().length}`);
  });

  it('F-10 a secondary rate limit on merge is waited out and merges once', async () => {
    const { n, s1 } = open();
    fake.secondaryRateLimit(MERGE, { retryAfter: 0 });
    const pulls = pullOps(
      createClient({ token: APP, baseUrl: fake.url, retryAfterBaseValue: 0 }),
      REPO,
    );
    const r = await pulls.mergePull(n, { sha: s1, title: 't', message: 'm' });
    assert.equal(r.merged, true);
    assert.equal(fake.merges().length, 1);
    assert.equal(fake.calls(MERGE).length, 2);
  });
});
