/**
 * What a failed Resource Manager call means for the caller. Duck-typed on GaxiosError's shape
 * (status, code, response.headers/data) so this module never loads google-auth-library.
 */
import type { Classified } from '../retry.js';
import { parseRetryAfter } from '../retry.js';

/** `retryable-cycle`: etag mismatch, redo the whole read-modify-write; `retryable`: same call may succeed later. */
export type GcpErrorKind = 'retryable-cycle' | 'retryable' | 'fatal';

/** A classified failure with a message a person can act on. */
export interface GcpClassified {
  kind: GcpErrorKind;
  status?: number;
  retryAfterMs?: number;
  /** Whether the request may have been applied even though it failed (timeouts, lost responses). */
  ambiguous: boolean;
  message: string;
}

/** Our own refusal to continue (e.g. a v1 policy read while conditions exist); never retried. */
export class GcpPolicyError extends Error {
  override name = 'GcpPolicyError';
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'TimeoutError',
  'AbortError',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);
const NETWORK_TEXT = /socket hang up|fetch failed|other side closed|network|timed? ?out/i;

interface ErrorShape {
  status?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  error?: unknown;
  response?: { status?: unknown; headers?: unknown; data?: unknown };
}

/** Classifies an error from a getIamPolicy (`get`) or setIamPolicy (`set`) call on `project`. */
export function classifyGcpError(
  e: unknown,
  ctx: { project: string; op: 'get' | 'set' },
  now: Date,
): GcpClassified {
  if (e instanceof GcpPolicyError) return { kind: 'fatal', ambiguous: false, message: e.message };
  const err = (typeof e === 'object' && e !== null ? e : {}) as ErrorShape;
  const status = numberOr(err.response?.status) ?? numberOr(err.status);
  const server = serverMessage(err.response?.data);
  const detail = server ? `: ${server}` : '';
  if (status === undefined) {
    if (isNetwork(e, 0)) {
      return {
        kind: 'retryable',
        ambiguous: true,
        message: `network error calling ${ctx.op}IamPolicy on ${ctx.project}: ${text(e)}`,
      };
    }
    return {
      kind: 'fatal',
      ambiguous: false,
      message: `unexpected error calling ${ctx.op}IamPolicy on ${ctx.project}: ${text(e)}`,
    };
  }
  if (status === 409) {
    return {
      kind: 'retryable-cycle',
      status,
      ambiguous: false,
      message: `concurrent change to the IAM policy of ${ctx.project} (409 ABORTED)${detail}`,
    };
  }
  if (RETRY_STATUS.has(status)) {
    const retryAfterMs = parseRetryAfter(header(err.response?.headers, 'retry-after'), now);
    return {
      kind: 'retryable',
      status,
      ambiguous: status !== 429,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      message: `Resource Manager answered ${status} for ${ctx.op}IamPolicy on ${ctx.project}${detail}`,
    };
  }
  return { kind: 'fatal', status, ambiguous: false, message: fatalMessage(status, ctx, detail) };
}

/** Maps a GCP classification onto the generic retry loop: conflicts and transient errors both redo the cycle. */
export function toRetryClass(c: GcpClassified): Classified {
  if (c.kind === 'fatal') return { kind: 'fatal' };
  return c.retryAfterMs !== undefined
    ? { kind: 'retryable', retryAfterMs: c.retryAfterMs }
    : { kind: 'retryable' };
}

function fatalMessage(
  status: number,
  ctx: { project: string; op: 'get' | 'set' },
  detail: string,
): string {
  const perm = `resourcemanager.projects.${ctx.op}IamPolicy`;
  switch (status) {
    case 400:
      return `Resource Manager rejected ${ctx.op}IamPolicy on ${ctx.project} as invalid (400)${detail}`;
    case 401:
      return `the Google credentials were rejected (401)${detail}; check the workload identity provider, its audience and the OIDC token of this job`;
    case 403:
      return `the workload identity needs ${perm} on ${ctx.project}, or the project does not exist (403)${detail}`;
    case 404:
      return `project ${ctx.project} was not found (404)${detail}; check the project id in the bundle`;
    default:
      return `Resource Manager answered ${status} for ${ctx.op}IamPolicy on ${ctx.project}${detail}`;
  }
}

function isNetwork(e: unknown, depth: number): boolean {
  if (depth > 4 || typeof e !== 'object' || e === null) return false;
  const err = e as ErrorShape;
  if (typeof err.code === 'string' && NETWORK_CODES.has(err.code)) return true;
  // gaxios reports its own timeout as an AbortError in `cause`, with no code.
  if (e instanceof Error && NETWORK_CODES.has(e.name)) return true;
  if (typeof err.message === 'string' && NETWORK_TEXT.test(err.message)) return true;
  return isNetwork(err.cause, depth + 1) || isNetwork(err.error, depth + 1);
}

function serverMessage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const inner = (data as { error?: { message?: unknown; status?: unknown } }).error;
  if (typeof inner !== 'object' || inner === null) return undefined;
  const msg = typeof inner.message === 'string' ? inner.message : undefined;
  const st = typeof inner.status === 'string' ? inner.status : undefined;
  return [st, msg].filter((x) => x !== undefined).join(' ') || undefined;
}

/** Gaxios 7 hands back a fetch `Headers`; older shapes are plain records. */
function header(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const h = headers as { get?: unknown } & Record<string, unknown>;
  if (typeof h.get === 'function')
    return (h.get as (n: string) => string | null).call(headers, name) ?? undefined;
  const v = h[name] ?? h[name.toLowerCase()];
  return typeof v === 'string' ? v : undefined;
}

function numberOr(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

function text(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
