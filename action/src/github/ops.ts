/**
 * The GitHub operations the tool needs, as one narrow interface. The Octokit implementation lives in
 * github/octokit-ops.ts; commands depend only on this, so they run the same in the action, the CLI and tests.
 */
import type { ChangedFile, Review } from '../decision/model.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullFacts {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  title: string;
  /** The PR description as written (data: only ever matched against fixed markers). */
  body: string;
  author: { login: string; id: number; isBot: boolean };
  headSha: string;
  headRef: string;
  baseRef: string;
  /** readPull: the base branch's tip when read (GitHub's stored base SHA only when the branch is gone); getPull: REST's `base.sha`. */
  baseSha: string;
  fromFork: boolean;
  createdAt: string;
  labels: string[];
  /** The repository's default branch, as the PR read reports it (pulls.get, or readPull's GraphQL answer). */
  defaultBranch?: string;
}

/** An issue (or a pull request's issue side) as the issues API shows it. */
export interface IssueFacts {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  author: { login: string; id: number; isBot: boolean };
  labels: string[];
  createdAt: string;
  isPull: boolean;
}

/** An open pull request as the list API shows it (no merge state, no files). */
export interface OpenPull {
  number: number;
  title: string;
  author: { login: string; id: number; isBot: boolean };
  createdAt: string;
  headSha: string;
  labels: string[];
}

export interface PullCommit {
  sha: string;
  /** GitHub logins of the commit's author and committer, when GitHub could map them. */
  authorLogin?: string;
  committerLogin?: string;
}

/** What the contents API says is at a path. */
export type ContentEntry =
  | { type: 'file'; path: string; content: Uint8Array }
  | { type: 'symlink' | 'submodule' | 'dir'; path: string };

export type MergeResult =
  | { merged: true; sha: string }
  /** `head-modified`: the head moved since the decision (409); re-evaluate, never retry blindly. */
  | { merged: false; reason: 'head-modified' | 'not-mergeable' | 'already-merged'; message: string };

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

/** What readPull also reads, in the same request, for later steps. */
export interface SnapshotPrefetch {
  /** Paths on the default branch (getContent then answers them without a call when the bytes are provably exact). */
  defaultBranchFiles?: readonly string[];
  /** Repository labels whose ids the writes will need. */
  labels?: readonly string[];
}

/** What a decision writes on its pull request, as one batch. */
export interface PublishRequest {
  /** The sticky comment: the tool's comment carrying `marker` is updated, else one is added. */
  comment: { marker: string; body: string };
  labels: { add: string[]; remove: string[] };
  /** An issue opened alongside (the post-use review of an auto-approved grant). */
  issue?: { title: string; body: string; labels: string[] };
}

/** A setting the token could not read is reported as such, never guessed. */
export type Readable<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

export interface PullRequestRule {
  requiredApprovingReviewCount: number;
  dismissStaleReviewsOnPush: boolean;
  requireCodeOwnerReview: boolean;
  requireLastPushApproval: boolean;
}

export interface BranchRules {
  pullRequest?: PullRequestRule;
  blocksForcePush: boolean;
  blocksDeletion: boolean;
}

export interface GitHubOps {
  readonly repo: RepoRef;
  getPull(n: number): Promise<PullFacts>;
  /**
   * The pull request, its reviews, labels and the tool's comments in one read (every page), plus
   * `prefetch` from the default branch and the repository; later getContent, upsertComment and publish
   * calls are answered from it where they can be.
   */
  readPull(n: number, prefetch?: SnapshotPrefetch): Promise<{ pull: PullFacts; reviews: Review[] }>;
  /** Files changed (from the merge base) and commits between two commits, pinned to them; throws when GitHub's listing could be cut. */
  compareCommits(base: string, head: string): Promise<{ files: ChangedFile[]; commits: PullCommit[] }>;
  /** Open PRs whose head is at `sha` (review relays only know the commit). */
  findOpenPullsByHead(sha: string): Promise<number[]>;
  /** All changed files; throws when GitHub's listing is truncated (3,000 files), so callers fail closed. */
  listPullFiles(n: number): Promise<ChangedFile[]>;
  listRequestedReviewers(n: number): Promise<string[]>;
  requestReviewers(n: number, logins: string[]): Promise<void>;
  /** Squash-merges with the head SHA pinned. */
  mergePull(n: number, opts: { sha: string; title: string; message: string }): Promise<MergeResult>;
  /** Creates or updates the tool's comment carrying `marker` (one written by a bot account; a person's comment is never edited). */
  upsertComment(n: number, marker: string, body: string): Promise<void>;
  /** The sticky comment, the label changes and an optional new issue, in one request when readPull knows the PR; the new issue's number. */
  publish(n: number, w: PublishRequest): Promise<{ issue?: number }>;
  setLabels(n: number, add: string[], remove: string[]): Promise<void>;
  setCommitStatus(sha: string, state: CommitState, description: string, context?: string): Promise<void>;
  closePull(n: number): Promise<void>;
  /**
   * A file as git stores it in commit `sha`: its mode from the tree (the PR files API has no modes, and a
   * symlink or submodule must be refused) and, for regular files, its exact bytes. Undefined when absent.
   */
  readTreeFile(sha: string, path: string): Promise<{ mode: string; content?: Uint8Array } | undefined>;
  /** The entry at `path` on `ref`, or undefined when absent. Directories list their children's names only. */
  getContent(path: string, ref: string): Promise<ContentEntry | undefined>;
  /** A commit on `branch` made through the API (GitHub signs it) that removes `removePaths`; returns its SHA. */
  commitOnBranch(branch: string, opts: { message: string; removePaths: string[] }): Promise<string>;
  /** Where a checkout saw `branch`'s head: the next commitOnBranch builds on it while it reads the ref, and uses it only if they match. */
  knowBranchHead(branch: string, head: { sha: string; tree: string }): void;
  dispatchWorkflow(workflow: string, ref: string, inputs?: Record<string, string>): Promise<void>;
  getBranchRules(branch: string): Promise<Readable<BranchRules>>;
  getWorkflowPermissions(): Promise<Readable<{ canApprovePullRequestReviews: boolean; defaultPermissions: string }>>;
  /** `customPolicies`: the named branch and tag policies, read only when custom policies are on. */
  getEnvironmentBranchPolicy(name: string): Promise<Readable<{ exists: boolean; protectedBranchesOnly: boolean; customBranches: boolean; customPolicies?: { name: string; type: string }[] }>>;
  getWorkflowState(workflow: string): Promise<Readable<string>>;
  /** An issue or pull request by number; undefined when there is none. */
  getIssue(n: number): Promise<IssueFacts | undefined>;
  /** Open issues (pull requests left out) carrying `label`, oldest first, every page. */
  listOpenIssues(label: string): Promise<IssueFacts[]>;
  /** Open pull requests into the default branch, oldest first, every page. */
  listOpenPulls(): Promise<OpenPull[]>;
  /** A new conversation comment on an issue or pull request. */
  addComment(n: number, body: string): Promise<void>;
  /** Opens or closes an issue (`reason` for closing: completed or not_planned). */
  setIssueState(n: number, state: 'open' | 'closed', reason?: 'completed' | 'not_planned'): Promise<void>;
  defaultBranch(): Promise<string>;
  /** Remembers the default branch when another answer already carried it. */
  knowDefaultBranch(name: string): void;
}
