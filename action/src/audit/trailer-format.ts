/**
 * The trailer vocabulary and its syntax: the keys every Breakglass commit uses and how a trailer
 * block is written. trailer-parse.ts reads one back; the record shapes built on it live in
 * trailers.ts.
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

export function first(t: Trailers, key: string): string | undefined {
  return t.get(key)?.[0];
}
