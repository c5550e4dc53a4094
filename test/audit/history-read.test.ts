/**
 * Reading history as data, on a real repository: record and field boundaries that no message or
 * author name can forge (they may hold \x1e and \x1f), paths as git stores them (a non-ASCII
 * control path is still a control path), blob ids of added files, merges against the main line,
 * streaming equal to the listed form, and output that does not parse is an error, never skipped.
 * Grant files are read by blob id in one cat-file batch fed while the log is read.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit } from '../../action/src/commands/audit.js';
import { ManualClock } from '../../action/src/core/clock.js';
import { gitBlobs } from '../../action/src/repo/blobs.js';
import { git } from '../../action/src/repo/git.js';
import { gitHistory, type HistoryCommit } from '../../action/src/repo/history.js';
import { localRepo } from '../../action/src/repo/files.js';
import { parseRecord, RecordSplitter } from '../../action/src/repo/log-records.js';
import { tempRepo, type TempRepo } from '../support/git-repo.js';

const ID = ['-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false'];
const FORGED = '\x1e0123456789abcdef\x1f0123456789abcdef';

void describe('history read from git', () => {
  let repo: TempRepo;
  let history: HistoryCommit[];
  const sha: Record<string, string> = {};
  before(async () => {
    repo = await tempRepo();
    mkdirSync(join(repo.dir, '.github', 'workflows'), { recursive: true });
    const name = (n: string) => ['-c', `user.name=${n}`, ...ID];
    await repo.commit(
      { '.github/workflows/é.yml': 'on: push\n', 'grants/g2.yaml': 'requester: bob\n' },
      `odd ${FORGED} subject\n\nBody with ${FORGED}.\n\nBreakglass-Grant: g2\nBreakglass-Action: apply\nBreakglass-Time: 2026-01-01T00:00:00Z\n`,
    );
    sha.odd = await repo.head();
    await git(repo.dir, ['checkout', '-q', '-b', 'side']);
    await repo.commit({ 'grants/side.yaml': 'requester: carol\n' }, 'side work');
    await git(repo.dir, ['checkout', '-q', 'main']);
    await repo.commit({ 'grants/g2.yaml': null }, 'remove g2\r\n\r\nBreakglass-Grant: g2\r\n');
    await git(repo.dir, [
      ...name('Mal\x1fory'),
      'merge',
      '-q',
      '--no-ff',
      '-m',
      'merge side',
      'side',
    ]);
    sha.merge = await repo.head();
    history = await gitHistory(repo.dir).commits();
  });
  after(() => repo?.remove());

  void it('keeps messages and names whole, whatever they hold', () => {
    const odd = history.find((c) => c.sha === sha.odd)!;
    assert.equal(odd.subject, `odd ${FORGED} subject`);
    assert.deepEqual(odd.trailers.get('Breakglass-Action'), ['apply']);
    assert.equal(
      history.length,
      4,
      'init, odd, remove, merge; the side commit is off the main line',
    );
    const merge = history[0]!;
    assert.equal(merge.sha, sha.merge);
    assert.equal(merge.authorName, 'Mal\x1fory');
    assert.equal(merge.parents.length, 2);
    assert.deepEqual(
      merge.changes.map((c) => [c.status, c.path]),
      [['A', 'grants/side.yaml']],
    );
    const removed = history[1]!;
    assert.deepEqual(removed.trailers.get('Breakglass-Grant'), ['g2']);
    assert.deepEqual(removed.changes, [{ status: 'D', path: 'grants/g2.yaml', blob: undefined }]);
  });

  void it('reports paths unquoted and the blob each add wrote', async () => {
    const odd = history.find((c) => c.sha === sha.odd)!;
    const blob = (await git(repo.dir, ['rev-parse', `${sha.odd}:grants/g2.yaml`])).trim();
    assert.deepEqual(
      odd.changes.map((c) => [c.status, c.path, c.blob]),
      [
        [
          'A',
          '.github/workflows/é.yml',
          (await git(repo.dir, ['rev-parse', `${sha.odd}:.github/workflows/é.yml`])).trim(),
        ],
        ['A', 'grants/g2.yaml', blob],
      ],
    );
    const r = await audit({
      repo: localRepo(repo.dir),
      history: gitHistory(repo.dir),
      blobs: gitBlobs(repo.dir),
      clock: new ManualClock('2026-03-01T00:00:00Z'),
    });
    const control = r.anomalies.filter((a) => a.class === 'control-change');
    assert.ok(
      control.some((a) => a.detail.includes('.github/workflows/é.yml')),
      JSON.stringify(control),
    );
  });

  void it('streams the same commits it lists', async () => {
    const streamed: HistoryCommit[] = [];
    await gitHistory(repo.dir).forEach!((c) => streamed.push(c));
    assert.deepEqual(streamed, history);
  });

  void it('refuses output it cannot read instead of skipping it', () => {
    const marks = { record: '\x1eN', field: '\x1fN' };
    const parse = (text: string) =>
      parseRecord(Buffer.from(text), 0, Buffer.byteLength(text), Buffer.from(marks.field));
    assert.throws(() => parse('nothex\x1f\x1f\x1fN\x1fNa\x1fNb\x1fNc\x1fN'), /unreadable record/);
    assert.throws(
      () => parse(`${'a'.repeat(40)}\x1f\x1fx\x1fy\x1fNa\x1fNb\x1fNc`),
      /unreadable record/,
    );
    const bad = `${'a'.repeat(40)}\x1f\x1fx\x1fy\x1fNa\x1fNb\x1fNc\x1fN\0\n:100644 bogus A\0p\0`;
    assert.throws(() => parse(bad), /unreadable change/);
    const s = new RecordSplitter(marks, () => {});
    s.push(Buffer.from('junk before'));
    assert.throws(() => s.end(), /text before the first record/);
  });

  void it('reads prefetched and asked-for files in one batch; a failing git is an error, not a crash', async () => {
    const blobs = gitBlobs(repo.dir);
    const blob = (await git(repo.dir, ['rev-parse', `${sha.odd}:grants/g2.yaml`])).trim();
    blobs.prefetch!([blob, 'not a spec\nx']);
    const spec = `${sha.odd}:grants/g2.yaml`;
    const got = await blobs.read([blob, spec, `${sha.odd}:grants/none.yaml`]);
    assert.equal(Buffer.from(got.get(blob)!).toString(), 'requester: bob\n');
    assert.equal(Buffer.from(got.get(spec)!).toString(), 'requester: bob\n');
    assert.equal(got.get(`${sha.odd}:grants/none.yaml`), undefined);
    const nowhere = mkdtempSync(join(tmpdir(), 'breakglass-nogit-'));
    try {
      const lost = gitBlobs(nowhere);
      lost.prefetch!([blob]);
      await assert.rejects(lost.read([blob]), /git cat-file failed/);
      await assert.rejects(
        audit({
          repo: localRepo(nowhere),
          history: gitHistory(nowhere),
          blobs: gitBlobs(nowhere),
          clock: new ManualClock('2026-03-01T00:00:00Z'),
        }),
        /git log failed/,
      );
    } finally {
      rmSync(nowhere, { recursive: true, force: true });
    }
  });
});
