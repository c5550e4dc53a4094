/** GitHubOps over one Octokit client (and the request operations, on the same client). */
import { createClient, type ClientOptions } from './client.js';
import { commitOps } from './octokit-commit.js';
import { compareOps } from './octokit-compare.js';
import { conversationOps } from './octokit-conversation.js';
import { fileOps } from './octokit-files.js';
import { issueOps } from './octokit-issues.js';
import { pullOps } from './octokit-pulls.js';
import { repoOps } from './octokit-repo.js';
import type { ContentEntry, GitHubOps, RepoRef } from './ops.js';
import { readPullSnapshot, type PullSnapshot } from './pr-snapshot.js';
import { requestOps, type RequestOps } from './request-ops.js';

export function createGitHubOps(o: ClientOptions & { repo: RepoRef }): GitHubOps {
  return createOps(o).gh;
}

/** Both port implementations over one client, so throttling and retries are shared (GraphQL reads have their own). */
export function createOps(o: ClientOptions & { repo: RepoRef }): { gh: GitHubOps; request: RequestOps } {
  const client = createClient(o);
  // GraphQL reads go through a client of their own, so they are not spaced like writes (client.ts).
  const queries = createClient({ ...o, queriesOnly: true });
  const pulls = pullOps(client, o.repo);
  const repo = repoOps(client, o.repo);
  // What the latest readPull of each PR saw, and the default-branch files it read exactly (by branch and path).
  const snapshots = new Map<number, PullSnapshot>();
  const known = new Map<string, ContentEntry | undefined>();
  const gh: GitHubOps = {
    repo: o.repo,
    ...pulls,
    ...repo,
    ...issueOps(client, o.repo),
    ...commitOps(client, o.repo),
    ...fileOps(queries, o.repo),
    ...compareOps(client, o.repo),
    ...conversationOps(client, o.repo, snapshots, repo),
    readPull: async (n, prefetch) => {
      const snap = await readPullSnapshot(queries, o.repo, n, prefetch);
      snapshots.set(n, snap);
      const branch = snap.pull.defaultBranch;
      if (branch) {
        repo.knowDefaultBranch(branch);
        // Only this read speaks for the paths it was asked about: one it could not prove is asked for again later.
        for (const path of prefetch?.defaultBranchFiles ?? []) known.delete(`${branch}\u0000${path}`);
        for (const [path, entry] of snap.files) known.set(`${branch}\u0000${path}`, entry);
      }
      return { pull: snap.pull, reviews: snap.reviews };
    },
    getContent: (path, ref) => {
      const key = `${ref}\u0000${path}`;
      return known.has(key) ? Promise.resolve(known.get(key)) : repo.getContent(path, ref);
    },
    // pulls.get already names the default branch: remember it instead of asking repos.get later.
    getPull: async (n) => {
      const p = await pulls.getPull(n);
      if (p.defaultBranch) repo.knowDefaultBranch(p.defaultBranch);
      return p;
    },
  };
  return { gh, request: requestOps(client, o.repo) };
}
