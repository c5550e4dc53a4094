/**
 * One synthetic grant: its plan (who, what, when each event happens), the commits that plan writes
 * (squash merge with decision trailers, apply / revoke / review records, early-revoke deletion PR),
 * and the lifecycle audit must rebuild from them. Events after the history's end are not written
 * and not expected. Records use the one trailer vocabulary (action/src/audit/trailers.ts).
 */
import type { GrantLifecycle, GrantStatus } from '../../../action/src/audit/lifecycle.js';
import {
  applyTrailers,
  decisionTrailers,
  formatTrailers,
  revocationTrailers,
  reviewTrailers,
  T,
  type RevokeReason,
} from '../../../action/src/audit/trailers.js';
import { formatDuration } from '../../../action/src/grant/duration.js';
import type { CommitSpec } from './fast-import.js';

export interface GrantPlan {
  id: string;
  requester: string;
  bundle: string;
  minutes: number;
  /** The duration the file states, when it differs from the window (a planted anomaly). */
  fileMinutes?: number;
  reason: string;
  incident?: string;
  ticket?: string;
  targets?: string[];
  /** `start:` written in the file (a scheduled or extension grant). */
  fileStart?: number;
  extends?: string;
  decision: 'auto' | 'reviewers' | 'none';
  rule?: string;
  approvers: string[];
  onCall: string[];
  pr?: number;
  head?: string;
  requestedAt: number;
  mergedAt: number;
  start: number;
  expires: number;
  applyAt?: number;
  revokeAt?: number;
  revokeReason?: RevokeReason;
  /** Early revoke: the PR deleting the file merges at this time; the record follows at revokeAt. */
  deleteAt?: number;
  reviewAt?: number;
  reviewer?: string;
  /** 'none': no trailers; 'incomplete': an approve trailer block without start/expiry (not a record). */
  unapproved?: 'none' | 'incomplete';
  /** History rewritten: the approval is recorded on a commit that adds no grant file. */
  noAdd?: boolean;
  /** Commits written for this grant, by event. */
  written: Partial<Record<'add' | 'apply' | 'revoke' | 'review' | 'delete', CommitSpec>>;
}

export interface Emit {
  end: number;
  seq: () => number;
  push: (c: CommitSpec) => void;
}

export const iso = (t: number): string => new Date(t * 1000).toISOString().replace(/\.000Z$/, 'Z');
const BOT = { committer: 'breakglass', committerEmail: 'breakglass@users.noreply.github.com' };
const noreply = (login: string) => `${login}@users.noreply.github.com`;

export function grantFile(p: GrantPlan): string {
  const lines = [
    `requester: ${p.requester}`,
    `bundle: ${p.bundle}`,
    `duration: ${formatDuration(p.fileMinutes ?? p.minutes)}`,
    `reason: ${JSON.stringify(p.reason)}`,
  ];
  if (p.incident) lines.push(`incident: ${p.incident}`);
  if (p.ticket) lines.push(`ticket: ${p.ticket}`);
  if (p.fileStart !== undefined) lines.push(`start: "${iso(p.fileStart)}"`);
  if (p.targets) lines.push(`targets: [${p.targets.join(', ')}]`);
  if (p.extends) lines.push(`extends: ${p.extends}`);
  return `${lines.join('\n')}\n`;
}

function mergeMessage(p: GrantPlan): string {
  const subject = `grant ${p.id}: ${p.bundle} for ${p.requester}${p.pr !== undefined ? ` (#${p.pr})` : ''}`;
  if (p.unapproved === 'none') return `${subject}\n`;
  if (p.unapproved === 'incomplete')
    return `${subject}\n\n${formatTrailers([
      [T.grant, p.id],
      [T.action, 'approve'],
      [T.decision, 'approve'],
      [T.requester, p.requester],
    ])}\n`;
  const body =
    p.decision === 'auto'
      ? 'Approved at once: the requester is on call.'
      : `Approved by ${p.approvers.join(', ')}.`;
  const trailers = decisionTrailers({
    grantId: p.id,
    decision: 'approve',
    rule: p.rule ?? '',
    requester: p.requester,
    bundle: p.bundle,
    approvedBy: p.approvers,
    onCall: p.onCall,
    start: iso(p.start),
    expires: iso(p.expires),
    targets: p.targets ?? [],
    ...(p.pr !== undefined ? { pr: String(p.pr) } : {}),
    ...(p.head ? { head: p.head } : {}),
    ...(p.extends ? { extends: p.extends } : {}),
  });
  return `${subject}\n\n${body}\n\n${trailers}\n`;
}

function bot(
  e: Emit,
  t: number,
  message: string,
  files: [string, string | null][] = [],
): CommitSpec {
  return {
    time: t,
    authorTime: t,
    author: BOT.committer,
    authorEmail: BOT.committerEmail,
    ...BOT,
    message,
    files,
    seq: e.seq(),
  };
}

/** Writes the plan's commits (those not after the end) and notes them in `p.written`. */
export function emitGrant(p: GrantPlan, e: Emit): void {
  const path = `grants/${p.id}.yaml`;
  const write = (key: keyof GrantPlan['written'], c: CommitSpec) => {
    if (c.time > e.end) return false;
    p.written[key] = c;
    e.push(c);
    return true;
  };
  const add: CommitSpec = {
    time: p.mergedAt,
    authorTime: p.requestedAt,
    author: p.requester,
    authorEmail: noreply(p.requester),
    committer: 'GitHub',
    committerEmail: 'noreply@github.com',
    message: mergeMessage(p),
    files: p.noAdd ? [] : [[path, grantFile(p)]],
    seq: e.seq(),
  };
  if (!write('add', add)) return;
  let present = !p.noAdd;
  if (p.applyAt !== undefined)
    write(
      'apply',
      bot(
        e,
        p.applyAt,
        `breakglass: apply ${p.id}\n\n${applyTrailers({ grantId: p.id, time: iso(p.applyAt), results: [`${p.bundle} applied`] })}\n`,
      ),
    );
  if (p.deleteAt !== undefined) {
    const del: CommitSpec = {
      time: p.deleteAt,
      authorTime: p.deleteAt - 120,
      author: p.requester,
      authorEmail: noreply(p.requester),
      committer: 'GitHub',
      committerEmail: 'noreply@github.com',
      message: `revoke ${p.id} early (#${(p.pr ?? 0) + 500000})\n`,
      files: [[path, null]],
      seq: e.seq(),
    };
    if (write('delete', del)) present = false;
  }
  if (p.revokeAt !== undefined && p.revokeReason) {
    const removes = p.revokeReason === 'expired' && present;
    write(
      'revoke',
      bot(
        e,
        p.revokeAt,
        `breakglass: revoke ${p.id} (${p.revokeReason})\n\n${revocationTrailers({ grantId: p.id, reason: p.revokeReason, time: iso(p.revokeAt), results: ['no live cloud entries'] })}\n`,
        removes ? [[path, null]] : [],
      ),
    );
  }
  if (p.reviewAt !== undefined && p.reviewer)
    write(
      'review',
      bot(
        e,
        p.reviewAt,
        `breakglass: review of ${p.id} done\n\n${reviewTrailers({ grantId: p.id, time: iso(p.reviewAt), reviewer: p.reviewer, issue: String((p.pr ?? 0) + 900000) })}\n`,
      ),
    );
}

/** The lifecycle audit must report for a written plan, at `at` (unix seconds). */
export function expectedLifecycle(
  p: GrantPlan,
  at: number,
  dueHours: number,
  extensions: number,
): GrantLifecycle {
  const w = p.written;
  const approved = p.decision !== 'none';
  const g: GrantLifecycle = {
    id: p.id,
    status: 'unapproved',
    targets: [...(p.targets ?? [])],
    decision: p.decision,
    approvers: approved ? [...p.approvers] : [],
    onCall: approved ? [...p.onCall] : [],
    extensions,
    requester: p.requester,
    bundle: p.bundle,
  };
  if (!p.noAdd) {
    g.reason = p.reason;
    if (p.incident) g.incident = p.incident;
    if (p.ticket) g.ticket = p.ticket;
    g.commit = w.add!.sha!;
    g.requestedAt = iso(p.requestedAt);
    g.mergedAt = iso(p.mergedAt);
  }
  if (p.pr !== undefined) g.pr = String(p.pr);
  if (approved) {
    if (p.head) g.headSha = p.head;
    if (p.rule) g.rule = p.rule;
    g.approvedAt = iso(p.mergedAt);
    g.start = iso(p.start);
    g.expires = iso(p.expires);
    if (p.decision === 'auto') g.reviewDue = iso(p.mergedAt + dueHours * 3600);
  }
  if (w.apply) g.appliedAt = iso(w.apply.time);
  if (w.delete) g.removedAt = iso(w.delete.time);
  else if (w.revoke && w.revoke.files.length > 0) g.removedAt = iso(w.revoke.time);
  if (w.revoke) {
    g.revokedAt = iso(w.revoke.time);
    g.revokeReason = p.revokeReason!;
  }
  if (w.review) {
    g.reviewedAt = iso(w.review.time);
    g.reviewer = p.reviewer!;
  }
  if (p.extends) g.extends = p.extends;
  g.status = status(g, approved, p, at);
  return g;
}

function status(g: GrantLifecycle, approved: boolean, p: GrantPlan, at: number): GrantStatus {
  if (g.revokedAt) return 'revoked';
  if (!approved) return 'unapproved';
  return at < p.start ? 'scheduled' : at < p.expires ? 'active' : 'expired-unrevoked';
}
