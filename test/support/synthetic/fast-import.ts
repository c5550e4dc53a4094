/**
 * Writes a linear `main` from commit specs with ONE `git fast-import` process (tens of thousands of
 * commits in a second or two; `git commit` per commit would take minutes), then checks it out.
 * Each spec learns its sha from the exported marks.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../../action/src/repo/git.js';

export interface CommitSpec {
  /** Committer time, unix seconds. */
  time: number;
  authorTime: number;
  author: string;
  authorEmail: string;
  committer: string;
  committerEmail: string;
  message: string;
  /** path → new content, or null to delete. */
  files: [string, string | null][];
  /** Creation order: ties in time keep it, so an add precedes its records. */
  seq: number;
  sha?: string;
}

function ident(name: string, email: string, t: number): string {
  return `${name} <${email}> ${t} +0000`;
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
}

/** The fast-import stream for `specs` in the given order. Exported for tests of the generator. */
export function fastImportStream(specs: readonly CommitSpec[]): string {
  const parts: string[] = [];
  specs.forEach((c, i) => {
    parts.push(`commit refs/heads/main\nmark :${i + 1}\n`);
    parts.push(
      `author ${ident(c.author, c.authorEmail, c.authorTime)}\ncommitter ${ident(c.committer, c.committerEmail, c.time)}\n`,
    );
    parts.push(data(c.message));
    for (const [path, content] of c.files)
      parts.push(content === null ? `D ${path}\n` : `M 100644 inline ${path}\n${data(content)}`);
    parts.push('\n');
  });
  return parts.join('');
}

function run(cwd: string, args: string[], input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`git ${args[0]} failed: ${Buffer.concat(err).toString()}`)),
    );
    child.stdin.end(input);
  });
}

/** Creates the repository in `dir` (must be empty or absent) from specs sorted by (time, seq). */
export async function importHistory(dir: string, specs: CommitSpec[]): Promise<CommitSpec[]> {
  const ordered = [...specs].sort((a, b) => a.time - b.time || a.seq - b.seq);
  await git(dir, ['init', '-q', '-b', 'main']);
  const tmp = mkdtempSync(join(tmpdir(), 'breakglass-marks-'));
  const marks = join(tmp, 'marks');
  try {
    await run(
      dir,
      ['fast-import', '--quiet', `--export-marks=${marks}`],
      fastImportStream(ordered),
    );
    const shas = new Map<number, string>();
    for (const line of readFileSync(marks, 'utf8').split('\n')) {
      const m = /^:(\d+) ([0-9a-f]{40,64})$/.exec(line);
      if (m) shas.set(Number(m[1]), m[2]!);
    }
    ordered.forEach((c, i) => {
      const sha = shas.get(i + 1);
      if (!sha) throw new Error(`fast-import exported no mark :${i + 1}`);
      c.sha = sha;
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  await git(dir, ['checkout', '-q', '-f', 'main']);
  return ordered;
}
