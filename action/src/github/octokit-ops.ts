/** GitHubOps over one Octokit client (and the request operations, on the same client). */
import { createClient, type ClientOptions } from './client.js';
import { commitOps } from './octokit-commit.js';
import { issueOps } from './octokit-issues.js';
import { pullOps } from './octokit-pulls.js';
import { repoOps } from './octokit-repo.js';
import type { GitHubOps, RepoRef } from './ops.js';
import { requestOps, type RequestOps } from './request-ops.js';

export function createGitHubOps(o: ClientOptions & { repo: RepoRef }): GitHubOps {
  return createOps(o).gh;
}

/** Both port implementations over ONE client, so throttling and retries are shared. */
export function createOps(o: ClientOptions & { repo: RepoRef }): { gh: GitHubOps; request: RequestOps } {
  const client = createClient(o);
  const pulls = pullOps(client, o.repo);
  const repo = repoOps(client, o.repo);
  const gh: GitHubOps = {
    repo: o.repo,
    ...pulls,
    ...repo,
    ...issueOps(client, o.repo),
    ...commitOps(client, o.repo),
    // pulls.get already names the default branch: remember it instead of asking repos.get later.
    getPull: async (n) => {
      const p = await pulls.getPull(n);
      if (p.defaultBranch) repo.knowDefaultBranch(p.defaultBranch);
      return p;
    },
  };
  return { gh, request: requestOps(client, o.repo) };
}
