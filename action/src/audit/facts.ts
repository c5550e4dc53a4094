/**
 * One pass over the main line's history (oldest first) collecting what audit needs: every grant file
 * added or removed, every record (approve, apply, revoke, review) by grant id, and every commit that
 * touched the repository's controls. Pure over HistoryCommit[]; reuses the one trailer vocabulary.
 */
import { isoSeconds } from '../core/clock.js';
import { grantIdFromPath } from '../grant/grant.js';
import type { HistoryCommit } from '../repo/history.js';
import {
  readApplyRecord,
  readDecisionRecord,
  readReviewRecord,
  readRevocationRecord,
  type ApplyRecord,
  type DecisionRecord,
  type ReviewRecord,
  type RevocationRecord,
} from './trailers.js';

/** A grant file appearing on the main line. */
export interface GrantAdd {
  grantId: string;
  path: string;
  commit: HistoryCommit;
  /** Position on the main line, oldest first (dates can be skewed; order cannot). */
  seq: number;
  /** The commit's decision record when it approves exactly this grant. */
  record?: DecisionRecord;
}

/** A record with the commit that carries it. */
export interface Recorded<R> {
  record: R;
  commit: HistoryCommit;
}

export interface HistoryFacts {
  /** Oldest first. */
  adds: GrantAdd[];
  /** grant id → commits that deleted its file, oldest first. */
  removals: Map<string, { commit: HistoryCommit; seq: number }[]>;
  approvals: Map<string, Recorded<DecisionRecord>[]>;
  applies: Map<string, Recorded<ApplyRecord>[]>;
  revocations: Map<string, Recorded<RevocationRecord>[]>;
  reviews: Map<string, Recorded<ReviewRecord>[]>;
  /** Commits (other than the root) that touched policies, workflows, CODEOWNERS or the action; oldest first. */
  controlChanges: { commit: HistoryCommit; paths: string[] }[];
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

/** A trailer or git time as ISO UTC seconds; undefined when it is not a time. */
export function isoTime(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : isoSeconds(new Date(ms));
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `commits` as `gitHistory` returns them: newest first. */
export function historyFacts(commits: readonly HistoryCommit[]): HistoryFacts {
  const facts: HistoryFacts = {
    adds: [],
    removals: new Map(),
    approvals: new Map(),
    applies: new Map(),
    revocations: new Map(),
    reviews: new Map(),
    controlChanges: [],
  };
  for (let i = commits.length - 1; i >= 0; i--) {
    const c = commits[i]!;
    const seq = commits.length - 1 - i;
    const decision = readDecisionRecord(c.trailers);
    if (decision) push(facts.approvals, decision.grantId, { record: decision, commit: c });
    const apply = readApplyRecord(c.trailers);
    if (apply) push(facts.applies, apply.grantId, { record: apply, commit: c });
    const revoke = readRevocationRecord(c.trailers);
    if (revoke) push(facts.revocations, revoke.grantId, { record: revoke, commit: c });
    const review = readReviewRecord(c.trailers);
    if (review) push(facts.reviews, review.grantId, { record: review, commit: c });
    const control: string[] = [];
    for (const ch of c.changes) {
      if (
        c.parents.length > 0 &&
        (isControlPath(ch.path) || (ch.oldPath !== undefined && isControlPath(ch.oldPath)))
      )
        control.push(ch.path);
      const grantId = grantIdFromPath(ch.path);
      if (grantId === undefined) continue;
      if (ch.status === 'A')
        facts.adds.push(
          decision?.grantId === grantId
            ? { grantId, path: ch.path, commit: c, seq, record: decision }
            : { grantId, path: ch.path, commit: c, seq },
        );
      else if (ch.status === 'D') push(facts.removals, grantId, { commit: c, seq });
    }
    if (control.length > 0) facts.controlChanges.push({ commit: c, paths: control });
  }
  return facts;
}
