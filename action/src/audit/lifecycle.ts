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
import { loadGrant } from '../grant/grant.js';
import type { Settings } from '../policy/model.js';
import type { BlobMap } from '../repo/blobs.js';
import type { HistoryCommit } from '../repo/history.js';
import { readUntrustedYaml } from '../yaml/read-yaml.js';
import { GRANT_LIMITS } from '../yaml/untrusted-text.js';
import { isoTime, prFromSubject, type GrantAdd, type HistoryFacts } from './facts.js';
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

/** What the grant file says, read leniently when it no longer passes the schema. */
interface FileFields {
  requester?: string;
  bundle?: string;
  reason?: string;
  incident?: string;
  ticket?: string;
  targets?: string[];
  extends?: string;
}

export const blobSpec = (commit: string, path: string): string => `${commit}:${path}`;

/** The adding commit that speaks for each grant id (the newest add). */
export function latestAdds(facts: HistoryFacts): Map<string, GrantAdd> {
  const out = new Map<string, GrantAdd>();
  for (const add of facts.adds) out.set(add.grantId, add);
  return out;
}

/** The `<commit>:<path>` of every grant file audit reads (one per grant id). */
export function grantFileSpecs(facts: HistoryFacts): string[] {
  return [...latestAdds(facts).values()].map((a) => blobSpec(a.commit.sha, a.path));
}

function fileFields(bytes: Uint8Array | undefined, path: string): FileFields {
  if (!bytes) return {};
  const loaded = loadGrant(bytes, path);
  if (loaded.ok) {
    const g = loaded.loaded.grant;
    const f: FileFields = { requester: g.requester, bundle: g.bundle, reason: g.reason };
    for (const k of ['incident', 'ticket', 'extends'] as const) if (g[k] !== undefined) f[k] = g[k];
    if (g.targets) f.targets = [...g.targets];
    return f;
  }
  // No longer valid (or never was): still show what it says, bounded.
  const read = readUntrustedYaml(bytes, path, GRANT_LIMITS);
  if (
    !read.ok ||
    typeof read.value !== 'object' ||
    read.value === null ||
    Array.isArray(read.value)
  )
    return {};
  const raw = read.value as Record<string, unknown>;
  const f: FileFields = {};
  for (const k of ['requester', 'bundle', 'reason', 'incident', 'ticket', 'extends'] as const) {
    if (typeof raw[k] === 'string') f[k] = (raw[k] as string).slice(0, 2000);
  }
  if (Array.isArray(raw.targets))
    f.targets = raw.targets.filter((t): t is string => typeof t === 'string').slice(0, 50);
  return f;
}

const time = (c: HistoryCommit, which: 'authorDate' | 'commitDate'): string | undefined =>
  isoTime(c[which]);

function set<K extends keyof GrantLifecycle>(
  g: GrantLifecycle,
  key: K,
  value: GrantLifecycle[K] | undefined,
): void {
  if (value !== undefined) g[key] = value;
}

export function buildLifecycles(
  facts: HistoryFacts,
  files: BlobMap,
  opts: { at: Date; settings: Settings },
): GrantLifecycle[] {
  const adds = latestAdds(facts);
  const ids = new Set([...adds.keys(), ...facts.approvals.keys()]);
  const out: GrantLifecycle[] = [];
  for (const id of ids) {
    const add = adds.get(id);
    let record: DecisionRecord | undefined;
    let recordCommit: HistoryCommit | undefined;
    if (add) {
      record = add.record;
      recordCommit = add.record ? add.commit : undefined;
    } else {
      const list = facts.approvals.get(id)!;
      record = list[list.length - 1]!.record;
      recordCommit = list[list.length - 1]!.commit;
    }
    const file = add ? fileFields(files.get(blobSpec(add.commit.sha, add.path)), add.path) : {};
    const g: GrantLifecycle = {
      id,
      status: 'unapproved',
      targets: record ? [...record.targets] : [...(file.targets ?? [])],
      decision: record ? (record.approvedBy.length === 0 ? 'auto' : 'reviewers') : 'none',
      approvers: record ? [...record.approvedBy] : [],
      onCall: record ? [...record.onCall] : [],
      extensions: 0,
    };
    set(g, 'requester', record?.requester || file.requester);
    set(g, 'bundle', record?.bundle || file.bundle);
    set(g, 'reason', file.reason);
    set(g, 'incident', file.incident);
    set(g, 'ticket', file.ticket);
    set(g, 'pr', record?.pr ?? (add ? prFromSubject(add.commit.subject) : undefined));
    set(g, 'headSha', record?.head);
    set(g, 'commit', add?.commit.sha);
    if (add) {
      set(g, 'requestedAt', time(add.commit, 'authorDate'));
      set(g, 'mergedAt', time(add.commit, 'commitDate'));
    }
    if (record && recordCommit) {
      set(g, 'rule', record.rule || undefined);
      set(g, 'approvedAt', time(recordCommit, 'commitDate'));
      set(g, 'start', isoTime(record.start));
      set(g, 'expires', isoTime(record.expires));
    }
    const firstOf = <R extends { time: string }>(
      list: { record: R; commit: HistoryCommit }[] | undefined,
    ) =>
      list?.[0]
        ? {
            record: list[0].record,
            at: isoTime(list[0].record.time) ?? time(list[0].commit, 'commitDate'),
          }
        : undefined;
    set(g, 'appliedAt', firstOf(facts.applies.get(id))?.at);
    const removal = facts.removals.get(id)?.find((r) => r.seq > (add?.seq ?? -1));
    if (removal) set(g, 'removedAt', time(removal.commit, 'commitDate'));
    const revoke = firstOf(facts.revocations.get(id));
    if (revoke) {
      set(g, 'revokedAt', revoke.at);
      g.revokeReason = revoke.record.reason;
    }
    if (g.decision === 'auto' && g.approvedAt)
      g.reviewDue = isoSeconds(
        new Date(Date.parse(g.approvedAt) + opts.settings.review.dueHours * 3_600_000),
      );
    const review = firstOf(facts.reviews.get(id));
    if (review) {
      set(g, 'reviewedAt', review.at);
      g.reviewer = review.record.reviewer;
    }
    set(g, 'extends', record?.extends ?? file.extends);
    g.status = statusAt(g, opts.at);
    out.push(g);
  }
  const byId = new Map(out.map((g) => [g.id, g]));
  for (const g of out) {
    const parent =
      g.extends !== undefined && g.decision !== 'none' ? byId.get(g.extends) : undefined;
    if (parent) parent.extensions += 1;
  }
  return out.sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.id.localeCompare(b.id));
}

const sortKey = (g: GrantLifecycle): string => g.mergedAt ?? g.approvedAt ?? '';

function statusAt(g: GrantLifecycle, at: Date): GrantStatus {
  if (g.revokedAt !== undefined) return 'revoked';
  if (g.decision === 'none' || !g.start || !g.expires) return 'unapproved';
  const now = at.getTime();
  if (now < Date.parse(g.start)) return 'scheduled';
  return now < Date.parse(g.expires) ? 'active' : 'expired-unrevoked';
}
