/**
 * Google Cloud IAM behind the CloudProvider interface: conditional bindings titled `breakglass-<id>`
 * on project allow policies, one read-modify-write per project with the etag, the whole cycle
 * retried on 409 and on transient errors.
 */
import type { GoogleAuth, GoogleAuthOptions } from 'google-auth-library';
import type { Clock, Sleep } from '../../core/clock.js';
import type {
  Change,
  ChangeResult,
  CloudProvider,
  ManagedEntry,
  ProviderFlag,
  ReadResult,
  Scope,
  WriteGuard,
} from '../model.js';
import { DEFAULT_RETRY, withRetry } from '../retry.js';
import type { RetryDeps, RetryPolicy } from '../retry.js';
import { CrmClient } from './crm.js';
import type { AuthRequest } from './crm.js';
import { classifyGcpError, GcpPolicyError, toRetryClass } from './errors.js';
import type { GcpClassified } from './errors.js';
import { managedEntries } from './managed.js';
import { conditionsHidden, editBindings, verifyOutcomes } from './policy.js';
import type { EditOutcome, IamPolicy } from './policy.js';

export type { AuthRequest } from './crm.js';

/** Dependencies of the GCP provider; `request` is a google-auth-library client or any look-alike. */
export interface GcpProviderOptions {
  request: AuthRequest;
  /** Resource Manager root, ending in a slash; defaults to https://cloudresourcemanager.googleapis.com/. */
  rootUrl?: string;
  sleep: Sleep;
  clock: Clock;
  retry?: RetryPolicy;
  random?: () => number;
  /** Per-request timeout, so a hung connection cannot outlive the run's deadline. */
  timeoutMs?: number;
}

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

/** Application Default Credentials (workload identity federation in Actions); the library is loaded only here. */
export async function createGcpAuth(opts: GoogleAuthOptions = {}): Promise<GoogleAuth> {
  const lib = await import('google-auth-library');
  return new lib.GoogleAuth({ ...opts, scopes: [CLOUD_PLATFORM] });
}

/** The GCP CloudProvider. */
export class GcpProvider implements CloudProvider {
  readonly cloud = 'gcp' as const;
  private readonly crm: CrmClient;
  private readonly deps: RetryDeps;
  private readonly policy: RetryPolicy;
  /**
   * The policy (with its etag) each project's last read() saw, so the write that follows in the same
   * run starts from it instead of a second get: one get and at most one set per project per run. The
   * etag keeps it safe (a stale snapshot gets a 409 and the whole cycle re-reads); an entry is used
   * once and dropped by any write or failed read.
   */
  private readonly lastRead = new Map<string, IamPolicy>();

  constructor(private readonly opts: GcpProviderOptions) {
    this.crm = new CrmClient(opts.request, opts.rootUrl, opts.timeoutMs);
    this.deps = {
      sleep: opts.sleep,
      clock: opts.clock,
      ...(opts.random ? { random: opts.random } : {}),
    };
    this.policy = opts.retry ?? DEFAULT_RETRY;
  }

  /** Reads every project; a project that cannot be read becomes an error entry, never a throw. */
  async read(scopes: Scope[]): Promise<ReadResult> {
    const out: ReadResult = { entries: [], flags: [], errors: [] };
    const reads = await Promise.all(scopes.map((s) => this.readOne(s)));
    for (const r of reads) {
      if ('message' in r) out.errors.push(r);
      else {
        out.entries.push(...r.entries);
        out.flags.push(...r.flags);
      }
    }
    return out;
  }

  /** Applies all changes of one project in one get and at most one set, retried whole on conflict. */
  async write(scope: Scope, changes: Change[], guard: WriteGuard): Promise<ChangeResult[]> {
    if (changes.length === 0) return [];
    if (scope.cloud !== 'gcp')
      return changes.map((c) =>
        failed(c, `GCP provider cannot write to ${scope.cloud} scopes`, false),
      );
    const project = scope.project;
    let snapshot = this.lastRead.get(project);
    this.lastRead.delete(project);
    const own = changes.filter(
      (c) => c.entry.kind === 'gcp-binding' && c.entry.project === project,
    );
    const state: { stage: 'get' | 'set'; last: EditOutcome[] | undefined } = {
      stage: 'get',
      last: undefined,
    };
    // Changes a set may have applied although its answer was lost: a later re-read finding them is our own write.
    const maybeWritten = new Set<number>();
    let outcomes: EditOutcome[];
    try {
      outcomes = await withRetry(
        async () => {
          state.stage = 'get';
          state.last = undefined;
          // First attempt: the policy read() just saw, when there is one; every retry reads afresh.
          const cached = snapshot;
          snapshot = undefined;
          let current = cached ?? (await this.getChecked(project));
          let edit = editBindings(current.bindings ?? [], own, guard);
          if (cached && !edit.changed && edit.outcomes.some((o) => o.status === 'already-done')) {
            // No set would prove the snapshot current (its etag does that), so confirm "already done" live.
            current = await this.getChecked(project);
            edit = editBindings(current.bindings ?? [], own, guard);
          }
          state.last = edit.outcomes;
          if (!edit.changed) return edit.outcomes;
          state.stage = 'set';
          let stored: IamPolicy;
          try {
            // Spread keeps every field we do not own (auditConfigs, unknown ones) exactly as read; etag included.
            stored = await this.crm.setIamPolicy(project, {
              ...current,
              version: 3,
              bindings: edit.bindings,
            });
          } catch (e) {
            if (this.classify(e, project, 'set').ambiguous) {
              edit.outcomes.forEach((o, i) => o.status === 'done' && maybeWritten.add(i));
            }
            throw e;
          }
          return verifyOutcomes(stored, own, edit.outcomes);
        },
        (e) => toRetryClass(this.classify(e, project, state.stage)),
        this.deps,
        this.policy,
      );
    } catch (e) {
      const c = this.classify(e, project, state.stage);
      const last = state.last;
      // Skips, pre-flight failures and already-present bindings stand; everything we meant to write failed.
      outcomes = own.map((_, i) => {
        const o = last?.[i];
        return o && o.status !== 'done'
          ? o
          : { status: 'failed', message: c.message, retryable: c.kind !== 'fatal' };
      });
    }
    let k = 0;
    return changes.map((c) => {
      if (!own.includes(c))
        return failed(
          c,
          `change for another scope sent to the writer of GCP project ${project}`,
          false,
        );
      const i = k++;
      const o = outcomes[i]!;
      if (o.status === 'already-done' && maybeWritten.has(i)) {
        return {
          change: c,
          status: 'done',
          message: 'confirmed by re-reading after the answer to the write was lost',
        };
      }
      return { change: c, ...o };
    });
  }

  private async readOne(
    scope: Scope,
  ): Promise<
    { entries: ManagedEntry[]; flags: ProviderFlag[] } | { scope: Scope; message: string }
  > {
    if (scope.cloud !== 'gcp')
      return { scope, message: `GCP provider cannot read ${scope.cloud} scopes` };
    this.lastRead.delete(scope.project);
    try {
      const policy = await this.getWithRetry(scope.project);
      const found = managedEntries(scope, policy);
      this.lastRead.set(scope.project, structuredClone(policy));
      return found;
    } catch (e) {
      return { scope, message: this.classify(e, scope.project, 'get').message };
    }
  }

  private getWithRetry(project: string): Promise<IamPolicy> {
    return withRetry(
      () => this.getChecked(project),
      (e) => toRetryClass(this.classify(e, project, 'get')),
      this.deps,
      this.policy,
    );
  }

  /** A v1 answer hides conditions; writing it back would drop them all, so stop (GCP-01). */
  private async getChecked(project: string): Promise<IamPolicy> {
    const p = await this.crm.getIamPolicy(project);
    if (conditionsHidden(p)) {
      throw new GcpPolicyError(
        `Resource Manager returned policy version ${p.version ?? 0} for ${project}, which hides its IAM conditions; refusing to read or write it`,
      );
    }
    return p;
  }

  private classify(e: unknown, project: string, op: 'get' | 'set'): GcpClassified {
    return classifyGcpError(e, { project, op }, this.opts.clock.now());
  }
}

function failed(change: Change, message: string, retryable: boolean): ChangeResult {
  return { change, status: 'failed', message, retryable };
}
