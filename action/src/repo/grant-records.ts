/**
 * What history says about grants: for each grant file, the commit that added it and whether that
 * commit carries a decision record; every revocation recorded. Pure over HistoryCommit[].
 */
import { readApplyRecord, readDecisionRecord, readReviewRecord, readRevocationRecord, type ApplyRecord, type DecisionRecord, type ReviewRecord, type RevocationRecord } from '../audit/trailers.js';
import { grantIdFromPath } from '../grant/grant.js';
import type { HistoryCommit } from './history.js';

export interface GrantHistory {
  /** Decision record of the commit that most recently added each grant path (absent: unapproved). */
  approvals: Map<string, { record?: DecisionRecord; commit: HistoryCommit }>;
  /** Every approval ever recorded, by grant id (files may be gone). */
  everApproved: Map<string, DecisionRecord>;
  /** The newest revocation of each grant id (drift removals are not revocations). */
  revocations: Map<string, RevocationRecord>;
  /** First recorded application per grant id. */
  applied: Map<string, ApplyRecord>;
  /** When each approval was committed (the merge). */
  approvedAt: Map<string, string>;
  /** Completed post-use reviews by grant id. */
  reviews: Map<string, ReviewRecord>;
}

export function grantHistory(commits: readonly HistoryCommit[]): GrantHistory {
  const approvals: GrantHistory['approvals'] = new Map();
  const everApproved = new Map<string, DecisionRecord>();
  const revocations = new Map<string, RevocationRecord>();
  const applied = new Map<string, ApplyRecord>();
  const approvedAt = new Map<string, string>();
  const reviews = new Map<string, ReviewRecord>();
  // Newest first: the first add seen for a path is the one that put today's file there.
  for (const c of commits) {
    const record = readDecisionRecord(c.trailers);
    if (record && !everApproved.has(record.grantId)) {
      everApproved.set(record.grantId, record);
      approvedAt.set(record.grantId, c.commitDate);
    }
    const review = readReviewRecord(c.trailers);
    if (review && !reviews.has(review.grantId)) reviews.set(review.grantId, review);
    const rev = readRevocationRecord(c.trailers);
    // A drift record is reconcile removing an entry the grant did not want, not the grant's end.
    if (rev && rev.reason !== 'drift' && !revocations.has(rev.grantId)) revocations.set(rev.grantId, rev);
    const app = readApplyRecord(c.trailers);
    if (app) applied.set(app.grantId, app);
    for (const ch of c.changes) {
      if (ch.status !== 'A' || approvals.has(ch.path)) continue;
      const id = grantIdFromPath(ch.path);
      if (id === undefined) continue;
      approvals.set(ch.path, record && record.grantId === id ? { record, commit: c } : { commit: c });
    }
  }
  return { approvals, everApproved, revocations, applied, approvedAt, reviews };
}
