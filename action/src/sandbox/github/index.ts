/**
 * FakeGitHub: a stateful GitHub (REST + a GraphQL subset) on 127.0.0.1 that the real Octokit
 * clients talk to. Tests script the world with the helpers below and read back what the code under
 * test did; every route's op is its OpenAPI template (`PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge`).
 */
import { systemClock, type Clock } from '../../core/clock.js';
import { HttpFake, type FakeRequest, type FakeResponse, type Route } from '../http-fake.js';
import { findWorkflow, workflowsOf } from './actions.js';
import type { CommitObject } from './git-objects.js';
import type * as M from './model.js';
import { apiError } from './render.js';
import { ROUTES, routeRequest } from './router.js';
import { buildRuleset, openPull, pushToPull, reviewAs, type OpenPullSpec, type RulesetSpec } from './scenario.js';
import { GitHubState, type FileSpec } from './state.js';

export type { FileSpec } from './state.js';
export type { OpenPullSpec, RulesetSpec, CommitSpec, PullRequestRuleParams } from './scenario.js';
export type * from './model.js';
export type { CommitObject, FileMode } from './git-objects.js';

/** Options of the fake: the clock its timestamps come from, and the GITHUB_TOKEN value. */
export interface FakeGitHubOptions {
  clock?: Clock;
  githubToken?: string;
}

/** A secondary-rate-limit answer as GitHub sends it (403 or 429 with retry-after). */
export interface SecondaryLimit {
  retryAfter?: number;
  status?: 403 | 429;
  times?: number;
}

type RepoOpt = { repo?: string };

/** The GitHub fake. */
export class FakeGitHub extends HttpFake {
  /** Every operation served, as `METHOD /openapi/path/{template}`. */
  static readonly operations: readonly string[] = ROUTES.map((r) => `${r.method} ${r.path}`);
  readonly state: GitHubState;
  /** The token that acts as the job's GITHUB_TOKEN (`github-actions[bot]`). */
  readonly githubToken: string;
  private mainRepo: string | undefined;

  constructor(opts: FakeGitHubOptions = {}) {
    super();
    this.state = new GitHubState(opts.clock ?? systemClock);
    this.state.addUser('github', { id: 9919, type: 'Organization', name: 'GitHub' });
    this.state.addUser('web-flow', { id: 19864447, name: 'GitHub', email: 'noreply@github.com' });
    this.state.addUser('github-actions[bot]', { id: 41898282, type: 'Bot', name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' });
    this.githubToken = opts.githubToken ?? 'ghs_fakeGITHUBTOKEN0000000000000000000000';
    this.state.addToken(this.githubToken, 'github-actions[bot]', 'github-token');
  }

  protected route(req: FakeRequest): Route | undefined {
    return routeRequest(this.state, req);
  }

  protected override notFound(): FakeResponse {
    return apiError(404, 'Not Found');
  }

  override async start(port = 0): Promise<this> {
    await super.start(port);
    this.state.api = this.url;
    return this;
  }

  /** Adds a person (or a Bot account). */
  addUser(login: string, opts: { id?: number; type?: 'User' | 'Bot'; name?: string; email?: string } = {}): M.User {
    return this.state.addUser(login, opts);
  }

  /** A personal token acting as `login` with that user's repository role. */
  addToken(token: string, login: string): this {
    this.state.mustUser(login);
    this.state.addToken(token, login, 'user');
    return this;
  }

  /** A GitHub App installation token acting as `<slug>[bot]`; permissions default to the app set in auth.ts. */
  addAppToken(token: string, opts: { slug: string; permissions?: M.TokenInfo['permissions'] }): M.User {
    const login = `${opts.slug}[bot]`;
    const bot = this.state.user(login) ?? this.state.addUser(login, { type: 'Bot' });
    this.state.addToken(token, login, 'app', opts.permissions ?? {});
    return bot;
  }

  /** Narrows (or widens) what GITHUB_TOKEN may do, like a workflow's `permissions:` block. */
  setGithubTokenPermissions(permissions: M.TokenInfo['permissions']): this {
    const info = this.state.tokens.get(this.githubToken);
    if (info) info.permissions = permissions;
    return this;
  }

  /** Creates `owner/name` with an initial commit on main; the first repository is the default for helpers. */
  createRepo(fullName: string, opts: { private?: boolean; defaultBranch?: string; files?: Record<string, FileSpec> } = {}): M.RepoState {
    const repo = this.state.createRepo(fullName, opts);
    this.mainRepo ??= repo.fullName;
    return repo;
  }

  /** A repository (default: the first one created). */
  repo(fullName?: string): M.RepoState {
    const name = fullName ?? this.mainRepo;
    if (!name) throw new Error('FakeGitHub: createRepo first');
    return this.state.mustRepo(name);
  }

  /** Commits files (null deletes) on a branch as `author`, as a push would; returns the new SHA. */
  commitFiles(branch: string, files: Record<string, FileSpec>, message: string, author: string, opts: RepoOpt & { from?: string } = {}): string {
    const repo = this.repo(opts.repo);
    const who = this.state.mustUser(author);
    const fromOpt = opts.from !== undefined ? { from: opts.from } : { from: repo.defaultBranch };
    const c = this.state.commitOnBranch(repo, branch, files, message, this.state.person(who), fromOpt);
    this.state.emit(repo, { login: who.login, kind: 'user' }, { name: 'push', ref: `refs/heads/${branch}`, sha: c.sha });
    return c.sha;
  }

  /** Pushes a branch and opens a pull request as `author`; returns its number. */
  openPullRequest(spec: OpenPullSpec & RepoOpt): number {
    return openPull(this.state, this.repo(spec.repo), spec).number;
  }

  /** `pusher` pushes a commit to the pull request's branch; returns the new head SHA. */
  push(prNumber: number, files: Record<string, FileSpec>, pusher: string, opts: RepoOpt & { message?: string } = {}): string {
    const repo = this.repo(opts.repo);
    return pushToPull(this.state, repo, this.pull(prNumber, opts), files, pusher, opts.message);
  }

  /** `reviewer` submits a review on `commitId` (default: the current head). */
  review(prNumber: number, reviewer: string, state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED', commitId?: string, opts: RepoOpt & { body?: string } = {}): M.ReviewState {
    return reviewAs(this.state, this.repo(opts.repo), this.pull(prNumber, opts), reviewer, state, commitId, opts.body);
  }

  /** Gives `login` a repository role; null removes it. */
  setCollaborator(login: string, permission: M.RepoRole | null, opts: RepoOpt = {}): this {
    this.state.mustUser(login);
    const c = this.repo(opts.repo).collaborators;
    if (permission === null) c.delete(login.toLowerCase());
    else c.set(login.toLowerCase(), permission);
    return this;
  }

  /** Adds or replaces (same id) a branch ruleset; returns its id. */
  setRuleset(spec: RulesetSpec, opts: RepoOpt = {}): number {
    const repo = this.repo(opts.repo);
    const rs = buildRuleset(this.state, spec);
    repo.rulesets = [...repo.rulesets.filter((r) => r.id !== rs.id), rs];
    return rs.id;
  }

  /** Removes every ruleset. */
  clearRulesets(opts: RepoOpt = {}): this {
    this.repo(opts.repo).rulesets = [];
    return this;
  }

  /** Sets (or with null removes) classic branch protection. */
  setBranchProtection(branch: string, p: Partial<M.BranchProtectionState> | null, opts: RepoOpt = {}): this {
    const map = this.repo(opts.repo).protections;
    if (p === null) map.delete(branch);
    else {
      map.set(branch, {
        required_approving_review_count: 1, dismiss_stale_reviews: false, require_code_owner_reviews: false,
        require_last_push_approval: false, enforce_admins: false, allow_force_pushes: false, allow_deletions: false, ...p,
      });
    }
    return this;
  }

  /** The Actions workflow-permission settings (GH-06). */
  setWorkflowPermissions(p: Partial<M.WorkflowPermissions>, opts: RepoOpt = {}): this {
    Object.assign(this.repo(opts.repo).workflowPermissions, p);
    return this;
  }

  /** Repository merge settings and visibility. */
  setRepoSettings(p: Partial<M.RepoSettings>, opts: RepoOpt = {}): this {
    Object.assign(this.repo(opts.repo).settings, p);
    return this;
  }

  /** Creates or replaces a deployment environment. */
  setEnvironment(
    name: string,
    e: { deployment_branch_policy?: M.EnvironmentState['deploymentBranchPolicy']; branch_policies?: string[]; reviewers?: string[]; wait_timer?: number } = {},
    opts: RepoOpt = {},
  ): this {
    const envs = this.repo(opts.repo).environments;
    envs.set(name, {
      id: envs.get(name)?.id ?? this.state.nextId(), name, deploymentBranchPolicy: e.deployment_branch_policy ?? null,
      branchPolicies: e.branch_policies ?? [], reviewers: e.reviewers ?? [], waitTimer: e.wait_timer ?? 0, createdAt: this.state.now(),
    });
    return this;
  }

  /** Commits a CODEOWNERS file to the default branch (GitHub reads the base branch's copy). */
  setCodeowners(content: string, opts: RepoOpt & { path?: string; author?: string } = {}): string {
    const repo = this.repo(opts.repo);
    return this.commitFiles(repo.defaultBranch, { [opts.path ?? '.github/CODEOWNERS']: content }, 'Update CODEOWNERS', opts.author ?? repo.owner.login, opts);
  }

  /** Declares an organisation team (`org/slug`) and its members. */
  setTeam(team: string, members: string[]): this {
    this.state.teams.set(team.toLowerCase(), members);
    return this;
  }

  /** Commits a workflow file (a dispatchable default when no content is given) and sets its state. */
  addWorkflow(path: string, opts: RepoOpt & { name?: string; content?: string; state?: M.WorkflowState['state'] } = {}): M.WorkflowState {
    const repo = this.repo(opts.repo);
    const name = opts.name ?? path.slice(path.lastIndexOf('/') + 1);
    const content = opts.content ?? `name: ${name}\non:\n  workflow_dispatch:\n  schedule:\n    - cron: '7,22,37,52 * * * *'\njobs: {}\n`;
    this.commitFiles(repo.defaultBranch, { [path]: content }, `Add ${path}`, repo.owner.login, opts);
    const w = findWorkflow(this.state, repo, path) as M.WorkflowState;
    if (opts.state) w.state = opts.state;
    return w;
  }

  /** Sets a workflow's state (id or path), e.g. `disabled_inactivity` (GH-11). */
  setWorkflowState(idOrPath: string | number, state: M.WorkflowState['state'], opts: RepoOpt = {}): this {
    const w = findWorkflow(this.state, this.repo(opts.repo), String(idOrPath));
    if (!w) throw new Error(`FakeGitHub: no workflow ${String(idOrPath)}`);
    w.state = state;
    return this;
  }

  /** Forces `mergeable` (null: GitHub still computing; undefined: computed again). */
  setMergeable(prNumber: number, value: boolean | null | undefined, opts: RepoOpt = {}): this {
    const pr = this.pull(prNumber, opts);
    if (value === undefined) delete pr.mergeableOverride;
    else pr.mergeableOverride = value;
    return this;
  }

  /** Scripts GitHub's secondary rate limit on an operation. */
  secondaryRateLimit(op: string | RegExp, l: SecondaryLimit = {}): this {
    const body = JSON.stringify({
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE:0001.',
      documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(l.status ?? 403),
    });
    const headers = { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(l.retryAfter ?? 1), 'x-ratelimit-remaining': '4999' };
    return this.fail(op, { status: l.status ?? 403, headers, body }, l.times ?? 1);
  }

  // Accessors for assertions.

  /** A pull request's stored state. */
  pull(prNumber: number, opts: RepoOpt = {}): M.PullState {
    const pr = this.repo(opts.repo).pulls.get(prNumber);
    if (!pr) throw new Error(`FakeGitHub: no pull request #${prNumber}`);
    return pr;
  }

  /** Merged pull requests, in merge order. */
  merges(opts: RepoOpt = {}): Array<{ number: number; sha: string; headSha: string; mergedBy: string; mergedAt: string }> {
    return [...this.repo(opts.repo).pulls.values()]
      .filter((p) => p.merged)
      .map((p) => ({ number: p.number, sha: p.mergeCommitSha ?? '', headSha: p.headSha, mergedBy: p.mergedBy?.login ?? '', mergedAt: p.mergedAt ?? '' }))
      .sort((a, b) => a.mergedAt.localeCompare(b.mergedAt));
  }

  /** workflow_dispatch calls received. */
  dispatches(opts: RepoOpt = {}): M.DispatchRecord[] {
    return [...this.repo(opts.repo).dispatches];
  }

  /** Conversation comments, optionally of one issue or pull request. */
  comments(number?: number, opts: RepoOpt = {}): M.CommentState[] {
    return this.repo(opts.repo).comments.filter((c) => number === undefined || c.issueNumber === number);
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
