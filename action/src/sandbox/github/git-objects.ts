/**
 * A real in-memory git object database: blobs, trees and commits hashed exactly as git hashes
 * them, so SHAs the fake hands out behave like GitHub's (content-addressed, stable, comparable).
 */
import { createHash } from 'node:crypto';

/** Modes a file entry may carry (a subdirectory is a tree entry, not a file). */
export type FileMode = '100644' | '100755' | '120000' | '160000';

/** One entry of a tree object as the API shows it (`mode` 040000 for subtrees). */
export interface TreeEntry {
  name: string;
  mode: FileMode | '040000';
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/** A file in a flattened tree. */
export interface FlatEntry {
  sha: string;
  mode: FileMode;
}

/** A whole tree flattened to path → file. */
export type FlatTree = Map<string, FlatEntry>;

/** Author or committer of a commit. */
export interface GitPerson {
  name: string;
  email: string;
  /** ISO-8601 UTC, second precision. */
  date: string;
}

/** A commit object plus what GitHub knows about it. */
export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
  /** Signed by GitHub (web-flow): true for commits GitHub itself created through the API. */
  verified: boolean;
}

function hashObject(kind: string, body: Buffer): string {
  return createHash('sha1').update(`${kind} ${body.length}\0`).update(body).digest('hex');
}

function personLine(role: string, p: GitPerson): string {
  return `${role} ${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
}

/** Git orders tree entries by name, comparing a subtree's name as if it ended in '/'. */
function sortKey(e: TreeEntry): string {
  return e.type === 'tree' ? `${e.name}/` : e.name;
}

/** The object store of one repository. */
export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitObject>();

  putBlob(content: Buffer | string): string {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const sha = hashObject('blob', buf);
    this.blobs.set(sha, buf);
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) =>
      sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
    );
    const parts = sorted.map((e) =>
      Buffer.concat([
        Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`),
        Buffer.from(e.sha, 'hex'),
      ]),
    );
    const sha = hashObject('tree', Buffer.concat(parts));
    this.trees.set(sha, sorted);
    return sha;
  }

  /** Builds the nested tree objects for a flat path map and returns the root tree SHA. */
  writeFlat(flat: FlatTree): string {
    const dirs = new Map<string, Map<string, FlatEntry>>();
    const subdirs = new Map<string, Set<string>>();
    const ensureDir = (dir: string): void => {
      if (dirs.has(dir)) return;
      dirs.set(dir, new Map());
      subdirs.set(dir, new Set());
      if (dir === '') return;
      const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
      ensureDir(parent);
      subdirs.get(parent)?.add(dir);
    };
    ensureDir('');
    for (const [path, entry] of flat) {
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      ensureDir(dir);
      dirs.get(dir)?.set(path.slice(dir.length === 0 ? 0 : dir.length + 1), entry);
    }
    const build = (dir: string): string => {
      const entries: TreeEntry[] = [];
      for (const [name, e] of dirs.get(dir) ?? []) {
        entries.push({
          name,
          mode: e.mode,
          type: e.mode === '160000' ? 'commit' : 'blob',
          sha: e.sha,
        });
      }
      for (const sub of subdirs.get(dir) ?? []) {
        entries.push({
          name: sub.slice(dir.length === 0 ? 0 : dir.length + 1),
          mode: '040000',
          type: 'tree',
          sha: build(sub),
        });
      }
      return this.putTree(entries);
    };
    return build('');
  }

  /** Every file under a tree, by full path. */
  flatten(treeSha: string, prefix = '', out: FlatTree = new Map()): FlatTree {
    for (const e of this.trees.get(treeSha) ?? []) {
      const path = prefix + e.name;
      if (e.type === 'tree') this.flatten(e.sha, `${path}/`, out);
      else out.set(path, { sha: e.sha, mode: e.mode as FileMode });
    }
    return out;
  }

  /** The files of a commit's tree. */
  filesAt(commitSha: string): FlatTree {
    const c = this.commits.get(commitSha);
    return c ? this.flatten(c.tree) : new Map();
  }

  putCommit(input: Omit<CommitObject, 'sha'>): CommitObject {
    const lines = [`tree ${input.tree}`, ...input.parents.map((p) => `parent ${p}`)];
    lines.push(personLine('author', input.author), personLine('committer', input.committer));
    const sha = hashObject(
      'commit',
      Buffer.from(`${lines.join('\n')}\n\n${input.message}`, 'utf8'),
    );
    const existing = this.commits.get(sha);
    if (existing) return existing;
    const commit: CommitObject = { sha, ...input };
    this.commits.set(sha, commit);
    return commit;
  }

  /** All commits reachable from `sha`, newest committer date first (ties keep walk order). */
  ancestors(sha: string): CommitObject[] {
    const seen = new Set<string>();
    const out: CommitObject[] = [];
    const queue = [sha];
    while (queue.length > 0) {
      const s = queue.shift() as string;
      if (seen.has(s)) continue;
      seen.add(s);
      const c = this.commits.get(s);
      if (!c) continue;
      out.push(c);
      queue.push(...c.parents);
    }
    return out
      .map((c, i) => ({ c, i }))
      .sort((a, b) => Date.parse(b.c.committer.date) - Date.parse(a.c.committer.date) || a.i - b.i)
      .map((x) => x.c);
  }

  /** True when `ancestor` is reachable from `descendant` (or equal to it). */
  isAncestor(ancestor: string, descendant: string): boolean {
    return this.ancestors(descendant).some((c) => c.sha === ancestor);
  }

  /** The nearest common ancestor of two commits, breadth-first from `b`. */
  mergeBase(a: string, b: string): string | undefined {
    const fromA = new Set(this.ancestors(a).map((c) => c.sha));
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const s = queue.shift() as string;
      if (seen.has(s)) continue;
      seen.add(s);
      if (fromA.has(s)) return s;
      queue.push(...(this.commits.get(s)?.parents ?? []));
    }
    return undefined;
  }

  /** Commits reachable from `head` but not from `base`, oldest first (what a PR lists). */
  commitsBetween(base: string, head: string): CommitObject[] {
    const excluded = new Set(this.ancestors(base).map((c) => c.sha));
    return this.ancestors(head)
      .filter((c) => !excluded.has(c.sha))
      .reverse();
  }
}
