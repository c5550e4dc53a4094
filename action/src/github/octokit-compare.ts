/**
 * A pull request's changed files and commits pinned to two commits, in one call: GET
 * /compare/{base}...{head}. Both lists then describe exactly the head the merge is pinned to (the PR
 * files and commits endpoints follow the branch, so a push between two reads could mix heads).
 * GitHub documents the limits: without paging parameters at most 250 commits (`total_commits` says
 * how many there are), and at most 300 files for the whole comparison. Past either limit the PR
 * cannot be judged, so this refuses rather than guess.
 */
import type { ChangedFile } from '../decision/model.js';
import type { GitHubClient } from './client.js';
import type { PullCommit, RepoRef } from './ops.js';

/** Files the compare API lists for one comparison; a listing this long may be cut. */
export const COMPARE_MAX_FILES = 300;

export function compareOps(o: GitHubClient, repo: RepoRef) {
  const r = { owner: repo.owner, repo: repo.repo };
  return {
    async compareCommits(base: string, head: string): Promise<{ files: ChangedFile[]; commits: PullCommit[] }> {
      const { data } = await o.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${base}...${head}` });
      const at = `${base.slice(0, 7)}...${head.slice(0, 7)}`;
      if (data.total_commits > data.commits.length)
        throw new Error(`${at} has ${data.total_commits} commits and GitHub lists ${data.commits.length} of them, so who pushed cannot be checked`);
      const files = data.files ?? (data.total_commits === 0 ? [] : undefined);
      if (!files) throw new Error(`GitHub did not list the files changed in ${at}, so the change cannot be checked`);
      if (files.length >= COMPARE_MAX_FILES)
        throw new Error(`${at} changes ${files.length} or more files; GitHub lists at most ${COMPARE_MAX_FILES} in a comparison, so it cannot be checked`);
      return {
        files: files.map((f) => ({ path: f.filename, status: f.status, ...(f.previous_filename ? { previousPath: f.previous_filename } : {}) })),
        commits: data.commits.map((c) => ({ sha: c.sha, ...(c.author?.login ? { authorLogin: c.author.login } : {}), ...(c.committer?.login ? { committerLogin: c.committer.login } : {}) })),
      };
    },
  };
}
