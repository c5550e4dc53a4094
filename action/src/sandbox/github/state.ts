/**
 * The fake's shared state and the operations several route groups need: ids, time, users and
 * tokens, repositories, commits onto branches, and the events GitHub would emit.
 */
import type { Clock } from '../../core/clock.js';
import {
  GitStore,
  type FileMode,
  type FlatTree,
  type GitPerson,
  type CommitObject,
} from './git-objects.js';
import type { FakeEvent, RepoRole, RepoState, TokenInfo, TokenKind, User } from './model.js';

/** A file change for helpers: content, content with mode, or null to delete. */
export type FileSpec = string | Buffer | { content: string | Buffer; mode?: FileMode } | null;

/** Events that still start workflow runs when GITHUB_TOKEN caused them (GitHub docs, GH-05). */
const EXEMPT_EVENTS = new Set(['workflow_dispatch', 'repository_dispatch']);

/** The identity GitHub uses as committer of the commits it creates. */
export const WEB_FLOW: Omit<GitPerson, 'date'> = { name: 'GitHub', email: 'noreply@github.com' };

/** Everything the fake knows, plus helpers shared by the route groups. */
export class GitHubState {
  readonly users = new Map<string, User>();
  readonly tokens = new Map<string, TokenInfo>();
  readonly repos = new Map<string, RepoState>();
  readonly teams = new Map<string, string[]>();
  readonly events: FakeEvent[] = [];
  /** Base of API URLs in answers; the fake sets it to its own address once listening. */
  api = 'https://api.github.com';
  readonly web = 'https://github.com';
  private ids = 1000;

  constructor(private readonly clock: Clock) {}

  nextId(): number {
    this.ids += 1;
    return this.ids;
  }

  now(): string {
    return this.clock
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  addUser(
    login: string,
    opts: { id?: number; type?: User['type']; name?: string; email?: string } = {},
  ): User {
    const id = opts.id ?? this.nextId();
    const user: User = {
      login,
      id,
      type: opts.type ?? 'User',
      name: opts.name ?? login,
      email: opts.email ?? `${id}+${login}@users.noreply.github.com`,
    };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  user(login: string): User | undefined {
    return this.users.get(login.toLowerCase());
  }

  mustUser(login: string): User {
    const u = this.user(login);
    if (!u) throw new Error(`FakeGitHub: unknown user ${login}; call addUser first`);
    return u;
  }

  userByEmail(email: string): User | undefined {
    for (const u of this.users.values())
      if (u.email.toLowerCase() === email.toLowerCase()) return u;
    return undefined;
  }

  addToken(
    token: string,
    login: string,
    kind: TokenKind,
    permissions: TokenInfo['permissions'] = {},
  ): TokenInfo {
    const info: TokenInfo = {
      token,
      login,
      kind,
      permissions,
      used: 0,
      limit: kind === 'github-token' ? 1000 : 5000,
    };
    this.tokens.set(token, info);
    return info;
  }

  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  mustRepo(fullName: string): RepoState {
    const r = this.repos.get(fullName.toLowerCase());
    if (!r) throw new Error(`FakeGitHub: unknown repository ${fullName}`);
    return r;
  }

  /** The caller's role on a repository: owners are admins; undefined when not a collaborator. */
  role(repo: RepoState, login: string): RepoRole | undefined {
    if (repo.owner.login.toLowerCase() === login.toLowerCase()) return 'admin';
    return repo.collaborators.get(login.toLowerCase());
  }

  person(user: User): GitPerson {
    return { name: user.name, email: user.email, date: this.now() };
  }

  /** Writes a commit on `branch` (created from `from` when missing) and moves the branch. */
  commitOnBranch(
    repo: RepoState,
    branch: string,
    files: Record<string, FileSpec>,
    message: string,
    author: GitPerson,
    opts: { committer?: GitPerson; verified?: boolean; from?: string } = {},
  ): CommitObject {
    const parentSha =
      repo.refs.get(`heads/${branch}`) ??
      (opts.from ? repo.refs.get(`heads/${opts.from}`) : undefined);
    const base: FlatTree = parentSha ? repo.git.filesAt(parentSha) : new Map();
    for (const [path, spec] of Object.entries(files)) {
      if (spec === null) {
        base.delete(path);
        continue;
      }
      const isObj = typeof spec === 'object' && !Buffer.isBuffer(spec);
      const content = isObj ? spec.content : spec;
      const mode = isObj ? (spec.mode ?? '100644') : '100644';
      base.set(path, { sha: repo.git.putBlob(content), mode });
    }
    const commit = repo.git.putCommit({
      tree: repo.git.writeFlat(base),
      parents: parentSha ? [parentSha] : [],
      message,
      author,
      committer: opts.committer ?? author,
      verified: opts.verified ?? false,
    });
    repo.refs.set(`heads/${branch}`, commit.sha);
    repo.pushedAt = this.now();
    return commit;
  }

  /** Records an event; GITHUB_TOKEN-caused events start no workflow runs except dispatches. */
  emit(
    repo: RepoState,
    actor: { login: string; kind: TokenKind },
    e: Omit<FakeEvent, 'seq' | 'repo' | 'actor' | 'tokenKind' | 'triggersWorkflows'>,
  ): FakeEvent {
    const event: FakeEvent = {
      seq: this.events.length + 1,
      repo: repo.fullName,
      actor: actor.login,
      tokenKind: actor.kind,
      triggersWorkflows: actor.kind !== 'github-token' || EXEMPT_EVENTS.has(e.name),
      ...e,
    };
    this.events.push(event);
    return event;
  }

  createRepo(
    fullName: string,
    opts: { private?: boolean; defaultBranch?: string; files?: Record<string, FileSpec> } = {},
  ): RepoState {
    const [ownerLogin, name] = fullName.split('/');
    if (!ownerLogin || !name)
      throw new Error(`FakeGitHub: repository name must be owner/name, got ${fullName}`);
    const owner = this.user(ownerLogin) ?? this.addUser(ownerLogin, { type: 'Organization' });
    const at = this.now();
    const repo: RepoState = {
      id: this.nextId(),
      owner,
      name,
      fullName: `${owner.login}/${name}`,
      defaultBranch: opts.defaultBranch ?? 'main',
      createdAt: at,
      pushedAt: at,
      settings: {
        allow_merge_commit: true,
        allow_squash_merge: true,
        allow_rebase_merge: true,
        allow_auto_merge: true,
        delete_branch_on_merge: false,
        private: opts.private ?? true,
      },
      git: new GitStore(),
      refs: new Map(),
      pulls: new Map(),
      issues: new Map(),
      nextNumber: 1,
      comments: [],
      labels: new Map(),
      checkRuns: [],
      statuses: [],
      workflows: new Map(),
      dispatches: [],
      workflowPermissions: {
        default_workflow_permissions: 'read',
        can_approve_pull_request_reviews: false,
      },
      rulesets: [],
      protections: new Map(),
      collaborators: new Map(),
      environments: new Map(),
    };
    this.repos.set(repo.fullName.toLowerCase(), repo);
    const files = opts.files ?? { 'README.md': `# ${name}\n` };
    this.commitOnBranch(repo, repo.defaultBranch, files, 'Initial commit', {
      ...WEB_FLOW,
      date: at,
      name: owner.login,
    });
    return repo;
  }
}
