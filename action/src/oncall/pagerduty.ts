/**
 * PagerDuty adapter: asks REST v2 `GET /oncalls` who is on call for one schedule at one instant and
 * maps PagerDuty users to GitHub logins through policies/identities. Never throws; failures are
 * `ok: false` snapshots, which the decision treats as "not on call" (review, never auto-approve).
 */
import type { Clock, Sleep } from '../core/clock.js';
import { isoSeconds } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import type { Identity, ScheduleConfig } from '../policy/model.js';
import type { OnCallEntry, OnCallProvider, OnCallSnapshot } from './model.js';
import { asciiIdentityKey, fetchJsonWithDeadline, isObject } from './http.js';

export interface PagerDutyOptions {
  baseUrl?: string | undefined;
  token: string;
  identities: readonly Identity[];
  schedules: ReadonlyMap<string, ScheduleConfig>;
  /** Per request; default 5000. */
  timeoutMs?: number | undefined;
  /** For the whole lookup, all pages and retries; default 10000. */
  deadlineMs?: number | undefined;
  maxAttempts?: number | undefined;
  sleep: Sleep;
  clock: Clock;
  random?: (() => number) | undefined;
}

/** PagerDuty's page size ceiling. */
const PAGE_LIMIT = 100;
/** A schedule has a handful of on-calls; this many pages means the answer cannot be trusted. */
const MAX_PAGES = 20;

interface PdOnCall {
  level: number;
  userId: string;
  email?: string;
  start: string | null;
  end: string | null;
}

/** On-call lookups against PagerDuty REST v2. */
export class PagerDutyProvider implements OnCallProvider {
  readonly kind = 'pagerduty' as const;
  private readonly byId = new Map<string, string[]>();
  private readonly byEmail = new Map<string, string[]>();

  constructor(private readonly opts: PagerDutyOptions) {
    for (const id of opts.identities) {
      const pd = id.pagerduty;
      // An id is assigned by PagerDuty; an email can be edited by its owner, so it only counts when no id is declared.
      if (pd?.userId) push(this.byId, pd.userId, id.login);
      else if (pd?.email) {
        const key = asciiIdentityKey(pd.email);
        if (key) push(this.byEmail, key, id.login);
      }
    }
  }

  /** Who PagerDuty shows on call for policy schedule `schedule` at `at`; never throws. */
  async whoIsOnCall(schedule: string, at: Date): Promise<OnCallSnapshot> {
    const cfg = this.opts.schedules.get(schedule);
    const base = {
      schedule,
      provider: this.kind,
      providerRef: cfg?.provider === 'pagerduty' ? cfg.scheduleId : '',
      checkedAt: isoSeconds(this.opts.clock.now()),
    };
    if (!cfg) return { ...base, ok: false, error: `unknown schedule '${schedule}'`, entries: [] };
    if (cfg.provider !== 'pagerduty') {
      return {
        ...base,
        ok: false,
        error: `schedule '${schedule}' uses ${cfg.provider}, not PagerDuty`,
        entries: [],
      };
    }
    try {
      const oncalls = await this.fetchAll(cfg.scheduleId, at);
      return { ...base, ok: true, entries: this.toEntries(oncalls) };
    } catch (e) {
      return { ...base, ok: false, error: errorMessage(e), entries: [] };
    }
  }

  private async fetchAll(scheduleId: string, at: Date): Promise<PdOnCall[]> {
    const { clock } = this.opts;
    const deadlineMs = this.opts.deadlineMs ?? 10_000;
    const started = clock.now().getTime();
    const out: PdOnCall[] = [];
    for (let page = 0, offset = 0; page < MAX_PAGES; page++) {
      const q = new URLSearchParams();
      q.append('schedule_ids[]', scheduleId);
      // A one-second window: PagerDuty returns every shift overlapping it, i.e. the shifts covering `at`.
      q.set('since', at.toISOString());
      q.set('until', new Date(at.getTime() + 1000).toISOString());
      q.append('include[]', 'users');
      q.set('limit', String(PAGE_LIMIT));
      q.set('offset', String(offset));
      const base = (this.opts.baseUrl ?? 'https://api.pagerduty.com').replace(/\/+$/, '');
      const body = await fetchJsonWithDeadline(
        `${base}/oncalls?${q.toString()}`,
        {
          method: 'GET',
          headers: {
            Authorization: `Token token=${this.opts.token}`,
            Accept: 'application/vnd.pagerduty+json;version=2',
          },
        },
        {
          label: 'PagerDuty',
          timeoutMs: this.opts.timeoutMs ?? 5_000,
          deadlineMs: deadlineMs - (clock.now().getTime() - started),
          maxAttempts: this.opts.maxAttempts ?? 3,
          sleep: this.opts.sleep,
          clock,
          random: this.opts.random,
        },
      );
      const { oncalls, more } = parsePage(body);
      out.push(...oncalls);
      if (!more) return out;
      if (oncalls.length === 0)
        throw new Error('PagerDuty GET /oncalls: more=true on an empty page');
      offset += oncalls.length;
    }
    throw new Error(`PagerDuty GET /oncalls: more than ${MAX_PAGES} pages`);
  }

  private toEntries(oncalls: PdOnCall[]): OnCallEntry[] {
    const seen = new Set<string>();
    const entries: OnCallEntry[] = [];
    for (const o of oncalls) {
      const login = this.loginFor(o);
      if (login === undefined) continue; // unknown PagerDuty user: not one of ours, never on call here
      const entry: OnCallEntry = { login, level: o.level, providerUser: o.userId };
      if (o.start !== null) entry.start = utc(o.start);
      if (o.end !== null) entry.end = utc(o.end);
      // Several escalation policies may reference one schedule: same shift, reported once.
      const key = JSON.stringify([entry.login, entry.level, entry.start, entry.end]);
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(entry);
    }
    return entries.sort((a, b) => a.level - b.level || a.login.localeCompare(b.login));
  }

  private loginFor(o: PdOnCall): string | undefined {
    const byId = this.byId.get(o.userId);
    if (byId) return only(byId);
    const key = asciiIdentityKey(o.email);
    return key === undefined ? undefined : only(this.byEmail.get(key));
  }
}

/** One login or none: a provider user claimed by two identities confirms nobody. */
function only(logins: string[] | undefined): string | undefined {
  return logins?.length === 1 ? logins[0] : undefined;
}

function push(m: Map<string, string[]>, key: string, login: string): void {
  m.set(key, [...(m.get(key) ?? []), login]);
}

function utc(s: string): string {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`PagerDuty GET /oncalls: unreadable shift time '${s}'`);
  return isoSeconds(new Date(t));
}

/** Checks the page shape strictly: a malformed answer is a failure, never a partial "on call". */
function parsePage(body: unknown): { oncalls: PdOnCall[]; more: boolean } {
  const bad = (why: string): Error =>
    new Error(`PagerDuty GET /oncalls: malformed answer (${why})`);
  if (!isObject(body) || !Array.isArray(body.oncalls)) throw bad('no oncalls array');
  const oncalls = body.oncalls.map((raw: unknown, i): PdOnCall => {
    if (!isObject(raw) || !isObject(raw.user) || typeof raw.user.id !== 'string')
      throw bad(`oncalls[${i}].user`);
    const level = raw.escalation_level;
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1)
      throw bad(`oncalls[${i}].escalation_level`);
    const start = raw.start ?? null;
    const end = raw.end ?? null;
    if (
      (start !== null && typeof start !== 'string') ||
      (end !== null && typeof end !== 'string')
    ) {
      throw bad(`oncalls[${i}].start/end`);
    }
    const o: PdOnCall = { level, userId: raw.user.id, start, end };
    if (typeof raw.user.email === 'string') o.email = raw.user.email;
    return o;
  });
  return { oncalls, more: body.more === true };
}
