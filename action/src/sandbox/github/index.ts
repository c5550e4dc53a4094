/**
 * FakeGitHub: a stateful GitHub (REST + a GraphQL subset) on 127.0.0.1 that the real Octokit
 * clients talk to. Tests script the world with the helpers (people pushing, opening and reviewing
 * pull requests; admins configuring the repository) and read back what the code under test did.
 * Every route's op is its OpenAPI template, e.g. `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge`.
 */
import { workflowsOf } from './actions.js';
import { createComment } from './comments.js';
import { FakeGitHubConfig } from './fake-config.js';
import type { RepoOpt } from './fake-core.js';
import type { CommitObject } from './git-objects.js';
import { openIssueAs, setIssueStateAs, type OpenIssueSpec } from './issue-scenario.js';
import type * as M from './model.js';
import { openPull, pushToPull, reviewAs, type OpenPullSpec } from './scenario.js';
import type { FileSpec } from './state.js';

export type { FakeGitHubOptions, RepoOpt } from './fake-core.js';
export type { SecondaryLimit } from './fake-config.js';
export type { FileSpec } from './state.js';
export type { OpenPullSpec, RulesetSpec, CommitSpec, PullRequestRuleParams } from './scenario.js';
export type { OpenIssueSpec } from './issue-scenario.js';
export type * from './model.js';
export type { CommitObject, FileMode } from './git-objects.js';

/** The GitHub fake. */
export class FakeGitHub extends FakeGitHubConfig {
  /** Pushes a branch and opens a pull request as `author`; returns its number. */
  openPullRequest(spec: OpenPullSpec & RepoOpt): number {
    return openPull(this.state, this.repo(spec.repo), spec).number;
  }

  /** `pusher` pushes a commit to the pull request's branch; returns the new head SHA. */
  push(
    prNumber: number,
    files: Record<string, FileSpec>,
    pusher: string,
    opts: RepoOpt & { message?: string } = {},
  ): string {
    const repo = this.repo(opts.repo);
    return pushToPull(this.state, repo, this.pull(prNumber, opts), files, pusher, opts.message);
  }

  /** `reviewer` submits a review on `commitId` (default: the current head). */
  review(
    prNumber: number,
    reviewer: string,
    state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED',
    commitId?: string,
    opts: RepoOpt & { body?: string } = {},
  ): M.ReviewState {
    return reviewAs(
      this.state,
      this.repo(opts.repo),
      this.pull(prNumber, opts),
      reviewer,
      state,
      commitId,
      opts.body,
    );
  }

  /** A person opens an issue (an issue form's labels included); returns its number. */
  openIssue(spec: OpenIssueSpec & RepoOpt): number {
    return openIssueAs(this.state, this.repo(spec.repo), spec).number;
  }

  /** `login` (a person, or an App as `slug[bot]`) comments on an issue or pull request; returns the comment. */
  comment(number: number, login: string, body: string, opts: RepoOpt = {}): M.CommentState {
    const user = this.state.mustUser(login);
    const kind = user.type === 'Bot' ? 'app' : 'user';
    const c = createComment(this.state, this.repo(opts.repo), number, { login, kind }, user, body);
    if (typeof c === 'string') throw new Error(`FakeGitHub: ${c}`);
    return c;
  }

  /** A person closes or reopens an issue from the UI. */
  setIssueState(
    number: number,
    login: string,
    state: 'open' | 'closed',
    opts: RepoOpt & { reason?: 'completed' | 'not_planned' } = {},
  ): M.IssueState {
    return setIssueStateAs(this.state, this.repo(opts.repo), number, login, state, opts.reason);
  }

  /** One issue (or a pull request's issue side) as stored. */
  issue(number: number, opts: RepoOpt = {}): M.IssueState {
    const i = this.repo(opts.repo).issues.get(number);
    if (!i) throw new Error(`FakeGitHub: no issue #${number}`);
    return i;
  }

  // Accessors for assertions.

  /** Merged pull requests, in merge order. */
  merges(opts: RepoOpt = {}): Array<{
    number: number;
    sha: string;
    headSha: string;
    method: string;
    mergedBy: string;
    mergedAt: string;
  }> {
    return [...this.repo(opts.repo).pulls.values()]
      .filter((p) => p.merged)
      .sort((a, b) => (a.mergeSeq ?? 0) - (b.mergeSeq ?? 0))
      .map((p) => ({
        number: p.number,
        sha: p.mergeCommitSha ?? '',
        headSha: p.headSha,
        method: p.mergeMethod ?? 'merge',
        mergedBy: p.mergedBy?.login ?? '',
        mergedAt: p.mergedAt ?? '',
      }));
  }

  /** workflow_dispatch calls received. */
  dispatches(opts: RepoOpt = {}): M.DispatchRecord[] {
    return [...this.repo(opts.repo).dispatches];
  }

  /** Conversation comments, optionally of one issue or pull request. */
  comments(number?: number, opts: RepoOpt = {}): M.CommentState[] {
    return this.repo(opts.repo).comments.filter(
      (c) => number === undefined || c.issueNumber === number,
    );
  }

  /** Label names on an issue or pull request. */
  labels(number: number, opts: RepoOpt = {}): string[] {
    return [...(this.repo(opts.repo).issues.get(number)?.labels ?? [])];
  }

  /** Logins whose review is requested. */
  requestedReviewers(prNumber: number, opts: RepoOpt = {}): string[] {
    return [...this.pull(prNumber, opts).requestedReviewers];
  }

  /** Issues (not pull requests). */
  issues(opts: RepoOpt = {}): M.IssueState[] {
    return [...this.repo(opts.repo).issues.values()].filter((i) => !i.isPull);
  }

  /** Check runs, with their annotations. */
  checkRuns(opts: RepoOpt = {}): M.CheckRunState[] {
    return [...this.repo(opts.repo).checkRuns];
  }

  /** Commit statuses. */
  statuses(opts: RepoOpt = {}): M.StatusState[] {
    return [...this.repo(opts.repo).statuses];
  }

  /** The SHA a branch points at. */
  headOf(branch?: string, opts: RepoOpt = {}): string | undefined {
    const repo = this.repo(opts.repo);
    return repo.refs.get(`heads/${branch ?? repo.defaultBranch}`);
  }

  /** Commits reachable from a branch (default: main), newest first. */
  commitsOn(branch?: string, opts: RepoOpt = {}): CommitObject[] {
    const head = this.headOf(branch, opts);
    return head ? this.repo(opts.repo).git.ancestors(head) : [];
  }

  /** A file's text at a branch or SHA, or undefined. */
  fileAt(ref: string, path: string, opts: RepoOpt = {}): string | undefined {
    const repo = this.repo(opts.repo);
    const sha = repo.refs.get(`heads/${ref}`) ?? ref;
    const e = repo.git.filesAt(sha).get(path);
    return e ? repo.git.blobs.get(e.sha)?.toString('utf8') : undefined;
  }

  /** Who a token acts as (login and token kind), or undefined for an unknown token. */
  identity(token: string): { login: string; kind: M.TokenKind } | undefined {
    const info = this.state.tokens.get(token);
    return info ? { login: info.login, kind: info.kind } : undefined;
  }

  /** Events GitHub would have emitted, in order. */
  get events(): readonly M.FakeEvent[] {
    return this.state.events;
  }

  /** The events that would have started workflow runs (GITHUB_TOKEN-made ones do not, GH-05). */
  workflowRuns(): M.FakeEvent[] {
    return this.state.events.filter((e) => e.triggersWorkflows);
  }

  /** Workflows known on the default branch. */
  workflows(opts: RepoOpt = {}): M.WorkflowState[] {
    return workflowsOf(this.state, this.repo(opts.repo));
  }
}
