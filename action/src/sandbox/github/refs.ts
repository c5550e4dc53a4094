/**
 * Moving and deleting branches through the API, under the same rules GitHub applies to a push:
 * fast-forward unless forced, rulesets that require pull requests or forbid force pushes and
 * deletion (unless the actor may bypass them), and the push event the move emits.
 */
import type { Caller, RepoState } from './model.js';
import { onBranchMoved } from './pushes.js';
import { requirements } from './rules.js';
import type { GitHubState } from './state.js';

/** A refusal with the HTTP status GitHub uses for it. */
export interface RefRefusal {
  status: number;
  message: string;
}

/** Moves `refs/heads/<branch>` (or any ref) to `sha`, or says why GitHub would refuse. */
export function moveRef(
  s: GitHubState,
  repo: RepoState,
  ref: string,
  sha: string,
  caller: Caller,
  opts: { force?: boolean; ruleStatus?: number } = {},
): RefRefusal | undefined {
  const name = ref.replace(/^refs\//, '');
  const old = repo.refs.get(name);
  if (!repo.git.commits.has(sha)) return { status: 422, message: 'Object does not exist' };
  const fastForward = old === undefined || repo.git.isAncestor(old, sha);
  if (name.startsWith('heads/') && old !== undefined) {
    const req = requirements(repo, name.slice('heads/'.length), caller.user.login);
    const violations: string[] = [];
    if (req.pullRequestRequired) violations.push('Changes must be made through a pull request.');
    if (!fastForward && req.nonFastForward) violations.push('Cannot force-push to this branch');
    if (violations.length > 0) {
      return {
        status: opts.ruleStatus ?? 422,
        message: `Repository rule violations found\n\n${violations.join('\n\n')}`,
      };
    }
  }
  if (!fastForward && opts.force !== true)
    return { status: 422, message: 'Update is not a fast forward' };
  repo.refs.set(name, sha);
  repo.pushedAt = s.now();
  const actor = { login: caller.user.login, kind: caller.kind };
  s.emit(repo, actor, { name: 'push', ref: `refs/${name}`, sha });
  if (name.startsWith('heads/')) onBranchMoved(s, repo, name.slice('heads/'.length), actor);
  return undefined;
}

/** Deletes a ref unless a deletion rule protects it. */
export function deleteRef(
  s: GitHubState,
  repo: RepoState,
  ref: string,
  caller: Caller,
): RefRefusal | undefined {
  const name = ref.replace(/^refs\//, '');
  if (!repo.refs.has(name)) return { status: 422, message: 'Reference does not exist' };
  if (name.startsWith('heads/')) {
    const branch = name.slice('heads/'.length);
    if (requirements(repo, branch, caller.user.login).deletion) {
      return {
        status: 422,
        message: 'Repository rule violations found\n\nCannot delete this branch',
      };
    }
    if (branch === repo.defaultBranch)
      return { status: 422, message: 'Cannot delete the default branch' };
  }
  repo.refs.delete(name);
  s.emit(
    repo,
    { login: caller.user.login, kind: caller.kind },
    { name: 'delete', ref: `refs/${name}` },
  );
  return undefined;
}
