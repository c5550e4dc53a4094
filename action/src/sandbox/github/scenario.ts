/**
 * The world-side actions tests script (a person pushing, opening a pull request, reviewing, an
 * admin configuring rulesets): they change the fake's state the way those actions on github.com
 * would, events included, without going through the API.
 */
import type { PullState, RepoState, ReviewState, RuleSpec, RulesetState } from './model.js';
import { createPull } from './pulls.js';
import { submitReview } from './reviews.js';
import { onBranchMoved } from './pushes.js';
import type { FileSpec, GitHubState } from './state.js';

/** One commit of a scripted branch: files, message and (optionally) an author other than the pusher. */
export interface CommitSpec {
  files: Record<string, FileSpec>;
  message?: string;
  author?: string;
}

/** What `openPullRequest` needs; `files` is shorthand for a single commit. */
export interface OpenPullSpec {
  author: string;
  title: string;
  head?: string;
  base?: string;
  body?: string | null;
  files?: Record<string, FileSpec>;
  commits?: CommitSpec[];
  draft?: boolean;
  /** Who pushed the branch (RC-02: commits may be pushed by someone else); default the author. */
  pusher?: string;
}

/** Parameters of a ruleset's pull_request rule. */
export interface PullRequestRuleParams {
  dismiss_stale_reviews_on_push: boolean;
  require_code_owner_review: boolean;
  require_last_push_approval: boolean;
  required_approving_review_count: number;
  required_review_thread_resolution: boolean;
  allowed_merge_methods?: Array<'merge' | 'squash' | 'rebase'>;
}

/** A ruleset as tests describe it; shorthands expand into GitHub's rule objects. */
export interface RulesetSpec {
  id?: number;
  name?: string;
  enforcement?: RulesetState['enforcement'];
  include?: string[];
  exclude?: string[];
  pullRequest?: Partial<PullRequestRuleParams>;
  nonFastForward?: boolean;
  deletion?: boolean;
  rules?: RuleSpec[];
  bypass?: string[];
}

/** Opens a pull request as a person would: push a branch of commits, then open it. */
export function openPull(s: GitHubState, repo: RepoState, spec: OpenPullSpec): PullState {
  const author = s.mustUser(spec.author);
  const base = spec.base ?? repo.defaultBranch;
  const head = spec.head ?? `pr-${repo.nextNumber}`;
  const commits = spec.commits ?? [{ files: spec.files ?? {}, message: spec.title }];
  if (commits.length === 0)
    throw new Error('FakeGitHub.openPullRequest: give files or at least one commit');
  for (const c of commits) {
    const who = s.mustUser(c.author ?? spec.author);
    s.commitOnBranch(repo, head, c.files, c.message ?? spec.title, s.person(who), { from: base });
  }
  const pusher = spec.pusher ?? spec.author;
  s.emit(
    repo,
    { login: pusher, kind: 'user' },
    { name: 'push', ref: `refs/heads/${head}`, sha: repo.refs.get(`heads/${head}`) as string },
  );
  const pr = createPull(s, repo, author, 'user', {
    head,
    base,
    title: spec.title,
    body: spec.body ?? null,
    draft: spec.draft ?? false,
  });
  const first = pr.pushes[0];
  if (first) first.pusher = pusher;
  return pr;
}

/** A person pushes a commit to a pull request's head branch; returns the new head SHA. */
export function pushToPull(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
  files: Record<string, FileSpec>,
  pusher: string,
  message?: string,
): string {
  const who = s.mustUser(pusher);
  const text = message ?? `Update ${Object.keys(files).join(', ')}`;
  const commit = s.commitOnBranch(repo, pr.headRef, files, text, s.person(who));
  const actor = { login: who.login, kind: 'user' as const };
  s.emit(repo, actor, { name: 'push', ref: `refs/heads/${pr.headRef}`, sha: commit.sha });
  onBranchMoved(s, repo, pr.headRef, actor);
  return commit.sha;
}

/** A person submits a review; GitHub's refusals (self-approval…) are thrown. */
export function reviewAs(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
  reviewer: string,
  state: ReviewState['state'],
  commitId?: string,
  body?: string,
): ReviewState {
  const opts: { commitId?: string; body?: string } = {};
  if (commitId !== undefined) opts.commitId = commitId;
  if (body !== undefined) opts.body = body;
  const r = submitReview(s, repo, pr, { user: s.mustUser(reviewer), kind: 'user' }, state, opts);
  if ('status' in r) throw new Error(`FakeGitHub.review refused: ${r.body ?? ''}`);
  return r;
}

/** Expands a ruleset description into the stored ruleset. */
export function buildRuleset(s: GitHubState, spec: RulesetSpec): RulesetState {
  const rules: RuleSpec[] = [...(spec.rules ?? [])];
  if (spec.pullRequest) {
    rules.push({
      type: 'pull_request',
      parameters: {
        dismiss_stale_reviews_on_push: false,
        require_code_owner_review: false,
        require_last_push_approval: false,
        required_approving_review_count: 0,
        required_review_thread_resolution: false,
        ...spec.pullRequest,
      },
    });
  }
  if (spec.nonFastForward) rules.push({ type: 'non_fast_forward' });
  if (spec.deletion) rules.push({ type: 'deletion' });
  return {
    id: spec.id ?? s.nextId(),
    name: spec.name ?? 'main protection',
    enforcement: spec.enforcement ?? 'active',
    include: spec.include ?? ['~DEFAULT_BRANCH'],
    exclude: spec.exclude ?? [],
    rules,
    bypass: spec.bypass ?? [],
  };
}
