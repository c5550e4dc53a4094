/**
 * Runs git without a shell and hands its standard output to the caller, chunk by chunk as git
 * writes it, so a long `git log` is parsed on one core while git produces it on the other (instead
 * of buffering the whole output, then parsing). Chunks are bytes: the caller decodes what it keeps
 * (a chunk may end inside a multi-byte character).
 *
 * Output comes through a pipe (a socket pair, as Node makes them), or, when the caller asks to
 * `spool` it, through a temporary file read as it grows. Into a pipe git writes 4 KB at a time and
 * stops whenever the buffer is full: the 19 MB log of a 10,000-grant history arrived as about 4,300
 * reads, each a wake-up of this process. Into a file git never stops, and the file is read 256 KB at
 * a time: reading that log took about a fifth less CPU time (issue #8). But the file holds the whole
 * output (about half a kilobyte a commit) until the read ends, and a disk that fills meanwhile fails
 * the read: so only audit spools, never the plan that reconcile revokes by, and only when the
 * temporary directory has SPOOL_MIN_FREE (1 GiB) free; otherwise the pipe is used. The file is
 * unlinked as soon as it is open, so nothing is left behind whatever happens to this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
const CHUNK = 256 << 10;
/** How long to wait for more output when git, still running, has written nothing new. */
const POLL_MS = 1;
/** Free space the temporary directory needs for git's output to be spooled there. */
export const SPOOL_MIN_FREE = 1 << 30;

export interface StreamOptions {
  /** Through a temporary file when there is room for one (see above); default a pipe. */
  spool?: boolean;
  /** The free space a spool needs; default SPOOL_MIN_FREE. */
  spoolMinFree?: number;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/**
 * A temporary file, already unlinked, open for reading and writing: git writes through its own copy
 * of the descriptor, this process reads at explicit offsets. Undefined when there is none to be had.
 */
function spoolFile(minFree: number): number | undefined {
  let dir: string;
  try {
    const free = statfsSync(tmpdir());
    if (Number(free.bavail) * Number(free.bsize) < minFree) return undefined;
    dir = mkdtempSync(join(tmpdir(), 'breakglass-git-'));
  } catch {
    return undefined;
  }
  try {
    return openSync(join(dir, 'out'), 'wx+', 0o600);
  } catch {
    return undefined;
  } finally {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // An open file cannot be removed everywhere (Windows): the OS cleans its temporary files.
    }
  }
}

/** Resolves when git exits with 0; rejects with what it wrote to standard error otherwise. */
function exitOf(child: ChildProcess, args: readonly string[]): Promise<void> {
  const errs: Buffer[] = [];
  child.stderr?.on('data', (c: Buffer) => errs.push(c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const stderr = Buffer.concat(errs).toString('utf8').trim();
      reject(new Error(`git ${args[0]} failed: ${stderr || `exit ${code}`}`));
    });
  });
}

export async function gitStream(
  cwd: string,
  args: readonly string[],
  onChunk: (chunk: Buffer) => void,
  opts: StreamOptions = {},
): Promise<void> {
  const fd = opts.spool ? spoolFile(opts.spoolMinFree ?? SPOOL_MIN_FREE) : undefined;
  return fd === undefined ? gitPipe(cwd, args, onChunk) : gitSpooled(cwd, args, onChunk, fd);
}

async function gitSpooled(
  cwd: string,
  args: readonly string[],
  onChunk: (chunk: Buffer) => void,
  fd: number,
): Promise<void> {
  let child: ChildProcess;
  try {
    child = spawn('git', args, {
      cwd,
      env: { ...process.env, ...GIT_ENV },
      stdio: ['ignore', fd, 'pipe'],
    });
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const exit = exitOf(child, args);
  let exited = false;
  const ended = (): void => {
    exited = true;
  };
  exit.then(ended, ended);
  let at = 0;
  let buf = Buffer.allocUnsafe(CHUNK);
  try {
    for (;;) {
      // Once git has exited, everything it wrote is in the file: a read finding nothing then is the end.
      const last = exited;
      const got = readSync(fd, buf, 0, CHUNK, at);
      if (got > 0) {
        at += got;
        // A short read is copied out: a small chunk the caller keeps does not pin the whole buffer.
        onChunk(got < CHUNK / 4 ? Buffer.from(buf.subarray(0, got)) : buf.subarray(0, got));
        buf = Buffer.allocUnsafe(CHUNK);
        // One turn of the event loop per chunk, as a pipe's reads give: this process's other work
        // goes on while a long log is read (audit's batch of grant files from `git cat-file`).
        await new Promise(setImmediate);
      } else if (last) break;
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (e) {
    child.kill();
    await exit.catch(() => undefined);
    throw asError(e);
  } finally {
    closeSync(fd);
  }
  await exit;
}

function gitPipe(
  cwd: string,
  args: readonly string[],
  onChunk: (chunk: Buffer) => void,
): Promise<void> {
  const child = spawn('git', args, {
    cwd,
    // GIT_FLUSH=0: block-buffered output. On a pipe git otherwise flushes after every commit.
    env: { ...process.env, ...GIT_ENV, GIT_FLUSH: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let failed: Error | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    if (failed) return;
    try {
      onChunk(chunk);
    } catch (e) {
      failed = asError(e);
      child.kill();
    }
  });
  return exitOf(child, args).then(
    () => {
      if (failed) throw failed;
    },
    (e: unknown) => {
      throw failed ?? e;
    },
  );
}
