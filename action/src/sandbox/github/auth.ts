/**
 * Who is calling and what they may do: token lookup (401), primary rate-limit accounting with
 * GitHub's x-ratelimit headers, repository visibility (404) and token permissions (403).
 */
import type { FakeRequest, FakeResponse } from '../http-fake.js';
import type { Caller, RepoState, Scope, ScopeLevel, TokenInfo, TokenKind } from './model.js';
import { apiError } from './render.js';
import type { GitHubState } from './state.js';

/** Permissions an integration token has when the test did not say otherwise. */
export const DEFAULT_PERMISSIONS: Record<
  Exclude<TokenKind, 'user'>,
  Partial<Record<Scope, ScopeLevel>>
> = {
  // The permissive GITHUB_TOKEN default: no repository administration and no organisation reads.
  'github-token': {
    contents: 'write',
    pull_requests: 'write',
    issues: 'write',
    checks: 'write',
    statuses: 'write',
    actions: 'write',
    administration: 'none',
    members: 'none',
  },
  app: {
    contents: 'write',
    pull_requests: 'write',
    issues: 'write',
    checks: 'write',
    statuses: 'write',
    actions: 'write',
    administration: 'read',
    members: 'read',
  },
};

const RANK: Record<ScopeLevel, number> = { none: 0, read: 1, write: 2 };

/** The caller of a request, or the 401 GitHub would answer. */
export function authenticate(s: GitHubState, req: FakeRequest): Caller | FakeResponse {
  const header = req.headers.authorization;
  const m = typeof header === 'string' ? /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim()) : null;
  if (!m) return apiError(401, 'Requires authentication');
  const info = s.tokens.get(m[1] as string);
  if (!info) return apiError(401, 'Bad credentials');
  const user = s.user(info.login);
  if (!user) return apiError(401, 'Bad credentials');
  return { user, kind: info.kind, token: info };
}

/** Counts the request against the token's hourly budget; answers 403 once it is spent. */
export function rateLimit(
  info: TokenInfo,
  nowSeconds: number,
): { headers: Record<string, string>; exceeded: boolean } {
  info.used += 1;
  const remaining = Math.max(0, info.limit - info.used);
  const headers = {
    'x-ratelimit-limit': String(info.limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(Math.min(info.used, info.limit)),
    'x-ratelimit-reset': String(nowSeconds + 3600),
    'x-ratelimit-resource': 'core',
  };
  return { headers, exceeded: info.used > info.limit };
}

/** 404 when the caller cannot see the repository (GitHub hides private repositories). */
export function canSee(s: GitHubState, caller: Caller, repo: RepoState): boolean {
  if (caller.kind !== 'user') return true;
  return !repo.settings.private || s.role(repo, caller.user.login) !== undefined;
}

/** The 403 for a missing permission, or undefined when the caller has it. */
export function checkScope(
  s: GitHubState,
  caller: Caller,
  repo: RepoState | undefined,
  scope: Scope,
  level: Exclude<ScopeLevel, 'none'>,
): FakeResponse | undefined {
  if (caller.kind !== 'user') {
    const granted =
      caller.token.permissions[scope] ?? DEFAULT_PERMISSIONS[caller.kind][scope] ?? 'none';
    return RANK[granted] >= RANK[level]
      ? undefined
      : apiError(403, 'Resource not accessible by integration');
  }
  if (!repo || scope === 'members') return undefined;
  const role = s.role(repo, caller.user.login);
  const ok =
    scope === 'administration'
      ? role === 'admin'
      : level === 'read'
        ? role !== undefined || !repo.settings.private
        : role === 'admin' ||
          role === 'maintain' ||
          role === 'write' ||
          (role === 'triage' && (scope === 'issues' || scope === 'pull_requests'));
  return ok ? undefined : apiError(403, 'Resource not accessible by personal access token');
}
