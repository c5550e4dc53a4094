/**
 * Merging a pull request (REST, GraphQL and auto-merge share it): the head-SHA guard (409), the
 * repository's merge settings and branch rules (405), merge/squash/rebase commits built from real
 * trees, and the events a merge emits (none start workflows when GITHUB_TOKEN merged).
 */
import { json } from '../http-fake.js';
import { applyChanges } from './changes.js';
import type { CommitObject } from './git-objects.js';
import type { PullState, RepoState, TokenKind, User } from './model.js';
import { conflicts, mergeability } from './pull-view.js';
import { findPull } from './pulls.js';
import { apiError, validationFailed } from './render.js';
import { repoRoute, str, type RouteDef } from './route.js';
import { mergeViolations } from './rules.js';
import { WEB_FLOW, type GitHubState } from './state.js';

/** GitHub's merge methods. */
export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** The result of a merge attempt, with GitHub's status and message on refusal. */
export type MergeOutcome =
  { ok: true; sha: string } | { ok: false; status: number; message: string };

/** Inputs of a merge: the expected head SHA and commit text are optional, as in the API. */
export interface MergeRequest {
  method: MergeMethod;
  sha?: string | undefined;
  title?: string | undefined;
  message?: string | undefined;
}

const HEAD_MODIFIED = 'Head branch was modified. Review and try the merge again.';
const DISALLOWED: Record<MergeMethod, string> = {
  merge: 'Merge commits are not allowed on this repository.',
  squash: 'Squash merges are not allowed on this repository.',
  rebase: 'Rebase merges are not allowed on this repository.',
};

/** Merges `pr` as `actor`, or explains why GitHub would refuse. */
export function performMerge(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
  actor: { user: User; kind: TokenKind },
  req: MergeRequest,
): MergeOutcome {
  if (pr.merged || pr.state === 'closed')
    return { ok: false, status: 405, message: 'Pull Request is not mergeable' };
  if (req.sha !== undefined && req.sha !== pr.headSha)
    return { ok: false, status: 409, message: HEAD_MODIFIED };
  const allowed = {
    merge: repo.settings.allow_merge_commit,
    squash: repo.settings.allow_squash_merge,
    rebase: repo.settings.allow_rebase_merge,
  };
  if (!allowed[req.method]) return { ok: false, status: 405, message: DISALLOWED[req.method] };
  if (pr.draft) return { ok: false, status: 405, message: 'Pull Request is still a draft' };
  if (pr.mergeableOverride === false || conflicts(repo, pr).length > 0)
    return { ok: false, status: 405, message: 'Pull Request is not mergeable' };
  const violations = mergeViolations(s, repo, pr, actor.user.login);
  if (violations.length > 0)
    return {
      ok: false,
      status: 405,
      message: `Repository rule violations found\n\n${violations.join('\n\n')}`,
    };
  const baseSha = repo.refs.get(`heads/${pr.baseRef}`);
  if (!baseSha) return { ok: false, status: 405, message: 'Pull Request is not mergeable' };
  const result = build(s, repo, pr, actor.user, baseSha, req);
  if (!result) return { ok: false, status: 405, message: 'Pull Request is not mergeable' };
  const at = s.now();
  repo.refs.set(`heads/${pr.baseRef}`, result.sha);
  repo.pushedAt = at;
  Object.assign(pr, {
    merged: true,
    mergedAt: at,
    mergedBy: actor.user,
    mergeCommitSha: result.sha,
    state: 'closed',
    closedAt: at,
    updatedAt: at,
    autoMerge: null,
    mergeMethod: req.method,
    mergeSeq: s.nextId(),
  });
  const issue = repo.issues.get(pr.number);
  if (issue) Object.assign(issue, { state: 'closed', closedAt: at, updatedAt: at });
  const who = { login: actor.user.login, kind: actor.kind };
  s.emit(repo, who, { name: 'pull_request', action: 'closed', number: pr.number, sha: pr.headSha });
  s.emit(repo, who, { name: 'push', ref: `refs/heads/${pr.baseRef}`, sha: result.sha });
  const headInUse = [...repo.pulls.values()].some(
    (p) => p.state === 'open' && p.headRef === pr.headRef,
  );
  if (repo.settings.delete_branch_on_merge && !headInUse && pr.headRef !== repo.defaultBranch) {
    repo.refs.delete(`heads/${pr.headRef}`);
    s.emit(repo, who, { name: 'delete', ref: `refs/heads/${pr.headRef}` });
  }
  return { ok: true, sha: result.sha };
}

function build(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
  actor: User,
  baseSha: string,
  req: MergeRequest,
): CommitObject | undefined {
  const git = repo.git;
  const mb = git.mergeBase(baseSha, pr.headSha);
  const committer = { ...WEB_FLOW, date: s.now() };
  const commits = git.commitsBetween(baseSha, pr.headSha);
  if (req.method === 'rebase') {
    let current = baseSha;
    for (const c of commits) {
      const parent = c.parents[0];
      const applied = applyChanges(
        git.filesAt(current),
        parent ? git.filesAt(parent) : new Map(),
        git.filesAt(c.sha),
      );
      if (applied.conflicts.length > 0) return undefined;
      current = git.putCommit({
        tree: git.writeFlat(applied.tree),
        parents: [current],
        message: c.message,
        author: c.author,
        committer,
        verified: true,
      }).sha;
    }
    return git.commits.get(current);
  }
  const merged = applyChanges(
    git.filesAt(baseSha),
    mb ? git.filesAt(mb) : new Map(),
    git.filesAt(pr.headSha),
  );
  if (merged.conflicts.length > 0) return undefined;
  const tree = git.writeFlat(merged.tree);
  if (req.method === 'squash') {
    const title = req.title ?? `${pr.title} (#${pr.number})`;
    const body = req.message ?? commits.map((c) => `* ${c.message}`).join('\n\n');
    return git.putCommit({
      tree,
      parents: [baseSha],
      message: body ? `${title}\n\n${body}` : title,
      author: s.person(pr.author),
      committer,
      verified: true,
    });
  }
  const title =
    req.title ?? `Merge pull request #${pr.number} from ${repo.owner.login}/${pr.headRef}`;
  const body = req.message ?? pr.title;
  return git.putCommit({
    tree,
    parents: [baseSha, pr.headSha],
    message: body ? `${title}\n\n${body}` : title,
    author: s.person(actor),
    committer,
    verified: true,
  });
}

/** Completes an armed auto-merge once the pull request is mergeable for whoever armed it. */
export function tryAutoMerge(s: GitHubState, repo: RepoState, pr: PullState): void {
  const am = pr.autoMerge;
  if (!am || pr.state !== 'open') return;
  if (mergeability(s, repo, pr).state !== 'clean') return;
  performMerge(
    s,
    repo,
    pr,
    { user: am.enabledBy, kind: am.kind },
    { method: am.method, title: am.commitTitle || undefined, message: am.commitBody || undefined },
  );
}

/** PUT /pulls/{n}/merge. */
export const mergeRoutes: RouteDef[] = [
  repoRoute(
    'PUT',
    '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
    ['contents', 'write'],
    (ctx) => {
      const pr = findPull(ctx);
      if ('status' in pr) return pr;
      const method = str(ctx.body, 'merge_method') ?? 'merge';
      if (method !== 'merge' && method !== 'squash' && method !== 'rebase')
        return validationFailed('PullRequest', 'merge_method', 'invalid');
      const out = performMerge(
        ctx.s,
        ctx.repo,
        pr,
        { user: ctx.caller.user, kind: ctx.caller.kind },
        {
          method,
          sha: str(ctx.body, 'sha'),
          title: str(ctx.body, 'commit_title'),
          message: str(ctx.body, 'commit_message'),
        },
      );
      return out.ok
        ? json(200, { sha: out.sha, merged: true, message: 'Pull Request successfully merged' })
        : apiError(out.status, out.message);
    },
  ),
];
