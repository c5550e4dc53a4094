/**
 * The trailer vocabulary and its syntax: the keys every Breakglass commit uses, how a trailer block
 * is written, and how one is parsed the way `git interpret-trailers` does (the last paragraph, every
 * line `Key: value`). The record shapes built on it live in trailers.ts.
 */

export const T = {
  grant: 'Breakglass-Grant',
  action: 'Breakglass-Action',
  decision: 'Breakglass-Decision',
  rule: 'Breakglass-Rule',
  requester: 'Breakglass-Requester',
  bundle: 'Breakglass-Bundle',
  approvedBy: 'Breakglass-Approved-By',
  onCall: 'Breakglass-On-Call',
  start: 'Breakglass-Start',
  expires: 'Breakglass-Expires',
  targets: 'Breakglass-Targets',
  pr: 'Breakglass-PR',
  head: 'Breakglass-Head',
  extends: 'Breakglass-Extends',
  reason: 'Breakglass-Reason',
  time: 'Breakglass-Time',
  result: 'Breakglass-Result',
  reviewer: 'Breakglass-Reviewer',
  issue: 'Breakglass-Issue',
  requestedBy: 'Breakglass-Requested-By',
} as const;

export type TrailerAction = 'approve' | 'apply' | 'revoke' | 'review' | 'close' | 'revoke-request';

export type Trailers = Map<string, string[]>;

/** Characters a trailer value may hold: no line breaks, no control characters, bounded. */
function clean(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim().slice(0, 500);
}

/** Renders trailers as the final paragraph of a commit message. Keys keep the given order. */
export function formatTrailers(entries: readonly (readonly [string, string | readonly string[] | undefined])[]): string {
  const lines: string[] = [];
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value) if (clean(v) !== '') lines.push(`${key}: ${clean(v)}`);
  }
  return lines.join('\n');
}

const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*):\s?(.*)$/;

/** Parses the trailer block of a commit message (its last paragraph) like `git interpret-trailers --parse`. */
export function parseTrailers(message: string): Trailers {
  const last = lastParagraph((message.includes('\r') ? message.replace(/\r\n/g, '\n') : message).trimEnd());
  const out: Trailers = new Map();
  let lastKey: string | undefined;
  for (const line of last.split('\n')) {
    const m = TRAILER_LINE.exec(line);
    if (m) {
      lastKey = m[1]!;
      const list = out.get(lastKey) ?? [];
      list.push(m[2]!.trim());
      out.set(lastKey, list);
    } else if (/^\s+\S/.test(line) && lastKey) {
      const list = out.get(lastKey)!;
      list[list.length - 1] = `${list[list.length - 1]} ${line.trim()}`;
    } else {
      return new Map();
    }
  }
  return out;
}

/**
 * What `text.split(/\n\s*\n/)` ends with when it has more than one part, else ''. Found without
 * splitting: every commit's message goes through here (tens of thousands in an audit).
 */
function lastParagraph(text: string): string {
  const blank = /\n\s*\n/g;
  let end = -1;
  while (blank.exec(text) !== null) end = blank.lastIndex;
  return end < 0 ? '' : text.slice(end);
}

export function first(t: Trailers, key: string): string | undefined {
  return t.get(key)?.[0];
}
