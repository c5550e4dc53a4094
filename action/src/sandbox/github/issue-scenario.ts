/**
 * People acting on issues as they would on github.com (an issue form submitted, an issue closed or
 * reopened from the UI): state and events change without going through the API.
 */
import { addLabels } from './labels.js';
import type { IssueState, RepoState } from './model.js';
import type { GitHubState } from './state.js';

/** What a person types into an issue (an issue form applies its `labels:` whoever submits it). */
export interface OpenIssueSpec {
  author: string;
  title: string;
  body?: string;
  labels?: string[];
}

export function openIssueAs(s: GitHubState, repo: RepoState, spec: OpenIssueSpec): IssueState {
  const author = s.mustUser(spec.author);
  const at = s.now();
  const issue: IssueState = {
    number: repo.nextNumber++,
    id: s.nextId(),
    author,
    title: spec.title,
    body: spec.body ?? null,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [],
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    isPull: false,
  };
  addLabels(s, repo, issue, spec.labels ?? []);
  repo.issues.set(issue.number, issue);
  s.emit(
    repo,
    { login: author.login, kind: 'user' },
    { name: 'issues', action: 'opened', number: issue.number },
  );
  return issue;
}

/** `login` closes (or reopens) an issue from the UI. */
export function setIssueStateAs(
  s: GitHubState,
  repo: RepoState,
  number: number,
  login: string,
  state: 'open' | 'closed',
  reason: 'completed' | 'not_planned' = 'completed',
): IssueState {
  const who = s.mustUser(login);
  const issue = repo.issues.get(number);
  if (!issue || issue.isPull) throw new Error(`FakeGitHub: no issue #${number}`);
  const at = s.now();
  issue.state = state;
  issue.closedAt = state === 'closed' ? at : null;
  issue.stateReason = state === 'closed' ? reason : 'reopened';
  issue.updatedAt = at;
  s.emit(
    repo,
    { login: who.login, kind: 'user' },
    { name: 'issues', action: state === 'closed' ? 'closed' : 'reopened', number },
  );
  return issue;
}
