/**
 * `breakglass plan` and `breakglass reconcile`: desired state from git, actual state from the clouds,
 * the plan between them, then (reconcile only) its execution and the revocation records.
 */
import type { ManagedEntry, ProviderFlag, Scope } from '../cloud/model.js';
import type { Clock } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import { formatFinding, type Finding } from '../core/finding.js';
import { grantIdFromPath } from '../grant/grant.js';
import { desiredState, type GrantOnBranch } from '../plan/desired.js';
import { computePlan, scopesToRead, type Plan } from '../plan/plan.js';
import type { Policy } from '../policy/model.js';
import { executePlan, succeeded, type ItemResult, type Providers } from '../reconcile/execute.js';
import type { RecordStore } from '../reconcile/record-store.js';
import { pendingApplyRecords } from '../reconcile/apply-records.js';
import { checkClockSkew, type ServerTime, type SkewCheck } from '../reconcile/clock-skew.js';
import { pendingRecords, type PendingRecord } from '../reconcile/records.js';
import type { ApplyRecord } from '../audit/trailers.js';
import type { RepoFiles } from '../repo/files.js';
import { grantHistory, type GrantHistory } from '../repo/grant-records.js';
import type { HistorySource } from '../repo/history.js';
import { listGrantPaths, loadGrantFile, loadPolicies } from '../repo/load-all.js';

export interface ReconcileDeps {
  repo: RepoFiles;
  history: HistorySource;
  providers: Providers;
  records?: RecordStore;
  clock: Clock;
  log?: (line: string) => void;
  concurrency?: number;
  /** A cloud's clock (its HTTP `Date`): writes are refused when the runner's clock is off by more than 60 s (F-08). */
  serverTime?: ServerTime;
}

export interface PlanState {
  policy: Policy;
  plan: Plan;
  actual: ManagedEntry[];
  history: GrantHistory;
  onBranch: Map<string, string>;
}

export class InvalidPolicies extends Error {
  constructor(readonly findings: Finding[]) {
    super(`policies/ are invalid:\n${findings.map(formatFinding).join('\n')}`);
  }
}

/**
 * Builds the plan at `at` (default now). `offline` assumes the clouds hold nothing managed.
 * `beforeCloudRead` is called as the cloud reads go out (reconcile sends its clock check with them).
 */
export async function buildPlan(deps: ReconcileDeps, opts: { at?: Date; offline?: boolean; beforeCloudRead?: () => void } = {}): Promise<PlanState> {
  const now = opts.at ?? deps.clock.now();
  const [policies, paths, commits] = await Promise.all([loadPolicies(deps.repo), listGrantPaths(deps.repo), deps.history.commits()]);
  if (!policies.loaded) throw new InvalidPolicies(policies.findings);
  const policy = policies.loaded.policy;
  const history = grantHistory(commits);
  const grants: GrantOnBranch[] = await Promise.all(
    paths.map(async (path) => {
      const g = await loadGrantFile(deps.repo, path);
      const approval = history.approvals.get(path);
      const item: GrantOnBranch = { path, grantId: grantIdFromPath(path) ?? path, findings: g.findings };
      if (g.loaded) item.loaded = g.loaded;
      if (approval?.record) item.record = approval.record;
      return item;
    }),
  );
  const onBranch = new Map(grants.map((g) => [g.grantId, g.path]));
  const desired = desiredState(policy, grants, now, history.revocations);
  opts.beforeCloudRead?.();
  const { actual, flags, readErrors } = opts.offline ? { actual: [], flags: [], readErrors: [] } : await readClouds(deps.providers, scopesToRead(policy, desired, history, now));
  const plan = computePlan({ policy, desired, actual, flags, readErrors, history, now });
  return { policy, plan, actual, history, onBranch };
}

async function readClouds(providers: Providers, scopes: Scope[]) {
  // Read in parallel, but gather in a fixed cloud order so the plan (and its JSON) does not depend on which answers first.
  const perCloud = await Promise.all(
    (['aws', 'gcp'] as const).map(async (cloud) => {
      const out = { actual: [] as ManagedEntry[], flags: [] as ProviderFlag[], readErrors: [] as { scope: Scope; message: string }[] };
      const mine = scopes.filter((s) => s.cloud === cloud);
      if (mine.length === 0) return out;
      const provider = providers[cloud];
      if (!provider) {
        for (const scope of mine) out.readErrors.push({ scope, message: `${cloud.toUpperCase()} is not configured for this run` });
        return out;
      }
      try {
        const r = await provider.read(mine);
        out.actual.push(...r.entries);
        out.flags.push(...r.flags);
        out.readErrors.push(...r.errors);
      } catch (e) {
        for (const scope of mine) out.readErrors.push({ scope, message: errorMessage(e) });
      }
      return out;
    }),
  );
  return {
    actual: perCloud.flatMap((c) => c.actual),
    flags: perCloud.flatMap((c) => c.flags),
    readErrors: perCloud.flatMap((c) => c.readErrors),
  };
}

export interface ReconcileReport extends PlanState {
  results: ItemResult[];
  recorded: PendingRecord[];
  /** Grants recorded as applied by this run. */
  applied: ApplyRecord[];
  recordErrors: { grantId: string; message: string }[];
  /** Revocations (removals) that did not succeed: the run fails when there is any. */
  failedRevocations: ItemResult[];
  failedApplies: ItemResult[];
  /** Set when the clock check refused every write this run (F-08). */
  clockSkew?: string;
}

/** Plan, then execute (unless dry run), then record what was revoked. */
export async function reconcile(deps: ReconcileDeps, opts: { dryRun?: boolean } = {}): Promise<ReconcileReport> {
  // The clock check (one request) goes out with the cloud reads; nothing is written before it answers.
  const serverTime = opts.dryRun ? undefined : deps.serverTime;
  let skewCheck: Promise<SkewCheck> | undefined;
  const checkClock = () => (skewCheck ??= serverTime && checkClockSkew(deps.clock, serverTime));
  const state = await buildPlan(deps, { beforeCloudRead: checkClock });
  const log = deps.log ?? (() => {});
  const none = { results: [], recorded: [], applied: [], recordErrors: [], failedRevocations: [], failedApplies: [] };
  if (opts.dryRun) return { ...state, ...none };
  const clockCheck = checkClock();
  if (clockCheck) {
    const skew = await clockCheck;
    if (!skew.ok) {
      log(skew.message);
      return { ...state, ...none, clockSkew: skew.message };
    }
  }
  const results = await executePlan(state.plan, { providers: deps.providers, clock: deps.clock, ...(deps.concurrency ? { concurrency: deps.concurrency } : {}) });
  for (const r of results) log(`${r.item.reason} ${r.item.grantId}: ${r.result.status}${r.result.message ? ` (${r.result.message})` : ''}`);
  const pending = pendingRecords({ plan: state.plan, results, actual: state.actual, history: state.history, onBranch: state.onBranch, now: deps.clock.now() });
  const recorded: PendingRecord[] = [];
  const recordErrors: { grantId: string; message: string }[] = [];
  // Records are written one at a time: each is a commit on the same branch.
  for (const p of pending) {
    if (!deps.records) break;
    try {
      await deps.records.commit(p);
      recorded.push(p);
    } catch (e) {
      recordErrors.push({ grantId: p.record.grantId, message: errorMessage(e) });
    }
  }
  const applied: ApplyRecord[] = [];
  for (const a of pendingApplyRecords({ plan: state.plan, results, actual: state.actual, history: state.history, now: deps.clock.now() })) {
    if (!deps.records) break;
    try {
      await deps.records.commitApply(a);
      applied.push(a);
    } catch (e) {
      recordErrors.push({ grantId: a.grantId, message: errorMessage(e) });
    }
  }
  const failed = results.filter((r) => !succeeded(r.result) && r.result.status !== 'skipped');
  return {
    ...state,
    results,
    recorded,
    applied,
    recordErrors,
    failedRevocations: failed.filter((r) => r.item.change.op === 'remove' || r.item.reason === 'end-sessions'),
    failedApplies: failed.filter((r) => r.item.change.op === 'put' && r.item.reason !== 'end-sessions'),
  };
}
