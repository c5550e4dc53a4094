/**
 * The `git log` output format history is read with, and its parser.
 *
 * Each commit is one record: a start mark; sha, parents, author and committer dates (git writes
 * these, hex and ISO: a \x1f between them is safe); then author name, author email and the raw
 * message, each after a field mark; a last field mark; then the `--raw -z` changes
 * (`:<mode> <mode> <old blob> <new blob> <status>` NUL `<path>` NUL). Both marks end in a random
 * nonce chosen per run, so no commit message or author name (which may hold any character, \x1e and
 * \x1f included) can forge a record or field boundary. `-z` leaves paths unquoted: a control path
 * with a non-ASCII name is seen as such, not as a C-quoted string.
 */
import { randomBytes } from 'node:crypto';
import { parseTrailers } from '../audit/trailer-format.js';
import type { FileChange, HistoryCommit } from './history.js';

export interface LogMarks {
  record: string;
  field: string;
}

export function newMarks(): LogMarks {
  const nonce = randomBytes(8).toString('hex');
  return { record: `\x1e${nonce}`, field: `\x1f${nonce}` };
}

/** The fixed `git log` arguments for `rev` (never user input: a ref name or sha chosen by the caller). */
export function logArgs(marks: LogMarks, rev: string): string[] {
  const f = marks.field;
  return [
    'log',
    '-z',
    '--first-parent',
    '--diff-merges=first-parent',
    '--no-renames',
    '--raw',
    '--no-abbrev',
    `--format=${marks.record}%H%x1f%P%x1f%aI%x1f%cI${f}%an${f}%ae${f}%B${f}`,
    rev,
    '--',
  ];
}

const HEX = /^[0-9a-f]{40,64}$/;
const RAW = /^:[0-7]{6} [0-7]{6} ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])[0-9]*$/;
const NULL_OID = /^0+$/;

function changes(tail: string, sha: string): FileChange[] {
  const out: FileChange[] = [];
  const parts = tail.split('\0');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const head = part.charCodeAt(0) === 0x0a ? part.slice(1) : part;
    if (head === '') continue;
    const m = RAW.exec(head);
    const path = parts[++i];
    if (!m || path === undefined)
      throw new Error(`git log: unreadable change ${JSON.stringify(head.slice(0, 80))} in ${sha}`);
    const status = m[3] as FileChange['status'];
    const change: FileChange = { status, path };
    if (!NULL_OID.test(m[2]!)) change.blob = m[2]!;
    out.push(change);
  }
  return out;
}

/** One record (without its start mark). Throws on anything but what the format above produces. */
export function parseRecord(text: string, marks: LogMarks): HistoryCommit {
  const f = text.split(marks.field);
  const head = (f[0] ?? '').split('\x1f');
  const sha = head[0] ?? '';
  if (f.length !== 5 || head.length !== 4 || !HEX.test(sha))
    throw new Error(`git log: unreadable record ${JSON.stringify(text.slice(0, 80))}`);
  const body = f[3]!;
  const nl = body.indexOf('\n');
  return {
    sha,
    parents: head[1] ? head[1].split(' ') : [],
    authorName: f[1]!,
    authorEmail: f[2]!,
    authorDate: head[2]!,
    commitDate: head[3]!,
    subject: nl < 0 ? body : body.slice(0, nl),
    trailers: parseTrailers(body),
    changes: changes(f[4]!, sha),
  };
}

/** Cuts streamed log text into records as they complete; `end()` returns the last one. */
export class RecordSplitter {
  private pending = '';
  constructor(private readonly marks: LogMarks) {}

  push(text: string): HistoryCommit[] {
    this.pending += text;
    const cut = this.pending.lastIndexOf(this.marks.record);
    if (cut <= 0) return [];
    const done = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    return this.parse(done);
  }

  end(): HistoryCommit[] {
    const rest = this.pending;
    this.pending = '';
    return this.parse(rest);
  }

  private parse(text: string): HistoryCommit[] {
    const out: HistoryCommit[] = [];
    const records = text.split(this.marks.record);
    if (records[0] !== '')
      throw new Error(
        `git log: text before the first record ${JSON.stringify(records[0]!.slice(0, 80))}`,
      );
    for (let i = 1; i < records.length; i++) out.push(parseRecord(records[i]!, this.marks));
    return out;
  }
}
