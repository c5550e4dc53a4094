/**
 * A synthetic access repository: N grants over a year, written as real git history with one
 * `git fast-import`, plus the ground truth audit must reproduce: every grant's lifecycle and the
 * exact list of anomalies (those planted, in known numbers, and nothing else).
 *
 * Normal traffic: people each have "slots" at least 9 days apart (one grant, or a grant and its
 * extension), so nobody exceeds 3 grants in 7 days unless planted; half auto-approved (reviewed
 * within 20 h), half reviewed; applied within minutes; revoked within 20 min of expiry, or early
 * (deletion PR + record), or for drift. Planted: grants without a decision record, applied after
 * expiry, never applied, revoked late, never revoked, auto grants never reviewed, overuse bursts
 * (with near-miss bursts that must NOT be flagged), policy / workflow / CODEOWNERS / action edits,
 * and records for grants whose approval is not on the main line (rewritten history).
 *
 * Usable outside tests (e.g. a benchmark):
 *   npx tsx -e "import('./test/support/synthetic-history.ts').then(async (m) => console.log((await m.syntheticHistory({ grants: 10000, dir: '/tmp/bg' })).stats))"
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Anomaly } from '../../action/src/audit/anomalies.js';
import type { GrantLifecycle } from '../../action/src/audit/lifecycle.js';
import { applyTrailers, reviewTrailers, revocationTrailers } from '../../action/src/audit/trailers.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import type { Settings } from '../../action/src/policy/model.js';
import { DAY, extensionOf, HOUR, MIN, normalGrant, rng } from './synthetic/factory.js';
import { importHistory, type CommitSpec } from './synthetic/fast-import.js';
import { emitGrant, expectedLifecycle, iso, type GrantPlan } from './synthetic/grants.js';

export interface SyntheticOptions {
  /** Total grants (lifecycles) in the history. Default 10,000; at least 100. */
  grants?: number;
  seed?: number;
  /** First day of the year of history (ISO). */
  start?: string;
  days?: number;
  policiesDir?: string;
  /** Where to create the repository (empty or absent); default a new temporary directory. */
  dir?: string;
}

export interface SyntheticHistory {
  dir: string;
  /** The "now" to audit at: the end of the history. */
  at: Date;
  settings: Settings;
  truth: { grants: GrantLifecycle[]; anomalies: Anomaly[] };
  stats: { commits: number; grants: number; anomalies: Record<string, number>; generateMs: number };
  remove(): void;
}

/** Planted anomalies per class (overuse, control-change and history-rewritten are fixed below). */
const PLANT = { unapproved: 6, lateApply: 5, neverApplied: 4, lateRevoke: 6, notRevoked: 3, reviewOverdue: 5 } as const;
type Planted = keyof typeof PLANT;

export async function syntheticHistory(opts: SyntheticOptions = {}): Promise<SyntheticHistory> {
  const started = Date.now();
  const total = Math.max(100, opts.grants ?? 10_000);
  const r = rng(opts.seed ?? 20250101);
  const T0 = Date.parse(opts.start ?? '2025-01-01T00:00:00Z') / 1000;
  const END = T0 + (opts.days ?? 365) * DAY;
  const policiesDir = opts.policiesDir ?? 'policies';
  const policyFiles = readdirSync(policiesDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => [`policies/${f}`, readFileSync(join(policiesDir, f), 'utf8')] as [string, string]);
  const loaded = loadPolicy(policyFiles.map(([path, bytes]) => ({ path, bytes })));
  if (!loaded.ok) throw new Error(`synthetic history: ${policiesDir} does not load`);
  const settings = loaded.loaded.policy.settings;
  const late = settings.lateRevokeMinutes * MIN;

  let seq = 0;
  let grantNo = 0;
  let prNo = 0;
  const ids = { grant: () => `g-${String(++grantNo).padStart(6, '0')}`, pr: () => ++prNo };
  const specs: CommitSpec[] = [];
  const emit = { end: END, seq: () => seq++, push: (c: CommitSpec) => specs.push(c) };
  const plans: GrantPlan[] = [];
  const truthAnomalies: Anomaly[] = [];
  const later: (() => void)[] = []; // anomalies that need shas: resolved after the import
  const bot = (t: number, message: string): CommitSpec => ({ time: t, authorTime: t, author: 'breakglass', authorEmail: 'breakglass@users.noreply.github.com', committer: 'breakglass', committerEmail: 'breakglass@users.noreply.github.com', message, files: [], seq: seq++ });

  specs.push({ time: T0 - DAY, authorTime: T0 - DAY, author: 'template', authorEmail: 'template@example.com', committer: 'template', committerEmail: 'template@example.com', message: 'Start from the breakglass template\n', files: [...policyFiles, ['grants/README.md', 'Grant files live here.\n']], seq: seq++ });

  // Overuse bursts on people of their own; the last two are near misses that must not be flagged.
  const B = T0 + 30 * DAY;
  const bursts: [string, number[]][] = [
    ['burst-a', [0, 9, 18, 27, 36].map((h) => B + h * HOUR)],
    ['burst-b', [0, 36, 72, 144].map((h) => B + 50 * DAY + h * HOUR)],
    ['burst-c', [0, 5, 10, 15, 960, 965, 970, 975].map((h) => B + 100 * DAY + h * HOUR)],
    ['burst-d', [0, 8, 16].map((h) => B + 150 * DAY + h * HOUR)],
    ['burst-e', [0, 2, 4, 7].map((d) => B + 200 * DAY + d * DAY)],
  ];
  for (const [who, times] of bursts) {
    const mine = times.map((t) => normalGrant(r, ids, who, t, { kind: 'reviewers', revoke: 'expired', noSchedule: true }));
    plans.push(...mine);
    const episodes = who === 'burst-c' ? [mine.slice(0, 4), mine.slice(4)] : who === 'burst-a' || who === 'burst-b' ? [mine] : [];
    for (const ep of episodes) truthAnomalies.push({ class: 'overuse', when: iso(ep[3]!.mergedAt), who, grants: ep.map((p) => p.id), detail: '' });
  }

  // Rewritten history: records for grants whose approval (or file) is not on the main line.
  const ghost = (id: string, t: number, records: string[]) => {
    const commits = records.map((message, i) => bot(t + i * HOUR, message));
    specs.push(...commits);
    later.push(() => truthAnomalies.push({ class: 'history-rewritten', when: iso(t), grantId: id, commit: commits[0]!.sha!, detail: '' }));
  };
  ghost('ghost-apply', T0 + 40 * DAY, [
    `breakglass: apply ghost-apply\n\n${applyTrailers({ grantId: 'ghost-apply', time: iso(T0 + 40 * DAY), results: ['x applied'] })}\n`,
    `breakglass: revoke ghost-apply (expired)\n\n${revocationTrailers({ grantId: 'ghost-apply', reason: 'expired', time: iso(T0 + 40 * DAY + HOUR), results: [] })}\n`,
  ]);
  ghost('ghost-review', T0 + 80 * DAY, [`breakglass: review of ghost-review done\n\n${reviewTrailers({ grantId: 'ghost-review', time: iso(T0 + 80 * DAY), reviewer: 'carol' })}\n`]);
  ghost('ghost-revoke', T0 + 120 * DAY, [`breakglass: revoke ghost-revoke (early)\n\n${revocationTrailers({ grantId: 'ghost-revoke', reason: 'early', time: iso(T0 + 120 * DAY), results: [] })}\n`]);
  const approvedGhost = normalGrant(r, ids, 'ghost-user', T0 + 160 * DAY, { kind: 'reviewers', revoke: 'expired', noSchedule: true });
  approvedGhost.noAdd = true;
  plans.push(approvedGhost);
  later.push(() => truthAnomalies.push({ class: 'history-rewritten', when: iso(approvedGhost.mergedAt), grantId: approvedGhost.id, commit: approvedGhost.written.add!.sha!, detail: '' }));

  // Policy, workflow, CODEOWNERS and action edits (the root commit is not one).
  const control: [string, string, boolean][] = [
    ['policies/rules.yaml', 'grace', true], ['.github/workflows/extra.yml', 'heidi', true], ['.github/CODEOWNERS', 'mallory', false],
    ['CODEOWNERS', 'grace', true], ['action/README.md', 'mallory', false], ['policies/settings.yaml', 'heidi', true],
    ['.github/workflows/extra.yml', 'mallory', false], ['policies/rules.yaml|action/README.md', 'grace', true], ['.github/CODEOWNERS', 'heidi', true], ['docs/CODEOWNERS', 'mallory', false],
  ];
  const original = new Map(policyFiles);
  control.forEach(([paths, who, viaPr], i) => {
    const t = T0 + r.int(2 * DAY, 360 * DAY);
    const pr = viaPr ? ids.pr() : undefined;
    const files = paths.split('|').map((p): [string, string] => [p, `${original.get(p) ?? ''}# edit ${i}\n`]);
    const c: CommitSpec = { time: t, authorTime: t - 600, author: who, authorEmail: `${who}@example.com`, committer: 'GitHub', committerEmail: 'noreply@github.com', message: `Update ${paths.replace('|', ' and ')}${pr ? ` (#${pr})` : ''}\n`, files, seq: seq++ };
    specs.push(c);
    later.push(() => truthAnomalies.push({ class: 'control-change', when: iso(t), who, ...(pr ? { pr: String(pr) } : {}), commit: c.sha!, detail: '' }));
  });

  // Everyone else: slots at least 9 days apart; planted grant anomalies take some of the slots.
  const budget = total - plans.length;
  const slots: { who: string; t: number }[] = [];
  for (let u = 1; slots.length < budget * 1.2; u++) {
    const who = `user-${String(u).padStart(4, '0')}`;
    for (let t = T0 + r.int(0, 10 * DAY); t < END - 2 * HOUR; t += 9 * DAY + r.int(0, 6 * DAY)) slots.push({ who, t });
  }
  for (let i = slots.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  const quota: Record<Planted, number> = { ...PLANT };
  let used = 0;
  for (const { who, t } of slots) {
    if (used >= budget) break;
    const kind = t > T0 + 2 * DAY && t < END - 3 * DAY ? (Object.keys(quota) as Planted[]).find((k) => quota[k] > 0) : undefined;
    if (kind) {
      quota[kind] -= 1;
      plans.push(planted(kind, normalGrant(r, ids, who, t, { kind: kind === 'reviewOverdue' ? 'auto' : 'reviewers', revoke: 'expired', noSchedule: true })));
      used += 1;
      continue;
    }
    const p = normalGrant(r, ids, who, t, { minMinutes: 0 });
    plans.push(p);
    used += 1;
    if (used < budget && t < END - 3 * DAY && p.revokeReason === 'expired' && p.minutes >= 120 && r.chance(0.08)) {
      plans.push(extensionOf(r, ids, p));
      used += 1;
    }
  }
  if (used < budget) throw new Error('synthetic history: not enough slots');

  function planted(kind: Planted, p: GrantPlan): GrantPlan {
    const base = { grantId: p.id, who: p.requester, pr: String(p.pr), detail: '' };
    if (kind === 'unapproved') {
      const n = PLANT.unapproved - quota.unapproved; // 1..6
      p.unapproved = n <= 2 ? 'incomplete' : 'none';
      if (n % 3 === 0) delete p.pr;
      p.decision = 'none';
      p.approvers = [];
      p.onCall = [];
      for (const k of ['rule', 'head', 'applyAt', 'revokeAt', 'revokeReason', 'reviewAt', 'reviewer', 'deleteAt'] as const) delete p[k];
      later.push(() => truthAnomalies.push({ class: 'no-decision-record', when: iso(p.mergedAt), grantId: p.id, who: p.requester, ...(p.pr !== undefined ? { pr: String(p.pr) } : {}), commit: p.written.add!.sha!, detail: '' }));
    } else if (kind === 'lateApply') {
      p.applyAt = p.expires + r.int(MIN, 20 * MIN);
      p.revokeAt = p.applyAt + r.int(30, 120);
      truthAnomalies.push({ class: 'applied-after-expiry', when: iso(p.applyAt), ...base });
    } else if (kind === 'neverApplied') {
      delete p.applyAt;
      truthAnomalies.push({ class: 'never-applied', when: iso(p.expires), ...base });
    } else if (kind === 'lateRevoke') {
      p.revokeAt = p.expires + r.int(late + 1, 10 * HOUR);
      truthAnomalies.push({ class: 'revoked-late', when: iso(p.revokeAt), ...base });
    } else if (kind === 'notRevoked') {
      delete p.revokeAt;
      delete p.revokeReason;
      truthAnomalies.push({ class: 'not-revoked', when: iso(p.expires + late), ...base });
    } else {
      delete p.reviewAt;
      delete p.reviewer;
      truthAnomalies.push({ class: 'review-overdue', when: iso(p.mergedAt + settings.review.dueHours * HOUR), ...base });
    }
    return p;
  }

  for (const p of plans) emitGrant(p, emit);
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'breakglass-synthetic-'));
  mkdirSync(dir, { recursive: true });
  await importHistory(dir, specs);
  for (const f of later) f();

  const extensions = new Map<string, number>();
  for (const p of plans) if (p.extends && p.decision !== 'none') extensions.set(p.extends, (extensions.get(p.extends) ?? 0) + 1);
  const grants = plans.map((p) => expectedLifecycle(p, END, settings.review.dueHours, extensions.get(p.id) ?? 0));
  const counts: Record<string, number> = {};
  for (const a of truthAnomalies) counts[a.class] = (counts[a.class] ?? 0) + 1;
  return {
    dir,
    at: new Date(END * 1000),
    settings,
    truth: { grants, anomalies: truthAnomalies },
    stats: { commits: specs.length, grants: grants.length, anomalies: counts, generateMs: Date.now() - started },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
