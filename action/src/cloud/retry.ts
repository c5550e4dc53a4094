/**
 * Backoff for cloud and on-call calls: truncated exponential with full jitter, Retry-After honoured,
 * all inside one deadline. Errors are classified by the caller; only `retryable` ones are retried.
 */
import type { Clock, Sleep } from '../core/clock.js';

export type ErrorClass = 'retryable' | 'already-done' | 'fatal';

export interface RetryPolicy {
  /** Attempts including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Give up when the next wait would end after this many ms from the first attempt. */
  deadlineMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 32_000, deadlineMs: 300_000 };

export interface RetryDeps {
  sleep: Sleep;
  clock: Clock;
  /** 0 ≤ random() < 1; injected so tests can pin the jitter. */
  random?: () => number;
}

export interface Classified {
  kind: ErrorClass;
  /** Server-requested wait (Retry-After), in ms. */
  retryAfterMs?: number;
}

/** Delay before attempt `attempt` (1-based retry count): full jitter over min(max, base·2^(n-1)), never below Retry-After. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs?: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.floor(random() * cap);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Runs `fn` until it succeeds, fails with a non-retryable error, runs out of attempts or would pass
 * the deadline. `already-done` errors resolve to `onAlreadyDone()` (idempotent deletes, for example).
 */
export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  classify: (e: unknown) => Classified,
  deps: RetryDeps,
  policy: RetryPolicy = DEFAULT_RETRY,
  onAlreadyDone?: () => T,
): Promise<T> {
  const started = deps.clock.now().getTime();
  const random = deps.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      const c = classify(e);
      if (c.kind === 'already-done' && onAlreadyDone) return onAlreadyDone();
      if (c.kind !== 'retryable' || attempt >= policy.maxAttempts) throw e;
      const wait = backoffDelay(policy, attempt, random, c.retryAfterMs);
      const elapsed = deps.clock.now().getTime() - started;
      if (elapsed + wait > policy.deadlineMs) throw e;
      await deps.sleep(wait);
    }
  }
}

/** Parses an HTTP Retry-After header (seconds or an HTTP date) into ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
