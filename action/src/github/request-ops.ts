/** What `breakglass request` needs from GitHub: who the token is, and a branch + commit + PR made through the API. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './ops.js';

export interface RequestOps {
  whoAmI(): Promise<{ login: string; id: number }>;
  defaultBranch(): Promise<string>;
  /** Creates `branch` from the default branch with one commit adding `path`; returns the commit SHA. */
  branchWithFile(branch: string, path: string, content: string, message: string): Promise<string>;
  openPull(p: { head: string; title: string; body: string }): Promise<{ number: number; url: string }>;
}

export function requestOps(o: GitHubClient, repo: RepoRef): RequestOps {
  const r = { owner: repo.owner, repo: repo.repo };
  let base: Promise<string> | undefined;
  const defaultBranch = () => (base ??= o.rest.repos.get(r).then(({ data }) => data.default_branch));
  return {
    async whoAmI() {
      const { data } = await o.rest.users.getAuthenticated();
      return { login: data.login, id: data.id };
    },
    defaultBranch,
    async branchWithFile(branch, path, content, message) {
      const { data: ref } = await o.rest.git.getRef({ ...r, ref: `heads/${await defaultBranch()}` });
      const { data: head } = await o.rest.git.getCommit({ ...r, commit_sha: ref.object.sha });
      const { data: tree } = await o.rest.git.createTree({ ...r, base_tree: head.tree.sha, tree: [{ path, mode: '100644', type: 'blob', content }] });
      const { data: commit } = await o.rest.git.createCommit({ ...r, message, tree: tree.sha, parents: [ref.object.sha] });
      await o.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha: commit.sha });
      return commit.sha;
    },
    async openPull(p) {
      const { data } = await o.rest.pulls.create({ ...r, head: p.head, base: await defaultBranch(), title: p.title, body: p.body });
      return { number: data.number, url: data.html_url };
    },
  };
}
