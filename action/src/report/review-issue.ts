/**
 * The post-use review issue opened for every auto-approved (break-glass) grant: what was granted,
 * to whom, the on-call evidence, a due date and a checklist. A hidden marker carries the grant id,
 * requester and due time so sweeps and the review record can find it without parsing prose.
 */
import type { Decision } from '../decision/model.js';
import { code, escapeText } from './markdown.js';

export const REVIEW_LABEL = 'breakglass:review';
export const OVERDUE_LABEL = 'breakglass:review-overdue';

export interface ReviewMarker {
  grantId: string;
  requester: string;
  due: string;
}

const MARKER = /<!-- breakglass:review grant=([a-z0-9-]{1,64}) requester=([A-Za-z0-9-]{1,39}) due=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) -->/;

export function readReviewMarker(body: string | null | undefined): ReviewMarker | undefined {
  const m = MARKER.exec(body ?? '');
  return m ? { grantId: m[1]!, requester: m[2]!, due: m[3]! } : undefined;
}

export function reviewIssue(d: Decision, o: { pr: number; mergeSha: string; dueHours: number; reviewers: string[] }): { title: string; body: string; labels: string[]; due: string } {
  const due = new Date(Date.parse(d.decidedAt) + o.dueHours * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const evidence = d.onCall.filter((s) => s.ok).flatMap((s) => s.entries.filter((e) => e.login.toLowerCase() === d.requester.toLowerCase()).map((e) => `${code(s.schedule)} ${escapeText(s.provider)} level ${e.level}, checked ${code(s.checkedAt)}`));
  const body = [
    `<!-- breakglass:review grant=${d.grantId} requester=${d.requester} due=${due} -->`,
    `Break-glass access was granted **without a human approval** because the requester was on call. Review it by ${code(due)} (UTC).`,
    '',
    '| | |',
    '|---|---|',
    `| Grant | ${code(d.grantId)} (PR #${o.pr}, merged as ${code(o.mergeSha.slice(0, 12))}) |`,
    `| Requester | ${code(d.requester)} |`,
    `| Bundle | ${code(d.bundle)} |`,
    `| Window (UTC) | ${code(d.start ?? '')} → ${code(d.expires ?? '')} |`,
    `| Rule | ${code(d.rule ?? '')} |`,
    `| On-call evidence | ${evidence.join('; ') || '_none recorded_'} |`,
    `| Reviewers | ${o.reviewers.map(code).join(', ') || '_the security team_'} |`,
    '',
    '- [ ] the incident was real and the access matched it',
    '- [ ] the actions taken were within the reason given (check CloudTrail and Cloud Audit Logs for the window)',
    '- [ ] nothing needs follow-up (rotate credentials, tighten the bundle, write a post-mortem)',
    '',
    '_Close this issue to record the review in git. The requester cannot review their own access; an overdue review blocks their next automatic approval._',
  ].join('\n');
  return { title: `Post-use review: ${d.grantId} (${d.requester}, ${d.bundle})`, body, labels: [REVIEW_LABEL], due };
}
