/** The decision as terminal text: outcome first, then why, then the evidence. */
import { formatFinding, oneLine } from '../core/finding.js';
import type { Decision } from '../decision/model.js';

export function decisionText(d: Decision): string {
  // The file path comes from the PR (git allows a newline in a name): every line stays one line (GH-03).
  const lines = [oneLine(`${d.outcome.toUpperCase()}: ${d.grantId || d.file}${d.requester ? ` (${d.requester} → ${d.bundle})` : ''}`)];
  if (d.rule) lines.push(oneLine(`rule: ${d.rule} (${d.approval === 'auto' ? 'approved at once: requester on call' : 'reviewed'})`));
  if (d.start && d.expires) lines.push(`window: ${d.start} → ${d.expires} (UTC)`);
  if (d.review) {
    const r = d.review;
    lines.push(`approvals: ${r.approvals.length}/${r.required}${r.approvals.length ? ` (${r.approvals.join(', ')})` : ''}`);
    lines.push(`eligible approvers: ${r.eligible.length ? r.eligible.join(', ') : 'none'}`);
    if (r.blockedBy.length) lines.push(`changes requested by: ${r.blockedBy.join(', ')}`);
  }
  for (const i of d.ignoredApprovals) lines.push(oneLine(`ignored approval by ${i.login}: ${i.why}`));
  for (const f of d.reasons) lines.push(`reason: ${formatFinding(f)}`);
  for (const n of d.notes) lines.push(`note: ${oneLine(n)}`);
  for (const s of d.onCall) {
    const who = s.ok ? (s.entries.map((e) => `${e.login}@L${e.level}`).join(', ') || 'nobody mapped') : `error: ${s.error}`;
    lines.push(oneLine(`on-call ${s.schedule} (${s.provider} ${s.providerRef}, checked ${s.checkedAt}): ${who}`));
  }
  return lines.join('\n');
}
