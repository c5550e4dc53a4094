/**
 * gitStream, the transport every history read goes through: git writes into an unlinked temporary
 * file that is read as it grows, or into a pipe when no temporary file can be made. Either way the
 * caller gets every byte in order, git's failure is an error naming what git said, a caller that
 * throws stops git, and nothing is left in the temporary directory or open in this process.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { git } from '../../action/src/repo/git.js';
import { gitStream } from '../../action/src/repo/git-stream.js';
import { tempRepo, type TempRepo } from '../support/git-repo.js';

const openFds = (): number => readdirSync('/proc/self/fd').length;

async function collect(cwd: string, args: string[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  await gitStream(cwd, args, (c) => parts.push(Buffer.from(c)));
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
    // 3 MB of binary: more than one read of the file, and every byte value.
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

  void it('hands over every byte in order through the temporary file, and leaves nothing behind', async () => {
    const dir = freshTmp();
    const fds = openFds();
    assert.equal((await collect(repo.dir, STDOUT_KIND)).toString(), 'file\n');
    assert.ok(
      (await collect(repo.dir, ['cat-file', 'blob', blob])).equals(big),
      'the blob, byte for byte',
    );
    assert.deepEqual(readdirSync(dir), [], 'no temporary file or directory remains');
    assert.equal(openFds(), fds, 'no descriptor left open');
  });

  void it('lets the event loop turn between chunks, as a pipe does', async () => {
    freshTmp();
    let chunks = 0;
    let seenAt: number | undefined;
    await gitStream(repo.dir, ['cat-file', 'blob', blob], () => {
      if (chunks++ === 0) setImmediate(() => (seenAt = chunks));
    });
    assert.ok(chunks > 1);
    assert.equal(seenAt, 1, 'work queued by the first chunk ran before the second chunk came');
  });

  void it('uses a pipe when no temporary file can be made, with the same output', async () => {
    const dir = freshTmp();
    process.env.TMPDIR = join(dir, 'missing', 'dir');
    const fds = openFds();
    assert.equal((await collect(repo.dir, STDOUT_KIND)).toString(), 'stream\n');
    assert.ok((await collect(repo.dir, ['cat-file', 'blob', blob])).equals(big));
    assert.equal(openFds(), fds);
  });

  void it("rejects with git's own error, in both transports", async () => {
    freshTmp();
    await assert.rejects(
      gitStream(repo.dir, ['cat-file', 'blob', 'f'.repeat(40)], () => {}),
      /git cat-file failed: fatal: .*f{40}/,
    );
    process.env.TMPDIR = join(tmp, 'missing');
    await assert.rejects(
      gitStream(repo.dir, ['cat-file', 'blob', 'f'.repeat(40)], () => {}),
      /git cat-file failed: fatal: .*f{40}/,
    );
  });

  void it('a caller that throws stops git and gets its own error back', async () => {
    const dir = freshTmp();
    const fds = openFds();
    let calls = 0;
    await assert.rejects(
      gitStream(repo.dir, ['cat-file', 'blob', blob], () => {
        calls++;
        throw new Error('unreadable record');
      }),
      /unreadable record/,
    );
    assert.equal(calls, 1, 'no chunk after the one that threw');
    assert.deepEqual(readdirSync(dir), []);
    assert.equal(openFds(), fds);
    process.env.TMPDIR = join(dir, 'missing');
    calls = 0;
    await assert.rejects(
      gitStream(repo.dir, ['cat-file', 'blob', blob], () => {
        calls++;
        throw new Error('unreadable record');
      }),
      /unreadable record/,
    );
    assert.equal(calls, 1);
  });

  void it('a git that cannot start is an error', async () => {
    freshTmp();
    await assert.rejects(
      gitStream(join(tmp, 'no-such-dir'), ['log'], () => {}),
      /ENOENT|spawn/,
    );
  });
});
