/**
 * What a route handler receives and the builders every route group uses: the parsed request, the
 * calling identity, the repository, typed body readers and GitHub-style pagination.
 */
import type { FakeRequest, FakeResponse } from '../http-fake.js';
import type { Caller, RepoState, Scope, ScopeLevel } from './model.js';
import type { GitHubState } from './state.js';

/** The request as a handler sees it. */
export interface Ctx {
  s: GitHubState;
  req: FakeRequest;
  params: Record<string, string>;
  caller: Caller;
  /** The JSON body when it is an object, else {}. */
  body: Record<string, unknown>;
  /** The JSON body as sent (arrays included), undefined when empty. */
  raw: unknown;
}

/** A handler context for routes under /repos/{owner}/{repo}. */
export interface RepoCtx extends Ctx {
  repo: RepoState;
}

/** One served operation: OpenAPI method + path template, the token scope it needs, the handler. */
export interface RouteDef {
  method: string;
  path: string;
  /** Token permission needed; reads of repository metadata need none beyond access. */
  scope: [Scope, Exclude<ScopeLevel, 'none'>] | undefined;
  repoScoped: boolean;
  handle: (ctx: Ctx) => FakeResponse;
}

/** A route under /repos/{owner}/{repo}; the router resolves the repository and access first. */
export function repoRoute(
  method: string,
  path: string,
  scope: RouteDef['scope'],
  handle: (ctx: RepoCtx) => FakeResponse,
): RouteDef {
  return { method, path, scope, repoScoped: true, handle: handle as (ctx: Ctx) => FakeResponse };
}

/** A route outside any repository (/user, /orgs/..., /graphql). */
export function plainRoute(
  method: string,
  path: string,
  scope: RouteDef['scope'],
  handle: (ctx: Ctx) => FakeResponse,
): RouteDef {
  return { method, path, scope, repoScoped: false, handle };
}

/** The caller as events record it. */
export function actor(ctx: Ctx): { login: string; kind: Caller['kind'] } {
  return { login: ctx.caller.user.login, kind: ctx.caller.kind };
}

/** A string field of the body, or undefined. */
export function str(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  return typeof v === 'string' ? v : undefined;
}

/** A boolean field of the body, or undefined. */
export function bool(body: Record<string, unknown>, key: string): boolean | undefined {
  const v = body[key];
  return typeof v === 'boolean' ? v : undefined;
}

/** A string-array field of the body ([] when absent or not an array of strings). */
export function strings(body: Record<string, unknown>, key: string): string[] {
  const v = body[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A numeric path parameter. */
export function numParam(ctx: Ctx, key: string): number {
  return Number(ctx.params[key]);
}

/** One page of `items` with GitHub's Link header; `cap` hides items past it (PR files stop at 3,000). */
export function paginate<T>(
  ctx: Ctx,
  items: T[],
  opts: { cap?: number } = {},
): { page: T[]; headers: Record<string, string> } {
  // GitHub clamps per_page to 100 and answers out-of-range pages with an empty list.
  const visible = opts.cap !== undefined ? items.slice(0, opts.cap) : items;
  const perRaw = Number(ctx.req.query.get('per_page') ?? '30');
  const per = Number.isFinite(perRaw) && perRaw >= 1 ? Math.min(Math.floor(perRaw), 100) : 30;
  const pageRaw = Number(ctx.req.query.get('page') ?? '1');
  const page = Number.isFinite(pageRaw) && pageRaw >= 1 ? Math.floor(pageRaw) : 1;
  const last = Math.max(1, Math.ceil(visible.length / per));
  const link = (p: number, rel: string): string => {
    const q = new URLSearchParams(ctx.req.query);
    q.set('per_page', String(per));
    q.set('page', String(p));
    return `<${ctx.s.api}${ctx.req.path}?${q.toString()}>; rel="${rel}"`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(link(page - 1, 'prev'));
  if (page < last) rels.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) rels.push(link(1, 'first'));
  const headers: Record<string, string> = rels.length > 0 ? { link: rels.join(', ') } : {};
  return { page: visible.slice((page - 1) * per, page * per), headers };
}
