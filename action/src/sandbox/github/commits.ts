/**
 * The REST commits API: one commit with its files and verification, and history listing filtered
 * by branch or SHA, path, author and time, newest first, as `git log` would show it.
 */
import { json } from '../http-fake.js';
import type { CommitObject } from './git-objects.js';
import type { RepoState } from './model.js';
import { apiError } from './render.js';
import { commitItem, resolveCommit } from './render-git.js';
import { paginate, repoRoute, type RouteDef } from './route.js';

function entryAt(repo: RepoState, commit: string, path: string): string | undefined {
  const files = repo.git.filesAt(commit);
  const exact = files.get(path);
  if (exact) return `${exact.mode}:${exact.sha}`;
  const under = [...files]
    .filter(([p]) => p.startsWith(`${path}/`))
    .map(([p, e]) => `${p}:${e.sha}`);
  return under.length > 0 ? under.join(',') : undefined;
}

/** Whether a commit changed `path`: a merge only when it differs from every parent (git's default). */
export function touches(repo: RepoState, c: CommitObject, path: string): boolean {
  const mine = entryAt(repo, c.sha, path);
  if (c.parents.length === 0) return mine !== undefined;
  return c.parents.every((p) => entryAt(repo, p, path) !== mine);
}

/** Routes for GET /commits and GET /commits/{ref}. */
export const commitRoutes: RouteDef[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/commits/{ref}', ['contents', 'read'], (ctx) => {
    const c = resolveCommit(ctx.repo, ctx.params.ref ?? '');
    return c
      ? json(200, commitItem(ctx.s, ctx.repo, c, true))
      : apiError(422, `No commit found for SHA: ${ctx.params.ref ?? ''}`);
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/commits', ['contents', 'read'], (ctx) => {
    const q = ctx.req.query;
    const start = resolveCommit(ctx.repo, q.get('sha') ?? ctx.repo.defaultBranch);
    if (!start) return apiError(404, 'Not Found');
    const path = q.get('path')?.replace(/^\/+|\/+$/g, '');
    const since = q.get('since');
    const until = q.get('until');
    const author = q.get('author')?.toLowerCase();
    const list = ctx.repo.git.ancestors(start.sha).filter((c) => {
      const at = Date.parse(c.committer.date);
      if (since && at < Date.parse(since)) return false;
      if (until && at > Date.parse(until)) return false;
      if (
        author &&
        c.author.email.toLowerCase() !== author &&
        ctx.s.userByEmail(c.author.email)?.login.toLowerCase() !== author
      )
        return false;
      return path ? touches(ctx.repo, c, path) : true;
    });
    const { page, headers } = paginate(ctx, list);
    return json(
      200,
      page.map((c) => commitItem(ctx.s, ctx.repo, c)),
      headers,
    );
  }),
];
