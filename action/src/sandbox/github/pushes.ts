/**
 * What happens to open pull requests when their head branch moves (a push, an API ref update, a
 * contents write): new head SHA, the pusher recorded, stale approvals dismissed, auto-merge
 * disarmed for pushers without write access, `synchronize` emitted, auto-merge retried.
 */
import { tryAutoMerge } from './merge.js';
import type { RepoState, TokenKind } from './model.js';
import { dismissStale } from './rules.js';
import type { GitHubState } from './state.js';

/** Brings every open pull request whose head is `branch` up to the branch's new commit. */
export function onBranchMoved(
  s: GitHubState,
  repo: RepoState,
  branch: string,
  pusher: { login: string; kind: TokenKind },
): void {
  const sha = repo.refs.get(`heads/${branch}`);
  if (!sha) return;
  for (const pr of repo.pulls.values()) {
    if (pr.state !== 'open' || pr.headRef !== branch || pr.headSha === sha) continue;
    const at = s.now();
    pr.headSha = sha;
    pr.updatedAt = at;
    pr.pushes.push({ sha, pusher: pusher.login, at });
    dismissStale(repo, pr);
    const role = s.role(repo, pusher.login);
    // GitHub disables auto-merge when someone without write access pushes to the branch.
    if (pusher.kind === 'user' && role !== 'admin' && role !== 'maintain' && role !== 'write')
      pr.autoMerge = null;
    s.emit(repo, pusher, { name: 'pull_request', action: 'synchronize', number: pr.number, sha });
    tryAutoMerge(s, repo, pr);
  }
}
