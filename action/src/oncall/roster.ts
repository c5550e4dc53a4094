/**
 * Roster "provider": on-call computed from a rotation kept in policies/ on the base branch, so a PR
 * cannot change who is on call for itself. Pure arithmetic over the schedule and the instant; no I/O.
 */
import type { Clock } from '../core/clock.js';
import { isoSeconds } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import type { RosterLayer, RosterOverride, ScheduleConfig } from '../policy/model.js';
import type { OnCallEntry, OnCallProvider, OnCallSnapshot } from './model.js';

type RosterSchedule = Extract<ScheduleConfig, { provider: 'roster' }>;

export interface RosterOptions {
  schedules: ReadonlyMap<string, ScheduleConfig>;
  /** Only stamps `checkedAt`; the answer depends on `at` alone. */
  clock: Clock;
}

/** On-call lookups over roster schedules declared in policies/. */
export class RosterProvider implements OnCallProvider {
  readonly kind = 'roster' as const;

  constructor(private readonly opts: RosterOptions) {}

  /** Who the roster puts on call for `schedule` at `at`; never throws. */
  async whoIsOnCall(schedule: string, at: Date): Promise<OnCallSnapshot> {
    const cfg = this.opts.schedules.get(schedule);
    const base = {
      schedule,
      provider: this.kind,
      providerRef: schedule,
      checkedAt: isoSeconds(this.opts.clock.now()),
    };
    if (!cfg) return { ...base, ok: false, error: `unknown schedule '${schedule}'`, entries: [] };
    if (cfg.provider !== 'roster') {
      return {
        ...base,
        ok: false,
        error: `schedule '${schedule}' uses ${cfg.provider}, not a roster`,
        entries: [],
      };
    }
    try {
      return { ...base, ok: true, entries: rosterEntries(cfg, at) };
    } catch (e) {
      return { ...base, ok: false, error: errorMessage(e), entries: [] };
    }
  }
}

/** Entries on call at `at`: one per layer from its rotation, replaced per level by active overrides. Throws on an invalid roster. */
export function rosterEntries(cfg: RosterSchedule, at: Date): OnCallEntry[] {
  const t = at.getTime();
  if (Number.isNaN(t)) throw new Error('roster: invalid instant');
  const computed = cfg.layers.flatMap((layer, i) => layerEntry(layer, t, `${cfg.id}.layers[${i}]`));
  // The last override declared wins when several cover the same level and instant.
  const overrides = new Map<number, RosterOverride>();
  cfg.overrides.forEach((o, i) => {
    const start = instant(o.start, `${cfg.id}.overrides[${i}].start`);
    const end = instant(o.end, `${cfg.id}.overrides[${i}].end`);
    if (start <= t && t < end) overrides.set(o.level, o);
  });
  const entries = computed.filter((e) => !overrides.has(e.level));
  for (const o of overrides.values()) {
    entries.push({
      login: o.login,
      level: o.level,
      start: isoSeconds(new Date(o.start)),
      end: isoSeconds(new Date(o.end)),
      providerUser: o.login,
    });
  }
  return entries.sort((a, b) => a.level - b.level || a.login.localeCompare(b.login));
}

function layerEntry(layer: RosterLayer, t: number, where: string): OnCallEntry[] {
  const anchor = instant(layer.start, `${where}.start`);
  const shiftMs = layer.shiftMinutes * 60_000;
  if (!Number.isFinite(shiftMs) || shiftMs <= 0)
    throw new Error(`roster: ${where}.shiftMinutes must be positive`);
  // Before the anchor the rotation has not begun: nobody, rather than counting backwards.
  if (t < anchor || layer.members.length === 0) return [];
  const k = Math.floor((t - anchor) / shiftMs);
  const member = layer.members[k % layer.members.length];
  if (member === undefined) return [];
  const start = anchor + k * shiftMs;
  return [
    {
      login: member,
      level: layer.level,
      start: isoSeconds(new Date(start)),
      end: isoSeconds(new Date(start + shiftMs)),
      providerUser: member,
    },
  ];
}

function instant(s: string, where: string): number {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`roster: ${where} '${s}' is not a date`);
  return t;
}
