/**
 * Issues (pull requests share their number space): create, read, edit, close, with the `issues`
 * events they emit attributed to the calling identity.
 */
import { json } from '../http-fake.js';
import { addLabels, findIssue } from './labels.js';
import type { IssueState, RepoState, TokenKind, User } from './model.js';
import { labelJson, nodeId, simpleUser, validationFailed } from './render.js';
import { actor, paginate, repoRoute, str, strings, type RepoCtx, type RouteDef } from './route.js';
import type { GitHubState } from './state.js';

/** How the author relates to the repository, as GitHub labels it. */
export function association(s: GitHubState, repo: RepoState, login: string): string {
  if (repo.owner.login === login) return 'OWNER';
  return s.role(repo, login) ? 'COLLABORATOR' : 'NONE';
}

/** The issue schema. */
export function issueJson(s: GitHubState, repo: RepoState, i: IssueState): Record<string, unknown> {
  const api = `${s.api}/repos/${repo.fullName}`;
  const out: Record<string, unknown> = {
    id: i.id,
    node_id: nodeId('I', i.id),
    url: `${api}/issues/${i.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${i.number}/labels{/name}`,
    comments_url: `${api}/issues/${i.number}/comments`,
    events_url: `${api}/issues/${i.number}/events`,
    html_url: `${s.web}/${repo.fullName}/${i.isPull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: simpleUser(s, i.author),
    labels: i.labels.map((l) => labelJson(s, repo, l)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments.filter((c) => c.issueNumber === i.number).length,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: association(s, repo, i.author.login),
  };
  if (i.isPull) {
    const pr = repo.pulls.get(i.number);
    out.pull_request = {
      url: `${api}/pulls/${i.number}`,
      html_url: `${s.web}/${repo.fullName}/pull/${i.number}`,
      diff_url: `${s.web}/${repo.fullName}/pull/${i.number}.diff`,
      patch_url: `${s.web}/${repo.fullName}/pull/${i.number}.patch`,
      merged_at: pr?.mergedAt ?? null,
    };
  }
  return out;
}

/**
 * GET /issues: issues AND pull requests (as GitHub lists them), filtered by `state` (open, closed,
 * all) and `labels` (comma-separated, every one required), sorted by `created` or `updated`.
 */
function listIssues(ctx: RepoCtx) {
  const q = ctx.req.query;
  const state = q.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state))
    return validationFailed('Issue', 'state', 'invalid');
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const sort = q.get('sort') ?? 'created';
  const asc = (q.get('direction') ?? 'desc') === 'asc';
  const key = (i: IssueState) => (sort === 'updated' ? i.updatedAt : i.createdAt);
  const list = [...ctx.repo.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
    .sort((a, b) => (asc ? 1 : -1) * (key(a).localeCompare(key(b)) || a.number - b.number));
  const { page, headers } = paginate(ctx, list);
  return json(
    200,
    page.map((i) => issueJson(ctx.s, ctx.repo, i)),
    headers,
  );
}

/** Routes for issues. */
/** Opens an issue by `user` (REST and GraphQL share it), applying labels, and emits `issues.opened`. */
export function createIssue(
  s: GitHubState,
  repo: RepoState,
  by: { login: string; kind: TokenKind },
  user: User,
  input: { title: string; body: string | null; labels: string[]; assignees: string[] },
): IssueState {
  const at = s.now();
  const issue: IssueState = {
    number: repo.nextNumber++,
    id: s.nextId(),
    author: user,
    title: input.title,
    body: input.body,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: input.assignees,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    isPull: false,
  };
  addLabels(s, repo, issue, input.labels);
  repo.issues.set(issue.number, issue);
  s.emit(repo, by, { name: 'issues', action: 'opened', number: issue.number });
  return issue;
}

export const issueRoutes: RouteDef[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/issues', ['issues', 'read'], listIssues),
  repoRoute('POST', '/repos/{owner}/{repo}/issues', ['issues', 'write'], (ctx) => {
    const title = str(ctx.body, 'title');
    if (!title) return validationFailed('Issue', 'title', 'missing_field');
    const labels = Array.isArray(ctx.body.labels)
      ? ctx.body.labels.map((l: unknown) =>
          typeof l === 'string' ? l : String((l as { name?: unknown }).name),
        )
      : [];
    const issue = createIssue(ctx.s, ctx.repo, actor(ctx), ctx.caller.user, {
      title,
      body: str(ctx.body, 'body') ?? null,
      labels,
      assignees: strings(ctx.body, 'assignees'),
    });
    return json(201, issueJson(ctx.s, ctx.repo, issue), {
      location: `${ctx.s.api}/repos/${ctx.repo.fullName}/issues/${issue.number}`,
    });
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}', ['issues', 'read'], (ctx) => {
    const i = findIssue(ctx);
    return 'status' in i ? i : json(200, issueJson(ctx.s, ctx.repo, i));
  }),
  repoRoute('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', ['issues', 'write'], (ctx) => {
    const i = findIssue(ctx);
    if ('status' in i) return i;
    const at = ctx.s.now();
    const state = str(ctx.body, 'state');
    if (state !== undefined && state !== 'open' && state !== 'closed')
      return validationFailed('Issue', 'state', 'invalid');
    i.title = str(ctx.body, 'title') ?? i.title;
    if ('body' in ctx.body) i.body = str(ctx.body, 'body') ?? null;
    if (Array.isArray(ctx.body.labels)) {
      i.labels = [];
      addLabels(ctx.s, ctx.repo, i, strings(ctx.body, 'labels'));
    }
    if (state !== undefined && state !== i.state) {
      i.state = state;
      i.closedAt = state === 'closed' ? at : null;
      i.stateReason =
        state === 'closed'
          ? ((str(ctx.body, 'state_reason') as IssueState['stateReason']) ?? 'completed')
          : 'reopened';
      const pr = ctx.repo.pulls.get(i.number);
      if (pr && !pr.merged) Object.assign(pr, { state, closedAt: i.closedAt, updatedAt: at });
      ctx.s.emit(ctx.repo, actor(ctx), {
        name: pr ? 'pull_request' : 'issues',
        action: state === 'closed' ? 'closed' : 'reopened',
        number: i.number,
      });
    }
    i.updatedAt = at;
    return json(200, issueJson(ctx.s, ctx.repo, i));
  }),
];
