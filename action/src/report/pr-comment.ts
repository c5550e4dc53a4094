/**
 * The sticky PR comment: what is asked, why, the decision and the rule, the on-call evidence, and the
 * exact cloud changes the reviewer approves. Pure; every user-influenced string is code or escaped.
 */
import type { Entry } from '../cloud/model.js';
import type { Decision } from '../decision/model.js';
import { formatDuration } from '../grant/duration.js';
import type { Grant } from '../grant/grant.js';
import { entryDetail } from './plan-text.js';
import { block, code, escapeText } from './markdown.js';

export const COMMENT_MARKER = '<!-- breakglass:decision -->';

const HEADLINE = {
  approve: { auto: '✅ Approved: on-call emergency access', reviewers: '✅ Approved by review' },
  review: '🟡 Needs review',
  reject: '❌ Rejected',
} as const;

export interface CommentInput {
  decision: Decision;
  grant?: Grant;
  bundleDescription?: string;
  entries: Entry[];
  merged?: { sha: string };
  problems?: string[];
}

export function prComment(c: CommentInput): string {
  const d = c.decision;
  const head = d.outcome === 'approve' ? HEADLINE.approve[d.approval === 'auto' ? 'auto' : 'reviewers'] : HEADLINE[d.outcome];
  const out: string[] = [COMMENT_MARKER, `### ${head}`, ''];
  const rows: [string, string][] = [['Grant', code(d.grantId || d.file)]];
  if (d.requester) rows.push(['Requester', code(d.requester)]);
  if (d.bundle) rows.push(['Bundle', `${code(d.bundle)}${c.bundleDescription ? ` — ${escapeText(c.bundleDescription)}` : ''}`]);
  if (c.grant) rows.push(['Duration', code(formatDuration(c.grant.durationMinutes))]);
  if (d.start && d.expires) rows.push(['Window (UTC)', `${code(d.start)} → ${code(d.expires)}`]);
  if (c.grant?.incident) rows.push(['Incident', code(c.grant.incident)]);
  if (c.grant?.ticket) rows.push(['Ticket', code(c.grant.ticket)]);
  if (d.rule) rows.push(['Rule', code(d.rule)]);
  rows.push(['Head commit', code(d.headSha.slice(0, 12))]);
  if (c.merged) rows.push(['Merged as', code(c.merged.sha.slice(0, 12))]);
  out.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
  if (c.grant) out.push('**Reason** (as written by the requester):', '', block(c.grant.reason), '');
  if (d.reasons.length > 0) {
    out.push('**Why it was rejected**', '');
    for (const f of d.reasons.slice(0, MAX_REASONS)) out.push(`- ${f.file ? `${code(`${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}`)} ` : ''}${escapeText(f.message)}${f.field ? ` (${code(f.field)})` : ''}`);
    if (d.reasons.length > MAX_REASONS) out.push(`- … and ${d.reasons.length - MAX_REASONS} more (every one is annotated on the file and listed in the run log)`);
    out.push('');
  }
  if (d.review) {
    const r = d.review;
    out.push(`**Approvals** ${r.approvals.length}/${r.required} on ${code(d.headSha.slice(0, 12))}${r.approvals.length ? `: ${r.approvals.map(code).join(', ')}` : ''}`);
    out.push(`**Eligible approvers**: ${r.eligible.length ? r.eligible.map(code).join(', ') : '_none_'} (a new push resets approvals)`);
    if (r.blockedBy.length) out.push(`**Changes requested by**: ${r.blockedBy.map(code).join(', ')}`);
    out.push('');
  }
  for (const i of d.ignoredApprovals) out.push(`- approval by ${code(i.login)} not counted: ${escapeText(i.why)}`);
  if (d.ignoredApprovals.length) out.push('');
  if (d.onCall.length > 0) {
    out.push('**On-call evidence**', '', '| Schedule | Provider | Checked | On call |', '|---|---|---|---|');
    for (const s of d.onCall) {
      const who = s.ok ? s.entries.map((e) => `${code(e.login)} L${e.level}`).join(', ') || '_nobody mapped_' : `⚠️ ${escapeText(s.error ?? 'error')}`;
      out.push(`| ${code(s.schedule)} | ${escapeText(s.provider)} ${code(s.providerRef)} | ${code(s.checkedAt)} | ${who} |`);
    }
    out.push('');
  }
  if (c.entries.length > 0) {
    const verb = d.outcome === 'approve' ? 'What was granted' : 'What approving grants';
    out.push(`<details><summary><b>${verb}</b>: ${c.entries.length} cloud change(s), each expiring on its own at ${code(d.expires ?? '')}</summary>`, '');
    for (const e of c.entries) out.push(block(JSON.stringify(entryDetail(e), null, 2), 'json'), '');
    out.push('</details>', '');
  }
  for (const p of c.problems ?? []) out.push(`- ⚠️ ${escapeText(p)}`);
  if (d.notes.length) out.push('<details><summary>How this was decided</summary>', '', ...d.notes.map((n) => `- ${escapeText(n)}`), '', '</details>', '');
  out.push(footer(d));
  return capped(out.join('\n'));
}

/** Reasons listed in the comment; the rest are counted (a file can hold thousands of errors). */
const MAX_REASONS = 25;
/** GitHub refuses a comment body over 65,536 characters; what is over this is cut, and said so. */
const MAX_BODY = 60_000;

function capped(body: string): string {
  if (body.length <= MAX_BODY) return body;
  // Cut at a line end, and close an open <details> or code fence so the rest still renders.
  const cut = body.slice(0, body.lastIndexOf('\n', MAX_BODY));
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  const fence = openFence(cut);
  return `${cut}${fence ? `\n${fence}` : ''}${'\n</details>'.repeat(Math.max(0, open))}\n\n_This comment was cut at ${MAX_BODY} characters; the run log has everything._`;
}

/** The fence of a code block left open in `text` (a fence closes only with one at least as long). Exported for tests. */
export function openFence(text: string): string | undefined {
  let fence: string | undefined;
  for (const m of text.matchAll(/^(`{3,})/gm)) {
    const f = m[1]!;
    if (fence === undefined) fence = f;
    else if (f.length >= fence.length) fence = undefined;
  }
  return fence;
}

function footer(d: Decision): string {
  if (d.outcome === 'approve') return '_Access is applied by the apply job of this workflow run; GCP changes can take a few minutes to propagate._';
  if (d.outcome === 'review') return '_Approve the pull request on its current head commit to grant this access. Only the eligible approvers above count; the requester and anyone who pushed to it cannot approve._';
  return '_Fix the grant file (or open a new PR) and push again; every reason is annotated on the file._';
}
