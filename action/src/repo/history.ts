/**
 * Git history as data: the main line's commits, newest first, with trailers and the files each
 * changed. Read in ONE `git log` process, however long the history (plan, reconcile and audit share
 * it), and parsed while git writes it (log-records.ts has the format).
 */
import type { Trailers } from '../audit/trailers.js';
import { gitStream, type StreamOptions } from './git-stream.js';
import { logArgs, newMarks, RecordSplitter } from './log-records.js';

export interface FileChange {
  /** A added, M modified, D deleted, R renamed, T type change. */
  status: 'A' | 'M' | 'D' | 'R' | 'T' | 'C';
  path: string;
  oldPath?: string;
  /** The object the path holds after the change (absent for a deletion and in synthetic histories). */
  blob?: string | undefined;
}

export interface HistoryCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  authorDate: string;
  commitDate: string;
  subject: string;
  trailers: Trailers;
  changes: FileChange[];
}

/** Where history comes from: a local checkout, or a synthetic one in tests. */
export interface HistorySource {
  /** Newest first. */
  commits(): Promise<HistoryCommit[]>;
  /**
   * Optional: hands every commit, newest first, to `each` as soon as it is read (git may still be
   * running) and keeps none of them, for a caller that only extracts what it needs (audit).
   */
  forEach?(each: (c: HistoryCommit) => void): Promise<void>;
}

const NO_COMMITS =
  /does not have any commits|unknown revision|bad default revision|bad revision 'HEAD'/;

async function readLog(
  cwd: string,
  rev: string,
  each: (c: HistoryCommit) => void,
  opts: StreamOptions,
): Promise<void> {
  const marks = newMarks();
  const split = new RecordSplitter(marks, each);
  try {
    await gitStream(cwd, logArgs(marks, rev), (chunk) => split.push(chunk), opts);
  } catch (e) {
    if (NO_COMMITS.test(String(e))) return;
    throw e;
  }
  split.end();
}

/**
 * The first-parent history of HEAD in a local checkout; merges show their change against main.
 * `spool` (audit only, see git-stream.ts) reads git's output through a temporary file.
 */
export function gitHistory(cwd: string, rev = 'HEAD', opts: StreamOptions = {}): HistorySource {
  let cached: Promise<HistoryCommit[]> | undefined;
  return {
    commits() {
      cached ??= (async () => {
        const list: HistoryCommit[] = [];
        await readLog(cwd, rev, (c) => list.push(c), opts);
        return list;
      })();
      return cached;
    },
    forEach: (each) => readLog(cwd, rev, each, opts),
  };
}

/** Every commit of `source`, newest first, to `each`: streamed when the source can. */
export async function eachCommit(
  source: HistorySource,
  each: (c: HistoryCommit) => void,
): Promise<void> {
  if (source.forEach) return source.forEach(each);
  for (const c of await source.commits()) each(c);
}
