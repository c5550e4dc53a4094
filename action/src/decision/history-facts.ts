/**
 * Facts the decision takes from git history: the grant an extension extends (and how long the chain
 * already is), and the requester's overdue post-use reviews. Pure over GrantHistory.
 */
import type { GrantHistory } from '../repo/grant-records.js';

export interface ExtensionFacts {
  grantId: string;
  /** Absent when history has no approval for that id. */
  found?: { requester: string; bundle: string; expires: string; revoked: boolean; depth: number };
}

/** What the extended grant was; `depth` counts the extensions already in its chain (0: it is an original grant). */
export function extensionFacts(history: GrantHistory, grantId: string): ExtensionFacts {
  const r = history.everApproved.get(grantId);
  if (!r) return { grantId };
  let depth = 0;
  const seen = new Set([grantId]);
  for (let cur = r.extends; cur && !seen.has(cur); cur = history.everApproved.get(cur)?.extends) {
    seen.add(cur);
    depth++;
  }
  return { grantId, found: { requester: r.requester, bundle: r.bundle, expires: r.expires, revoked: history.revocations.has(grantId), depth } };
}

export interface OverdueReview {
  grantId: string;
  due: string;
}

/**
 * Auto-approved grants of `requester` whose post-use review is past due and not recorded. An
 * approval with no approvers is an on-call (break-glass) approval.
 */
export function overdueReviews(history: GrantHistory, requester: string, now: Date, dueHours: number): OverdueReview[] {
  const out: OverdueReview[] = [];
  for (const [grantId, r] of history.everApproved) {
    if (r.requester.toLowerCase() !== requester.toLowerCase() || r.approvedBy.length > 0 || history.reviews.has(grantId)) continue;
    const approvedAt = Date.parse(history.approvedAt.get(grantId) ?? r.start);
    const due = approvedAt + dueHours * 3600_000;
    if (now.getTime() > due) out.push({ grantId, due: new Date(due).toISOString().replace(/\.\d{3}Z$/, 'Z') });
  }
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
