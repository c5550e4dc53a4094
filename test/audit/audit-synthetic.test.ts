/**
 * The first "Done when": a synthetic repository with 10,000 grants over a year (auto and
 * reviewed approvals, scheduled starts, extensions, early revokes, planted anomalies of every class),
 * audited in-process through runCli. Every lifecycle field equals the generator's ground truth; the
 * anomalies are exactly the planted ones (nothing missing, nothing extra); it runs in seconds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ANOMALY_CLASSES, type Anomaly } from '../../action/src/audit/anomalies.js';
import { reportCsv } from '../../action/src/audit/report-csv.js';
import { reportMarkdown } from '../../action/src/audit/report-md.js';
import type { CliIo } from '../../action/src/cli/io.js';
import { runCli } from '../../action/src/cli/main.js';
import { audit } from '../../action/src/commands/audit.js';
import { ManualClock } from '../../action/src/core/clock.js';
import { gitBlobs } from '../../action/src/repo/blobs.js';
import { localRepo } from '../../action/src/repo/files.js';
import { gitHistory } from '../../action/src/repo/history.js';
import { syntheticHistory, type SyntheticHistory } from '../support/synthetic-history.js';

const GRANTS = 10_000;
const BUDGET_MS = 20_000;

/** An anomaly without its prose: what must match the ground truth exactly. */
const key = (a: Anomaly) =>
  JSON.stringify([
    a.class,
    a.when,
    a.grantId ?? null,
    a.who ?? null,
    a.pr ?? null,
    a.commit ?? null,
    a.grants ?? null,
  ]);

void describe(`audit of a synthetic ${GRANTS.toLocaleString('en')}-grant year`, () => {
  let s: SyntheticHistory;
  before(async () => {
    s = await syntheticHistory({ grants: GRANTS });
    console.log(
      `generated ${s.stats.grants} grants in ${s.stats.commits} commits in ${s.stats.generateMs} ms; planted ${JSON.stringify(s.stats.anomalies)}`,
    );
  });
  after(() => s?.remove());

  void it('reproduces every lifecycle and exactly the planted anomalies, in seconds', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      env: {},
      cwd: s.dir,
      clock: new ManualClock(s.at),
      sleep: async () => {},
    };
    const t0 = performance.now();
    const code = await runCli(
      ['audit', '--format', 'json', '--at', s.at.toISOString().replace(/\.000Z$/, 'Z')],
      io,
    );
    const ms = Math.round(performance.now() - t0);
    console.log(
      `audit of ${GRANTS} grants / ${s.stats.commits} commits: ${ms} ms (budget ${BUDGET_MS} ms)`,
    );
    assert.equal(err.join('\n'), '');
    assert.equal(code, 1, 'anomalies found → exit 1');
    assert.ok(ms < BUDGET_MS, `audit took ${ms} ms`);

    const report = JSON.parse(out.join('\n')) as {
      grants: Record<string, unknown>[];
      anomalies: Anomaly[];
      counts: { grants: number; byClass: Record<string, number> };
    };
    assert.equal(report.grants.length, s.truth.grants.length);
    assert.equal(report.counts.grants, GRANTS);
    const byId = new Map(report.grants.map((g) => [g.id as string, g]));
    assert.equal(byId.size, GRANTS, 'one lifecycle per grant id');
    for (const want of s.truth.grants) {
      const got = byId.get(want.id);
      assert.ok(got, `grant ${want.id} missing`);
      for (const k of Object.keys(want)) assert.ok(k in got, `${k} is not in the JSON`);
      const expected = Object.fromEntries(
        Object.keys(got).map((k) => [k, (want as unknown as Record<string, unknown>)[k] ?? null]),
      );
      assert.deepStrictEqual(got, expected, `grant ${want.id}`);
    }

    const got = report.anomalies.map(key).sort();
    const want = s.truth.anomalies.map(key).sort();
    const missing = want.filter((k) => !got.includes(k));
    const extra = got.filter((k) => !want.includes(k));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    assert.equal(got.length, want.length);
    for (const a of report.anomalies)
      assert.ok(typeof a.detail === 'string' && a.detail.length > 0);
    for (const c of ANOMALY_CLASSES)
      assert.ok((report.counts.byClass[c] ?? 0) > 0, `class ${c} planted and found`);
    assert.deepEqual(
      report.counts.byClass,
      Object.fromEntries(ANOMALY_CLASSES.map((c) => [c, s.stats.anomalies[c] ?? 0])),
    );

    const statuses = new Set(s.truth.grants.map((g) => g.status));
    const reasons = new Set(s.truth.grants.map((g) => g.revokeReason));
    assert.ok(
      ['unapproved', 'active', 'expired-unrevoked', 'revoked'].every((x) =>
        statuses.has(x as never),
      ),
      [...statuses].join(),
    );
    assert.ok(reasons.has('expired') && reasons.has('early'));
    assert.ok(
      s.truth.grants.some((g) => g.extensions > 0) &&
        s.truth.grants.some((g) => g.decision === 'auto') &&
        s.truth.grants.some((g) => g.decision === 'reviewers'),
    );
  });

  void it('the Markdown fits a job summary (< 1 MiB) and the CSV has one row per grant', async () => {
    const report = await audit({
      repo: localRepo(s.dir),
      history: gitHistory(s.dir),
      blobs: gitBlobs(s.dir),
      clock: new ManualClock(s.at),
    });
    const md = reportMarkdown(report);
    assert.ok(Buffer.byteLength(md) < 1024 * 1024, `${Buffer.byteLength(md)} bytes`);
    assert.match(
      md,
      new RegExp(`\\*\\*${GRANTS} grant\\(s\\), ${s.truth.anomalies.length} anomalies\\.\\*\\*`),
    );
    const csv = reportCsv(report);
    assert.equal(csv.split('\r\n').length - 1, GRANTS + 1);
  });
});
