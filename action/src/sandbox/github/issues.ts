/**
 * Issues (pull requests share their number space), conversation comments and labels, with the
 * events they emit (`issues`, `issue_comment`) attributed to the calling identity.
 */
import { json, type FakeResponse } from '../http-fake.js';
import type { CommentState, IssueState, RepoState } from './model.js';
import { apiError, labelJson, nodeId, simpleUser, validationFailed } from './render.js';
import { numParam, paginate, repoRoute, str, strings, type RepoCtx, type RouteDef } from './route.js';
import type { GitHubState } from './state.js';

function association(s: GitHubState, repo: RepoState, login: string): string {
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

/** The issue-comment schema. */
export function commentJson(s: GitHubState, repo: RepoState, c: CommentState): Record<string, unknown> {
  const api = `${s.api}/repos/${repo.fullName}`;
  const isPull = repo.issues.get(c.issueNumber)?.isPull === true;
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${s.web}/${repo.fullName}/${isPull ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(s, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/issues/${c.issueNumber}`,
    author_association: association(s, repo, c.user.login),
  };
}

/** Applies label names to an issue, creating unknown labels as GitHub does. */
export function addLabels(s: GitHubState, repo: RepoState, issue: IssueState, names: string[]): void {
  for (const name of names) {
    if (!repo.labels.has(name.toLowerCase())) repo.labels.set(name.toLowerCase(), { id: s.nextId(), name, color: 'ededed', description: null });
    if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(name);
  }
}

function findIssue(ctx: RepoCtx): IssueState | FakeResponse {
  return ctx.repo.issues.get(numParam(ctx, 'issue_number')) ?? apiError(404, 'Not Found');
}

function findComment(ctx: RepoCtx): CommentState | FakeResponse {
  return ctx.repo.comments.find((c) => c.id === numParam(ctx, 'comment_id')) ?? apiError(404, 'Not Found');
}

function labelsOf(ctx: RepoCtx, i: IssueState): FakeResponse {
  return json(200, i.labels.map((l) => labelJson(ctx.s, ctx.repo, l)));
}

function who(ctx: RepoCtx): { login: string; kind: RepoCtx['caller']['kind'] } {
  return { login: ctx.caller.user.login, kind: ctx.caller.kind };
}

/** Routes for issues, comments and labels. */
export const issueRoutes: RouteDef[] = [
  repoRoute('POST', '/repos/{owner}/{repo}/issues', ['issues', 'write'], (ctx) => {
    const title = str(ctx.body, 'title');
    if (!title) return validationFailed('Issue', 'title', 'missing_field');
    const at = ctx.s.now();
    const issue: IssueState = {
      number: ctx.repo.nextNumber++, id: ctx.s.nextId(), author: ctx.caller.user, title, body: str(ctx.body, 'body') ?? null,
      state: 'open', stateReason: null, labels: [], assignees: strings(ctx.body, 'assignees'), createdAt: at, updatedAt: at,
      closedAt: null, isPull: false,
    };
    const labels = Array.isArray(ctx.body.labels) ? ctx.body.labels.map((l: unknown) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name))) : [];
    addLabels(ctx.s, ctx.repo, issue, labels);
    ctx.repo.issues.set(issue.number, issue);
    ctx.s.emit(ctx.repo, who(ctx), { name: 'issues', action: 'opened', number: issue.number });
    return json(201, issueJson(ctx.s, ctx.repo, issue), { location: `${ctx.s.api}/repos/${ctx.repo.fullName}/issues/${issue.number}` });
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
    if (state !== undefined && state !== 'open' && state !== 'closed') return validationFailed('Issue', 'state', 'invalid');
    i.title = str(ctx.body, 'title') ?? i.title;
    if ('body' in ctx.body) i.body = str(ctx.body, 'body') ?? null;
    if (Array.isArray(ctx.body.labels)) {
      i.labels = [];
      addLabels(ctx.s, ctx.repo, i, strings(ctx.body, 'labels'));
    }
    if (state !== undefined && state !== i.state) {
      i.state = state;
      i.closedAt = state === 'closed' ? at : null;
      i.stateReason = state === 'closed' ? ((str(ctx.body, 'state_reason') as IssueState['stateReason']) ?? 'completed') : 'reopened';
      const pr = ctx.repo.pulls.get(i.number);
      if (pr && !pr.merged) Object.assign(pr, { state, closedAt: i.closedAt, updatedAt: at });
      ctx.s.emit(ctx.repo, who(ctx), { name: pr ? 'pull_request' : 'issues', action: state === 'closed' ? 'closed' : 'reopened', number: i.number });
    }
    i.updatedAt = at;
    return json(200, issueJson(ctx.s, ctx.repo, i));
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ['issues', 'read'], (ctx) => {
    const i = findIssue(ctx);
    if ('status' in i) return i;
    const { page, headers } = paginate(ctx, ctx.repo.comments.filter((c) => c.issueNumber === i.number));
    return json(200, page.map((c) => commentJson(ctx.s, ctx.repo, c)), headers);
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ['issues', 'write'], (ctx) => {
    const i = findIssue(ctx);
    if ('status' in i) return i;
    const body = str(ctx.body, 'body');
    if (body === undefined) return validationFailed('IssueComment', 'body', 'missing_field');
    if (body.length > 65536) return validationFailed('IssueComment', 'body', 'custom', 'Body is too long (maximum is 65536 characters)');
    const at = ctx.s.now();
    const c: CommentState = { id: ctx.s.nextId(), issueNumber: i.number, user: ctx.caller.user, body, createdAt: at, updatedAt: at };
    ctx.repo.comments.push(c);
    ctx.s.emit(ctx.repo, who(ctx), { name: 'issue_comment', action: 'created', number: i.number });
    return json(201, commentJson(ctx.s, ctx.repo, c), { location: `${ctx.s.api}/repos/${ctx.repo.fullName}/issues/comments/${c.id}` });
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ['issues', 'read'], (ctx) => {
    const c = findComment(ctx);
    return 'status' in c ? c : json(200, commentJson(ctx.s, ctx.repo, c));
  }),
  repoRoute('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ['issues', 'write'], (ctx) => {
    const c = findComment(ctx);
    if ('status' in c) return c;
    const body = str(ctx.body, 'body');
    if (body === undefined) return validationFailed('IssueComment', 'body', 'missing_field');
    c.body = body;
    c.updatedAt = ctx.s.now();
    ctx.s.emit(ctx.repo, who(ctx), { name: 'issue_comment', action: 'edited', number: c.issueNumber });
    return json(200, commentJson(ctx.s, ctx.repo, c));
  }),
  repoRoute('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ['issues', 'write'], (ctx) => {
    const c = findComment(ctx);
    if ('status' in c) return c;
    ctx.repo.comments.splice(ctx.repo.comments.indexOf(c), 1);
    return { status: 204 };
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}/labels', ['issues', 'read'], (ctx) => {
    const i = findIssue(ctx);
    return 'status' in i ? i : labelsOf(ctx, i);
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', ['issues', 'write'], (ctx) => {
    const i = findIssue(ctx);
    if ('status' in i) return i;
    const names = Array.isArray(ctx.raw) ? ctx.raw.filter((x): x is string => typeof x === 'string') : strings(ctx.body, 'labels');
    if (names.length === 0) return validationFailed('Label', 'labels', 'missing_field');
    addLabels(ctx.s, ctx.repo, i, names);
    ctx.s.emit(ctx.repo, who(ctx), { name: i.isPull ? 'pull_request' : 'issues', action: 'labeled', number: i.number });
    return labelsOf(ctx, i);
  }),
  repoRoute('DELETE', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', ['issues', 'write'], (ctx) => {
    const i = findIssue(ctx);
    if ('status' in i) return i;
    const name = (ctx.params.name ?? '').toLowerCase();
    const idx = i.labels.findIndex((l) => l.toLowerCase() === name);
    if (idx < 0) return apiError(404, 'Label does not exist');
    i.labels.splice(idx, 1);
    ctx.s.emit(ctx.repo, who(ctx), { name: i.isPull ? 'pull_request' : 'issues', action: 'unlabeled', number: i.number });
    return labelsOf(ctx, i);
  }),
];
