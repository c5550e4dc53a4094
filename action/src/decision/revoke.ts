/**
 * The decision for an early-revocation PR (one that only deletes grant files, RC-07): merge at once
 * when the PR's author is, for every deleted grant, its requester or one of the bundle's named
 * approvers (policy/reviewers.ts); otherwise leave it to normal review. A deletion PR that touches
 * anything else is rejected like a mixed grant PR. Pure: the deleted files come in as read at the
 * PR's base commit.
 */
import { isoSeconds } from '../core/clock.js';
import { error, type Finding } from '../core/finding.js';
import { GRANT_PATH, grantIdFromPath, type Grant } from '../grant/grant.js';
import type { Policy } from '../policy/model.js';
import { bundleReviewers, isOneOf, sameAccount } from '../policy/reviewers.js';
import { MAX_LISTED_FILES } from './checks/pr-scope.js';
import type { ChangedFile } from './model.js';

/** A deleted grant file as it was on the base branch, or why it could not be read. */
export type DeletedGrant = { path: string; grant: Grant } | { path: string; problem: string };

export interface RevokeInput {
  policy: Policy | undefined;
  author: { login: string; id: number; isBot: boolean };
  headSha: string;
  files: ChangedFile[];
  deleted: DeletedGrant[];
  now: Date;
}

export interface RevokedGrant {
  grantId: string;
  path: string;
  requester?: string;
  bundle?: string;
  /** How the author may revoke it; absent when they may not (see `why`). */
  as?: 'requester' | 'approver';
  why?: string;
}

export interface RevokeDecision {
  outcome: 'approve' | 'review' | 'reject';
  author: string;
  headSha: string;
  grants: RevokedGrant[];
  /** Rejection reasons (mixed PR, invalid policies), located on files. */
  reasons: Finding[];
  decidedAt: string;
}

export function decideRevoke(input: RevokeInput): RevokeDecision {
  const base = { author: input.author.login, headSha: input.headSha, decidedAt: isoSeconds(input.now) };
  const removed = input.files.filter((f) => f.status === 'removed' && GRANT_PATH.test(f.path));
  const grants: RevokedGrant[] = removed.map((f) => ({ grantId: grantIdFromPath(f.path)!, path: f.path }));
  const reasons = scopeFindings(input.files);
  if (!input.policy) reasons.push(error('policy/invalid', 'policies/ on the base branch are invalid; no revocation can be judged until they are fixed', {}));
  if (reasons.length > 0 || !input.policy) return { ...base, outcome: 'reject', grants, reasons };
  const policy = input.policy;
  for (const g of grants) {
    const d = input.deleted.find((x) => x.path === g.path);
    if (!d || 'problem' in d) {
      g.why = d && 'problem' in d ? d.problem : `${g.path} was not read from the base branch`;
      continue;
    }
    g.requester = d.grant.requester;
    g.bundle = d.grant.bundle;
    if (input.author.isBot) g.why = 'a bot cannot ask for a revocation on its own';
    else if (sameAccount(policy, d.grant.requester, input.author)) g.as = 'requester';
    else if (isOneOf(policy, bundleReviewers(policy, d.grant.bundle), input.author)) g.as = 'approver';
    else g.why = `${input.author.login} is neither its requester (${d.grant.requester}) nor a named approver of bundle "${d.grant.bundle}"`;
  }
  const outcome = grants.length > 0 && grants.every((g) => g.as) ? 'approve' : 'review';
  return { ...base, outcome, grants, reasons: [] };
}

/** A revocation PR deletes grant files and changes nothing else (GH-09, RC-04). */
function scopeFindings(files: ChangedFile[]): Finding[] {
  if (files.length >= MAX_LISTED_FILES) return [error('pr-scope', `the PR changes ${files.length} or more files; GitHub lists at most ${MAX_LISTED_FILES}, so it cannot be checked`, {})];
  const out: Finding[] = [];
  for (const f of files) {
    if (f.status === 'removed' && GRANT_PATH.test(f.path)) continue;
    const what = f.status === 'removed' ? `deletes ${f.path}, which is not a grant file` : `${VERBS[f.status] ?? 'changes'} ${f.path}`;
    out.push(error('pr-scope', `a revocation PR may only delete grant files; it also ${what}`, { file: f.path }));
  }
  return out;
}

const VERBS: Record<string, string> = { added: 'adds', modified: 'modifies', renamed: 'renames', copied: 'copies' };
