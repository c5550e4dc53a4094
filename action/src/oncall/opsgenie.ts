/**
 * Opsgenie adapter: `GET /v2/schedules/{id}/on-calls` for one instant, mapped to GitHub logins through
 * identities' `opsgenie.username`. Opsgenie is being retired (REST API ends 2027-04-05), so the
 * adapter also says when that date is near. Never throws; failures are `ok: false` snapshots.
 */
import type { Clock, Sleep } from '../core/clock.js';
import { isoSeconds } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import type { Identity, ScheduleConfig } from '../policy/model.js';
import type { OnCallEntry, OnCallProvider, OnCallSnapshot } from './model.js';
import { asciiIdentityKey, fetchJsonWithDeadline, isObject } from './http.js';

/** The day Atlassian turns off Opsgenie's REST API (and support). */
export const OPSGENIE_SUNSET = '2027-04-05';

const DAY_MS = 86_400_000;

/** A warning when `now` is within 90 days of, or past, the Opsgenie sunset; undefined otherwise. */
export function opsgenieSunsetWarning(now: Date): string | undefined {
  const daysLeft = Math.ceil((Date.parse(`${OPSGENIE_SUNSET}T00:00:00Z`) - now.getTime()) / DAY_MS);
  if (daysLeft > 90) return undefined;
  const move = 'move its schedules to PagerDuty or a roster in policies/';
  if (daysLeft <= 0) {
    return `Opsgenie's REST API was retired on ${OPSGENIE_SUNSET}; Opsgenie schedules cannot confirm anyone on call: ${move}.`;
  }
  return `Opsgenie's REST API is retired on ${OPSGENIE_SUNSET} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'}); ${move}.`;
}

export interface OpsgenieOptions {
  /** Default https://api.opsgenie.com (EU accounts use https://api.eu.opsgenie.com). */
  baseUrl?: string | undefined;
  apiKey: string;
  identities: readonly Identity[];
  schedules: ReadonlyMap<string, ScheduleConfig>;
  /** Per request; default 5000. */
  timeoutMs?: number | undefined;
  /** For the whole lookup, retries included; default 10000. */
  deadlineMs?: number | undefined;
  maxAttempts?: number | undefined;
  sleep: Sleep;
  clock: Clock;
  random?: (() => number) | undefined;
}

/** On-call lookups against Opsgenie's schedule API. */
export class OpsgenieProvider implements OnCallProvider {
  readonly kind = 'opsgenie' as const;
  private readonly byUsername = new Map<string, string[]>();

  constructor(private readonly opts: OpsgenieOptions) {
    for (const id of opts.identities) {
      const key = asciiIdentityKey(id.opsgenie?.username);
      if (key) this.byUsername.set(key, [...(this.byUsername.get(key) ?? []), id.login]);
    }
  }

  /** Who Opsgenie shows on call for policy schedule `schedule` at `at`; never throws. */
  async whoIsOnCall(schedule: string, at: Date): Promise<OnCallSnapshot> {
    const cfg = this.opts.schedules.get(schedule);
    const base = {
      schedule,
      provider: this.kind,
      providerRef: cfg?.provider === 'opsgenie' ? cfg.scheduleId : '',
      checkedAt: isoSeconds(this.opts.clock.now()),
    };
    if (!cfg) return { ...base, ok: false, error: `unknown schedule '${schedule}'`, entries: [] };
    if (cfg.provider !== 'opsgenie') {
      return {
        ...base,
        ok: false,
        error: `schedule '${schedule}' uses ${cfg.provider}, not Opsgenie`,
        entries: [],
      };
    }
    try {
      const usernames = await this.fetchUsers(cfg.scheduleId, at);
      return { ...base, ok: true, entries: this.toEntries(usernames) };
    } catch (e) {
      return { ...base, ok: false, error: errorMessage(e), entries: [] };
    }
  }

  private async fetchUsers(scheduleId: string, at: Date): Promise<string[]> {
    const q = new URLSearchParams({
      scheduleIdentifierType: 'id',
      flat: 'false',
      date: at.toISOString(),
    });
    const base = (this.opts.baseUrl ?? 'https://api.opsgenie.com').replace(/\/+$/, '');
    const body = await fetchJsonWithDeadline(
      `${base}/v2/schedules/${encodeURIComponent(scheduleId)}/on-calls?${q.toString()}`,
      {
        method: 'GET',
        headers: { Authorization: `GenieKey ${this.opts.apiKey}`, Accept: 'application/json' },
      },
      {
        label: 'Opsgenie',
        timeoutMs: this.opts.timeoutMs ?? 5_000,
        deadlineMs: this.opts.deadlineMs ?? 10_000,
        maxAttempts: this.opts.maxAttempts ?? 3,
        sleep: this.opts.sleep,
        clock: this.opts.clock,
        random: this.opts.random,
      },
    );
    return parseOnCalls(body, scheduleId);
  }

  private toEntries(usernames: string[]): OnCallEntry[] {
    const entries: OnCallEntry[] = [];
    for (const name of new Set(usernames)) {
      const key = asciiIdentityKey(name);
      const logins = key === undefined ? undefined : this.byUsername.get(key);
      // Unknown, lookalike or doubly-claimed usernames confirm nobody.
      if (logins?.length !== 1 || logins[0] === undefined) continue;
      // Opsgenie schedules have no escalation levels and this API reports no shift window.
      entries.push({ login: logins[0], level: 1, providerUser: name });
    }
    return entries.sort((a, b) => a.login.localeCompare(b.login));
  }
}

/** The top-level `user` participants' names; teams and escalations are not people we can map. */
function parseOnCalls(body: unknown, scheduleId: string): string[] {
  const bad = (why: string): Error =>
    new Error(`Opsgenie GET /v2/schedules/${scheduleId}/on-calls: malformed answer (${why})`);
  if (!isObject(body) || !isObject(body.data)) throw bad('no data object');
  const { _parent: parent, onCallParticipants: participants } = body.data;
  if (isObject(parent)) {
    if (typeof parent.id === 'string' && parent.id !== scheduleId)
      throw bad(`answer is for schedule ${parent.id}`);
    // A disabled schedule pages nobody, so nobody on it is really on call.
    if (parent.enabled === false)
      throw new Error(`Opsgenie schedule ${scheduleId} is disabled; treated as not on call`);
  }
  if (participants === undefined) return [];
  if (!Array.isArray(participants)) throw bad('onCallParticipants is not an array');
  return participants.flatMap((p: unknown, i) => {
    if (!isObject(p) || typeof p.type !== 'string') throw bad(`onCallParticipants[${i}]`);
    if (p.type !== 'user') return [];
    if (typeof p.name !== 'string') throw bad(`onCallParticipants[${i}].name`);
    return [p.name];
  });
}
