/**
 * Pull request routes: list them (state, head and base filters, paginated), read one, list its files
 * (paginated, capped at 3,000) and commits, and open one, which also creates its issue side and emits
 * `pull_request.opened`.
 */
import { json, type FakeResponse } from '../http-fake.js';
import type { PullState, RepoState, User } from './model.js';
import { PR_FILES_CAP, pullBase, pullChanges, pullFull, pullSimple } from './pull-view.js';
import { apiError, validationFailed } from './render.js';
import { commitItem, diffEntry } from './render-git.js';
import { actor, bool, numParam, paginate, repoRoute, str, type RepoCtx, type RouteDef } from './route.js';
import type { GitHubState } from './state.js';

/** The pull request named by the path, or GitHub's 404. */
export function findPull(ctx: RepoCtx): PullState | FakeResponse {
  return ctx.repo.pulls.get(numParam(ctx, 'pull_number')) ?? apiError(404, 'Not Found');
}

/** Stores a new pull request (and its issue side) and emits `pull_request.opened`. */
export function createPull(
  s: GitHubState,
  repo: RepoState,
  author: User,
  kind: 'user' | 'app' | 'github-token',
  input: { head: string; base: string; title: string; body: string | null; draft: boolean },
): PullState {
  const at = s.now();
  const number = repo.nextNumber++;
  const headSha = repo.refs.get(`heads/${input.head}`) as string;
  const pr: PullState = {
    number,
    id: s.nextId(),
    author,
    title: input.title,
    body: input.body,
    state: 'open',
    draft: input.draft,
    headRef: input.head,
    baseRef: input.base,
    headSha,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    requestedReviewers: [],
    requestedTeams: [],
    reviews: [],
    pushes: [{ sha: headSha, pusher: author.login, at }],
    autoMerge: null,
  };
  repo.pulls.set(number, pr);
  repo.issues.set(number, {
    number,
    id: s.nextId(),
    author,
    title: input.title,
    body: input.body,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [],
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    isPull: true,
  });
  s.emit(
    repo,
    { login: author.login, kind },
    { name: 'pull_request', action: 'opened', number, sha: headSha, ref: input.head },
  );
  return pr;
}

/** GET /pulls: `state` (open, closed, all), `head` (`owner:branch`), `base`; newest first by default. */
function listPulls(ctx: RepoCtx): FakeResponse {
  const q = ctx.req.query;
  const state = q.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) return validationFailed('PullRequest', 'state', 'invalid');
  const head = q.get('head');
  const base = q.get('base');
  const direction = q.get('direction') ?? 'desc';
  const list = [...ctx.repo.pulls.values()]
    .filter((p) => state === 'all' || p.state === state)
    .filter((p) => !head || head === `${ctx.repo.owner.login}:${p.headRef}`)
    .filter((p) => !base || p.baseRef === base)
    .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
  const { page, headers } = paginate(ctx, list);
  return json(
    200,
    page.map((p) => pullSimple(ctx.s, ctx.repo, p)),
    headers,
  );
}

/** PATCH a pull request: title, body, and state (closing or reopening it; a merged one stays merged). */
function updatePull(ctx: RepoCtx): FakeResponse {
  const pr = findPull(ctx);
  if ('status' in pr) return pr;
  const state = str(ctx.body, 'state');
  if (state !== undefined && state !== 'open' && state !== 'closed') return validationFailed('PullRequest', 'state', 'invalid');
  if (state === 'open' && pr.merged) return validationFailed('PullRequest', 'state', 'custom', 'state cannot be changed. The pull request cannot be reopened.');
  const at = ctx.s.now();
  const issue = ctx.repo.issues.get(pr.number);
  pr.title = str(ctx.body, 'title') ?? pr.title;
  if ('body' in ctx.body) pr.body = str(ctx.body, 'body') ?? null;
  if (issue) Object.assign(issue, { title: pr.title, body: pr.body, updatedAt: at });
  if (state !== undefined && state !== pr.state && !pr.merged) {
    pr.state = state;
    pr.closedAt = state === 'closed' ? at : null;
    if (issue) Object.assign(issue, { state, closedAt: pr.closedAt, stateReason: state === 'closed' ? 'completed' : 'reopened' });
    ctx.s.emit(ctx.repo, actor(ctx), { name: 'pull_request', action: state === 'closed' ? 'closed' : 'reopened', number: pr.number, sha: pr.headSha, ref: pr.headRef });
  }
  pr.updatedAt = at;
  return json(200, pullFull(ctx.s, ctx.repo, pr));
}

/** Routes for pull requests, their files and commits. */
export const pullRoutes: RouteDef[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/pulls', ['pull_requests', 'read'], listPulls),
  repoRoute('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', ['pull_requests', 'write'], updatePull),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/pulls/{pull_number}',
    ['pull_requests', 'read'],
    (ctx) => {
      const pr = findPull(ctx);
      return 'status' in pr ? pr : json(200, pullFull(ctx.s, ctx.repo, pr));
    },
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    ['pull_requests', 'read'],
    (ctx) => {
      const pr = findPull(ctx);
      if ('status' in pr) return pr;
      const { page, headers } = paginate(ctx, pullChanges(ctx.repo, pr), { cap: PR_FILES_CAP });
      return json(
        200,
        page.map((c) => diffEntry(ctx.s, ctx.repo, pr.headSha, c)),
        headers,
      );
    },
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
    ['pull_requests', 'read'],
    (ctx) => {
      const pr = findPull(ctx);
      if ('status' in pr) return pr;
      const list = ctx.repo.git
        .commitsBetween(pullBase(ctx.repo, pr) ?? pr.headSha, pr.headSha)
        .slice(0, 250);
      const { page, headers } = paginate(ctx, list);
      return json(
        200,
        page.map((c) => commitItem(ctx.s, ctx.repo, c)),
        headers,
      );
    },
  ),
  repoRoute('POST', '/repos/{owner}/{repo}/pulls', ['pull_requests', 'write'], (ctx) => {
    const title = str(ctx.body, 'title');
    const head = (str(ctx.body, 'head') ?? '').replace(/^[^:]+:/, '');
    const base = str(ctx.body, 'base') ?? '';
    if (!title) return validationFailed('PullRequest', 'title', 'missing_field');
    const headSha = ctx.repo.refs.get(`heads/${head}`);
    const baseSha = ctx.repo.refs.get(`heads/${base}`);
    if (!headSha) return validationFailed('PullRequest', 'head', 'invalid');
    if (!baseSha) return validationFailed('PullRequest', 'base', 'invalid');
    const open = [...ctx.repo.pulls.values()].find((p) => p.state === 'open' && p.headRef === head && p.baseRef === base);
    if (open) {
      return validationFailed(
        'PullRequest',
        'head',
        'custom',
        `A pull request already exists for ${ctx.repo.owner.login}:${head}.`,
      );
    }
    if (ctx.repo.git.isAncestor(headSha, baseSha)) {
      return validationFailed(
        'PullRequest',
        'head',
        'custom',
        `No commits between ${base} and ${head}`,
      );
    }
    const input = {
      head,
      base,
      title,
      body: str(ctx.body, 'body') ?? null,
      draft: bool(ctx.body, 'draft') ?? false,
    };
    const pr = createPull(ctx.s, ctx.repo, ctx.caller.user, ctx.caller.kind, input);
    return json(201, pullFull(ctx.s, ctx.repo, pr), {
      location: `${ctx.s.api}/repos/${ctx.repo.fullName}/pulls/${pr.number}`,
    });
  }),
];
