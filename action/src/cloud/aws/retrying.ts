/**
 * IAM calls on one principal with the tool's retry policy around them: every failure leaves as a
 * CallFailed carrying an actionable message and whether retrying later can help, and writes are
 * read back until IAM's eventually consistent replicas show them.
 */
import type { Classified, RetryPolicy } from '../retry.js';
import { DEFAULT_RETRY, withRetry } from '../retry.js';
import type { Clock, Sleep } from '../../core/clock.js';
import { awsErrorRequestId, classifyAwsError, describeAwsFailure } from './errors.js';
import { opName } from './iam-calls.js';
import type { PrincipalPolicies } from './iam-calls.js';

/** Time, randomness and policies for retrying; the provider's dependencies minus the clients. */
export interface RetryingDeps {
  sleep: Sleep;
  clock: Clock;
  retry?: RetryPolicy;
  /** Read-back after a write; IAM replicas can lag by minutes (F-07), so this deadline is long. */
  verify?: RetryPolicy;
  random?: () => number;
}

/** Read-back schedule: up to 8 reads within 2 minutes. */
export const DEFAULT_VERIFY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 1_000,
  maxDelayMs: 15_000,
  deadlineMs: 120_000,
};

/** A call that failed for good, with the message and class already worked out. */
export class CallFailed extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** Raised by a read-back that does not match yet; always retryable. */
class NotYetVisible extends Error {}

type Verb = 'Put' | 'Get' | 'List' | 'Delete';

/** One principal's inline policies, with retries, read-back and request-id collection. */
export class RetryingIam {
  constructor(
    readonly iam: PrincipalPolicies,
    private readonly deps: RetryingDeps,
  ) {}

  /**
   * One IAM operation under withRetry. Request ids of Put/Delete attempts (failed ones too) go to `ids`
   * for the audit record. `onAlreadyDone` turns an already-done error (NoSuchEntity on Delete) into success.
   */
  async call<T>(
    verb: Verb,
    name: string,
    ids: string[],
    fn: () => Promise<T>,
    onAlreadyDone?: () => T,
  ): Promise<T> {
    const p = this.iam.principal;
    const op = opName(p, verb);
    const now = () => this.deps.clock.now();
    const classify = (e: unknown): Classified => {
      const id = awsErrorRequestId(e);
      if (id && (verb === 'Put' || verb === 'Delete')) ids.push(id);
      return classifyAwsError(e, op, now());
    };
    try {
      return await withRetry(
        fn,
        classify,
        this.retryDeps(),
        this.deps.retry ?? DEFAULT_RETRY,
        onAlreadyDone,
      );
    } catch (e) {
      const c = classifyAwsError(e, op, now());
      throw new CallFailed(describeAwsFailure(op, name, p.arn, e, c), c.kind === 'retryable');
    }
  }

  /** Names (filtered) and decoded documents of the principal's inline policies, all pages. */
  async loadPolicies(keep: (name: string) => boolean): Promise<Map<string, string>> {
    return this.loadDocs((await this.listNames()).filter(keep));
  }

  /** Every inline policy name of the principal, all pages. */
  async listNames(): Promise<string[]> {
    const names: string[] = [];
    let marker: string | undefined;
    do {
      const page = await this.call('List', '(all)', [], () =>
        this.iam.listPage(marker, () => undefined),
      );
      names.push(...page.names);
      marker = page.marker;
    } while (marker !== undefined);
    return names;
  }

  /** Decoded documents of the named inline policies; a name deleted meanwhile is left out. */
  async loadDocs(names: readonly string[]): Promise<Map<string, string>> {
    const docs = new Map<string, string>();
    for (const n of names) {
      const doc = await this.call('Get', n, [], () => this.iam.get(n));
      // Deleted between List and Get: it is simply not there any more.
      if (doc !== undefined) docs.set(n, doc);
    }
    return docs;
  }

  /** Reads until IAM shows `wanted` (undefined = absent); false when the replicas never caught up in time. */
  async readBack(name: string, wanted: string | undefined): Promise<boolean> {
    const random = this.deps.random ?? Math.random;
    // Equal jitter: each wait is at least half its cap, so replicas get time to catch up.
    const deps = { ...this.retryDeps(), random: () => 0.5 + random() / 2 };
    const classify = (e: unknown): Classified =>
      e instanceof NotYetVisible
        ? { kind: 'retryable' }
        : classifyAwsError(e, 'Get', this.deps.clock.now());
    try {
      await withRetry(
        async () => {
          const got = await this.iam.get(name);
          const ok =
            wanted === undefined
              ? got === undefined
              : got !== undefined && sameDocument(got, wanted);
          if (!ok) throw new NotYetVisible(`${name} not visible yet`);
        },
        classify,
        deps,
        this.deps.verify ?? DEFAULT_VERIFY,
      );
      return true;
    } catch {
      return false;
    }
  }

  private retryDeps(): { sleep: Sleep; clock: Clock; random?: () => number } {
    const { sleep, clock, random } = this.deps;
    return random ? { sleep, clock, random } : { sleep, clock };
  }
}

/** Same policy regardless of key order and whitespace (IAM hands back what it was given, maybe reformatted). */
export function sameDocument(a: string, b: string): boolean {
  try {
    return canonical(JSON.parse(a)) === canonical(JSON.parse(b));
  } catch {
    return false;
  }
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
