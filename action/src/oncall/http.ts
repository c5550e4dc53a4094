/**
 * Shared plumbing for the HTTP on-call adapters (PagerDuty, Opsgenie): one JSON request bounded by a
 * per-attempt timeout and an overall deadline, and the rule that turns provider emails into match keys.
 * An on-call check sits in the PR's critical path, so it must answer fast; a slow provider means review.
 */
import type { Clock, Sleep } from '../core/clock.js';
import { backoffDelay, parseRetryAfter, type RetryPolicy } from '../cloud/retry.js';
import { errorMessage } from '../core/errors.js';

export interface FetchDeadlineOptions {
  /** Ms one attempt may take, answer body included. */
  timeoutMs: number;
  /** Ms from the first attempt after which no retry starts (Retry-After included). */
  deadlineMs: number;
  /** Attempts including the first. */
  maxAttempts: number;
  sleep: Sleep;
  clock: Clock;
  random?: (() => number) | undefined;
  /** Names the service in errors, e.g. 'PagerDuty'; defaults to the URL's host. */
  label?: string | undefined;
}

/** A failed provider call; the message is safe to show (credentials redacted). */
export class OnCallHttpError extends Error {
  override name = 'OnCallHttpError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Backoff without Retry-After: short, because the whole lookup has seconds, not minutes. */
const BACKOFF = { baseDelayMs: 250, maxDelayMs: 2_000 };

type Outcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'retry' | 'fatal'; message: string; status?: number; retryAfter?: string | null };

/** GETs JSON with a per-attempt timeout, retrying 429/5xx/network errors while the wait fits the deadline; throws OnCallHttpError. */
export async function fetchJsonWithDeadline(
  url: string,
  init: RequestInit,
  opts: FetchDeadlineOptions,
): Promise<unknown> {
  const u = new URL(url);
  const what = `${opts.label ?? u.host} ${init.method ?? 'GET'} ${u.pathname}`;
  const secrets = secretsOf(init.headers);
  const fail = (message: string, status?: number): OnCallHttpError =>
    new OnCallHttpError(redact(message, secrets), status);
  const policy: RetryPolicy = {
    ...BACKOFF,
    maxAttempts: opts.maxAttempts,
    deadlineMs: opts.deadlineMs,
  };
  const random = opts.random ?? Math.random;
  const started = opts.clock.now().getTime();
  for (let attempt = 1; ; attempt++) {
    const remaining = opts.deadlineMs - (opts.clock.now().getTime() - started);
    if (remaining <= 0)
      throw fail(`${what}: the ${secs(opts.deadlineMs)} deadline passed before an answer`);
    const out = await attemptOnce(url, init, Math.min(opts.timeoutMs, remaining), what);
    if (out.kind === 'ok') return out.body;
    if (out.kind === 'fatal') throw fail(out.message, out.status);
    if (attempt >= opts.maxAttempts)
      throw fail(`${out.message} after ${attempt} attempts`, out.status);
    const retryAfterMs = parseRetryAfter(out.retryAfter, opts.clock.now());
    const wait = backoffDelay(policy, attempt, random, retryAfterMs);
    const elapsed = opts.clock.now().getTime() - started;
    if (elapsed + wait > opts.deadlineMs) {
      // Waiting past the deadline would hold the PR check hostage; "not on call" (review) is the safe answer.
      const asked =
        retryAfterMs !== undefined
          ? `Retry-After ${secs(retryAfterMs)}`
          : `a retry in ${secs(wait)}`;
      throw fail(
        `${out.message}, ${asked} exceeds the ${secs(opts.deadlineMs)} deadline`,
        out.status,
      );
    }
    await opts.sleep(wait);
  }
}

async function attemptOnce(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  what: string,
): Promise<Outcome> {
  const signal = AbortSignal.timeout(Math.max(1, timeoutMs));
  const timedOut = (): Outcome => ({
    kind: 'fatal',
    message: `${what}: no answer within ${secs(timeoutMs)} (timeout)`,
  });
  let res: Response;
  let text: string;
  try {
    // redirect 'error': an Authorization header must never follow a redirect to another host.
    res = await fetch(url, { ...init, signal, redirect: 'error' });
    text = await res.text();
  } catch (e) {
    // A timed-out provider gets no second attempt: it would only stretch the check to the deadline.
    if (signal.aborted) return timedOut();
    return { kind: 'retry', message: `${what}: network error (${describeFetchError(e)})` };
  }
  const status = `${res.status} ${res.statusText}`.trim();
  if (res.status === 429 || res.status >= 500) {
    return {
      kind: 'retry',
      message: `${what}: ${status}`,
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
    };
  }
  if (!res.ok) {
    const detail = providerMessage(text);
    return {
      kind: 'fatal',
      message: `${what}: ${status}${detail ? ` (${detail})` : ''}`,
      status: res.status,
    };
  }
  try {
    return { kind: 'ok', body: JSON.parse(text) as unknown };
  } catch {
    return {
      kind: 'fatal',
      message: `${what}: ${status} but the answer is not JSON`,
      status: res.status,
    };
  }
}

/** The provider's own error text (PagerDuty `error.message`, Opsgenie `message`), shortened. */
function providerMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown }; message?: unknown } | null;
    const m = body?.error?.message ?? body?.message;
    return typeof m === 'string' && m.length > 0 ? m.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

function describeFetchError(e: unknown): string {
  const cause = e instanceof Error ? (e as Error & { cause?: unknown }).cause : undefined;
  return cause === undefined ? errorMessage(e) : `${errorMessage(e)}: ${errorMessage(cause)}`;
}

/** Credential strings that must never appear in an error: the Authorization value and its bare token. */
function secretsOf(headers: RequestInit['headers']): string[] {
  const auth = new Headers(headers).get('authorization');
  if (!auth) return [];
  const bare = auth.split(/[\s=]/).pop() ?? '';
  return [auth, bare].filter((s) => s.length >= 4);
}

function redact(message: string, secrets: string[]): string {
  return secrets.reduce((m, s) => m.split(s).join('***'), message);
}

function secs(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/**
 * Match key for a provider email or username: NFC, then only plain printable ASCII is accepted, and
 * compared exactly (RC-10: case included). Anything else (a Cyrillic 'а' in "alice") yields
 * undefined, which matches nobody.
 */
export function asciiIdentityKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const nfc = value.normalize('NFC');
  // Lookalikes survive NFC (and NFKC would fold some into ASCII), so non-ASCII is refused outright.
  if (!/^[\x21-\x7e]+$/.test(nfc)) return undefined;
  // RC-10: an address differing only by case is a different identity claim; exact match only.
  return nfc;
}

/** A JSON object (not null, not an array); for checking provider answers field by field. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
