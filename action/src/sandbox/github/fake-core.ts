/**
 * The base of FakeGitHub: the HTTP fake wired to the router, the built-in identities
 * (github-actions[bot], web-flow), tokens, repositories and pushes made outside the API.
 */
import { systemClock, type Clock } from '../../core/clock.js';
import { HttpFake, type FakeRequest, type FakeResponse, type Route } from '../http-fake.js';
import type * as M from './model.js';
import { onBranchMoved } from './pushes.js';
import { apiError } from './render.js';
import { ROUTES, routeRequest } from './router.js';
import { GitHubState, type FileSpec } from './state.js';

/** Options of the fake: the clock its timestamps come from, and the GITHUB_TOKEN value. */
export interface FakeGitHubOptions {
  clock?: Clock;
  githubToken?: string;
}

/** Helpers take `{ repo: 'owner/name' }` to act on a repository other than the first one created. */
export type RepoOpt = { repo?: string };

/** Identities, repositories and plain pushes; see FakeGitHub for the full helper set. */
export abstract class FakeGitHubCore extends HttpFake {
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
    this.state.addUser('github-actions[bot]', {
      id: 41898282,
      type: 'Bot',
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
    });
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
  addUser(
    login: string,
    opts: { id?: number; type?: 'User' | 'Bot'; name?: string; email?: string } = {},
  ): M.User {
    return this.state.addUser(login, opts);
  }

  /** A personal token acting as `login` with that user's repository role. */
  addToken(token: string, login: string): this {
    this.state.mustUser(login);
    this.state.addToken(token, login, 'user');
    return this;
  }

  /** A GitHub App installation token acting as `<slug>[bot]`; permissions default to the app set in auth.ts. */
  addAppToken(
    token: string,
    opts: { slug: string; permissions?: M.TokenInfo['permissions'] },
  ): M.User {
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
  createRepo(
    fullName: string,
    opts: { private?: boolean; defaultBranch?: string; files?: Record<string, FileSpec> } = {},
  ): M.RepoState {
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
  commitFiles(
    branch: string,
    files: Record<string, FileSpec>,
    message: string,
    author: string,
    opts: RepoOpt & { from?: string } = {},
  ): string {
    const repo = this.repo(opts.repo);
    const who = this.state.mustUser(author);
    const fromOpt = opts.from !== undefined ? { from: opts.from } : { from: repo.defaultBranch };
    const c = this.state.commitOnBranch(
      repo,
      branch,
      files,
      message,
      this.state.person(who),
      fromOpt,
    );
    const actor = { login: who.login, kind: 'user' as const };
    this.state.emit(repo, actor, { name: 'push', ref: `refs/heads/${branch}`, sha: c.sha });
    onBranchMoved(this.state, repo, branch, actor);
    return c.sha;
  }

  /** A pull request's stored state. */
  pull(prNumber: number, opts: RepoOpt = {}): M.PullState {
    const pr = this.repo(opts.repo).pulls.get(prNumber);
    if (!pr) throw new Error(`FakeGitHub: no pull request #${prNumber}`);
    return pr;
  }
}
