/**
 * `breakglass audit` through runCli on a real git checkout: every lifecycle field of an approved,
 * applied, reviewed, extended and revoked grant; a grant committed to main without a decision record
 * is listed (unapproved) and flagged, and plan does not apply it; grant files are read in one batch
 * (UTF-8 byte sizes); invalid policies fall back to default settings with a warning; exit codes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../action/src/cli/io.js';
import { runCli } from '../../action/src/cli/main.js';
import {
  applyTrailers,
  reviewTrailers,
  revocationTrailers,
} from '../../action/src/audit/trailers.js';
import { ManualClock } from '../../action/src/core/clock.js';
import { gitBlobs } from '../../action/src/repo/blobs.js';
import { git } from '../../action/src/repo/git.js';
import { grantYaml } from '../support/builders.js';
import { tempRepo, type TempRepo } from '../support/git-repo.js';

const NOW = '2026-03-02T00:00:00Z';

async function cli(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: {},
    cwd,
    clock: new ManualClock(NOW),
    sleep: async () => {},
  };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Commits made while these are set carry these dates (git reads them from the environment). */
function dated<T>(author: string, committer: string, fn: () => Promise<T>): Promise<T> {
  process.env.GIT_AUTHOR_DATE = author;
  process.env.GIT_COMMITTER_DATE = committer;
  return fn().finally(() => {
    delete process.env.GIT_AUTHOR_DATE;
    delete process.env.GIT_COMMITTER_DATE;
  });
}

const REASON = 'Ünïcödé reason | with `ticks` and @team <b>';

void describe('breakglass audit on a git checkout', () => {
  let repo: TempRepo;
  before(async () => {
    repo = await tempRepo();
    const record = {
      rule: 'oncall-emergency',
      requester: 'alice',
      bundle: 'prod-readonly',
      approvedBy: [],
      onCall: ['sre-primary roster L1'],
      targets: ['aws:111122223333'],
      pr: '7',
      head: 'a'.repeat(40),
    };
    await dated('2026-03-01T09:55:00Z', '2026-03-01T10:00:00Z', () =>
      repo.approve(
        'inc-1',
        grantYaml({
          requester: 'alice',
          duration: '2h',
          reason: REASON,
          ticket: 'CHG-1',
          targets: ['aws:111122223333'],
        }),
        { ...record, start: '2026-03-01T10:00:00Z', expires: '2026-03-01T12:00:00Z' },
      ),
    );
    await dated('2026-03-01T10:02:00Z', '2026-03-01T10:02:00Z', () =>
      repo.commit(
        {},
        `apply\n\n${applyTrailers({ grantId: 'inc-1', time: '2026-03-01T10:02:00Z', results: ['ok'] })}\n`,
      ),
    );
    await dated('2026-03-01T11:30:00Z', '2026-03-01T11:40:00Z', () =>
      repo.approve(
        'inc-1-more',
        grantYaml({ requester: 'alice', extends: 'inc-1', start: '2026-03-01T12:00:00Z' }),
        {
          ...record,
          targets: [],
          pr: '8',
          start: '2026-03-01T12:00:00Z',
          expires: '2026-03-01T13:00:00Z',
          extends: 'inc-1',
        },
      ),
    );
    await dated('2026-03-01T12:00:30Z', '2026-03-01T12:00:30Z', () =>
      repo.commit(
        {},
        `apply\n\n${applyTrailers({ grantId: 'inc-1-more', time: '2026-03-01T12:00:30Z', results: [] })}\n`,
      ),
    );
    await dated('2026-03-01T12:05:00Z', '2026-03-01T12:05:00Z', () =>
      repo.commit(
        { 'grants/inc-1.yaml': null },
        `revoke\n\n${revocationTrailers({ grantId: 'inc-1', reason: 'expired', time: '2026-03-01T12:05:00Z', results: [] })}\n`,
      ),
    );
    await dated('2026-03-01T12:30:00Z', '2026-03-01T12:30:00Z', () =>
      repo.commit({ 'grants/inc-1-more.yaml': null }, 'revoke inc-1-more early (#9)'),
    );
    await dated('2026-03-01T12:31:00Z', '2026-03-01T12:31:00Z', () =>
      repo.commit(
        {},
        `revoke\n\n${revocationTrailers({ grantId: 'inc-1-more', reason: 'early', time: '2026-03-01T12:31:00Z', results: [] })}\n`,
      ),
    );
    for (const id of ['inc-1', 'inc-1-more']) {
      await dated('2026-03-01T15:00:00Z', '2026-03-01T15:00:00Z', () =>
        repo.commit(
          {},
          `review\n\n${reviewTrailers({ grantId: id, time: '2026-03-01T15:00:00Z', reviewer: 'carol', issue: '12' })}\n`,
        ),
      );
    }
    await dated('2026-03-01T16:00:00Z', '2026-03-01T16:00:00Z', () =>
      repo.commit(
        { 'grants/sneaky.yaml': grantYaml({ requester: 'bob', bundle: 'prod-admin' }) },
        'add a grant without review',
      ),
    );
  });
  after(() => repo.remove());

  void it('GOV-02 rebuilds every lifecycle field from history and the grant files', async () => {
    const r = await cli(['audit', '--format', 'json'], repo.dir);
    const report = JSON.parse(r.out) as {
      grants: Record<string, unknown>[];
      anomalies: Record<string, unknown>[];
      at: string;
    };
    assert.equal(report.at, NOW);
    const inc1 = report.grants.find((g) => g.id === 'inc-1');
    assert.deepEqual(inc1, {
      id: 'inc-1',
      status: 'revoked',
      requester: 'alice',
      bundle: 'prod-readonly',
      targets: ['aws:111122223333'],
      reason: REASON.normalize('NFC'),
      incident: 'INC-1234',
      ticket: 'CHG-1',
      pr: '7',
      headSha: 'a'.repeat(40),
      commit: inc1!.commit,
      decision: 'auto',
      rule: 'oncall-emergency',
      approvers: [],
      onCall: ['sre-primary roster L1'],
      requestedAt: '2026-03-01T09:55:00Z',
      mergedAt: '2026-03-01T10:00:00Z',
      approvedAt: '2026-03-01T10:00:00Z',
      start: '2026-03-01T10:00:00Z',
      expires: '2026-03-01T12:00:00Z',
      appliedAt: '2026-03-01T10:02:00Z',
      removedAt: '2026-03-01T12:05:00Z',
      revokedAt: '2026-03-01T12:05:00Z',
      revokeReason: 'expired',
      reviewDue: '2026-03-02T10:00:00Z',
      reviewedAt: '2026-03-01T15:00:00Z',
      reviewer: 'carol',
      extends: null,
      extensions: 1,
    });
    assert.match(String(inc1!.commit), /^[0-9a-f]{40}$/);
    const more = report.grants.find((g) => g.id === 'inc-1-more')!;
    assert.deepEqual(
      [
        more.extends,
        more.start,
        more.removedAt,
        more.revokedAt,
        more.revokeReason,
        more.extensions,
      ],
      ['inc-1', '2026-03-01T12:00:00Z', '2026-03-01T12:30:00Z', '2026-03-01T12:31:00Z', 'early', 0],
    );
  });

  void it('a grant committed to main without a decision record is listed and flagged (exit 1), and plan does not apply it', async () => {
    const r = await cli(['audit', '--format', 'json'], repo.dir);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.out) as {
      grants: Record<string, unknown>[];
      anomalies: Record<string, unknown>[];
    };
    const sneaky = report.grants.find((g) => g.id === 'sneaky')!;
    assert.deepEqual(
      [
        sneaky.status,
        sneaky.decision,
        sneaky.requester,
        sneaky.bundle,
        sneaky.approvedAt,
        sneaky.mergedAt,
      ],
      ['unapproved', 'none', 'bob', 'prod-admin', null, '2026-03-01T16:00:00Z'],
    );
    assert.deepEqual(
      report.anomalies.map((a) => [a.class, a.grantId, a.who, a.when]),
      [['no-decision-record', 'sneaky', 'test', '2026-03-01T16:00:00Z']],
    );
    const md = await cli(['audit'], repo.dir);
    assert.equal(md.code, 1);
    assert.match(md.out, /\| `[^`]+` \| `no-decision-record` \| `sneaky` \|/);
    const plan = await cli(['plan', '--offline', '--format', 'json'], repo.dir);
    const p = JSON.parse(plan.out) as {
      unapproved: { grantId: string }[];
      changes: { op: string; grantId?: string }[];
    };
    assert.deepEqual(
      p.unapproved.map((u) => u.grantId),
      ['sneaky'],
    );
    assert.equal(p.changes.filter((c) => c.op === 'put').length, 0);
  });

  void it('--since/--until select the window; exit 0 when it holds no anomaly', async () => {
    const r = await cli(['audit', '--format', 'json', '--until', '2026-03-01T13:00:00Z'], repo.dir);
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out) as {
      grants: { id: string }[];
      since: unknown;
      until: unknown;
    };
    assert.deepEqual(
      report.grants.map((g) => g.id),
      ['inc-1', 'inc-1-more'],
    );
    assert.deepEqual([report.since, report.until], [null, '2026-03-01T13:00:00Z']);
    const late = JSON.parse(
      (await cli(['audit', '--format', 'json', '--since', '2026-03-01T15:30:00Z'], repo.dir)).out,
    ) as { grants: { id: string }[] };
    assert.deepEqual(
      late.grants.map((g) => g.id),
      ['sneaky'],
    );
  });

  void it('reads grant files in one cat-file batch, by bytes (multi-byte UTF-8), missing paths undefined', async () => {
    const head = (await git(repo.dir, ['rev-parse', 'HEAD'])).trim();
    const first = (
      await git(repo.dir, ['log', '--format=%H', '--reverse', '--', 'grants/inc-1.yaml'])
    ).split('\n')[0]!;
    const specs = [
      `${first}:grants/inc-1.yaml`,
      `${head}:grants/inc-1.yaml`,
      `${head}:grants/sneaky.yaml`,
      `${head}:grants/a\nb.yaml`,
    ];
    const blobs = await gitBlobs(repo.dir).read(specs);
    assert.match(Buffer.from(blobs.get(specs[0]!)!).toString('utf8'), /Ünïcödé reason/);
    assert.equal(blobs.get(specs[1]!), undefined);
    assert.match(Buffer.from(blobs.get(specs[2]!)!).toString('utf8'), /requester: "bob"/);
    assert.equal(blobs.get(specs[3]!), undefined);
  });

  void it('usage errors exit 2; invalid policies fall back to default settings with a warning; an empty repository audits clean', async () => {
    for (const argv of [
      ['--format', 'xml'],
      ['--since', 'yesterday'],
      ['--since', '2026-03-02T00:00:00Z', '--until', '2026-03-01T00:00:00Z'],
      ['stray'],
    ]) {
      assert.equal((await cli(['audit', ...argv], repo.dir)).code, 2, argv.join(' '));
    }
    writeFileSync(join(repo.dir, 'policies', 'broken.yaml'), 'settings: [\n');
    try {
      const r = await cli(['audit', '--format', 'json'], repo.dir);
      assert.match(r.err, /warning: policies\/ are invalid .* default settings were used/);
      assert.equal((JSON.parse(r.out) as { warnings: string[] }).warnings.length, 1);
    } finally {
      rmSync(join(repo.dir, 'policies', 'broken.yaml'));
    }
    const empty = mkdtempSync(join(tmpdir(), 'breakglass-empty-'));
    try {
      await git(empty, ['init', '-q']);
      const r = await cli(['audit', '--format', 'csv'], empty);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^id,status,requester,/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
