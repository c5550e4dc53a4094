/**
 * How GitHub shows a pull request: its changed files (against the merge base), mergeability
 * (conflicts, drafts, branch rules as seen by the viewer) and the pull-request schemas.
 */
import { applyChanges, diffTrees, type FileChange } from './changes.js';
import type { PullState, RepoState, User } from './model.js';
import { labelJson, maybeUser, nodeId, repository, simpleUser } from './render.js';
import { diffEntry } from './render-git.js';
import { mergeViolations } from './rules.js';
import type { GitHubState } from './state.js';

/** GitHub lists at most this many files of a pull request. */
export const PR_FILES_CAP = 3000;

/** The files a pull request changes: merge base of base branch and head, against the head. */
export function pullChanges(repo: RepoState, pr: PullState): FileChange[] {
  const base = pullBase(repo, pr);
  const mb = base ? repo.git.mergeBase(base, pr.headSha) : undefined;
  return diffTrees(mb ? repo.git.filesAt(mb) : new Map(), repo.git.filesAt(pr.headSha));
}

/** The base commit a pull request is compared with: the base branch, or its state when merged. */
export function pullBase(repo: RepoState, pr: PullState): string | undefined {
  if (pr.merged && pr.mergeCommitSha) return repo.git.commits.get(pr.mergeCommitSha)?.parents[0];
  return repo.refs.get(`heads/${pr.baseRef}`);
}

/** Paths that changed differently on the base branch and the pull request. */
export function conflicts(repo: RepoState, pr: PullState): string[] {
  const base = repo.refs.get(`heads/${pr.baseRef}`);
  if (!base) return [];
  const mb = repo.git.mergeBase(base, pr.headSha);
  return applyChanges(
    repo.git.filesAt(base),
    mb ? repo.git.filesAt(mb) : new Map(),
    repo.git.filesAt(pr.headSha),
  ).conflicts;
}

/** `mergeable` and `mergeable_state` as GitHub reports them. */
export function mergeability(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
): { mergeable: boolean | null; state: string } {
  if (pr.merged || pr.state === 'closed') return { mergeable: null, state: 'unknown' };
  if (pr.mergeableOverride !== undefined)
    return {
      mergeable: pr.mergeableOverride,
      state: pr.mergeableOverride === false ? 'dirty' : 'unknown',
    };
  if (conflicts(repo, pr).length > 0) return { mergeable: false, state: 'dirty' };
  if (pr.draft) return { mergeable: true, state: 'draft' };
  // Nobody's bypass applies here: a PR awaiting required reviews is `blocked` even for a bypass identity.
  return {
    mergeable: true,
    state: mergeViolations(s, repo, pr, undefined).length > 0 ? 'blocked' : 'clean',
  };
}

function links(
  s: GitHubState,
  repo: RepoState,
  n: number,
  headSha: string,
): Record<string, { href: string }> {
  const api = `${s.api}/repos/${repo.fullName}`;
  return {
    self: { href: `${api}/pulls/${n}` },
    html: { href: `${s.web}/${repo.fullName}/pull/${n}` },
    issue: { href: `${api}/issues/${n}` },
    comments: { href: `${api}/issues/${n}/comments` },
    review_comments: { href: `${api}/pulls/${n}/comments` },
    review_comment: { href: `${api}/pulls/comments{/number}` },
    commits: { href: `${api}/pulls/${n}/commits` },
    statuses: { href: `${api}/statuses/${headSha}` },
  };
}

/** The pull-request-simple schema. */
export function pullSimple(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
): Record<string, unknown> {
  const api = `${s.api}/repos/${repo.fullName}`;
  const issue = repo.issues.get(pr.number);
  const side = (ref: string, sha: string): Record<string, unknown> => ({
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: simpleUser(s, repo.owner),
    repo: repository(s, repo),
  });
  const users = (logins: string[]): Record<string, unknown>[] =>
    logins
      .map((l) => s.user(l))
      .filter((u): u is User => u !== undefined)
      .map((u) => simpleUser(s, u));
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.id,
    node_id: nodeId('PR', pr.id),
    html_url: `${s.web}/${repo.fullName}/pull/${pr.number}`,
    diff_url: `${s.web}/${repo.fullName}/pull/${pr.number}.diff`,
    patch_url: `${s.web}/${repo.fullName}/pull/${pr.number}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(s, pr.author),
    body: pr.body,
    labels: (issue?.labels ?? []).map((name) => labelJson(s, repo, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: users(pr.requestedReviewers),
    requested_teams: [],
    head: side(pr.headRef, pr.headSha),
    base: side(pr.baseRef, repo.refs.get(`heads/${pr.baseRef}`) ?? ''),
    _links: links(s, repo, pr.number, pr.headSha),
    author_association:
      repo.owner.login === pr.author.login
        ? 'OWNER'
        : s.role(repo, pr.author.login)
          ? 'COLLABORATOR'
          : 'CONTRIBUTOR',
    auto_merge: pr.autoMerge
      ? {
          enabled_by: simpleUser(s, pr.autoMerge.enabledBy),
          merge_method: pr.autoMerge.method,
          commit_title: pr.autoMerge.commitTitle,
          commit_message: pr.autoMerge.commitBody,
        }
      : null,
    draft: pr.draft,
  };
}

/** The full pull-request schema, as GET /pulls/{n} returns it. */
export function pullFull(s: GitHubState, repo: RepoState, pr: PullState): Record<string, unknown> {
  const changes = pullChanges(repo, pr);
  const entries = changes.map((c) => diffEntry(s, repo, pr.headSha, c));
  const m = mergeability(s, repo, pr);
  const base = pullBase(repo, pr) ?? pr.headSha;
  return {
    ...pullSimple(s, repo, pr),
    merged: pr.merged,
    mergeable: m.mergeable,
    rebaseable: m.mergeable,
    mergeable_state: m.state,
    merged_by: maybeUser(s, pr.mergedBy),
    comments: repo.comments.filter((c) => c.issueNumber === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: repo.git.commitsBetween(base, pr.headSha).length,
    additions: entries.reduce((n, e) => n + (e.additions as number), 0),
    deletions: entries.reduce((n, e) => n + (e.deletions as number), 0),
    changed_files: changes.length,
  };
}
