/**
 * What audit needs from the main line's history, by grant id: the add that speaks for it, the
 * approval, the first apply, revocation and review, the removal of its file; and every add without a
 * decision record and every commit that touched the repository's controls.
 *
 * Built in one pass while `git log` streams (newest first), keeping only these facts and a few
 * fields of the commits that carry them, never whole commits or superseded records: with tens of
 * thousands of commits, what stays on the heap is what the garbage collector copies. Every record
 * of an id is kept only while the id still lacks an approval or an add (history-rewritten reads
 * them); history is newest first, so for a normal grant that is from its newest record back to the
 * commit that added and approved it. Reuses the one trailer vocabulary.
 */
import { grantIdFromPath } from '../grant/grant.js';
import type { HistoryCommit } from '../repo/history.js';
import {
  first,
  readApplyRecord,
  readDecisionRecord,
  readReviewRecord,
  readRevocationRecord,
  type ApplyRecord,
  type DecisionRecord,
  type ReviewRecord,
  type RevocationRecord,
  type RevokeReason,
  T,
} from './trailers.js';
import { isoTime } from './iso-time.js';

export { isoTime };

/**
 * What audit keeps of a commit that adds a grant or changes a control: who, when, which, and its
 * subject (for the PR number).
 */
export type CommitRef = Pick<
  HistoryCommit,
  'sha' | 'authorName' | 'authorDate' | 'commitDate' | 'subject'
>;

/** What audit keeps of a commit that only records or removes: which, and when. */
export type RecordRef = Pick<HistoryCommit, 'sha' | 'commitDate'>;

/** A grant file appearing on the main line. */
export interface GrantAdd {
  grantId: string;
  path: string;
  commit: CommitRef;
  /** The commit's decision record when it approves exactly this grant. */
  record: DecisionRecord | undefined;
  /** The grant file's blob id, when the history source reports it. */
  blob: string | undefined;
}

/** A record with the commit that carries it. */
export interface Recorded<R> {
  record: R;
  commit: RecordRef;
}

/** The record kinds history-rewritten names, in its order. */
export const RECORD_KINDS = ['approve', 'apply', 'revoke', 'review'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** When something happened, as audit reports it (ISO UTC seconds), and what it was. */
export interface Revoked {
  at: string | undefined;
  reason: RevokeReason;
}
export interface Reviewed {
  at: string | undefined;
  reviewer: string;
}

/**
 * What history says about one grant id. Times are kept as the report shows them (a record's own
 * time, else its commit's), not as the records that carried them.
 */
export interface GrantFacts {
  id: string;
  /** The newest add of grants/<id>.yaml: the one that speaks for the id (as plan reads it). */
  add: GrantAdd | undefined;
  /** The newest approval and when it landed (it speaks for an id whose file was never added). */
  approval: { record: DecisionRecord; at: string | undefined } | undefined;
  /** The first apply, revocation and review: later records of a kind do not override the first. */
  appliedAt: string | undefined;
  revoked: Revoked | undefined;
  reviewed: Reviewed | undefined;
  /** The first revocation for reason `drift`, whole (unexplained-access reports it). */
  drift: Recorded<RevocationRecord> | undefined;
  /** When the file was first deleted after the newest add (with no add: first deleted at all). */
  removedAt: string | undefined;
  /** A revocation (not drift) was recorded before the newest add: the file came back after its end. */
  revokedBeforeAdd: boolean;
  /**
   * While the id lacks an approval or an add: every approve, apply, review and non-drift revoke
   * record, oldest first once finished. Dropped when both show.
   */
  records: { kind: RecordKind; commit: RecordRef }[] | undefined;
}

export interface HistoryFacts {
  /** Every grant id with a fact. */
  grants: Map<string, GrantFacts>;
  /** Adds without a decision record for their grant, oldest first. */
  unapprovedAdds: GrantAdd[];
  /** Commits (other than the root) that touched policies, workflows, CODEOWNERS or the action; oldest first. */
  controlChanges: { commit: CommitRef; paths: string[] }[];
}

/** Paths whose change alters who may get what, or how the tool behaves. */
export function isControlPath(path: string): boolean {
  return /^(policies|\.github|action)\//.test(path) || /^(?:docs\/)?CODEOWNERS$/.test(path);
}

/** `(#123)` at the end of a squash-merge subject (the last one wins). */
export function prFromSubject(subject: string): string | undefined {
  const all = [...subject.matchAll(/\(#(\d{1,9})\)/g)];
  return all.length > 0 ? all[all.length - 1]![1] : undefined;
}

const ref = (c: HistoryCommit): CommitRef => ({
  sha: c.sha,
  authorName: c.authorName,
  authorDate: c.authorDate,
  commitDate: c.commitDate,
  subject: c.subject,
});

/** When a record happened: its own time, else its commit's. */
const happened = (time: string, commit: RecordRef): string | undefined =>
  isoTime(time) ?? isoTime(commit.commitDate);

/** The record of a commit, of whichever kind its Breakglass-Action names. */
type CommitRecord =
  | { kind: 'approve'; record: DecisionRecord }
  | { kind: 'apply'; record: ApplyRecord }
  | { kind: 'revoke'; record: RevocationRecord }
  | { kind: 'review'; record: ReviewRecord };

function recordOf(c: HistoryCommit): CommitRecord | undefined {
  // Each reader accepts only its own Breakglass-Action, so only that one is asked.
  switch (first(c.trailers, T.action)) {
    case 'approve': {
      const record = readDecisionRecord(c.trailers);
      return record && { kind: 'approve', record };
    }
    case 'apply': {
      const record = readApplyRecord(c.trailers);
      return record && { kind: 'apply', record };
    }
    case 'revoke': {
      const record = readRevocationRecord(c.trailers);
      return record && { kind: 'revoke', record };
    }
    case 'review': {
      const record = readReviewRecord(c.trailers);
      return record && { kind: 'review', record };
    }
    default:
      return undefined;
  }
}

/**
 * Takes commits newest first (as `git log` writes them) and returns the facts: the newest of a kind
 * is the first seen, the first (oldest) the last seen; lists are gathered newest first and reversed
 * at the end.
 */
export class FactsBuilder {
  private readonly grants = new Map<string, GrantFacts>();
  private readonly unapprovedAdds: GrantAdd[] = [];
  private readonly controlChanges: { commit: CommitRef; paths: string[] }[] = [];

  /** `onLatest` sees each grant id's newest add as soon as it shows (its file can be read early). */
  constructor(private readonly onLatest?: (add: GrantAdd) => void) {}

  /**
   * The next older commit. With `copy` (streaming) a commit carrying a fact is kept as a copy of
   * the few fields audit reads (a RecordRef when it only records or removes), so the commit itself
   * can go; without, the commit itself is kept (the caller holds it).
   */
  add(c: HistoryCommit, copy = true): void {
    const rec = recordOf(c);
    const decision = rec?.kind === 'approve' ? rec.record : undefined;
    let full: CommitRef | undefined;
    let control: string[] | undefined;
    // Backwards, so that reversing the whole list in finish() restores this commit's own order.
    for (let i = c.changes.length - 1; i >= 0; i--) {
      const ch = c.changes[i]!;
      const grantId = grantIdFromPath(ch.path);
      // A grant file edited in place is a control change too: check-pr only adds and deletes them,
      // and plan refuses a file that no longer matches its decision record.
      const touchesControl =
        c.parents.length > 0 &&
        (isControlPath(ch.path) ||
          (ch.oldPath !== undefined && isControlPath(ch.oldPath)) ||
          (grantId !== undefined && (ch.status === 'M' || ch.status === 'T')));
      if (touchesControl) (control ??= []).push(ch.path);
      if (grantId === undefined) continue;
      if (ch.status === 'A') {
        full ??= copy ? ref(c) : c;
        const record = decision?.grantId === grantId ? decision : undefined;
        const add: GrantAdd = { grantId, path: ch.path, commit: full, record, blob: ch.blob };
        if (!record) this.unapprovedAdds.push(add);
        const g = this.of(grantId);
        if (!g.add) {
          g.add = add;
          this.onLatest?.(add);
          this.settle(g);
        }
      } else if (ch.status === 'D') {
        const g = this.of(grantId);
        // Until the newest add shows, each removal is older than the last: the first after it.
        if (!g.add) g.removedAt = isoTime(c.commitDate);
      }
    }
    if (control) {
      full ??= copy ? ref(c) : c;
      this.controlChanges.push({ commit: full, paths: control.reverse() });
    }
    // Its own small copy, even beside a full one: record() then sees one shape of object.
    if (rec) this.record(rec, copy ? { sha: c.sha, commitDate: c.commitDate } : c);
  }

  /** The facts. The builder is spent. */
  finish(): HistoryFacts {
    for (const g of this.grants.values()) g.records?.reverse();
    return {
      grants: this.grants,
      unapprovedAdds: this.unapprovedAdds.reverse(),
      controlChanges: this.controlChanges.reverse(),
    };
  }

  private of(id: string): GrantFacts {
    let g = this.grants.get(id);
    if (!g) {
      // Every field from the start: ten thousand of these share one shape.
      g = {
        id,
        add: undefined,
        approval: undefined,
        appliedAt: undefined,
        revoked: undefined,
        reviewed: undefined,
        drift: undefined,
        removedAt: undefined,
        revokedBeforeAdd: false,
        records: undefined,
      };
      this.grants.set(id, g);
    }
    return g;
  }

  private record(rec: CommitRecord, commit: RecordRef): void {
    const g = this.of(rec.record.grantId);
    switch (rec.kind) {
      case 'approve':
        g.approval ??= { record: rec.record, at: isoTime(commit.commitDate) };
        break;
      case 'apply':
        g.appliedAt = happened(rec.record.time, commit);
        break;
      case 'revoke':
        // A drift record removed an entry the grant did not want; it does not end the grant.
        if (rec.record.reason === 'drift') g.drift = { record: rec.record, commit };
        else {
          g.revoked = { at: happened(rec.record.time, commit), reason: rec.record.reason };
          // Newest first: an add already seen is newer than this revocation.
          if (g.add) g.revokedBeforeAdd = true;
        }
        break;
      case 'review':
        g.reviewed = { at: happened(rec.record.time, commit), reviewer: rec.record.reviewer };
        break;
    }
    // A drift revocation is reconcile removing access git never approved: not a rewritten record.
    const counts = rec.kind !== 'revoke' || rec.record.reason !== 'drift';
    if (counts && !(g.approval && g.add)) (g.records ??= []).push({ kind: rec.kind, commit });
    this.settle(g);
  }

  /** Once an id has an approval and an add, no older record of it can make history-rewritten. */
  private settle(g: GrantFacts): void {
    if (g.approval && g.add) g.records = undefined;
  }
}

/** `commits` as `gitHistory` returns them: newest first. */
export function historyFacts(commits: readonly HistoryCommit[]): HistoryFacts {
  const b = new FactsBuilder();
  for (const c of commits) b.add(c, false);
  return b.finish();
}
