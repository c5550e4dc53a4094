/**
 * Benchmark 1, time to access: the COMMITTED action bundle (action/dist/index.cjs) run as the runner
 * runs it (a child process with INPUT_*, GITHUB_* and the event file) against the loopback fakes,
 * for an on-call engineer's grant PR: the check-pr run (event → merged) and the apply run (reconcile
 * → applied). Every fake answers after `rttMs`. The same flow is also run at 0 ms in the same
 * process, so (wall at RTT − wall at 0) / RTT counts the sequential round trips without assuming
 * anything about start-up. Calls are counted from the fakes' own request logs.
 *
 * Unlike test/e2e/run-action.ts, the child gets no tsx preload (the loopback guard): that preload
 * costs more than the bundle's own start-up and would be measured too. Every endpoint the child is
 * given is a loopback fake and METADATA_SERVER_DETECTION=none, so it has nowhere else to go.
 */
import type { Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { HttpFake } from '../../action/src/sandbox/http-fake.js';
import { REPO_ROOT } from '../support/builders.js';
import { grantYaml, startWorld } from '../e2e/harness.js';
import { runAction, type ActionRun, type RunSpec } from '../e2e/run-action.js';
import { countRounds } from '../support/rounds.js';

export const BUNDLE = join(REPO_ROOT, 'action', 'dist', 'index.cjs');

export interface RunTiming {
  ms: number;
  code: number | null;
  outputs: Record<string, string>;
  stderr: string;
  github: number;
  aws: number;
  gcp: number;
  /** GCP calls that were the token exchange (workload identity federation), part of `gcp`. */
  gcpToken: number;
  pagerduty: number;
  /**
   * Sequential rounds of requests, read off the fakes' clocks: requests whose [arrival, answer] spans
   * overlap (directly or through others) form one round. Independent of the child's CPU time.
   */
  rounds: number;
}

export interface AccessRun {
  rttMs: number;
  check: RunTiming;
  apply: RunTiming;
}

/** One fresh world (the e2e world, bundle run without the test guard), alice's on-call grant PR, check-pr then apply, every fake at `rttMs`. */
export async function accessOnce(rttMs: number): Promise<AccessRun> {
  const w = await startWorld({ guard: false });
  try {
    const fakes: HttpFake[] = [w.fake, w.pd, w.clouds.crm, ...w.clouds.accounts.values()];
    const spans: [number, number][] = [];
    for (const f of fakes) {
      f.latencyMs = rttMs;
      // The fake's own server (private in HttpFake): arrival and answer time of every request.
      (f['server'] as Server | undefined)?.on('request', (_req, res: ServerResponse) => {
        const t = performance.now();
        res.on('finish', () => spans.push([t, performance.now()]));
      });
    }
    const rounds = (from: number) => countRounds(spans.slice(from));
    const counts = () => ({
      github: w.fake.log.length,
      aws: [...w.clouds.accounts.values()].reduce((n, f) => n + f.log.length, 0),
      gcp: w.clouds.crm.log.length,
      gcpToken: w.clouds.crm.log.filter((r) => r.path.endsWith('/token')).length,
      pagerduty: w.pd.log.length,
    });
    const pr = w.openGrant('alice', 'inc-4242-alice', grantYaml({ requester: 'alice', incident: 'INC-4242' }));
    const s0 = spans.length;
    const c0 = counts();
    const check = await w.checkPr(pr);
    const c1 = counts();
    const checkRounds = rounds(s0);
    if (check.outputs.merged !== 'true') throw new Error(`bench: check-pr did not merge (exit ${check.code}):\n${check.stdout}\n${check.stderr}`);
    const s2 = spans.length;
    const c2 = counts();
    const apply = await w.apply();
    const c3 = counts();
    const applyRounds = rounds(s2);
    if (apply.code !== 0) throw new Error(`bench: apply failed (exit ${apply.code}):\n${apply.stdout}\n${apply.stderr}`);
    if (w.iam.calls(/PutRolePolicy/).length === 0) throw new Error('bench: apply wrote no AWS policy');
    const diff = (a: ReturnType<typeof counts>, b: ReturnType<typeof counts>) => ({
      github: b.github - a.github,
      aws: b.aws - a.aws,
      gcp: b.gcp - a.gcp,
      gcpToken: b.gcpToken - a.gcpToken,
      pagerduty: b.pagerduty - a.pagerduty,
    });
    const timing = (r: ActionRun, n: number, d: ReturnType<typeof diff>): RunTiming => ({ ms: r.ms, code: r.code, outputs: r.outputs, stderr: r.stderr, rounds: n, ...d });
    return { rttMs, check: timing(check, checkRounds, diff(c0, c1)), apply: timing(apply, applyRounds, diff(c2, c3)) };
  } finally {
    await w.stop();
  }
}

/** The bundle as the runner starts it, without the test guard preloaded; wall time from spawn to exit. */
export const runBundle = (spec: Omit<RunSpec, 'guard'> & { env: Record<string, string> }): Promise<ActionRun> => runAction({ ...spec, guard: false });
