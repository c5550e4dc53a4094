/**
 * The stored shape of pull requests and issues: reviews bound to commits, pushes with their
 * pusher, armed auto-merge, conversation comments and labels.
 */
import type { TokenKind, User } from './model.js';

/** A review as stored; `state` uses GitHub's review states. */
export interface ReviewState {
  id: number;
  user: User;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body: string;
  commitId: string;
  submittedAt: string;
}

/** One push to a pull request's head branch, with who made it. */
export interface PushRecord {
  sha: string;
  pusher: string;
  at: string;
}

/** Auto-merge armed through GraphQL. */
export interface AutoMergeState {
  enabledBy: User;
  /** The kind of token that armed it; the eventual merge is attributed to it. */
  kind: TokenKind;
  method: 'merge' | 'squash' | 'rebase';
  expectedHeadOid: string | undefined;
  commitTitle: string;
  commitBody: string;
  enabledAt: string;
}

/** A pull request as stored. */
export interface PullState {
  number: number;
  id: number;
  author: User;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  headRef: string;
  baseRef: string;
  headSha: string;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: User | null;
  mergeCommitSha: string | null;
  /** How and in which order it was merged (a global sequence number), once merged. */
  mergeMethod?: 'merge' | 'squash' | 'rebase';
  mergeSeq?: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  requestedReviewers: string[];
  requestedTeams: string[];
  reviews: ReviewState[];
  pushes: PushRecord[];
  autoMerge: AutoMergeState | null;
  /** Forced answer for `mergeable`, e.g. null while GitHub is still computing it. */
  mergeableOverride?: boolean | null;
}

/** An issue or the issue side of a pull request (they share one number space). */
export interface IssueState {
  number: number;
  id: number;
  author: User;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  isPull: boolean;
}

/** An issue or pull request conversation comment. */
export interface CommentState {
  id: number;
  issueNumber: number;
  user: User;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** A repository label. */
export interface LabelState {
  id: number;
  name: string;
  color: string;
  description: string | null;
}
