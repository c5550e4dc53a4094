/** GitHubOps over one Octokit client. */
import { createClient, type ClientOptions } from './client.js';
import { pullOps } from './octokit-pulls.js';
import { repoOps } from './octokit-repo.js';
import type { GitHubOps, RepoRef } from './ops.js';

export function createGitHubOps(o: ClientOptions & { repo: RepoRef }): GitHubOps {
  const client = createClient(o);
  return { repo: o.repo, ...pullOps(client, o.repo), ...repoOps(client, o.repo) };
}
