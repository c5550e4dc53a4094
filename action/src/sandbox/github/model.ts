/**
 * The state the GitHub fake keeps: users and tokens, repositories with their git objects, pull
 * requests, issues, checks, workflow settings, rulesets and the events GitHub would have emitted.
 */
import type { GitStore } from './git-objects.js';
import type { CommentState, IssueState, LabelState, PullState } from './model-pulls.js';

export type * from './model-pulls.js';

/** A GitHub account; `Bot` accounts are GitHub Apps and `github-actions[bot]`. */
export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  name: string;
  email: string;
}

/** The permission levels GitHub Apps and GITHUB_TOKEN are granted per scope. */
export type ScopeLevel = 'none' | 'read' | 'write';
/** The token scopes the fake checks; anything else is treated as granted. */
export type Scope =
  | 'contents'
  | 'pull_requests'
  | 'issues'
  | 'checks'
  | 'statuses'
  | 'actions'
  | 'administration'
  | 'members';

/** How a token authenticates: a person's token, a GitHub App installation token, or the job's GITHUB_TOKEN. */
export type TokenKind = 'user' | 'app' | 'github-token';

/** One known token and the identity and permissions it carries. */
export interface TokenInfo {
  token: string;
  login: string;
  kind: TokenKind;
  /** Integration tokens only; user tokens act with the user's collaborator role. */
  permissions: Partial<Record<Scope, ScopeLevel>>;
  /** Requests made in the current hour, for the x-ratelimit headers. */
  used: number;
  limit: number;
}

/** The caller of one request. */
export interface Caller {
  user: User;
  kind: TokenKind;
  token: TokenInfo;
}

/** Repository permission roles as GitHub reports them. */
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

/** Repository settings the fake honours. */
export interface RepoSettings {
  allow_merge_commit: boolean;
  allow_squash_merge: boolean;
  allow_rebase_merge: boolean;
  allow_auto_merge: boolean;
  delete_branch_on_merge: boolean;
  private: boolean;
}

/** A check-run annotation as sent by the client. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  start_column?: number;
  end_column?: number;
  raw_details?: string;
}

/** A check run as stored. */
export interface CheckRunState {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
  app: User;
}

/** A commit status as stored. */
export interface StatusState {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: User;
  createdAt: string;
}

/** A workflow known to the repository. */
export interface WorkflowState {
  id: number;
  path: string;
  name: string;
  state: 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';
  createdAt: string;
}

/** A recorded workflow_dispatch call. */
export interface DispatchRecord {
  workflowId: number;
  workflowPath: string;
  ref: string;
  inputs: Record<string, unknown>;
  actor: string;
  tokenKind: TokenKind;
  at: string;
  runId: number;
}

/** One rule inside a ruleset, in the shape GitHub returns. */
export interface RuleSpec {
  type: string;
  parameters?: Record<string, unknown>;
}

/** A repository ruleset on branches. */
export interface RulesetState {
  id: number;
  name: string;
  enforcement: 'active' | 'evaluate' | 'disabled';
  /** Ref patterns such as `~DEFAULT_BRANCH`, `~ALL` or `refs/heads/main`. */
  include: string[];
  exclude: string[];
  rules: RuleSpec[];
  /** Logins (users or `slug[bot]`) that may bypass the ruleset. */
  bypass: string[];
}

/** Classic branch protection, reduced to what the fake enforces. */
export interface BranchProtectionState {
  required_approving_review_count: number;
  dismiss_stale_reviews: boolean;
  require_code_owner_reviews: boolean;
  require_last_push_approval: boolean;
  enforce_admins: boolean;
  allow_force_pushes: boolean;
  allow_deletions: boolean;
}

/** A deployment environment. */
export interface EnvironmentState {
  id: number;
  name: string;
  deploymentBranchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  branchPolicies: string[];
  reviewers: string[];
  waitTimer: number;
  createdAt: string;
}

/** The workflow-permission settings of a repository. */
export interface WorkflowPermissions {
  default_workflow_permissions: 'read' | 'write';
  can_approve_pull_request_reviews: boolean;
}

/** An event GitHub would emit, and whether it would start workflow runs. */
export interface FakeEvent {
  seq: number;
  name: string;
  action?: string;
  repo: string;
  actor: string;
  tokenKind: TokenKind;
  ref?: string;
  sha?: string;
  number?: number;
  triggersWorkflows: boolean;
}

/** One repository and everything in it. */
export interface RepoState {
  id: number;
  owner: User;
  name: string;
  fullName: string;
  defaultBranch: string;
  createdAt: string;
  pushedAt: string;
  settings: RepoSettings;
  git: GitStore;
  refs: Map<string, string>;
  pulls: Map<number, PullState>;
  issues: Map<number, IssueState>;
  nextNumber: number;
  comments: CommentState[];
  labels: Map<string, LabelState>;
  checkRuns: CheckRunState[];
  statuses: StatusState[];
  workflows: Map<string, WorkflowState>;
  dispatches: DispatchRecord[];
  workflowPermissions: WorkflowPermissions;
  rulesets: RulesetState[];
  protections: Map<string, BranchProtectionState>;
  collaborators: Map<string, RepoRole>;
  environments: Map<string, EnvironmentState>;
}
