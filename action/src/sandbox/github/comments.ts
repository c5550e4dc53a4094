/**
 * Conversation comments on issues and pull requests (the sticky decision comment lives here),
 * with the `issue_comment` events they emit.
 */
import { json, type FakeResponse } from '../http-fake.js';
import { findIssue } from './labels.js';
import type { CommentState, RepoState, TokenKind, User } from './model.js';
import { apiError, nodeId, simpleUser, validationFailed } from './render.js';
import { association } from './issues.js';
import { actor, numParam, paginate, repoRoute, str, type RepoCtx, type RouteDef } from './route.js';
import type { GitHubState } from './state.js';

/** The issue-comment schema. */
export function commentJson(
  s: GitHubState,
  repo: RepoState,
  c: CommentState,
): Record<string, unknown> {
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

/** GitHub's limit on a comment body, in characters. */
const MAX_BODY = 65536;

/**
 * Stores a new comment by `user` on issue or pull request `n` and emits `issue_comment.created`
 * (REST and GraphQL share it); a body over the limit is refused with GitHub's message.
 */
export function createComment(
  s: GitHubState,
  repo: RepoState,
  n: number,
  by: { login: string; kind: TokenKind },
  user: User,
  body: string,
): CommentState | string {
  if (body.length > MAX_BODY) return 'Body is too long (maximum is 65536 characters)';
  const at = s.now();
  const c: CommentState = {
    id: s.nextId(),
    issueNumber: n,
    user,
    body,
    createdAt: at,
    updatedAt: at,
  };
  repo.comments.push(c);
  s.emit(repo, by, { name: 'issue_comment', action: 'created', number: n });
  return c;
}

/** Replaces a comment's body and emits `issue_comment.edited`. */
export function editComment(
  s: GitHubState,
  repo: RepoState,
  c: CommentState,
  by: { login: string; kind: TokenKind },
  body: string,
): void {
  c.body = body;
  c.updatedAt = s.now();
  s.emit(repo, by, { name: 'issue_comment', action: 'edited', number: c.issueNumber });
}

function findComment(ctx: RepoCtx): CommentState | FakeResponse {
  return (
    ctx.repo.comments.find((c) => c.id === numParam(ctx, 'comment_id')) ??
    apiError(404, 'Not Found')
  );
}

/** Routes for issue and pull request comments. */
export const commentRoutes: RouteDef[] = [
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    ['issues', 'read'],
    (ctx) => {
      const i = findIssue(ctx);
      if ('status' in i) return i;
      const { page, headers } = paginate(
        ctx,
        ctx.repo.comments.filter((c) => c.issueNumber === i.number),
      );
      return json(
        200,
        page.map((c) => commentJson(ctx.s, ctx.repo, c)),
        headers,
      );
    },
  ),
  repoRoute(
    'POST',
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    ['issues', 'write'],
    (ctx) => {
      const i = findIssue(ctx);
      if ('status' in i) return i;
      const body = str(ctx.body, 'body');
      if (body === undefined) return validationFailed('IssueComment', 'body', 'missing_field');
      const c = createComment(ctx.s, ctx.repo, i.number, actor(ctx), ctx.caller.user, body);
      if (typeof c === 'string') return validationFailed('IssueComment', 'body', 'custom', c);
      return json(201, commentJson(ctx.s, ctx.repo, c), {
        location: `${ctx.s.api}/repos/${ctx.repo.fullName}/issues/comments/${c.id}`,
      });
    },
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    ['issues', 'read'],
    (ctx) => {
      const c = findComment(ctx);
      return 'status' in c ? c : json(200, commentJson(ctx.s, ctx.repo, c));
    },
  ),
  repoRoute(
    'PATCH',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    ['issues', 'write'],
    (ctx) => {
      const c = findComment(ctx);
      if ('status' in c) return c;
      const body = str(ctx.body, 'body');
      if (body === undefined) return validationFailed('IssueComment', 'body', 'missing_field');
      editComment(ctx.s, ctx.repo, c, actor(ctx), body);
      return json(200, commentJson(ctx.s, ctx.repo, c));
    },
  ),
  repoRoute(
    'DELETE',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    ['issues', 'write'],
    (ctx) => {
      const c = findComment(ctx);
      if ('status' in c) return c;
      ctx.repo.comments.splice(ctx.repo.comments.indexOf(c), 1);
      return { status: 204 };
    },
  ),
];
