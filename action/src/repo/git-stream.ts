/**
 * Runs git without a shell and hands its standard output to the caller, chunk by chunk as git
 * writes it, so a long `git log` is parsed on one core while git produces it on the other (instead
 * of buffering the whole output, then parsing). Chunks are bytes: the caller decodes what it keeps
 * (a chunk may end inside a multi-byte character).
 */
import { spawn } from 'node:child_process';

export function gitStream(
  cwd: string,
  args: readonly string[],
  onChunk: (chunk: Buffer) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      // GIT_FLUSH=0: block-buffered output. On a pipe git otherwise flushes after every commit,
      // and tens of thousands of ~1 KB reads cost more than parsing them.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const errs: Buffer[] = [];
    let failed: unknown;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed !== undefined) return;
      try {
        onChunk(chunk);
      } catch (e) {
        failed = e;
        child.kill();
      }
    });
    child.stderr.on('data', (c: Buffer) => errs.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (failed !== undefined)
        reject(failed instanceof Error ? failed : new Error(String(failed)));
      else if (code === 0) resolve();
      else {
        const stderr = Buffer.concat(errs).toString('utf8').trim();
        reject(new Error(`git ${args[0]} failed: ${stderr || `exit ${code}`}`));
      }
    });
  });
}
