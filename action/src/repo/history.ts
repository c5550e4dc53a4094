/**
 * Git history as data: the main line's commits, newest first, with trailers and the files each
 * changed. Read in ONE `git log` process, however long the history (plan, reconcile and audit share it).
 */
import { parseTrailers, type Trailers } from '../audit/trailers.js';
import { git } from './git.js';

export interface FileChange {
  /** A added, M modified, D deleted, R renamed, T type change. */
  status: 'A' | 'M' | 'D' | 'R' | 'T' | 'C';
  path: string;
  oldPath?: string;
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
  commits(): Promise<HistoryCommit[]>;
}

const RS = '\x1e';
const US = '\x1f';

/** The first-parent history of HEAD in a local checkout; merges show their change against main. */
export function gitHistory(cwd: string, rev = 'HEAD'): HistorySource {
  let cached: Promise<HistoryCommit[]> | undefined;
  return {
    commits() {
      cached ??= git(cwd, [
        'log',
        '--first-parent',
        '--diff-merges=first-parent',
        '--no-renames',
        `--format=${RS}%H${US}%P${US}%an${US}%ae${US}%aI${US}%cI${US}%B${US}`,
        '--name-status',
        rev,
        '--',
      ]).then(parseLog, (e: unknown) => {
        if (/does not have any commits|unknown revision|bad default revision|bad revision 'HEAD'/.test(String(e))) return [];
        throw e;
      });
      return cached;
    },
  };
}

/** Parses the output of the `git log` format above. Exported for tests and the benchmark. */
export function parseLog(out: string): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  for (const chunk of out.split(RS)) {
    if (!chunk.trim()) continue;
    const f = chunk.split(US);
    if (f.length < 8) continue;
    const [sha, parents, authorName, authorEmail, authorDate, commitDate, body, rest] = f as [string, string, string, string, string, string, string, string];
    const changes: FileChange[] = [];
    for (const line of rest.split('\n')) {
      if (!line) continue;
      const parts = line.split('\t');
      const status = (parts[0] ?? '').charAt(0) as FileChange['status'];
      if (parts.length === 2) changes.push({ status, path: parts[1]! });
      else if (parts.length === 3) changes.push({ status, path: parts[2]!, oldPath: parts[1]! });
    }
    commits.push({
      sha,
      parents: parents ? parents.split(' ') : [],
      authorName,
      authorEmail,
      authorDate,
      commitDate,
      subject: body.split('\n')[0] ?? '',
      trailers: parseTrailers(body),
      changes,
    });
  }
  return commits;
}
