/**
 * Runs git without a shell and hands its standard output to the caller, chunk by chunk as git
 * writes it, so a long `git log` is parsed on one core while git produces it on the other (instead
 * of buffering the whole output, then parsing). Chunks are bytes: the caller decodes what it keeps
 * (a chunk may end inside a multi-byte character).
 *
 * Git writes into a temporary file, which this process reads as it grows, rather than into a pipe
 * (a socket pair, as Node makes them). Into a pipe git writes 4 KB at a time and stops whenever the
 * buffer is full: the 19 MB log of a 10,000-grant history arrived as about 4,300 reads, each a
 * wake-up of this process. Into a file git never stops, and the file is read here 256 KB at a
 * time: reading that log took about a fifth less CPU time (issue #8). The file is unlinked as soon
 * as both ends are open, so nothing is left behind whatever happens to this process; its disk space
 * (about half a kilobyte a commit) is freed when the last descriptor closes. Without a usable
 * temporary directory, the pipe is used.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
const CHUNK = 256 << 10;
/** How long to wait for more output when git, still running, has written nothing new. */
const POLL_MS = 1;

/** A temporary file, already unlinked: a descriptor to give git, and one to read it back. */
function outputFile(): { write: number; read: number } | undefined {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'breakglass-git-'));
  } catch {
    return undefined;
  }
  const path = join(dir, 'out');
  let write: number | undefined;
  try {
    write = openSync(path, 'wx', 0o600);
    return { write, read: openSync(path, 'r') };
  } catch {
    if (write !== undefined) closeSync(write);
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
): Promise<void> {
  const file = outputFile();
  if (!file) return gitPipe(cwd, args, onChunk);
  let child: ChildProcess;
  try {
    child = spawn('git', args, {
      cwd,
      env: { ...process.env, ...GIT_ENV },
      stdio: ['ignore', file.write, 'pipe'],
    });
  } catch (e) {
    closeSync(file.read);
    throw e;
  } finally {
    closeSync(file.write);
  }
  const exit = exitOf(child, args);
  let exited = false;
  const ended = (): void => {
    exited = true;
  };
  exit.then(ended, ended);
  try {
    for (;;) {
      // Once git has exited, everything it wrote is in the file: a read finding nothing then is the end.
      const last = exited;
      const buf = Buffer.allocUnsafe(CHUNK);
      const got = readSync(file.read, buf, 0, CHUNK, null);
      if (got > 0) {
        // A short read is copied out: a small chunk the caller keeps does not pin the whole buffer.
        onChunk(got < CHUNK / 4 ? Buffer.from(buf.subarray(0, got)) : buf.subarray(0, got));
        // One turn of the event loop per chunk, as a pipe's reads gave: this process's other work
        // goes on while a long log is read (the cloud reads reconcile starts beside it, the batch
        // of grant files audit asks `git cat-file` for).
        await new Promise(setImmediate);
      } else if (last) break;
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (e) {
    child.kill();
    await exit.catch(() => undefined);
    throw e;
  } finally {
    closeSync(file.read);
  }
  await exit;
}

/** The same through a pipe, for when no temporary file can be made. */
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
      failed = e instanceof Error ? e : new Error(String(e));
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
