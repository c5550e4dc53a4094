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
import { isoSeconds } from '../core/clock.js';
import type { Settings } from '../policy/model.js';
import type { BlobMap } from '../repo/blobs.js';
import {
  isoTime,
  prFromSubject,
  type CommitRef,
  type GrantAdd,
  type HistoryFacts,
  type Recorded,
} from './facts.js';
import { grantFileFields } from './grant-fields.js';
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
  requester?: string;
  bundle?: string;
  /** Requested subset of the bundle's targets; empty means all of them. */
  targets: string[];
  reason?: string;
  incident?: string;
  ticket?: string;
  pr?: string;
  /** The PR head the approval applied to. */
  headSha?: string;
  /** The commit that put the grant file on the main line (the squash merge). */
  commit?: string;
  /** `auto`: approved at once (on call, break-glass); `reviewers`: approved by people; `none`: no decision record. */
  decision: 'auto' | 'reviewers' | 'none';
  rule?: string;
  approvers: string[];
  /** On-call evidence lines from the decision record. */
  onCall: string[];
  /** Author date of the adding commit (when the request was written). */
  requestedAt?: string;
  /** Commit date of the adding commit (when it landed on main). */
  mergedAt?: string;
  /** Commit date of the decision record. */
  approvedAt?: string;
  start?: string;
  expires?: string;
  appliedAt?: string;
  /** When the grant file left the main line (an early-revoke PR, or the expiry record's commit). */
  removedAt?: string;
  revokedAt?: string;
  revokeReason?: RevokeReason;
  /** Auto-approved grants only: approvedAt + settings.review.dueHours. */
  reviewDue?: string;
  reviewedAt?: string;
  reviewer?: string;
  extends?: string;
  /** How many approved grants name this one in `extends`. */
  extensions: number;
}

export const blobSpec = (commit: string, path: string): string => `${commit}:${path}`;

/** The adding commit that speaks for each grant id (the newest add). */
export function latestAdds(facts: HistoryFacts): Map<string, GrantAdd> {
  const out = new Map<string, GrantAdd>();
  for (const add of facts.adds) out.set(add.grantId, add);
  return out;
}

/** How audit asks for the file an add wrote: its blob id when known (cheapest for git), else `<commit>:<path>`. */
export const grantFileSpec = (add: {
  blob?: string | undefined;
  commit: { sha: string };
  path: string;
}): string => add.blob ?? blobSpec(add.commit.sha, add.path);

/** The spec of every grant file audit reads (one per grant id). */
export function grantFileSpecs(facts: HistoryFacts): string[] {
  return [...latestAdds(facts).values()].map(grantFileSpec);
}

const time = (c: CommitRef, which: 'authorDate' | 'commitDate'): string | undefined =>
  isoTime(c[which]);

/** The first record of a kind and when it happened (its own time, else its commit's). */
function firstOf<R extends { time: string }>(list: Recorded<R>[] | undefined) {
  const r = list?.[0];
  return r
    ? { record: r.record, at: isoTime(r.record.time) ?? time(r.commit, 'commitDate') }
    : undefined;
}

/** The first removal of the grant file after the add at `seq`. */
function removalAfter(list: { commit: CommitRef; seq: number }[] | undefined, seq: number) {
  if (list) for (const r of list) if (r.seq > seq) return r;
  return undefined;
}

/**
 * One grant's lifecycle. Fields are assigned by name, one statement each (not through a generic
 * setter): with ten thousand grants a keyed store of a new property is a slow path.
 */
function lifecycleOf(
  id: string,
  add: GrantAdd | undefined,
  facts: HistoryFacts,
  files: BlobMap,
  opts: { at: Date; settings: Settings },
): GrantLifecycle {
  let record: DecisionRecord | undefined;
  let recordCommit: CommitRef | undefined;
  if (add) {
    record = add.record;
    recordCommit = add.record ? add.commit : undefined;
  } else {
    const list = facts.approvals.get(id)!;
    record = list[list.length - 1]!.record;
    recordCommit = list[list.length - 1]!.commit;
  }
  const file = add ? grantFileFields(files.get(grantFileSpec(add)), add.path) : {};
  const g: GrantLifecycle = {
    id,
    status: 'unapproved',
    targets: record ? [...record.targets] : [...(file.targets ?? [])],
    decision: record ? (record.approvedBy.length === 0 ? 'auto' : 'reviewers') : 'none',
    approvers: record ? [...record.approvedBy] : [],
    onCall: record ? [...record.onCall] : [],
    extensions: 0,
  };
  const requester = record?.requester || file.requester;
  if (requester !== undefined) g.requester = requester;
  const bundle = record?.bundle || file.bundle;
  if (bundle !== undefined) g.bundle = bundle;
  if (file.reason !== undefined) g.reason = file.reason;
  if (file.incident !== undefined) g.incident = file.incident;
  if (file.ticket !== undefined) g.ticket = file.ticket;
  const pr = record?.pr ?? (add ? prFromSubject(add.commit.subject) : undefined);
  if (pr !== undefined) g.pr = pr;
  if (record?.head !== undefined) g.headSha = record.head;
  if (add) {
    g.commit = add.commit.sha;
    const requestedAt = time(add.commit, 'authorDate');
    if (requestedAt !== undefined) g.requestedAt = requestedAt;
    const mergedAt = time(add.commit, 'commitDate');
    if (mergedAt !== undefined) g.mergedAt = mergedAt;
  }
  if (record && recordCommit) {
    if (record.rule) g.rule = record.rule;
    const approvedAt = time(recordCommit, 'commitDate');
    if (approvedAt !== undefined) g.approvedAt = approvedAt;
    const start = isoTime(record.start);
    if (start !== undefined) g.start = start;
    const expires = isoTime(record.expires);
    if (expires !== undefined) g.expires = expires;
  }
  const applied = firstOf(facts.applies.get(id))?.at;
  if (applied !== undefined) g.appliedAt = applied;
  const removal = removalAfter(facts.removals.get(id), add?.seq ?? -1);
  const removedAt = removal && time(removal.commit, 'commitDate');
  if (removedAt !== undefined) g.removedAt = removedAt;
  const revoke = firstOf(facts.revocations.get(id));
  if (revoke) {
    if (revoke.at !== undefined) g.revokedAt = revoke.at;
    g.revokeReason = revoke.record.reason;
  }
  if (g.decision === 'auto' && g.approvedAt)
    g.reviewDue = isoSeconds(
      new Date(Date.parse(g.approvedAt) + opts.settings.review.dueHours * 3_600_000),
    );
  const review = firstOf(facts.reviews.get(id));
  if (review) {
    if (review.at !== undefined) g.reviewedAt = review.at;
    g.reviewer = review.record.reviewer;
  }
  const ext = record?.extends ?? file.extends;
  if (ext !== undefined) g.extends = ext;
  g.status = statusAt(g, opts.at);
  return g;
}

export function buildLifecycles(
  facts: HistoryFacts,
  files: BlobMap,
  opts: { at: Date; settings: Settings },
): GrantLifecycle[] {
  const adds = latestAdds(facts);
  const ids = new Set([...adds.keys(), ...facts.approvals.keys()]);
  const out: GrantLifecycle[] = [];
  for (const id of ids) out.push(lifecycleOf(id, adds.get(id), facts, files, opts));
  const byId = new Map(out.map((g) => [g.id, g]));
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
