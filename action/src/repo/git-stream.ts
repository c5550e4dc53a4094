/**
 * Runs git without a shell and hands its standard output to the caller as UTF-8 text while git is
 * still writing it, so a long `git log` is parsed on one core while git produces it on the other
 * (instead of buffering the whole output, then parsing). Multi-byte characters split across reads
 * are decoded whole.
 */
import { spawn } from 'node:child_process';

export function gitStream(
  cwd: string,
  args: readonly string[],
  onText: (text: string) => void,
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
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      if (failed !== undefined) return;
      try {
        onText(text);
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
