/**
 * One on-call lookup for a run: picks the provider each policy schedule names, answers "not on call"
 * (ok: false) when that provider has no credentials, and asks each (schedule, instant) only once so
 * every rule in a run judges the same evidence.
 */
import type { Clock, Sleep } from '../core/clock.js';
import { isoSeconds } from '../core/clock.js';
import type { Identity, ScheduleConfig } from '../policy/model.js';
import type { OnCallProvider, OnCallSnapshot } from './model.js';
import { OpsgenieProvider } from './opsgenie.js';
import { PagerDutyProvider } from './pagerduty.js';
import { RosterProvider } from './roster.js';

export interface OnCallLookupOptions {
  schedules: ReadonlyMap<string, ScheduleConfig>;
  /** policies/identities, keyed by GitHub login, or as a list. */
  identities: ReadonlyMap<string, Identity> | readonly Identity[];
  pagerduty?: { token: string; baseUrl?: string | undefined } | undefined;
  opsgenie?: { apiKey: string; baseUrl?: string | undefined } | undefined;
  clock: Clock;
  sleep: Sleep;
  /** Per provider request; default 5000. */
  timeoutMs?: number | undefined;
  /** Per lookup, pages and retries included; default 10000. */
  deadlineMs?: number | undefined;
  random?: (() => number) | undefined;
}

export interface OnCallLookup {
  /** The provider's answer for `schedule` at `at`; never throws. */
  snapshot(schedule: string, at: Date): Promise<OnCallSnapshot>;
}

/** Builds the run's on-call lookup over roster, PagerDuty and Opsgenie schedules. */
export function createOnCallLookup(opts: OnCallLookupOptions): OnCallLookup {
  const identities = Array.isArray(opts.identities)
    ? (opts.identities as readonly Identity[])
    : [...(opts.identities as ReadonlyMap<string, Identity>).values()];
  const common = {
    identities,
    schedules: opts.schedules,
    clock: opts.clock,
    sleep: opts.sleep,
    timeoutMs: opts.timeoutMs,
    deadlineMs: opts.deadlineMs,
    random: opts.random,
  };
  const providers: Record<ScheduleConfig['provider'], OnCallProvider | string> = {
    roster: new RosterProvider({ schedules: opts.schedules, clock: opts.clock }),
    pagerduty: opts.pagerduty?.token
      ? new PagerDutyProvider({
          ...common,
          token: opts.pagerduty.token,
          baseUrl: opts.pagerduty.baseUrl,
        })
      : 'PagerDuty token not configured; treated as not on call',
    opsgenie: opts.opsgenie?.apiKey
      ? new OpsgenieProvider({
          ...common,
          apiKey: opts.opsgenie.apiKey,
          baseUrl: opts.opsgenie.baseUrl,
        })
      : 'Opsgenie API key not configured; treated as not on call',
  };
  // Promises are kept, not results, so concurrent rules asking the same question share one request.
  const memo = new Map<string, Promise<OnCallSnapshot>>();

  const ask = (schedule: string, at: Date): Promise<OnCallSnapshot> => {
    const cfg = opts.schedules.get(schedule);
    // OnCallProviderKind has no "none": an unknown schedule is reported under 'roster' with no providerRef.
    const unavailable = (
      provider: ScheduleConfig['provider'],
      error: string,
      providerRef: string,
    ): OnCallSnapshot => ({
      schedule,
      provider,
      providerRef,
      checkedAt: isoSeconds(opts.clock.now()),
      ok: false,
      error,
      entries: [],
    });
    if (!cfg)
      return Promise.resolve(
        unavailable('roster', `unknown schedule '${schedule}'; treated as not on call`, ''),
      );
    const provider = providers[cfg.provider];
    if (typeof provider === 'string') {
      const ref = cfg.provider === 'roster' ? cfg.id : cfg.scheduleId;
      return Promise.resolve(unavailable(cfg.provider, provider, ref));
    }
    return provider.whoIsOnCall(schedule, at);
  };

  return {
    snapshot(schedule, at) {
      const key = `${schedule}\u0000${at.getTime()}`;
      let p = memo.get(key);
      if (!p) {
        p = ask(schedule, at);
        memo.set(key, p);
      }
      return p;
    },
  };
}
