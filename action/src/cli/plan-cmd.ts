/** CLI adapters for `plan [--at ISO] [--grant F] [--offline] [--format json]` and `reconcile [--dry-run] [--format json]`. */
import { isoSeconds } from '../core/clock.js';
import { buildPlan, reconcile, type ReconcileDeps } from '../commands/reconcile.js';
import { formatFinding } from '../core/finding.js';
import { entriesForGrant } from '../plan/desired.js';
import { httpDateOf } from '../reconcile/clock-skew.js';
import { localRecordStore } from '../reconcile/record-store.js';
import { localRepo } from '../repo/files.js';
import { gitHistory } from '../repo/history.js';
import { loadGrantFile, loadPolicies } from '../repo/load-all.js';
import { entryDetail, planJson, planText, reconcileText } from '../report/plan-text.js';
import { isoFlag, oneOf, parse } from './args.js';
import { providersFromEnv } from './clouds-from-env.js';
import { EXIT, type CliIo } from './io.js';

async function deps(io: CliIo, offline: boolean): Promise<ReconcileDeps> {
  const repo = localRepo(io.cwd);
  const policies = await loadPolicies(repo);
  const providers = offline || !policies.loaded ? {} : await providersFromEnv(policies.loaded.policy, io);
  return { repo, history: gitHistory(io.cwd), providers, records: localRecordStore(io.cwd), clock: io.clock, log: (l) => io.err(l) };
}

export async function planCmd(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { at: { type: 'string' }, grant: { type: 'string' }, offline: { type: 'boolean' }, format: { type: 'string' } });
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const at = isoFlag('at', values.at) ?? io.clock.now();
  if (values.grant !== undefined) return previewGrant(values.grant.replace(/^\.\//, ''), at, format, io);
  const state = await buildPlan(await deps(io, values.offline === true), { at, offline: values.offline === true });
  io.out(format === 'json' ? JSON.stringify(planJson(state.plan), null, 2) : planText(state.plan));
  return state.plan.readErrors.length > 0 ? EXIT.failed : EXIT.ok;
}

/** What the PR comment shows reviewers: the exact cloud changes for one grant as if approved at `at`. */
async function previewGrant(file: string, at: Date, format: 'text' | 'json', io: CliIo): Promise<number> {
  const repo = localRepo(io.cwd);
  const [policies, grant] = await Promise.all([loadPolicies(repo), loadGrantFile(repo, file)]);
  const findings = [...policies.findings.filter((f) => f.severity === 'error'), ...grant.findings];
  if (!policies.loaded || !grant.loaded) {
    io.err(findings.map(formatFinding).join('\n'));
    return EXIT.failed;
  }
  const g = grant.loaded.grant;
  const start = new Date(Math.max(at.getTime(), g.start ? Date.parse(g.start) : 0));
  start.setUTCMilliseconds(0);
  const expires = new Date(start.getTime() + g.durationMinutes * 60_000);
  const { entries, problems } = entriesForGrant(policies.loaded.policy, g, start, expires);
  const out = { grantId: g.id, requester: g.requester, bundle: g.bundle, start: isoSeconds(start), expires: isoSeconds(expires), entries: entries.map(entryDetail), problems };
  if (format === 'json') io.out(JSON.stringify(out, null, 2));
  else {
    io.out(`grant ${g.id}: ${g.requester} → ${g.bundle}, ${out.start} → ${out.expires} (UTC)`);
    for (const e of out.entries) io.out(JSON.stringify(e, null, 2));
    for (const p of problems) io.out(`problem: ${p}`);
  }
  return problems.length > 0 ? EXIT.failed : EXIT.ok;
}

export async function reconcileCmd(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { 'dry-run': { type: 'boolean' }, format: { type: 'string' } });
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  // F-08: with BREAKGLASS_CLOCK_CHECK_URL set (e.g. https://sts.amazonaws.com/), no write is made when the runner's clock is over 60 s off that server's Date.
  const checkUrl = io.env.BREAKGLASS_CLOCK_CHECK_URL;
  const r = await reconcile({ ...(await deps(io, false)), ...(checkUrl ? { serverTime: httpDateOf(checkUrl) } : {}) }, { dryRun: values['dry-run'] === true });
  if (format === 'json') {
    io.out(JSON.stringify({ ...planJson(r.plan), results: r.results.map((x) => ({ op: x.item.change.op, reason: x.item.reason, grantId: x.item.grantId, ...x.result, change: undefined })), recorded: r.recorded.map((p) => p.record), recordErrors: r.recordErrors }, null, 2));
  } else io.out(reconcileText(r));
  if (r.clockSkew) io.err(r.clockSkew);
  const failed = r.failedRevocations.length > 0 || r.recordErrors.length > 0 || r.plan.readErrors.length > 0 || r.clockSkew !== undefined;
  return failed ? EXIT.failed : EXIT.ok;
}
