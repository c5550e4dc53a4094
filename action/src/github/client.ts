/**
 * The only place an Octokit is built: retry for 5xx, throttling for rate limits. 429 is left to the
 * throttling plugin alone (TOOLCHAIN §4): with both plugins retrying it, one 429 storm became 8 requests.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';

export const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubClient>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  log?: (message: string) => void;
  /** Tests shrink waits; production keeps GitHub's advice. */
  retryAfterBaseValue?: number;
  /** Tests turn throttling's write spacing off (it waits 1-3 s between writes). */
  throttle?: boolean;
  /**
   * A client for GraphQL read queries only. The throttling plugin sends every POST /graphql through its
   * write limiter (one at a time, 1 s apart), since it cannot tell a query from a mutation; GitHub asks
   * for that spacing between mutations and other writes, not reads. Rate-limit answers are still handled.
   */
  queriesOnly?: boolean;
}

/** No spacing between GraphQL read queries (the global limiter still caps concurrency). */
const unspaced = () => new Bottleneck.Group({ id: 'breakglass-graphql-queries', maxConcurrent: null, minTime: 0 });

/** Retries after a rate limit at most this many times before failing the run (which fails closed). */
const MAX_RATE_LIMIT_RETRIES = 2;

export function createClient(o: ClientOptions): GitHubClient {
  const log = o.log ?? (() => {});
  const quiet = { debug: log, info: log, warn: log, error: log };
  return new GitHubClient({
    auth: o.token,
    baseUrl: o.baseUrl,
    userAgent: 'breakglass',
    log: quiet,
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], ...(o.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: o.retryAfterBaseValue } : {}) },
    throttle: {
      enabled: o.throttle !== false,
      ...(o.queriesOnly ? { write: unspaced() } : {}),
      ...(o.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: o.retryAfterBaseValue } : {}),
      onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        log(`GitHub rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} in ${after} s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        log(`GitHub secondary rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} in ${after} s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
    },
  });
}

/** HTTP status of an Octokit RequestError, or undefined. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}
