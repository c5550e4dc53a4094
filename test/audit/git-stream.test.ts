/**
 * gitStream, the transport every history read goes through: a pipe, or for audit (`spool`) an
 * unlinked temporary file read as it grows, when the temporary directory has room. Either way the
 * caller gets every byte in order, git's failure is an error naming what git said, a caller that
 * throws stops git and gets an Error back, and nothing is left in the temporary directory or open
 * in this process.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { git } from '../../action/src/repo/git.js';
import { gitStream, type StreamOptions } from '../../action/src/repo/git-stream.js';
import { tempRepo, type TempRepo } from '../support/git-repo.js';

const openFds = (): number => readdirSync('/proc/self/fd').length;

/**
 * The open descriptors once Node has closed a finished child's own pipes, which it may do a few
 * turns of the event loop later: waits up to 2 s for the count to come back to `expected`.
 */
async function fdsSettled(expected: number): Promise<number> {
  for (let waited = 0; openFds() !== expected && waited < 2000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return openFds();
}
const SPOOL: StreamOptions = { spool: true };

async function collect(cwd: string, args: string[], opts: StreamOptions = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  await gitStream(cwd, args, (c) => parts.push(Buffer.from(c)), opts);
  return Buffer.concat(parts);
}

/** What git's standard output is, as a git alias sees it: a regular `file`, or `stream` (a pipe or socket). */
const STDOUT_KIND = [
  '-c',
  'alias.stdout-kind=!if [ -f /dev/stdout ]; then echo file; else echo stream; fi',
  'stdout-kind',
];

void describe('gitStream', () => {
  let repo: TempRepo;
  let big: Buffer;
  let blob: string;
  let tmp: string;
  const savedTmp = process.env.TMPDIR;
  before(async () => {
    repo = await tempRepo();
    // 3 MB of binary: several reads of the file, and every byte value.
    big = randomBytes(3 << 20);
    writeFileSync(join(repo.dir, 'big.bin'), big);
    await git(repo.dir, ['add', 'big.bin']);
    await repo.commit({}, 'big');
    blob = (await git(repo.dir, ['rev-parse', 'HEAD:big.bin'])).trim();
  });
  after(() => repo.remove());
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });
  const freshTmp = (): string => {
    tmp = mkdtempSync(join(tmpdir(), 'breakglass-stream-test-'));
    process.env.TMPDIR = tmp;
    return tmp;
  };
  const cat = ['cat-file', 'blob'];

  void it('spooled: every byte in order through a temporary file, and nothing left behind', async () => {
    const dir = freshTmp();
    const fds = openFds();
    assert.equal((await collect(repo.dir, STDOUT_KIND, SPOOL)).toString(), 'file\n');
    assert.ok(
      (await collect(repo.dir, [...cat, blob], SPOOL)).equals(big),
      'the blob, byte for byte',
    );
    assert.deepEqual(readdirSync(dir), [], 'no temporary file or directory remains');
    assert.equal(await fdsSettled(fds), fds, 'no descriptor left open');
  });

  void it('spooled: the event loop turns between chunks, as it does between pipe reads', async () => {
    freshTmp();
    let chunks = 0;
    let seenAt: number | undefined;
    await gitStream(
      repo.dir,
      [...cat, blob],
      () => {
        if (chunks++ === 0) setImmediate(() => (seenAt = chunks));
      },
      SPOOL,
    );
    assert.ok(chunks > 1);
    assert.equal(seenAt, 1, 'work queued by the first chunk ran before the second chunk came');
  });

  void it('a pipe unless asked to spool, when no temporary file can be made, and when the disk is short', async () => {
    const dir = freshTmp();
    const fds = openFds();
    assert.equal((await collect(repo.dir, STDOUT_KIND)).toString(), 'stream\n');
    assert.ok((await collect(repo.dir, [...cat, blob])).equals(big));
    const short = { spool: true, spoolMinFree: Number.MAX_SAFE_INTEGER };
    assert.equal((await collect(repo.dir, STDOUT_KIND, short)).toString(), 'stream\n');
    assert.deepEqual(readdirSync(dir), []);
    process.env.TMPDIR = join(dir, 'missing', 'dir');
    assert.equal((await collect(repo.dir, STDOUT_KIND, SPOOL)).toString(), 'stream\n');
    assert.ok((await collect(repo.dir, [...cat, blob], SPOOL)).equals(big));
    assert.equal(await fdsSettled(fds), fds);
  });

  for (const [name, opts] of [
    ['spooled', SPOOL],
    ['piped', {}],
  ] as const) {
    void it(`${name}: git's failure is an error with git's own words`, async () => {
      freshTmp();
      await assert.rejects(
        gitStream(repo.dir, [...cat, 'f'.repeat(40)], () => {}, opts),
        /git cat-file failed: fatal: .*f{40}/,
      );
    });

    void it(`${name}: a caller that throws stops git and gets an Error back`, async () => {
      const dir = freshTmp();
      const fds = openFds();
      let calls = 0;
      const thrower = (value: unknown) => () => {
        calls++;
        throw value;
      };
      await assert.rejects(
        gitStream(repo.dir, [...cat, blob], thrower(new Error('unreadable record')), opts),
        /unreadable record/,
      );
      assert.equal(calls, 1, 'no chunk after the one that threw');
      calls = 0;
      await assert.rejects(
        gitStream(repo.dir, [...cat, blob], thrower('not an Error'), opts),
        (e: unknown) => e instanceof Error && e.message === 'not an Error',
      );
      assert.equal(calls, 1);
      assert.deepEqual(readdirSync(dir), []);
      assert.equal(await fdsSettled(fds), fds);
    });

    void it(`${name}: a git that cannot start is an error`, async () => {
      freshTmp();
      const fds = openFds();
      await assert.rejects(
        gitStream(join(tmp, 'no-such-dir'), ['log'], () => {}, opts),
        /ENOENT|spawn/,
      );
      await assert.rejects(
        gitStream(repo.dir, ['log', 'a\0b'], () => {}, opts),
        /null bytes|ERR_INVALID_ARG_VALUE/,
      );
      assert.equal(await fdsSettled(fds), fds);
    });
  }
});
