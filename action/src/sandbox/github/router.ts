/**
 * Maps a request to its OpenAPI operation (`METHOD /path/{template}`, the op name used for faults
 * and logs) and wraps the handler with authentication, rate limiting, access checks and JSON parsing.
 */
import type { FakeRequest, FakeResponse, Route } from '../http-fake.js';
import { actionRoutes } from './actions.js';
import { authenticate, canSee, checkScope, rateLimit } from './auth.js';
import { checkRoutes } from './checks.js';
import { commentRoutes } from './comments.js';
import { commitRoutes } from './commits.js';
import { compareRoutes } from './compare.js';
import { contentRoutes } from './contents.js';
import { gitRoutes } from './git-data.js';
import { graphqlRoutes } from './graphql.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { mergeRoutes } from './merge.js';
import { pullRoutes } from './pulls.js';
import { apiError } from './render.js';
import { reviewRoutes } from './reviews.js';
import type { Ctx, RouteDef } from './route.js';
import { settingsRoutes } from './settings.js';
import type { GitHubState } from './state.js';

/** Every operation the fake serves. */
export const ROUTES: readonly RouteDef[] = [
  ...pullRoutes,
  ...reviewRoutes,
  ...mergeRoutes,
  ...contentRoutes,
  ...gitRoutes,
  ...commitRoutes,
  ...compareRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...checkRoutes,
  ...actionRoutes,
  ...settingsRoutes,
  ...graphqlRoutes,
];

/** Parameters that may contain slashes (file paths, refs, branch and label names). */
const GREEDY = new Set(['path', 'ref', 'branch', 'name', 'basehead']);

interface Compiled {
  def: RouteDef;
  re: RegExp;
  names: string[];
  literal: number;
}

const COMPILED: Compiled[] = ROUTES.map((def) => {
  const names: string[] = [];
  const pattern = def.path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      if (GREEDY.has(name)) return '(.+)';
      return /(_number|_id)$/.test(name) && name !== 'workflow_id' ? '(\\d+)' : '([^/]+)';
    });
  return {
    def,
    re: new RegExp(`^${pattern}$`),
    names,
    literal: def.path.replace(/\{\w+\}/g, '').length,
  };
}).sort((a, b) => b.literal - a.literal);

const BASE_HEADERS = {
  'x-github-api-version-selected': '2022-11-28',
  'x-github-media-type': 'github.v3; format=json',
};

/** The fake's route for a request, or undefined for GitHub's 404. */
export function routeRequest(s: GitHubState, req: FakeRequest): Route | undefined {
  const path = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
  for (const c of COMPILED) {
    if (c.def.method !== req.method) continue;
    const m = c.re.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    c.names.forEach((n, i) => (params[n] = m[i + 1] as string));
    return {
      op: `${c.def.method} ${c.def.path}`,
      handle: () => withHeaders(serve(s, req, c.def, params)),
    };
  }
  return undefined;
}

function withHeaders(r: FakeResponse): FakeResponse {
  return {
    ...r,
    headers: { ...BASE_HEADERS, 'x-github-request-id': requestId(), ...(r.headers ?? {}) },
  };
}

let counter = 0;
function requestId(): string {
  counter += 1;
  return `FAKE:${counter.toString(16).toUpperCase().padStart(6, '0')}`;
}

function serve(
  s: GitHubState,
  req: FakeRequest,
  def: RouteDef,
  params: Record<string, string>,
): FakeResponse {
  const caller = authenticate(s, req);
  if ('status' in caller) return caller;
  const limit = rateLimit(caller.token, Math.floor(Date.parse(s.now()) / 1000));
  if (limit.exceeded) {
    return apiError(403, `API rate limit exceeded for ${caller.user.login}.`, limit.headers);
  }
  let raw: unknown;
  if (req.body.trim() !== '') {
    try {
      raw = JSON.parse(req.body);
    } catch {
      return apiError(400, 'Problems parsing JSON', limit.headers);
    }
  }
  const body =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  const ctx: Ctx = { s, req, params, caller, body, raw };
  let answer: FakeResponse;
  if (def.repoScoped) {
    const repo = s.repo(params.owner ?? '', params.repo ?? '');
    if (!repo || !canSee(s, caller, repo)) answer = apiError(404, 'Not Found');
    else
      answer =
        (def.scope && checkScope(s, caller, repo, def.scope[0], def.scope[1])) ||
        def.handle({ ...ctx, repo } as Ctx);
  } else {
    answer =
      (def.scope && checkScope(s, caller, undefined, def.scope[0], def.scope[1])) ||
      def.handle(ctx);
  }
  return { ...answer, headers: { ...limit.headers, ...(answer.headers ?? {}) } };
}
