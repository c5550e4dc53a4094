/** Issue operations of GitHubOps over Octokit: read, list by label, comment, reopen or close; open PRs listed. */
import { statusOf, type GitHubClient } from './client.js';
import type { IssueFacts, OpenPull, RepoRef } from './ops.js';

type User = { login: string; id: number; type?: string } | null | undefined;

function author(u: User): IssueFacts['author'] {
  return { login: u?.login ?? '', id: u?.id ?? 0, isBot: u?.type === 'Bot' };
}

function labelNames(labels: readonly (string | { name?: string })[]): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== '');
}

interface RawIssue {
  number: number;
  state: string;
  title: string;
  body?: string | null;
  user: User;
  labels: (string | { name?: string })[];
  created_at: string;
  pull_request?: unknown;
}

export function issueFacts(i: RawIssue): IssueFacts {
  return {
    number: i.number,
    state: i.state === 'closed' ? 'closed' : 'open',
    title: i.title,
    body: i.body ?? '',
    author: author(i.user),
    labels: labelNames(i.labels),
    createdAt: i.created_at,
    isPull: i.pull_request !== undefined && i.pull_request !== null,
  };
}

export function issueOps(o: GitHubClient, repo: RepoRef) {
  const r = { owner: repo.owner, repo: repo.repo };
  return {
    async getIssue(n: number): Promise<IssueFacts | undefined> {
      try {
        const { data } = await o.rest.issues.get({ ...r, issue_number: n });
        return issueFacts(data);
      } catch (e) {
        if (statusOf(e) === 404 || statusOf(e) === 410) return undefined;
        throw e;
      }
    },
    async listOpenIssues(label: string): Promise<IssueFacts[]> {
      const all = await o.paginate(o.rest.issues.listForRepo, { ...r, state: 'open', labels: label, sort: 'created', direction: 'asc', per_page: 100 });
      return all.map(issueFacts).filter((i) => !i.isPull);
    },
    async listOpenPulls(): Promise<OpenPull[]> {
      const base = (await o.rest.repos.get(r)).data.default_branch;
      const all = await o.paginate(o.rest.pulls.list, { ...r, state: 'open', base, sort: 'created', direction: 'asc', per_page: 100 });
      return all.map((p) => ({ number: p.number, title: p.title, author: author(p.user), createdAt: p.created_at, headSha: p.head.sha, labels: labelNames(p.labels) }));
    },
    async addComment(n: number, body: string): Promise<void> {
      await o.rest.issues.createComment({ ...r, issue_number: n, body });
    },
    async setIssueState(n: number, state: 'open' | 'closed', reason?: 'completed' | 'not_planned'): Promise<void> {
      await o.rest.issues.update({ ...r, issue_number: n, state, ...(state === 'closed' && reason ? { state_reason: reason } : {}) });
    },
  };
}
