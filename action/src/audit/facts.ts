/**
 * What audit needs from the main line's history: every grant file added or removed, every record
 * (approve, apply, revoke, review) by grant id, and every commit that touched the repository's
 * controls. Built in one pass while `git log` streams (newest first), keeping only these facts and
 * a few fields of each commit that carries one, not whole commits: with tens of thousands of
 * commits, what stays on the heap is what the garbage collector copies. Reuses the one trailer
 * vocabulary.
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
  T,
} from './trailers.js';

export { isoTime } from './iso-time.js';

/** What audit keeps of a commit: who, when, which, and its subject (for the PR number). */
export type CommitRef = Pick<
  HistoryCommit,
  'sha' | 'authorName' | 'authorDate' | 'commitDate' | 'subject'
>;

/** A grant file appearing on the main line. */
export interface GrantAdd {
  grantId: string;
  path: string;
  commit: CommitRef;
  /** Position on the main line, oldest first (dates can be skewed; order cannot). */
  seq: number;
  /** The commit's decision record when it approves exactly this grant. */
  record?: DecisionRecord;
  /** The grant file's blob id, when the history source reports it. */
  blob?: string;
}

/** A record with the commit that carries it. */
export interface Recorded<R> {
  record: R;
  commit: CommitRef;
}

export interface HistoryFacts {
  /** Oldest first. */
  adds: GrantAdd[];
  /** grant id → commits that deleted its file, oldest first. */
  removals: Map<string, { commit: CommitRef; seq: number }[]>;
  approvals: Map<string, Recorded<DecisionRecord>[]>;
  applies: Map<string, Recorded<ApplyRecord>[]>;
  revocations: Map<string, Recorded<RevocationRecord>[]>;
  reviews: Map<string, Recorded<ReviewRecord>[]>;
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

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const ref = (c: HistoryCommit): CommitRef => ({
  sha: c.sha,
  authorName: c.authorName,
  authorDate: c.authorDate,
  commitDate: c.commitDate,
  subject: c.subject,
});

/**
 * Takes commits newest first (as `git log` writes them) and returns the facts oldest first: each
 * list is gathered newest first and reversed at the end, and positions are counted from the end.
 */
export class FactsBuilder {
  private seen = 0;
  private readonly adds: GrantAdd[] = [];
  private readonly removals = new Map<string, { commit: CommitRef; seq: number }[]>();
  private readonly approvals = new Map<string, Recorded<DecisionRecord>[]>();
  private readonly applies = new Map<string, Recorded<ApplyRecord>[]>();
  private readonly revocations = new Map<string, Recorded<RevocationRecord>[]>();
  private readonly reviews = new Map<string, Recorded<ReviewRecord>[]>();
  private readonly controlChanges: { commit: CommitRef; paths: string[] }[] = [];

  /**
   * The next older commit. With `copy` (streaming) a commit carrying a fact is kept as a CommitRef
   * copy, so the commit itself can go; without, the commit itself is kept (the caller holds it).
   */
  add(c: HistoryCommit, copy = true): void {
    const back = this.seen++; // position from the newest; turned into seq in finish()
    let kept: CommitRef | undefined;
    const commit = () => (kept ??= copy ? ref(c) : c);
    // Each reader accepts only its own Breakglass-Action, so only that one is asked.
    const action = first(c.trailers, T.action);
    const decision = action === 'approve' ? readDecisionRecord(c.trailers) : undefined;
    if (decision) push(this.approvals, decision.grantId, { record: decision, commit: commit() });
    const apply = action === 'apply' ? readApplyRecord(c.trailers) : undefined;
    if (apply) push(this.applies, apply.grantId, { record: apply, commit: commit() });
    const revoke = action === 'revoke' ? readRevocationRecord(c.trailers) : undefined;
    if (revoke) push(this.revocations, revoke.grantId, { record: revoke, commit: commit() });
    const review = action === 'review' ? readReviewRecord(c.trailers) : undefined;
    if (review) push(this.reviews, review.grantId, { record: review, commit: commit() });
    const control: string[] = [];
    // Backwards, so that reversing the whole list in finish() restores this commit's own order.
    for (let i = c.changes.length - 1; i >= 0; i--) {
      const ch = c.changes[i]!;
      if (
        c.parents.length > 0 &&
        (isControlPath(ch.path) || (ch.oldPath !== undefined && isControlPath(ch.oldPath)))
      )
        control.push(ch.path);
      const grantId = grantIdFromPath(ch.path);
      if (grantId === undefined) continue;
      if (ch.status === 'A') {
        const add: GrantAdd = { grantId, path: ch.path, commit: commit(), seq: back };
        if (decision?.grantId === grantId) add.record = decision;
        if (ch.blob !== undefined) add.blob = ch.blob;
        this.adds.push(add);
      } else if (ch.status === 'D') push(this.removals, grantId, { commit: commit(), seq: back });
    }
    if (control.length > 0)
      this.controlChanges.push({ commit: commit(), paths: control.reverse() });
  }

  /** The facts, oldest first. The builder is spent. */
  finish(): HistoryFacts {
    const last = this.seen - 1;
    const adds = this.adds.reverse();
    for (const a of adds) a.seq = last - a.seq;
    for (const list of this.removals.values()) {
      list.reverse();
      for (const r of list) r.seq = last - r.seq;
    }
    for (const map of [this.approvals, this.applies, this.revocations, this.reviews])
      for (const list of map.values()) list.reverse();
    return {
      adds,
      removals: this.removals,
      approvals: this.approvals,
      applies: this.applies,
      revocations: this.revocations,
      reviews: this.reviews,
      controlChanges: this.controlChanges.reverse(),
    };
  }
}

/** `commits` as `gitHistory` returns them: newest first. */
export function historyFacts(commits: readonly HistoryCommit[]): HistoryFacts {
  const b = new FactsBuilder();
  for (const c of commits) b.add(c, false);
  return b.finish();
}
