/**
 * check-pr's reads fail closed (issue 8 kept every check): the grant's bytes are GraphQL's text only
 * when they hash to the blob's git id, else the exact blob; symlinks and submodules are still refused;
 * a comparison GitHub may have cut (300 files, 250 commits) is refused; every connection is paged to
 * its end; the sticky comment is the tool's own; a write GitHub refuses fails the run.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ManualClock } from '../../action/src/core/clock.js';
import { checkPr, type CheckPrDeps } from '../../action/src/commands/check-pr.js';
import { doctor } from '../../action/src/commands/doctor.js';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import type { GitHubOps } from '../../action/src/github/ops.js';
import { createOnCallLookup } from '../../action/src/oncall/providers.js';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import type { FileSpec } from '../../action/src/sandbox/github/index.js';
import {
  startSandboxWorld,
  WORLD_APP_TOKEN,
  WORLD_REPO,
  type SandboxWorld,
} from '../../action/src/sandbox/world.js';
import { examplePolicy, REPO_ROOT } from '../support/builders.js';

const BOT = 'breakglass-app[bot]';
const BLOBS = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
const grant = (requester: string, incident = 'INC-7') =>
  `requester: ${requester}\nbundle: prod-readonly\nduration: 1h\nreason: "Checkout 5xx: read the logs"\nincident: ${incident}\n`;

describe('check-pr reads fail closed', () => {
  const clock = new ManualClock('2026-11-22T03:00:00Z');
  const policy = examplePolicy();
  let world: SandboxWorld;
  let gh: GitHubOps;
  let head = 0;
  before(async () => {
    world = await startSandboxWorld({
      policiesDir: join(REPO_ROOT, 'policies'),
      policy,
      clock,
      sleep: async (ms) => clock.advance(ms),
    });
  });
  after(() => world.stop());
  const fresh = () =>
    (gh = createGitHubOps({
      token: WORLD_APP_TOKEN,
      baseUrl: world.github.url,
      repo: WORLD_REPO,
      throttle: false,
    }));
  const deps = (): CheckPrDeps => {
    const onCall = createOnCallLookup({
      schedules: policy.schedules,
      identities: policy.identities,
      pagerduty: { token: world.pagerduty.token, baseUrl: world.pagerduty.url },
      clock,
      sleep: async () => {},
    });
    return { gh: fresh(), clock, policy, onCall, guardrails: () => doctor(gh) };
  };
  const open = (author: string, files: Record<string, FileSpec>) => {
    const n = world.github.openPullRequest({
      author,
      title: 'grant',
      head: `reads-${++head}`,
      files,
    });
    return { n, sha: world.github.pull(n).headSha };
  };

  it("IN-06 the grant's bytes are GraphQL's text only when they hash to the blob id; otherwise the exact blob", async () => {
    const lossy = Buffer.concat([
      Buffer.from(grant('alice')),
      Buffer.from('# \xff\xfe not UTF-8\n', 'latin1'),
    ]);
    const large = `${grant('alice')}${'# padding\n'.repeat(52_000)}`;
    const binary = Buffer.concat([Buffer.from(grant('alice')), Buffer.from([0, 1, 2])]);
    const { sha } = open('alice', {
      'grants/plain.yaml': grant('alice'),
      'grants/lossy.yaml': lossy,
      'grants/large.yaml': large,
      'grants/binary.yaml': binary,
      'grants/link.yaml': { content: '../policies/rules.yaml', mode: '120000' },
      'grants/module.yaml': { content: 'a'.repeat(40), mode: '160000' },
    });
    fresh();
    world.github.log.length = 0;
    const paths = ['plain', 'lossy', 'large', 'binary', 'link', 'module', 'absent'].map(
      (p) => `grants/${p}.yaml`,
    );
    const [plain, lossyRead, largeRead, binaryRead, link, module, absent] = await Promise.all(
      paths.map((p) => gh.readTreeFile(sha, p)),
    );
    assert.equal(
      world.github.calls('POST /graphql').length,
      1,
      'reads of one commit in the same tick are one query',
    );
    assert.deepEqual(plain, {
      mode: '100644',
      content: new Uint8Array(Buffer.from(grant('alice'))),
    });
    assert.deepEqual(
      Buffer.from(lossyRead!.content!),
      lossy,
      'bytes that are not UTF-8 come back exactly',
    );
    assert.equal(
      Buffer.from(largeRead!.content!).toString(),
      large,
      'a blob cut at 512,000 bytes comes back whole',
    );
    assert.deepEqual(Buffer.from(binaryRead!.content!), binary);
    assert.equal(
      world.github.calls(BLOBS).length,
      3,
      'only the lossy, the cut and the binary blob are fetched through git/blobs',
    );
    assert.deepEqual(link, { mode: '120000' }, 'a symlink has no content to parse');
    assert.deepEqual(module, { mode: '160000' });
    assert.equal(absent, undefined);
  });

  for (const [what, spec] of [
    ['symlink', { content: '../policies/rules.yaml', mode: '120000' }],
    ['submodule', { content: 'b'.repeat(40), mode: '160000' }],
  ] as const) {
    it(`IN-08 a grant file that is a ${what} is rejected and not merged`, async () => {
      const { n } = open('alice', { 'grants/inc-7-alice.yaml': spec });
      const r = await checkPr(deps(), n);
      assert.equal(r.decision?.outcome, 'reject');
      assert.match(
        r.decision!.reasons.map((x) => x.message).join('\n'),
        new RegExp(`must be a regular file \\(git mode ${spec.mode}\\)`),
      );
      assert.equal(r.merged, undefined);
      assert.equal(world.github.pull(n).merged, false);
    });
  }

  it('IN-05 a PR with 300 or more changed files cannot be compared completely: refused, nothing approved or merged', async () => {
    const files: Record<string, FileSpec> = { 'grants/inc-8-alice.yaml': grant('alice', 'INC-8') };
    for (let i = 0; i < 299; i++) files[`docs/f${i}.md`] = `${i}\n`;
    const { n } = open('alice', files);
    await assert.rejects(checkPr(deps(), n), /300 or more files; GitHub lists at most 300/);
    assert.equal(world.github.pull(n).merged, false);
    assert.deepEqual(world.github.labels(n), []);
  });

  it('IN-05 a PR with more than 250 commits cannot be compared completely: refused', async () => {
    const n = world.github.openPullRequest({
      author: 'alice',
      title: 'grant',
      head: `reads-${++head}`,
      commits: Array.from({ length: 251 }, (_, i) => ({
        files: { 'grants/inc-9-alice.yaml': grant('alice', `INC-${900 + i}`) },
      })),
    });
    await assert.rejects(checkPr(deps(), n), /has 251 commits and GitHub lists 250 of them/);
    assert.equal(world.github.pull(n).merged, false);
  });

  it("reviews and comments past the first 100 are read; the sticky comment is the tool's own, on whatever page", async () => {
    const { n, sha } = open('bob', { 'grants/bob-reads.yaml': grant('bob') });
    const mine = world.github.comment(n, BOT, `${COMMENT_MARKER}\nold decision`);
    const theirs = world.github.comment(n, 'dave', `${COMMENT_MARKER}\nnot the bot's`);
    for (let i = 0; i < 104; i++) world.github.comment(n, 'dave', `note ${i}`);
    const moved = world.github.repo().comments;
    // The bot's comment last, the human's carrying the marker first: a first-match lookup would edit the human's.
    moved.splice(moved.indexOf(mine), 1);
    moved.push(mine);
    for (let i = 0; i < 119; i++) world.github.review(n, 'dave', 'COMMENTED', sha);
    world.github.review(n, 'carol', 'APPROVED', sha);
    world.github.log.length = 0;
    const r = await checkPr(deps(), n);
    assert.equal(
      r.decision?.outcome,
      'approve',
      'the approval on the second page of reviews counts',
    );
    assert.deepEqual(r.decision?.review?.approvals, ['carol']);
    assert.ok(r.merged);
    const pages = world.github.calls('POST /graphql').map((c) => c.body);
    assert.ok(
      pages.some((b) => /reviews\(first: 100, after: \$after\)/.test(b)),
      'reviews paged',
    );
    assert.ok(
      pages.some((b) => /comments\(first: 100, after: \$after\)/.test(b)),
      'comments paged',
    );
    const comments = world.github.comments(n);
    assert.equal(comments.length, 106, 'no new comment: the tool updated its own');
    assert.match(mine.body, /approve/i);
    assert.equal(
      theirs.body,
      `${COMMENT_MARKER}\nnot the bot's`,
      "a person's comment carrying the marker is never edited",
    );
  });

  it('a write GitHub refuses fails the run (the writes before it stay done)', async () => {
    const { n } = open('alice', { 'grants/inc-10-alice.yaml': grant('alice', 'INC-10') });
    const d = deps();
    const publish = d.gh.publish;
    // The label is deleted between the read (which saw its id) and the write.
    d.gh = {
      ...d.gh,
      publish: (pr, w) => (
        world.github.repo().labels.delete('breakglass:auto-approved'),
        publish(pr, w)
      ),
    };
    await assert.rejects(checkPr(d, n), /Could not resolve to a node with the global id/);
    assert.equal(
      world.github.pull(n).merged,
      true,
      'the merge happened before the writes, as before',
    );
    assert.equal(
      world.github.comments(n).length,
      1,
      'the comment, written before the label, stays',
    );
    world.github.addLabel('breakglass:auto-approved');
  });

  it('a prefetched part the token cannot read leaves the PR read intact; doctor then asks for it itself', async () => {
    world.github.addAppToken('no-contents', {
      slug: 'no-contents',
      permissions: { pull_requests: 'read', issues: 'read', contents: 'none' },
    });
    const { n } = open('alice', { 'grants/inc-12-alice.yaml': grant('alice', 'INC-12') });
    const limited = createGitHubOps({
      token: 'no-contents',
      baseUrl: world.github.url,
      repo: WORLD_REPO,
      throttle: false,
    });
    const { pull } = await limited.readPull(n, {
      defaultBranchFiles: ['.github/CODEOWNERS'],
      labels: ['breakglass:review'],
    });
    assert.equal(pull.number, n);
    world.github.log.length = 0;
    const report = await doctor(limited);
    assert.equal(
      report.checks.find((c) => c.id === 'codeowners')?.status,
      'unverified',
      'not guessed',
    );
    assert.equal(world.github.calls('GET /repos/{owner}/{repo}/contents/{path}').length, 1);
  });

  it('a CODEOWNERS GraphQL cannot give exactly is read through the contents API, as doctor always did', async () => {
    world.github.setCodeowners(
      `/policies/ @acme/security\n/.github/ @acme/security\n/action/ @acme/security\n${'# padding\n'.repeat(60_000)}`,
    );
    const { n } = open('alice', { 'grants/inc-11-alice.yaml': grant('alice', 'INC-11') });
    world.github.log.length = 0;
    const r = await checkPr(deps(), n);
    assert.ok(r.merged, 'guardrails hold');
    assert.equal(world.github.calls('GET /repos/{owner}/{repo}/contents/{path}').length, 1);
  });
});
