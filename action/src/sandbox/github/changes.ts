/**
 * Differences between trees: what a pull request's "files" list shows (status, renames, line
 * counts, patch) and the three-way application of a branch's changes onto another tree.
 */
import type { FlatEntry, FlatTree, GitStore } from './git-objects.js';

/** One changed path between two trees, in GitHub's diff-entry vocabulary. */
export interface FileChange {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'changed';
  previousPath?: string;
  before?: FlatEntry;
  after?: FlatEntry;
}

/** Changes from `from` to `to`, exact-content renames detected, sorted by path. */
export function diffTrees(from: FlatTree, to: FlatTree): FileChange[] {
  const added: FileChange[] = [];
  const removed: FileChange[] = [];
  const out: FileChange[] = [];
  for (const [path, after] of to) {
    const before = from.get(path);
    if (!before) added.push({ path, status: 'added', after });
    else if (before.sha !== after.sha) out.push({ path, status: 'modified', before, after });
    else if (before.mode !== after.mode) out.push({ path, status: 'changed', before, after });
  }
  for (const [path, before] of from)
    if (!to.has(path)) removed.push({ path, status: 'removed', before });
  for (const r of removed) {
    const i = added.findIndex((a) => a.after?.sha === r.before?.sha);
    const a = i >= 0 ? added[i] : undefined;
    if (a?.after && r.before) {
      added.splice(i, 1);
      out.push({
        path: a.path,
        status: 'renamed',
        previousPath: r.path,
        before: r.before,
        after: a.after,
      });
    } else {
      out.push(r);
    }
  }
  out.push(...added);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Applies the changes `from → to` onto `onto`; a path changed differently on both sides is a conflict. */
export function applyChanges(
  onto: FlatTree,
  from: FlatTree,
  to: FlatTree,
): { tree: FlatTree; conflicts: string[] } {
  const tree: FlatTree = new Map(onto);
  const conflicts: string[] = [];
  const paths = new Set([...from.keys(), ...to.keys()]);
  for (const path of paths) {
    const base = from.get(path);
    const theirs = to.get(path);
    if (same(base, theirs)) continue;
    const ours = onto.get(path);
    if (!same(ours, base) && !same(ours, theirs)) {
      conflicts.push(path);
      continue;
    }
    if (theirs) tree.set(path, theirs);
    else tree.delete(path);
  }
  return { tree, conflicts };
}

function same(a: FlatEntry | undefined, b: FlatEntry | undefined): boolean {
  return a?.sha === b?.sha && a?.mode === b?.mode;
}

/** Line statistics and a unified patch for one change, like GitHub computes them. */
export function lineStats(
  store: GitStore,
  change: FileChange,
): { additions: number; deletions: number; patch?: string } {
  const before = change.before ? store.blobs.get(change.before.sha) : undefined;
  const after = change.after ? store.blobs.get(change.after.sha) : undefined;
  if ((before && before.includes(0)) || (after && after.includes(0)))
    return { additions: 0, deletions: 0 };
  const a = before ? splitLines(before.toString('utf8')) : [];
  const b = after ? splitLines(after.toString('utf8')) : [];
  const ops = diffLines(a, b);
  const additions = ops.filter((o) => o.startsWith('+')).length;
  const deletions = ops.filter((o) => o.startsWith('-')).length;
  if (additions === 0 && deletions === 0) return { additions, deletions };
  const header = `@@ -${a.length === 0 ? 0 : 1},${a.length} +${b.length === 0 ? 0 : 1},${b.length} @@`;
  return { additions, deletions, patch: [header, ...ops].join('\n') };
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Whole-file LCS diff; large files fall back to "all removed, all added" to stay cheap. */
function diffLines(a: string[], b: string[]): string[] {
  if (a.length * b.length > 4_000_000) return [...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)];
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const next = lcs[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j]
          ? (next[j + 1] as number) + 1
          : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(` ${a[i] as string}`);
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) {
      out.push(`-${a[i++] as string}`);
    } else {
      out.push(`+${b[j++] as string}`);
    }
  }
  while (i < n) out.push(`-${a[i++] as string}`);
  while (j < m) out.push(`+${b[j++] as string}`);
  return out;
}
