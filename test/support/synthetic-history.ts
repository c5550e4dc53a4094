/**
 * A synthetic access repository: N grants over a year, written as real git history with one
 * `git fast-import`, plus the ground truth audit must reproduce: every grant's lifecycle and the
 * exact list of anomalies (those planted, in known numbers, and nothing else).
 *
 * Normal traffic: people each have "slots" at least 9 days apart (one grant, or a grant and its
 * extension), so nobody exceeds 3 grants in 7 days unless planted; half auto-approved (reviewed
 * within 20 h), half reviewed; some with a scheduled start; some extended; applied within minutes;
 * revoked within 20 min of expiry, or early (deletion PR, then the record). Planted: grants without a
 * decision record, applied after expiry, never applied, revoked late, never revoked, auto grants never
 * reviewed, overuse bursts (and near-miss bursts that must NOT be flagged), policy / workflow /
 * CODEOWNERS / action edits, records for grants whose approval is not on the main line (rewritten
 * history), and drift revocations of ids git never approved.
 *
 * Usable outside tests (e.g. a benchmark):
 *   npx tsx -e "import('./test/support/synthetic-history.ts').then(async (m) => console.log((await m.syntheticHistory({ grants: 10000, dir: '/tmp/bg' })).stats))"
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Anomaly } from '../../action/src/audit/anomalies.js';
import type { GrantLifecycle } from '../../action/src/audit/lifecycle.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import type { Settings } from '../../action/src/policy/model.js';
import { DAY, extensionOf, HOUR, normalGrant } from './synthetic/factory.js';
import { importHistory } from './synthetic/fast-import.js';
import { emitGrant, expectedLifecycle } from './synthetic/grants.js';
import {
  PLANT,
  plantBursts,
  plantControlChanges,
  plantGrantAnomaly,
  plantRecordsWithoutApproval,
  type Planted,
} from './synthetic/planted.js';
import { World } from './synthetic/world.js';

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

function readPolicies(dir: string): { files: [string, string][]; settings: Settings } {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f): [string, string] => [`policies/${f}`, readFileSync(join(dir, f), 'utf8')]);
  const loaded = loadPolicy(files.map(([path, bytes]) => ({ path, bytes })));
  if (!loaded.ok) throw new Error(`synthetic history: ${dir} does not load`);
  return { files, settings: loaded.loaded.policy.settings };
}

/** Everyone else: slots at least 9 days apart per person; planted grant anomalies take some of them. */
function fillWithPeople(w: World, budget: number): void {
  const { r, ids, T0, END } = w;
  const slots: { who: string; t: number }[] = [];
  for (let u = 1; slots.length < budget * 1.2; u++) {
    const who = `user-${String(u).padStart(4, '0')}`;
    for (let t = T0 + r.int(0, 10 * DAY); t < END - 2 * HOUR; t += 9 * DAY + r.int(0, 6 * DAY))
      slots.push({ who, t });
  }
  for (let i = slots.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  const quota: Record<Planted, number> = { ...PLANT };
  let used = 0;
  for (const { who, t } of slots) {
    if (used >= budget) break;
    used += 1;
    const kind =
      t > T0 + 2 * DAY && t < END - 3 * DAY
        ? (Object.keys(quota) as Planted[]).find((k) => quota[k] > 0)
        : undefined;
    if (kind) {
      quota[kind] -= 1;
      const p = normalGrant(r, ids, who, t, {
        kind: kind === 'reviewOverdue' ? 'auto' : 'reviewers',
        revoke: 'expired',
        noSchedule: true,
      });
      w.plans.push(plantGrantAnomaly(w, kind, PLANT[kind] - quota[kind], p));
      continue;
    }
    const p = normalGrant(r, ids, who, t);
    w.plans.push(p);
    if (
      used < budget &&
      t < END - 3 * DAY &&
      p.revokeReason === 'expired' &&
      p.minutes >= 120 &&
      r.chance(0.08)
    ) {
      w.plans.push(extensionOf(r, ids, p));
      used += 1;
    }
  }
  if (used < budget) throw new Error('synthetic history: not enough slots');
}

export async function syntheticHistory(opts: SyntheticOptions = {}): Promise<SyntheticHistory> {
  const started = Date.now();
  const total = Math.max(100, opts.grants ?? 10_000);
  const T0 = Date.parse(opts.start ?? '2025-01-01T00:00:00Z') / 1000;
  const END = T0 + (opts.days ?? 365) * DAY;
  const policies = readPolicies(opts.policiesDir ?? 'policies');
  const w = new World(opts.seed ?? 20250101, T0, END, policies.settings);
  const root = {
    time: T0 - DAY,
    authorTime: T0 - DAY,
    author: 'template',
    authorEmail: 'template@example.com',
    committer: 'template',
    committerEmail: 'template@example.com',
  };
  w.specs.push({
    ...root,
    message: 'Start from the breakglass template\n',
    files: [...policies.files, ['grants/README.md', 'Grant files live here.\n']],
    seq: w.seq(),
  });
  plantBursts(w);
  plantRecordsWithoutApproval(w);
  plantControlChanges(w, new Map(policies.files));
  fillWithPeople(w, total - w.plans.length);

  const emit = w.emit();
  for (const p of w.plans) emitGrant(p, emit);
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'breakglass-synthetic-'));
  mkdirSync(dir, { recursive: true });
  await importHistory(dir, w.specs);
  w.resolve();

  const extensions = new Map<string, number>();
  for (const p of w.plans)
    if (p.extends && p.decision !== 'none')
      extensions.set(p.extends, (extensions.get(p.extends) ?? 0) + 1);
  const grants = w.plans.map((p) =>
    expectedLifecycle(p, END, w.settings.review.dueHours, extensions.get(p.id) ?? 0),
  );
  const counts: Record<string, number> = {};
  for (const a of w.anomalies) counts[a.class] = (counts[a.class] ?? 0) + 1;
  return {
    dir,
    at: new Date(END * 1000),
    settings: w.settings,
    truth: { grants, anomalies: w.anomalies },
    stats: {
      commits: w.specs.length,
      grants: grants.length,
      anomalies: counts,
      generateMs: Date.now() - started,
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
