/**
 * Every grant's lifecycle, rebuilt from history alone: who asked for what and why (the grant file as
 * its adding commit wrote it), who approved it and how (the decision record), and when it was
 * applied, removed, revoked and reviewed (the records). Pure over HistoryFacts and file bytes.
 *
 * Which commit speaks for a grant id: the one that most recently added `grants/<id>.yaml` (as plan
 * does); its decision record, when it carries one for that id, is the approval. An id with approval
 * records but no adding commit (history was rewritten) is still listed, from its newest approval.
 * Later records of the same kind do not override the first: appliedAt is the first apply record,
 * revokedAt the first revocation, reviewedAt the first completed review.
 */
import { sameTargets } from '../decision/checks/bundle-targets.js';
import type { Settings } from '../policy/model.js';
import type { BlobMap } from '../repo/blobs.js';
import { isoTime, prFromSubject, type GrantFacts, type HistoryFacts } from './facts.js';
import { grantFileFields, NO_FIELDS, type FileFields } from './grant-fields.js';
import { isoSecondsOf } from './iso-time.js';
import { allIds, allStamps, byCodeUnit, byLocale } from './text-order.js';
import type { DecisionRecord, RevokeReason } from './trailers.js';

export const GRANT_STATUSES = [
  'unapproved',
  'scheduled',
  'active',
  'expired-unrevoked',
  'revoked',
] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export interface GrantLifecycle {
  id: string;
  /** At the report's `at`: no decision record; not started; running; past expiry with no revocation recorded; revoked. */
  status: GrantStatus;
  requester?: string | undefined;
  bundle?: string | undefined;
  /** Requested subset of the bundle's targets; empty means all of them. */
  targets: string[];
  reason?: string | undefined;
  incident?: string | undefined;
  ticket?: string | undefined;
  pr?: string | undefined;
  /** The PR head the approval applied to. */
  headSha?: string | undefined;
  /** The commit that put the grant file on the main line (the squash merge). */
  commit?: string | undefined;
  /** `auto`: approved at once (on call, break-glass); `reviewers`: approved by people; `none`: no decision record. */
  decision: 'auto' | 'reviewers' | 'none';
  rule?: string | undefined;
  approvers: string[];
  /** On-call evidence lines from the decision record. */
  onCall: string[];
  /** Author date of the adding commit (when the request was written). */
  requestedAt?: string | undefined;
  /** Commit date of the adding commit (when it landed on main). */
  mergedAt?: string | undefined;
  /** Commit date of the decision record. */
  approvedAt?: string | undefined;
  start?: string | undefined;
  expires?: string | undefined;
  appliedAt?: string | undefined;
  /** When the grant file left the main line (an early-revoke PR, or the expiry record's commit). */
  removedAt?: string | undefined;
  revokedAt?: string | undefined;
  revokeReason?: RevokeReason | undefined;
  /** Auto-approved grants only: approvedAt + settings.review.dueHours. */
  reviewDue?: string | undefined;
  reviewedAt?: string | undefined;
  reviewer?: string | undefined;
  extends?: string | undefined;
  /** How many approved grants name this one in `extends`. */
  extensions: number;
  /** Why plan does not apply this decision record (not reported as a field; see record-not-applied). */
  refused?: string | undefined;
}

export const blobSpec = (commit: string, path: string): string => `${commit}:${path}`;

/** How audit asks for the file an add wrote: its blob id when known (cheapest for git), else `<commit>:<path>`. */
export const grantFileSpec = (add: {
  blob?: string | undefined;
  commit: { sha: string };
  path: string;
}): string => add.blob ?? blobSpec(add.commit.sha, add.path);

/** The spec of every grant file audit reads (one per grant id). */
export function grantFileSpecs(facts: HistoryFacts): string[] {
  const out: string[] = [];
  for (const g of facts.grants.values()) if (g.add) out.push(grantFileSpec(g.add));
  return out;
}

/**
 * Why plan (plan/desired.ts) does not apply the record the add carries, as far as history and the file
 * the add wrote can tell: a grant revoked before its file came back, a record naming another
 * requester, bundle or targets than the file, or a window longer than the file's duration. Such a
 * record was not written by check-pr for that file. Undefined when the file cannot be read.
 */
function refusal(f: GrantFacts, record: DecisionRecord, file: FileFields): string | undefined {
  if (f.revokedBeforeAdd) return 'the grant was revoked before this file was added again';
  if (file === NO_FIELDS) return undefined;
  if ((file.requester ?? '').toLowerCase() !== record.requester.toLowerCase() || file.bundle !== record.bundle)
    return 'the decision record names another requester or bundle than the file';
  if (!sameTargets(file.targets, record.targets))
    return 'the decision record names other targets than the file';
  const window = Date.parse(record.expires) - Date.parse(record.start);
  if (file.durationMinutes !== undefined && window > file.durationMinutes * 60_000)
    return `the decision record's window ${record.start} → ${record.expires} is longer than the file's duration`;
  return undefined;
}

/**
 * One grant's lifecycle. Every field is set in the one object literal, in one order, absent ones as
 * undefined: ten thousand lifecycles then share one shape, and the report's readers stay fast.
 */
function lifecycleOf(
  f: GrantFacts,
  files: BlobMap,
  opts: { at: Date; settings: Settings },
): GrantLifecycle {
  const { add, revoked, reviewed } = f;
  // The approval: the adding commit's decision record, else (no add) the newest approval.
  const record = add ? add.record : f.approval?.record;
  const file = add ? grantFileFields(files.get(grantFileSpec(add)), add.path) : NO_FIELDS;
  const decision = record ? (record.approvedBy.length === 0 ? 'auto' : 'reviewers') : 'none';
  const mergedAt = add && isoTime(add.commit.commitDate);
  const approvedAt = !record ? undefined : add ? mergedAt : f.approval?.at;
  const g: GrantLifecycle = {
    id: f.id,
    status: 'unapproved',
    requester: record?.requester || file.requester,
    bundle: record?.bundle || file.bundle,
    targets: record ? [...record.targets] : [...(file.targets ?? [])],
    reason: file.reason,
    incident: file.incident,
    ticket: file.ticket,
    pr: record?.pr ?? (add ? prFromSubject(add.commit.subject) : undefined),
    headSha: record?.head,
    commit: add?.commit.sha,
    decision,
    rule: record ? record.rule || undefined : undefined,
    approvers: record ? [...record.approvedBy] : [],
    onCall: record ? [...record.onCall] : [],
    requestedAt: add && isoTime(add.commit.authorDate),
    mergedAt,
    approvedAt,
    start: record ? isoTime(record.start) : undefined,
    expires: record ? isoTime(record.expires) : undefined,
    appliedAt: f.appliedAt,
    removedAt: f.removedAt,
    revokedAt: revoked?.at,
    revokeReason: revoked?.reason,
    reviewDue:
      decision === 'auto' && approvedAt
        ? isoSecondsOf(Date.parse(approvedAt) + opts.settings.review.dueHours * 3_600_000)
        : undefined,
    reviewedAt: reviewed?.at,
    reviewer: reviewed?.reviewer,
    extends: record?.extends ?? file.extends,
    extensions: 0,
    refused: add && record ? refusal(f, record, file) : undefined,
  };
  g.status = statusAt(g, opts.at);
  return g;
}

export function buildLifecycles(
  facts: HistoryFacts,
  files: BlobMap,
  opts: { at: Date; settings: Settings },
): GrantLifecycle[] {
  const out: GrantLifecycle[] = [];
  for (const f of facts.grants.values())
    if (f.add || f.approval) out.push(lifecycleOf(f, files, opts));
  const byId = new Map<string, GrantLifecycle>();
  for (const g of out) byId.set(g.id, g);
  for (const g of out) {
    const parent =
      g.extends !== undefined && g.decision !== 'none' ? byId.get(g.extends) : undefined;
    if (parent) parent.extensions += 1;
  }
  return sortLifecycles(out);
}

/** By mergedAt (else approvedAt), then id, in localeCompare order. */
function sortLifecycles(list: GrantLifecycle[]): GrantLifecycle[] {
  const keyed = list.map((g) => ({ g, key: g.mergedAt ?? g.approvedAt ?? '' }));
  const cmpKey = allStamps(keyed.map((k) => k.key)) ? byCodeUnit : byLocale;
  const cmpId = allIds(list.map((g) => g.id)) ? byCodeUnit : byLocale;
  keyed.sort((a, b) => cmpKey(a.key, b.key) || cmpId(a.g.id, b.g.id));
  return keyed.map((k) => k.g);
}

function statusAt(g: GrantLifecycle, at: Date): GrantStatus {
  if (g.revokedAt !== undefined) return 'revoked';
  if (g.decision === 'none' || !g.start || !g.expires) return 'unapproved';
  const now = at.getTime();
  if (now < Date.parse(g.start)) return 'scheduled';
  return now < Date.parse(g.expires) ? 'active' : 'expired-unrevoked';
}
