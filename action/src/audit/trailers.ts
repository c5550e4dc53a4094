/**
 * The one vocabulary of machine-readable commit trailers. Every commit the tool makes carries them;
 * plan reads the decision record from them and audit rebuilds every lifecycle from them.
 * Parsing follows `git interpret-trailers`: the last paragraph, every line `Key: value`.
 */
import { T, first, formatTrailers, type Trailers } from './trailer-format.js';

export { T, first, formatTrailers, type TrailerAction, type Trailers } from './trailer-format.js';
export { parseTrailers } from './trailer-parse.js';

/** The record of an approval: what the merge commit of a grant PR says. */
export interface DecisionRecord {
  grantId: string;
  decision: 'approve';
  rule: string;
  requester: string;
  bundle: string;
  approvedBy: string[];
  onCall: string[];
  start: string;
  expires: string;
  targets: string[];
  pr?: string | undefined;
  head?: string | undefined;
  extends?: string | undefined;
}

export function decisionTrailers(r: DecisionRecord): string {
  return formatTrailers([
    [T.grant, r.grantId],
    [T.action, 'approve'],
    [T.decision, r.decision],
    [T.rule, r.rule],
    [T.requester, r.requester],
    [T.bundle, r.bundle],
    [T.approvedBy, r.approvedBy],
    [T.onCall, r.onCall],
    [T.start, r.start],
    [T.expires, r.expires],
    [T.targets, r.targets],
    [T.pr, r.pr],
    [T.head, r.head],
    [T.extends, r.extends],
  ]);
}

/** Reads a decision record back; undefined unless the trailers are a complete approval. */
export function readDecisionRecord(t: Trailers): DecisionRecord | undefined {
  const grantId = first(t, T.grant);
  const start = first(t, T.start);
  const expires = first(t, T.expires);
  if (first(t, T.action) !== 'approve' || first(t, T.decision) !== 'approve' || !grantId || !start || !expires) return undefined;
  const from = Date.parse(start);
  const until = Date.parse(expires);
  if (Number.isNaN(from) || Number.isNaN(until) || until <= from) return undefined;
  const r: DecisionRecord = {
    grantId,
    decision: 'approve',
    rule: first(t, T.rule) ?? '',
    requester: first(t, T.requester) ?? '',
    bundle: first(t, T.bundle) ?? '',
    approvedBy: t.get(T.approvedBy) ?? [],
    onCall: t.get(T.onCall) ?? [],
    start,
    expires,
    targets: t.get(T.targets) ?? [],
    // Every key, absent ones as undefined: audit reads ten thousand records, all of one shape.
    pr: first(t, T.pr) || undefined,
    head: first(t, T.head) || undefined,
    extends: first(t, T.extends) || undefined,
  };
  return r;
}

export type RevokeReason = 'expired' | 'early' | 'drift';

export interface RevocationRecord {
  grantId: string;
  reason: RevokeReason;
  time: string;
  /** One line per target: `<target> <status>[: message]`. */
  results: string[];
}

export function revocationTrailers(r: RevocationRecord): string {
  return formatTrailers([
    [T.grant, r.grantId],
    [T.action, 'revoke'],
    [T.reason, r.reason],
    [T.time, r.time],
    [T.result, r.results],
  ]);
}

export function readRevocationRecord(t: Trailers): RevocationRecord | undefined {
  const grantId = first(t, T.grant);
  const reason = first(t, T.reason);
  const time = first(t, T.time);
  if (first(t, T.action) !== 'revoke' || !grantId || !time || !['expired', 'early', 'drift'].includes(reason ?? '')) return undefined;
  return { grantId, reason: reason as RevokeReason, time, results: t.get(T.result) ?? [] };
}

/** The first successful application of a grant to the clouds. */
export interface ApplyRecord {
  grantId: string;
  time: string;
  results: string[];
}

export function applyTrailers(r: ApplyRecord): string {
  return formatTrailers([
    [T.grant, r.grantId],
    [T.action, 'apply'],
    [T.time, r.time],
    [T.result, r.results],
  ]);
}

export function readApplyRecord(t: Trailers): ApplyRecord | undefined {
  const grantId = first(t, T.grant);
  const time = first(t, T.time);
  if (first(t, T.action) !== 'apply' || !grantId || !time) return undefined;
  return { grantId, time, results: t.get(T.result) ?? [] };
}

/** The completed post-use review of an auto-approved grant (the review issue was closed). */
export interface ReviewRecord {
  grantId: string;
  time: string;
  reviewer: string;
  issue?: string | undefined;
}

export function reviewTrailers(r: ReviewRecord): string {
  return formatTrailers([
    [T.grant, r.grantId],
    [T.action, 'review'],
    [T.time, r.time],
    [T.reviewer, r.reviewer],
    [T.issue, r.issue],
  ]);
}

export function readReviewRecord(t: Trailers): ReviewRecord | undefined {
  const grantId = first(t, T.grant);
  const time = first(t, T.time);
  const reviewer = first(t, T.reviewer);
  if (first(t, T.action) !== 'review' || !grantId || !time || !reviewer) return undefined;
  // Every key (issue as undefined when absent): one shape for every review record.
  return { grantId, time, reviewer, issue: first(t, T.issue) || undefined };
}

/**
 * An early-revocation request merged at once: the PR that deleted grant files, who asked, and the
 * head it was merged at. Reconcile then revokes each grant and writes its own `revoke` record (early).
 */
export interface RevokeRequestRecord {
  grantIds: string[];
  requestedBy: string;
  time: string;
  pr?: string;
  head?: string;
}

export function revokeRequestTrailers(r: RevokeRequestRecord): string {
  return formatTrailers([
    [T.action, 'revoke-request'],
    [T.grant, r.grantIds],
    [T.requestedBy, r.requestedBy],
    [T.time, r.time],
    [T.pr, r.pr],
    [T.head, r.head],
  ]);
}

export function readRevokeRequestRecord(t: Trailers): RevokeRequestRecord | undefined {
  const grantIds = t.get(T.grant) ?? [];
  const requestedBy = first(t, T.requestedBy);
  const time = first(t, T.time);
  if (first(t, T.action) !== 'revoke-request' || grantIds.length === 0 || !requestedBy || !time) return undefined;
  const r: RevokeRequestRecord = { grantIds, requestedBy, time };
  for (const [k, key] of [['pr', T.pr], ['head', T.head]] as const) {
    const v = first(t, key);
    if (v) r[k] = v;
  }
  return r;
}
