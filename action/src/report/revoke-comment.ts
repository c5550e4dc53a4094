/** The sticky comment on an early-revocation PR: which grants, whose, and whether the author may revoke them at once. Pure; ids in code spans. */
import type { RevokeDecision } from '../decision/revoke.js';
import { code, escapeText } from './markdown.js';
import { COMMENT_MARKER } from './pr-comment.js';

const HEADLINE = { approve: '✅ Revoked early: merged at once', review: '🟡 Revocation needs review', reject: '❌ Rejected' } as const;

export function revokeComment(d: RevokeDecision, merged?: { sha: string }, note?: string): string {
  const out: string[] = [COMMENT_MARKER, `### ${HEADLINE[d.outcome]}`, ''];
  out.push('| Grant | Requester | Bundle | Asked by |', '|---|---|---|---|');
  for (const g of d.grants) {
    const who = g.as ? `${code(d.author)} (${g.as === 'requester' ? 'its requester' : 'a named approver'})` : `⚠️ ${escapeText(g.why ?? '')}`;
    out.push(`| ${code(g.grantId)} | ${g.requester ? code(g.requester) : '_unknown_'} | ${g.bundle ? code(g.bundle) : '_unknown_'} | ${who} |`);
  }
  out.push('', `Head commit ${code(d.headSha.slice(0, 12))}${merged ? `, merged as ${code(merged.sha.slice(0, 12))}` : ''}.`, '');
  if (d.reasons.length > 0) {
    out.push('**Why it was rejected**', '');
    for (const f of d.reasons) out.push(`- ${f.file ? `${code(f.file)} ` : ''}${escapeText(f.message)}`);
    out.push('');
  }
  if (note) out.push(`- ${escapeText(note)}`, '');
  out.push(footer(d));
  return out.join('\n');
}

function footer(d: RevokeDecision): string {
  if (d.outcome === 'approve') return '_The apply job of this workflow run removes the access now and records each revocation as `early`; the clouds stop honouring it within minutes._';
  if (d.outcome === 'review') return '_Only the requester of every deleted grant or a named approver of its bundle can revoke at once. Anyone else\'s revocation is merged after the usual review; reconcile then removes the access._';
  return '_A revocation PR deletes grant files and changes nothing else. Open one PR per concern._';
}
