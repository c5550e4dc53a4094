/**
 * Makes grant plans that, written as commits, raise no anomaly by themselves: applied within minutes,
 * revoked within 20 min of expiry (or early, through a deletion PR), auto grants reviewed within 20 h.
 * (Reconcile revokes for `drift` only ids git never approved: those are planted, never normal.)
 * The planted anomalies in synthetic-history.ts start from these and change one thing.
 */
import type { GrantPlan } from './grants.js';

export const MIN = 60;
export const HOUR = 3600;
export const DAY = 86_400;

/** mulberry32: small, fast, seeded; the whole history is a function of the seed. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** Integer in [lo, hi]. */
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
    hex: (n: number) =>
      Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join(''),
  };
}
export type Rng = ReturnType<typeof rng>;

const REASONS = [
  'Investigating elevated 5xx rates on checkout after the deploy',
  'Roll back deploy 2025.03.1, the error budget is burning fast',
  '=HYPERLINK("http://evil.example","click") payments latency spike',
  'Reading logs for "orders": customers report timeouts, retries',
  '@security-team look | pipes | and `ticks` and <b>tags</b> here',
  '+1 from on-call: restart the stuck consumers in eu-west-1',
  '-- database failover drill, runbook step 4; comma, separated',
  'Query the warehouse for the quarterly access review numbers',
];

export interface Ids {
  grant: () => string;
  pr: () => number;
}

export interface GrantShape {
  kind?: 'auto' | 'reviewers';
  revoke?: 'expired' | 'early';
  /** Never a scheduled start (extensions and planted anomalies keep the window simple). */
  noSchedule?: boolean;
  minMinutes?: number;
}

/** A well-behaved grant that lands on main at `t` (unix seconds). */
export function normalGrant(
  r: Rng,
  ids: Ids,
  requester: string,
  t: number,
  shape: GrantShape = {},
): GrantPlan {
  const kind = shape.kind ?? (r.chance(0.5) ? 'auto' : 'reviewers');
  const data = kind === 'reviewers' && r.chance(0.2);
  const bundle = data
    ? 'data-readonly'
    : r.pick(['prod-readonly', 'prod-deploy-fix', 'prod-admin']);
  const choices =
    kind === 'auto' ? [30, 60, 120, 240] : data ? [240, 480, 1440] : [60, 120, 240, 480];
  const minutes = Math.max(shape.minMinutes ?? 0, r.pick(choices));
  const scheduled = kind === 'reviewers' && !shape.noSchedule && r.chance(0.1);
  const start = scheduled ? t + r.int(1, 6) * HOUR : t;
  const expires = start + minutes * MIN;
  const p: GrantPlan = {
    id: ids.grant(),
    requester,
    bundle,
    minutes,
    reason: r.pick(REASONS),
    decision: kind,
    rule: kind === 'auto' ? 'oncall-emergency' : data ? 'data-team' : 'sre-reviewed',
    approvers: kind === 'auto' ? [] : [data ? 'frank' : r.pick(['carol', 'dave'])],
    onCall: [],
    pr: ids.pr(),
    head: r.hex(40),
    requestedAt: t - (kind === 'auto' ? r.int(30, 300) : r.int(600, 3 * HOUR)),
    mergedAt: t,
    start,
    expires,
    written: {},
  };
  if (kind === 'auto') {
    p.incident = `INC-${r.int(1000, 99999)}`;
    p.onCall = [
      `sre-primary roster:sre-primary L${r.int(1, 2)} checked ${new Date(t * 1000).toISOString().replace(/\.000Z$/, 'Z')}`,
    ];
    p.reviewAt = t + r.int(HOUR, 20 * HOUR);
    p.reviewer = r.pick(['carol', 'dave']);
  } else if (r.chance(0.3)) p.incident = `INC-${r.int(1000, 99999)}`;
  if (r.chance(0.15)) p.ticket = `CHG-${r.int(100, 9999)}`;
  if (bundle === 'prod-readonly' && r.chance(0.2)) p.targets = ['aws:111122223333'];
  if (scheduled) p.fileStart = start;
  p.applyAt = Math.max(t, start) + r.int(0, 300);
  const revoke =
    shape.revoke ?? (r.chance(0.1) && expires - p.applyAt > 1800 ? 'early' : 'expired');
  if (revoke === 'early') {
    p.deleteAt = p.applyAt + r.int(300, expires - p.applyAt - 600);
    p.revokeAt = p.deleteAt + r.int(60, 600);
  } else p.revokeAt = expires + r.int(60, 20 * MIN);
  p.revokeReason = revoke;
  return p;
}

/** A follow-up grant that extends `o` (same person, rule and bundle), starting when `o` expires. */
export function extensionOf(r: Rng, ids: Ids, o: GrantPlan): GrantPlan {
  const t = o.expires - r.int(10 * MIN, 50 * MIN);
  const x = normalGrant(r, ids, o.requester, t, {
    kind: o.decision === 'auto' ? 'auto' : 'reviewers',
    revoke: 'expired',
    noSchedule: true,
  });
  x.bundle = o.bundle;
  if (o.rule) x.rule = o.rule;
  x.approvers = [...o.approvers];
  x.extends = o.id;
  x.fileStart = o.expires;
  x.start = o.expires;
  x.expires = x.start + x.minutes * MIN;
  x.applyAt = x.start + r.int(0, 120);
  x.revokeAt = x.expires + r.int(60, 20 * MIN);
  if (x.bundle !== 'prod-readonly') delete x.targets;
  return x;
}
