/**
 * What `actions/checkout` (fetch-depth: 0) does against the GitHub fake: a real local git repository
 * holding a branch's history as the fake has it, so commands that read history with `git log`
 * (reconcile, plan, audit) see the same commits, messages and trailers as the fake's branch.
 *
 * The first-parent chain is replayed oldest first through ONE `git fast-import` process: each
 * commit's whole tree from the fake's object store (modes 100644, 100755, 120000 and 160000 kept),
 * its message byte for byte, its author and committer with their dates. The fake hashes objects
 * exactly as git does, so the replayed SHAs normally equal the fake's; callers must not rely on it
 * (a merge commit's second parent is not replayed).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { git } from '../repo/git.js';
import type { CommitObject, GitPerson, GitStore } from './github/git-objects.js';
import type { FakeGitHub } from './github/index.js';

export interface Checkout {
  dir: string;
  branch: string;
  /** The local HEAD after the replay. */
  head: string;
  /** The fake's SHA of the branch tip that was replayed. */
  fakeHead: string;
  commits: number;
}

/** Replays `branch` (default: the repository's default branch) of `fake` into a new git repository at `dir`. */
export async function materialize(fake: FakeGitHub, dir: string, branch?: string, opts: { repo?: string } = {}): Promise<Checkout> {
  const repo = fake.repo(opts.repo);
  const name = branch ?? repo.defaultBranch;
  const tip = repo.refs.get(`heads/${name}`);
  if (!tip) throw new Error(`materialize: ${repo.fullName} has no branch ${name}`);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`materialize: ${dir} is not empty`);
  mkdirSync(dir, { recursive: true });
  const chain = firstParentChain(repo.git.commits, tip);
  await git(dir, ['init', '-q', '-b', name]);
  await fastImport(dir, streamFor(repo.git, chain, name));
  await git(dir, ['-c', 'core.symlinks=true', 'checkout', '-q', '-f', name]);
  const head = (await git(dir, ['rev-parse', 'HEAD'])).trim();
  return { dir, branch: name, head, fakeHead: tip, commits: chain.length };
}

function firstParentChain(commits: ReadonlyMap<string, CommitObject>, tip: string): CommitObject[] {
  const out: CommitObject[] = [];
  for (let sha: string | undefined = tip; sha; ) {
    const c = commits.get(sha);
    if (!c) throw new Error(`materialize: commit ${sha} is missing from the fake's object store`);
    out.push(c);
    sha = c.parents[0];
  }
  return out.reverse();
}

/** The fast-import stream: every blob once (marked by its SHA), then one commit per replayed commit. */
function streamFor(store: GitStore, chain: CommitObject[], branch: string): Buffer[] {
  const parts: Buffer[] = [];
  const text = (s: string) => parts.push(Buffer.from(s, 'utf8'));
  const data = (b: Buffer) => {
    text(`data ${b.length}\n`);
    parts.push(b, Buffer.from('\n'));
  };
  const marks = new Map<string, number>();
  let next = 1;
  // Later commits continue from the branch's tip inside the stream: no `from` needed.
  for (const c of chain) {
    const files = store.filesAt(c.sha);
    for (const e of files.values()) {
      if (e.mode === '160000' || marks.has(e.sha)) continue;
      const blob = store.blobs.get(e.sha);
      if (!blob) throw new Error(`materialize: blob ${e.sha} is missing from the fake's object store`);
      marks.set(e.sha, next);
      text(`blob\nmark :${next++}\n`);
      data(blob);
    }
    text(`commit refs/heads/${branch}\n`);
    text(`author ${person(c.author)}\ncommitter ${person(c.committer)}\n`);
    data(Buffer.from(c.message, 'utf8'));
    text('deleteall\n');
    for (const [path, e] of files) {
      if (/[\n"]/.test(path) || path.startsWith('/')) throw new Error(`materialize: unsupported path ${JSON.stringify(path)}`);
      text(e.mode === '160000' ? `M 160000 ${e.sha} ${path}\n` : `M ${e.mode} :${marks.get(e.sha)} ${path}\n`);
    }
    text('\n');
  }
  text('done\n');
  return parts;
}

function person(p: GitPerson): string {
  if (/[<>\n]/.test(p.name) || /[<>\n]/.test(p.email)) throw new Error(`materialize: unsupported identity ${p.name} <${p.email}>`);
  return `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
}

function fastImport(dir: string, stream: Buffer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet', '--done', '--force'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import failed (${code}): ${stderr.trim()}`))));
    child.stdin.end(Buffer.concat(stream));
  });
}
