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
 *
 * The parser works on the bytes git writes, not on decoded text: it finds marks with Buffer
 * searches and decodes each field a commit keeps into a string of its own. (Substrings of one
 * decoded chunk or message would each keep all of it alive: audit holds a few fields of nearly
 * every commit, and the heap would hold the whole log.)
 */
import { randomBytes } from 'node:crypto';
import { parseTrailers, trailersOf } from '../audit/trailer-parse.js';
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
const NUL = 0;
const LF = 0x0a;
const US = 0x1f;

const isHex = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66);

/** The end of the run of lowercase hex digits at `i` (before `end`). */
function hexEnd(buf: Buffer, i: number, end: number): number {
  while (i < end && isHex(buf[i]!)) i++;
  return i;
}

const unreadable = (what: string, buf: Buffer, start: number, end: number, sha = ''): Error =>
  new Error(
    `git log: unreadable ${what} ${JSON.stringify(buf.toString('utf8', start, Math.min(end, start + 80)))}${sha && ` in ${sha}`}`,
  );

/**
 * One raw change line `:<mode> <mode> <old> <new> <status>[<score>]` in `buf[start, end)`: the
 * status letter's offset, and the new blob's [start, end); undefined when it is not one.
 */
function rawLine(buf: Buffer, start: number, end: number): [number, number, number] | undefined {
  // The shortest line: `:`, two modes and their spaces, two 40-digit ids and theirs, a status.
  if (end - start < 1 + 14 + 82 + 1 || buf[start] !== 0x3a) return undefined;
  let i = start + 1;
  for (let mode = 0; mode < 2; mode++) {
    for (let k = 0; k < 6; k++, i++) if (!(buf[i]! >= 0x30 && buf[i]! <= 0x37)) return undefined;
    if (buf[i++] !== 0x20) return undefined;
  }
  let blob = i;
  for (let oid = 0; oid < 2; oid++) {
    blob = i;
    i = hexEnd(buf, i, end);
    if (i - blob < 40 || i - blob > 64 || buf[i++] !== 0x20) return undefined;
  }
  const blobEnd = i - 1;
  const status = i;
  if (i >= end || !(buf[i]! >= 0x41 && buf[i]! <= 0x5a)) return undefined;
  for (i++; i < end; i++) if (!(buf[i]! >= 0x30 && buf[i]! <= 0x39)) return undefined;
  return [status, blob, blobEnd];
}

/** The changes in `buf[start, end)`: NUL-separated parts, each raw line followed by its path. */
function changes(buf: Buffer, start: number, end: number, sha: string): FileChange[] {
  const out: FileChange[] = [];
  let part = start;
  while (part <= end) {
    let stop = part;
    while (stop < end && buf[stop] !== NUL) stop++;
    const head = part < stop && buf[part] === LF ? part + 1 : part; // after the message: a newline
    if (head < stop) {
      const raw = rawLine(buf, head, stop);
      if (!raw || stop >= end) throw unreadable('change', buf, head, stop, sha);
      const pathStart = stop + 1;
      let pathEnd = pathStart;
      while (pathEnd < end && buf[pathEnd] !== NUL) pathEnd++;
      const [status, blob, blobEnd] = raw;
      let zero = blob;
      while (zero < blobEnd && buf[zero] === 0x30) zero++;
      // One shape, blob or not (a deletion has none): the facts builder reads every change.
      out.push({
        status: String.fromCharCode(buf[status]!) as FileChange['status'],
        path: buf.toString('utf8', pathStart, pathEnd),
        blob: zero < blobEnd ? buf.toString('latin1', blob, blobEnd) : undefined,
      });
      stop = pathEnd;
    }
    part = stop + 1;
  }
  return out;
}

/** The offsets of the three \x1f that cut the record's head into sha, parents and two dates. */
function headCuts(buf: Buffer, start: number, end: number): [number, number, number] | undefined {
  const cuts: number[] = [];
  for (let i = start; i < end; i++) if (buf[i] === US && cuts.push(i) > 3) return undefined;
  return cuts.length === 3 ? (cuts as [number, number, number]) : undefined;
}

/** V8 copies substrings shorter than this; longer ones keep their whole parent string alive. */
const SLICE_COPIES = 13;

/**
 * The subject and trailers of the message in `buf[start, end)`. An ASCII message without CRs reads
 * the same in Latin-1 as in UTF-8, so its text is decoded in the cheaper one and every value it
 * yields is a string of its own (a short slice is a copy; a longer value is decoded from the
 * bytes); any other message is decoded as UTF-8 and parsed whole.
 */
function message(
  buf: Buffer,
  start: number,
  end: number,
): Pick<HistoryCommit, 'subject' | 'trailers'> {
  const text = buf.toString('latin1', start, end);
  const nl = text.indexOf('\n');
  if (!/[\r\x80-\xff]/.test(text))
    return {
      subject: buf.toString('latin1', start, nl < 0 ? end : start + nl),
      trailers: trailersOf(text, (s, e) =>
        e - s < SLICE_COPIES ? text.slice(s, e) : buf.toString('latin1', start + s, start + e),
      ),
    };
  const utf8 = buf.toString('utf8', start, end);
  const cut = utf8.indexOf('\n');
  return { subject: cut < 0 ? utf8 : utf8.slice(0, cut), trailers: parseTrailers(utf8) };
}

/**
 * One record, `buf[start, end)` (without its start mark). Throws on anything but what the format
 * above produces. Git writes the head in ASCII.
 */
export function parseRecord(buf: Buffer, start: number, end: number, field: Buffer): HistoryCommit {
  const marks: number[] = [];
  for (let at = buf.indexOf(field, start); at >= 0 && at < end; at = buf.indexOf(field, at + 1))
    if (marks.push(at) > 4) break;
  const cuts = marks.length === 4 ? headCuts(buf, start, marks[0]!) : undefined;
  const sha = cuts ? buf.toString('latin1', start, cuts[0]) : '';
  if (!cuts || !HEX.test(sha)) throw unreadable('record', buf, start, end);
  const [m1, m2, m3, m4] = marks as [number, number, number, number];
  const [c1, c2, c3] = cuts;
  const len = field.length;
  const msg = message(buf, m3 + len, m4);
  return {
    sha,
    parents: c2 > c1 + 1 ? buf.toString('latin1', c1 + 1, c2).split(' ') : [],
    authorName: buf.toString('utf8', m1 + len, m2),
    authorEmail: buf.toString('utf8', m2 + len, m3),
    authorDate: buf.toString('latin1', c2 + 1, c3),
    commitDate: buf.toString('latin1', c3 + 1, m1),
    subject: msg.subject,
    trailers: msg.trailers,
    changes: changes(buf, m4 + len, end, sha),
  };
}

/**
 * Cuts the streamed log into records as they complete and hands each, parsed, to `each`; `end()`
 * parses the last one. Bytes of an unfinished record wait, as chunks, until a record mark follows
 * them: a long message is joined once, not once per chunk.
 */
export class RecordSplitter {
  private readonly record: Buffer;
  private readonly field: Buffer;
  private pending: Buffer[] = [];
  private started = false;

  constructor(
    marks: LogMarks,
    private readonly each: (c: HistoryCommit) => void,
  ) {
    this.record = Buffer.from(marks.record, 'latin1');
    this.field = Buffer.from(marks.field, 'latin1');
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.pending.length > 0 && !this.completes(chunk)) {
      this.pending.push(chunk);
      return;
    }
    const buf = this.pending.length > 0 ? Buffer.concat([...this.pending, chunk]) : chunk;
    const cut = Math.max(0, buf.lastIndexOf(this.record));
    this.parse(buf, cut);
    this.pending = [buf.subarray(cut)];
  }

  /** Whether a record mark ends in `chunk` (it may start in the bytes before it). */
  private completes(chunk: Buffer): boolean {
    if (chunk.indexOf(this.record) >= 0) return true;
    // The last n pending chunks hold the last n pending bytes (or all of them): none is empty.
    const n = this.record.length - 1;
    const before = Buffer.concat(this.pending.slice(-n));
    const seam = Buffer.concat([before, chunk.subarray(0, n)]);
    return seam.indexOf(this.record, Math.max(0, before.length - n)) >= 0;
  }

  end(): void {
    const buf = Buffer.concat(this.pending);
    this.pending = [];
    this.parse(buf, buf.length);
  }

  /** Every record in `buf[0, stop)`, which starts with a record mark (or is empty). */
  private parse(buf: Buffer, stop: number): void {
    if (stop === 0) return;
    if (!this.started && buf.indexOf(this.record) !== 0)
      throw new Error(
        `git log: text before the first record ${JSON.stringify(buf.toString('utf8', 0, Math.min(stop, 80)))}`,
      );
    this.started = true;
    const len = this.record.length;
    for (let at = 0; at < stop;) {
      const next = buf.indexOf(this.record, at + len);
      const end = next < 0 || next > stop ? stop : next;
      this.each(parseRecord(buf, at + len, end, this.field));
      at = end;
    }
  }
}
