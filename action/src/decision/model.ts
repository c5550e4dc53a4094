/** Inputs and output of the decision for one grant PR. The engine is pure: everything it needs is here. */
import type { Finding } from '../core/finding.js';
import type { LoadedGrant } from '../grant/grant.js';
import type { OnCallSnapshot } from '../oncall/model.js';
import type { AccessRule, Policy } from '../policy/model.js';
import type { ExtensionFacts } from './history-facts.js';

export interface ChangedFile {
  path: string;
  /** GitHub's file status: added, modified, removed, renamed, copied, changed, unchanged. */
  status: string;
  /** Git file mode of the new blob (`100644` regular, `100755` executable, `120000` symlink, `160000` submodule). */
  mode?: string;
  previousPath?: string;
}

export interface Review {
  login: string;
  /** Numeric GitHub id when known. */
  id?: number;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The commit the review was made on. */
  commitId: string;
  /** Order of submission; later reviews by the same person replace earlier ones. */
  submittedAt: string;
  isBot?: boolean;
}

export interface PullRequestFacts {
  author: { login: string; id?: number };
  headSha: string;
  files: ChangedFile[];
  /** Everyone who authored, committed or pushed commits on the PR (they never count as approvers). */
  contributors: string[];
  fromFork: boolean;
  number?: number;
}

export interface DecisionInput {
  grant: LoadedGrant;
  policy: Policy;
  pr: PullRequestFacts;
  reviews: Review[];
  /** Snapshots for every schedule the candidate rules consult (see schedulesToConsult). */
  onCall: OnCallSnapshot[];
  /**
   * The same schedules asked about the window's start, when the window starts later than now (a
   * `start` ahead, or an extension): on-call approval needs the requester on call then too.
   */
  onCallAtStart?: OnCallSnapshot[];
  now: Date;
  /** When set, auto-approval is refused for this reason (weak repository guardrails, overdue review). */
  autoApprovalBlocked?: string[];
  /** The end of the grant this one extends, when it is an extension (its start). */
  extendsUntil?: string;
  /** What history says about the grant named in `extends`. */
  extension?: ExtensionFacts;
}

export type Outcome = 'approve' | 'review' | 'reject';

export interface ReviewState {
  required: number;
  approvals: string[];
  eligible: string[];
  /** Logins whose latest review requests changes. */
  blockedBy: string[];
}

export interface Decision {
  outcome: Outcome;
  grantId: string;
  file: string;
  requester: string;
  bundle: string;
  headSha: string;
  rule?: string;
  approval?: 'auto' | 'reviewers';
  start?: string;
  expires?: string;
  reasons: Finding[];
  notes: string[];
  onCall: OnCallSnapshot[];
  review?: ReviewState;
  ignoredApprovals: { login: string; why: string }[];
  decidedAt: string;
}

/** The result of one check: it holds, it is violated (with located findings), or it does not apply. */
export type CheckResult = { status: 'pass' } | { status: 'fail'; findings: Finding[] } | { status: 'not-applicable' };

/** A check that does not depend on which access rule matched. */
export interface GateCheck {
  id: string;
  check(input: DecisionInput): CheckResult;
}

/** A check of the request against one candidate access rule. */
export interface RuleCheck {
  id: string;
  check(input: DecisionInput, rule: AccessRule): CheckResult;
}

export const pass: CheckResult = { status: 'pass' };
export const notApplicable: CheckResult = { status: 'not-applicable' };
export function fail(...findings: Finding[]): CheckResult {
  return { status: 'fail', findings };
}
