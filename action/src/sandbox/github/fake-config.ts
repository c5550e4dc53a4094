/**
 * The settings tests configure the way an admin would on github.com: collaborators, rulesets,
 * branch protection, workflow permissions, environments, CODEOWNERS, teams, workflows, and
 * scripted GitHub failures such as the secondary rate limit.
 */
import { findWorkflow } from './actions.js';
import { FakeGitHubCore, type RepoOpt } from './fake-core.js';
import type * as M from './model.js';
import { buildRuleset, type RulesetSpec } from './scenario.js';

/** A secondary-rate-limit answer as GitHub sends it (403 or 429 with retry-after). */
export interface SecondaryLimit {
  retryAfter?: number;
  status?: 403 | 429;
  times?: number;
}

/** Repository configuration helpers. */
export abstract class FakeGitHubConfig extends FakeGitHubCore {
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
  setBranchProtection(
    branch: string,
    p: Partial<M.BranchProtectionState> | null,
    opts: RepoOpt = {},
  ): this {
    const map = this.repo(opts.repo).protections;
    if (p === null) map.delete(branch);
    else {
      map.set(branch, {
        required_approving_review_count: 1,
        dismiss_stale_reviews: false,
        require_code_owner_reviews: false,
        require_last_push_approval: false,
        enforce_admins: false,
        allow_force_pushes: false,
        allow_deletions: false,
        ...p,
      });
    }
    return this;
  }

  /** The Actions workflow-permission settings (GH-06). */
  setWorkflowPermissions(p: Partial<M.WorkflowPermissions>, opts: RepoOpt = {}): this {
    Object.assign(this.repo(opts.repo).workflowPermissions, p);
    return this;
  }

  /** Creates a repository label (as Settings → Labels would); an existing one keeps its id. */
  addLabel(name: string, opts: RepoOpt & { color?: string; description?: string } = {}): this {
    const repo = this.repo(opts.repo);
    if (!repo.labels.has(name.toLowerCase()))
      repo.labels.set(name.toLowerCase(), {
        id: this.state.nextId(),
        name,
        color: opts.color ?? 'ededed',
        description: opts.description ?? null,
      });
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
    e: {
      deployment_branch_policy?: M.EnvironmentState['deploymentBranchPolicy'];
      branch_policies?: string[];
      reviewers?: string[];
      wait_timer?: number;
    } = {},
    opts: RepoOpt = {},
  ): this {
    const envs = this.repo(opts.repo).environments;
    envs.set(name, {
      id: envs.get(name)?.id ?? this.state.nextId(),
      name,
      deploymentBranchPolicy: e.deployment_branch_policy ?? null,
      branchPolicies: e.branch_policies ?? [],
      reviewers: e.reviewers ?? [],
      waitTimer: e.wait_timer ?? 0,
      createdAt: this.state.now(),
    });
    return this;
  }

  /** Commits a CODEOWNERS file to the default branch (GitHub reads the base branch's copy). */
  setCodeowners(content: string, opts: RepoOpt & { path?: string; author?: string } = {}): string {
    const repo = this.repo(opts.repo);
    return this.commitFiles(
      repo.defaultBranch,
      { [opts.path ?? '.github/CODEOWNERS']: content },
      'Update CODEOWNERS',
      opts.author ?? repo.owner.login,
      opts,
    );
  }

  /** Declares an organisation team (`org/slug`) and its members. */
  setTeam(team: string, members: string[]): this {
    this.state.teams.set(team.toLowerCase(), members);
    return this;
  }

  /** Commits a workflow file (a dispatchable default when no content is given) and sets its state. */
  addWorkflow(
    path: string,
    opts: RepoOpt & { name?: string; content?: string; state?: M.WorkflowState['state'] } = {},
  ): M.WorkflowState {
    const repo = this.repo(opts.repo);
    const name = opts.name ?? path.slice(path.lastIndexOf('/') + 1);
    const content =
      opts.content ??
      `name: ${name}\non:\n  workflow_dispatch:\n  schedule:\n    - cron: '7,22,37,52 * * * *'\njobs: {}\n`;
    this.commitFiles(
      repo.defaultBranch,
      { [path]: content },
      `Add ${path}`,
      repo.owner.login,
      opts,
    );
    const w = findWorkflow(this.state, repo, path) as M.WorkflowState;
    if (opts.state) w.state = opts.state;
    return w;
  }

  /** Sets a workflow's state (id or path), e.g. `disabled_inactivity` (GH-11). */
  setWorkflowState(
    idOrPath: string | number,
    state: M.WorkflowState['state'],
    opts: RepoOpt = {},
  ): this {
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
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE:0001.',
      documentation_url:
        'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(l.status ?? 403),
    });
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': String(l.retryAfter ?? 1),
      'x-ratelimit-remaining': '4999',
    };
    return this.fail(op, { status: l.status ?? 403, headers, body }, l.times ?? 1);
  }
}
