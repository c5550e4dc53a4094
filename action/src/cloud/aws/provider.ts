/**
 * AWS behind the CloudProvider interface: reads and writes the `breakglass-*` inline policies of IAM
 * roles and users. Each change stands alone (one failure never stops the others), puts are checked
 * against IAM's size quota before any write, and every write is read back until IAM shows it,
 * because IAM is eventually consistent.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import type {
  AwsInlineEntry,
  AwsSessionRevokeEntry,
  Change,
  ChangeResult,
  CloudProvider,
  ManagedEntry,
  ReadResult,
  Scope,
  WriteGuard,
} from '../model.js';
import { MANAGED_PREFIX, UNVERIFIED, entryKey } from '../model.js';
import { errorMessage } from '../../core/errors.js';
import { parseManagedAwsPolicy } from '../../plan/aws-entries.js';
import { PrincipalPolicies, parsePrincipalArn } from './iam-calls.js';
import { CallFailed, RetryingIam, sameDocument } from './retrying.js';
import { expiredStandIn, preflight } from './quota.js';
import { AccountCheck } from './account-check.js';
export { INLINE_LIMIT } from './quota.js';
import type { RetryingDeps } from './retrying.js';

export { createAwsClientFactory } from './iam-calls.js';
export type { AwsClientOptions } from './iam-calls.js';
export { DEFAULT_VERIFY } from './retrying.js';

/** Dependencies of AwsProvider; tests pass clients pointed at the loopback fake and a recording sleep. */
export interface AwsProviderDeps extends RetryingDeps {
  clientFor(account: string): IAMClient;
}

/** IAM aggregate inline-policy quotas (non-whitespace characters). */

/** Principals read at once by read(); IAM is shared by the whole account, so this stays modest. */
const READ_CONCURRENCY = 8;

type AwsEntry = AwsInlineEntry | AwsSessionRevokeEntry;
type Outcome = Omit<ChangeResult, 'change'>;

/** State kept while writing one scope: the principal's current inline policies, read once. */
interface ScopeState {
  iam: RetryingIam;
  inventory?: Promise<Map<string, string>>;
  /** What read() saw on this principal just before, reused instead of listing and re-reading it. */
  seen?: SeenByRead;
  /** Whether `inventory` holds documents from `seen` (so an "already there" must be confirmed live). */
  fromRead?: boolean;
}

/** A principal as read() left it: every inline policy name, and the managed documents it fetched. */
interface SeenByRead {
  names: string[];
  managed: Map<string, string>;
}

/** The AWS implementation of CloudProvider. */
export class AwsProvider implements CloudProvider {
  readonly cloud = 'aws' as const;
  /**
   * Per principal ARN, what the last read() saw; the next write() on that principal takes it (once)
   * for its size pre-flight, so it only fetches the policies read() skipped (the ones not managed).
   */
  private readonly lastRead = new Map<string, SeenByRead>();
  /** Per account, the check that the credentials really reach it (IAM answers for whatever account they belong to). */
  private readonly accounts = new AccountCheck();

  constructor(private readonly deps: AwsProviderDeps) {}

  async read(scopes: Scope[]): Promise<ReadResult> {
    // Principals are independent: up to READ_CONCURRENCY are read at once. Each scope fills its own
    // slot, so the result keeps the order of `scopes` whichever answer comes first.
    const slots = scopes.map((): ReadResult => ({ entries: [], flags: [], errors: [] }));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < scopes.length) {
        const i = next++;
        const scope = scopes[i]!;
        const out = slots[i]!;
        if (scope.cloud === 'aws') this.lastRead.delete(scope.principalArn);
        try {
          const iam = this.open(scope);
          await this.accounts.ensure(iam.iam);
          const arn = iam.iam.principal.arn;
          const found: ManagedEntry[] = [];
          const names = await iam.listNames();
          const managed = await iam.loadDocs(names.filter((n) => n.startsWith(MANAGED_PREFIX)));
          for (const [name, doc] of managed) {
            let entry = parseManagedAwsPolicy(arn, name, doc);
            if (!entry) {
              // A managed name without a bounded document is drift: hand reconcile an expired entry so it removes it.
              const message = `${name} on ${arn} is named like a breakglass policy but has no readable expiry window; it will be removed`;
              out.flags.push({ scope, ruleId: 'aws-unrecognised-managed-policy', message });
              entry = expiredStandIn(iam.iam.principal, name);
            }
            found.push({ scope, key: entryKey(entry), grantId: entry.grantId, entry });
          }
          out.entries.push(...found);
          this.lastRead.set(arn, { names, managed: new Map(managed) });
        } catch (e) {
          out.errors.push({ scope, message: errorMessage(e) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, scopes.length) }, worker));
    return {
      entries: slots.flatMap((r) => r.entries),
      flags: slots.flatMap((r) => r.flags),
      errors: slots.flatMap((r) => r.errors),
    };
  }

  async write(scope: Scope, changes: Change[], guard: WriteGuard): Promise<ChangeResult[]> {
    let state: ScopeState;
    const seen = scope.cloud === 'aws' ? this.lastRead.get(scope.principalArn) : undefined;
    if (scope.cloud === 'aws') this.lastRead.delete(scope.principalArn);
    try {
      state = { iam: this.open(scope), ...(seen ? { seen } : {}) };
    } catch (e) {
      const message = errorMessage(e);
      return changes.map((change) => ({ change, status: 'failed', retryable: false, message }));
    }
    const results: ChangeResult[] = [];
    for (const change of changes) {
      const requestIds: string[] = [];
      const ids = () => (requestIds.length ? { requestIds } : {});
      try {
        const e = change.entry;
        if (e.kind === 'gcp-binding' || e.principalArn !== state.iam.iam.principal.arn) {
          throw new CallFailed(
            `change for ${entryKey(e)} does not belong to scope ${scopeName(scope)}`,
            false,
          );
        }
        await this.accounts.ensure(state.iam.iam);
        const r =
          change.op === 'put'
            ? await this.put(state, e, guard, requestIds)
            : await this.remove(state, e, requestIds);
        results.push({ change, ...r, ...ids() });
      } catch (e) {
        const retryable = e instanceof CallFailed ? e.retryable : false;
        results.push({ change, status: 'failed', message: errorMessage(e), retryable, ...ids() });
      }
    }
    return results;
  }

  private async put(
    state: ScopeState,
    entry: AwsEntry,
    guard: WriteGuard,
    ids: string[],
  ): Promise<Outcome> {
    const { iam } = state;
    const p = iam.iam.principal;
    const name = entry.policyName;
    const doc = JSON.stringify(entry.document);
    state.inventory ??= inventory(state);
    const current = await state.inventory;
    let existing = current.get(name);
    if (existing !== undefined && sameDocument(existing, doc) && state.fromRead) {
      // Seen by read(), not re-read since: confirm live before calling it done without a write.
      existing = await iam.call('Get', name, [], () => iam.iam.get(name));
      if (existing === undefined) current.delete(name);
      else current.set(name, existing);
    }
    if (existing !== undefined && sameDocument(existing, doc)) return { status: 'already-done' };
    const refused = preflight(p, name, doc, current);
    if (refused) return { status: 'failed', retryable: false, message: refused };
    if (!guard.stillValid(entry)) {
      const message = `grant ${entry.grantId} is no longer valid at write time (expired or withdrawn); nothing written`;
      return { status: 'skipped', message };
    }
    await iam.call('Put', name, ids, async () =>
      ids.push(...defined(await iam.iam.put(name, doc))),
    );
    current.set(name, doc);
    return (await iam.readBack(name, doc))
      ? { status: 'done' }
      : { status: 'done', message: UNVERIFIED };
  }

  private async remove(state: ScopeState, entry: AwsEntry, ids: string[]): Promise<Outcome> {
    const { iam } = state;
    const name = entry.policyName;
    let gone = false;
    const del = async () => {
      ids.push(...defined(await iam.iam.delete(name)));
    };
    await iam.call('Delete', name, ids, del, () => {
      gone = true;
    });
    (await state.inventory?.catch(() => undefined))?.delete(name);
    if (state.seen) {
      // Not loaded into an inventory yet: forget it in what read() saw, so a later pre-flight does not count it.
      state.seen.managed.delete(name);
      state.seen.names = state.seen.names.filter((n) => n !== name);
    }
    if (gone) return { status: 'already-done' };
    return (await iam.readBack(name, undefined))
      ? { status: 'done' }
      : { status: 'done', message: UNVERIFIED };
  }

  private open(scope: Scope): RetryingIam {
    if (scope.cloud !== 'aws') throw new Error(`AWS provider cannot handle a ${scope.cloud} scope`);
    const p = parsePrincipalArn(scope.principalArn);
    if (!p) {
      throw new Error(
        `${scope.principalArn} is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name> or :user/<name>)`,
      );
    }
    if (p.account !== scope.account)
      throw new Error(`${scope.principalArn} is not in account ${scope.account}`);
    return new RetryingIam(new PrincipalPolicies(this.deps.clientFor(scope.account), p), this.deps);
  }
}

/** The principal's inline policies: from read()'s names and managed documents plus the others, or listed afresh. */
function inventory(state: ScopeState): Promise<Map<string, string>> {
  const { iam, seen } = state;
  if (!seen) return iam.loadPolicies(() => true);
  state.fromRead = true;
  return iam
    .loadDocs(seen.names.filter((n) => !seen.managed.has(n)))
    .then((rest) => new Map([...seen.managed, ...rest]));
}

function scopeName(s: Scope): string {
  return s.cloud === 'aws' ? s.principalArn : s.project;
}

function defined(id: string | undefined): string[] {
  return id ? [id] : [];
}
