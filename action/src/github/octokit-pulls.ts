/** Pull-request operations of GitHubOps over Octokit: reads pinned to the head, merge with the SHA pinned. */
import type { ChangedFile } from '../decision/model.js';
import { MAX_LISTED_FILES } from '../decision/checks/pr-scope.js';
import { statusOf, type GitHubClient } from './client.js';
import type { MergeResult, PullFacts, RepoRef } from './ops.js';

export function pullOps(o: GitHubClient, repo: RepoRef) {
  const r = { owner: repo.owner, repo: repo.repo };
  return {
    async getPull(n: number): Promise<PullFacts> {
      const { data: p } = await o.rest.pulls.get({ ...r, pull_number: n });
      return {
        number: p.number,
        state: p.state === 'open' ? 'open' : 'closed',
        merged: p.merged,
        draft: p.draft === true,
        title: p.title,
        body: p.body ?? '',
        author: { login: p.user.login, id: p.user.id, isBot: p.user.type === 'Bot' },
        headSha: p.head.sha,
        headRef: p.head.ref,
        baseRef: p.base.ref,
        baseSha: p.base.sha,
        fromFork: p.head.repo?.full_name !== p.base.repo.full_name,
        createdAt: p.created_at,
        labels: p.labels.map((l) => l.name),
        ...(p.base.repo.default_branch ? { defaultBranch: p.base.repo.default_branch } : {}),
      };
    },
    async findOpenPullsByHead(sha: string): Promise<number[]> {
      const out: number[] = [];
      for await (const page of o.paginate.iterator(o.rest.pulls.list, { ...r, state: 'open', per_page: 100 })) {
        for (const p of page.data) if (p.head.sha === sha) out.push(p.number);
      }
      return out;
    },
    async listPullFiles(n: number): Promise<ChangedFile[]> {
      const files = await o.paginate(o.rest.pulls.listFiles, { ...r, pull_number: n, per_page: 100 });
      // GitHub lists at most 3,000 files: past that the PR cannot be judged, so refuse rather than guess.
      if (files.length >= MAX_LISTED_FILES) throw new Error(`PR #${n} changes ${files.length} or more files; GitHub lists at most ${MAX_LISTED_FILES}, so it cannot be checked`);
      return files.map((f) => ({ path: f.filename, status: f.status, ...(f.previous_filename ? { previousPath: f.previous_filename } : {}) }));
    },
    async listRequestedReviewers(n: number): Promise<string[]> {
      const { data } = await o.rest.pulls.listRequestedReviewers({ ...r, pull_number: n });
      return data.users.map((u) => u.login);
    },
    async requestReviewers(n: number, logins: string[]): Promise<void> {
      await o.rest.pulls.requestReviewers({ ...r, pull_number: n, reviewers: logins });
    },
    async mergePull(n: number, m: { sha: string; title: string; message: string }): Promise<MergeResult> {
      try {
        const { data } = await o.rest.pulls.merge({ ...r, pull_number: n, sha: m.sha, merge_method: 'squash', commit_title: m.title, commit_message: m.message });
        return { merged: true, sha: data.sha };
      } catch (e) {
        const status = statusOf(e);
        if (status === 409) return { merged: false, reason: 'head-modified', message: 'the head branch was modified after the decision' };
        // The merge may have happened before the answer was lost: read the PR before saying anything (F-10).
        const { data: p } = await o.rest.pulls.get({ ...r, pull_number: n });
        if (p.merged && p.head.sha === m.sha && p.merge_commit_sha) return { merged: true, sha: p.merge_commit_sha };
        if (p.merged) return { merged: false, reason: 'already-merged', message: 'the PR was merged by someone else' };
        if (status === 405 || status === 422) return { merged: false, reason: 'not-mergeable', message: e instanceof Error ? e.message : String(e) };
        throw e;
      }
    },
    async closePull(n: number): Promise<void> {
      await o.rest.pulls.update({ ...r, pull_number: n, state: 'closed' });
    },
  };
}
