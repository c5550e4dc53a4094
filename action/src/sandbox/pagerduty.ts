/**
 * Loopback PagerDuty: REST v2 `GET /oncalls` with its filters, classic pagination, `include[]=users`,
 * token auth and error format, over users and schedule shifts that tests and the demo set up.
 * Also records each request's headers so tests can prove exactly what credentials were sent.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { HttpFake, json, type FakeRequest, type FakeResponse, type Route } from './http-fake.js';

export interface PdUser {
  id: string;
  name: string;
  email: string;
}

export interface PdShift {
  scheduleId: string;
  userId: string;
  level: number;
  /** ISO; null for a permanent (non-schedule) assignment. */
  start: string | null;
  end: string | null;
  policyId: string;
}

/** A request as the fake received it, headers included (HttpFake's log keeps no headers). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

const ACCEPT = 'application/vnd.pagerduty+json;version=2';

/** A PagerDuty REST v2 fake for on-call lookups. */
export class FakePagerDuty extends HttpFake {
  /** The API token the fake accepts. */
  token = 'pd-fake-token';
  /** PagerDuty caps `limit` at 100; tests lower this to force pagination. */
  maxLimit = 100;
  /** "Now" when a request has no since/until. */
  now: () => Date = () => new Date();
  readonly users = new Map<string, PdUser>();
  readonly schedules = new Map<string, string>();
  readonly shifts: PdShift[] = [];
  readonly requests: RecordedRequest[] = [];

  /** Adds or replaces a user. */
  addUser(user: PdUser): this {
    this.users.set(user.id, user);
    return this;
  }

  /** Declares a schedule (id → name). */
  addSchedule(id: string, name = id): this {
    this.schedules.set(id, name);
    return this;
  }

  /** Puts `userId` on call for `scheduleId` at `level` during [start, end); null ends are open. */
  onCall(
    scheduleId: string,
    userId: string,
    shift: { level?: number; start?: string | null; end?: string | null; policyId?: string } = {},
  ): this {
    if (!this.users.has(userId)) throw new Error(`FakePagerDuty: unknown user ${userId}`);
    if (!this.schedules.has(scheduleId)) this.addSchedule(scheduleId);
    this.shifts.push({
      scheduleId,
      userId,
      level: shift.level ?? 1,
      start: shift.start ?? null,
      end: shift.end ?? null,
      policyId: shift.policyId ?? 'PEPOLICY1',
    });
    return this;
  }

  protected route(req: FakeRequest): Route | undefined {
    this.requests.push({
      method: req.method,
      path: req.path,
      query: req.query,
      headers: req.headers,
    });
    if (req.method === 'GET' && req.path === '/oncalls')
      return { op: 'GET /oncalls', handle: () => this.listOnCalls(req) };
    return undefined;
  }

  protected override notFound(): FakeResponse {
    return json(404, { error: { message: 'Not Found', code: 2100 } });
  }

  private listOnCalls(req: FakeRequest): FakeResponse {
    if (req.headers.authorization !== `Token token=${this.token}`) {
      return json(401, { error: { message: 'Unauthorized', code: 2006 } });
    }
    if ((req.headers.accept ?? '').replace(/\s+/g, '') !== ACCEPT) {
      return json(406, {
        error: { message: 'Not Acceptable: send Accept: ' + ACCEPT, code: 2001 },
      });
    }
    const q = req.query;
    const limit = Math.min(this.maxLimit, int(q.get('limit'), 25));
    const offset = int(q.get('offset'), 0);
    const now = this.now().getTime();
    const since = q.has('since') ? Date.parse(q.get('since') ?? '') : now;
    // No until: PagerDuty answers for the instant `since`.
    const until = q.has('until') ? Date.parse(q.get('until') ?? '') : since + 1;
    if (
      Number.isNaN(limit) ||
      Number.isNaN(offset) ||
      Number.isNaN(since) ||
      Number.isNaN(until) ||
      limit < 1
    ) {
      return json(400, {
        error: {
          message: 'Invalid Input Provided',
          code: 2001,
          errors: ['bad limit/offset/since/until'],
        },
      });
    }
    const wanted = q.getAll('schedule_ids[]');
    const withUsers = q.getAll('include[]').includes('users');
    const matching = this.shifts.filter(
      (s) =>
        (wanted.length === 0 || wanted.includes(s.scheduleId)) &&
        (s.start === null || Date.parse(s.start) < until) &&
        (s.end === null || Date.parse(s.end) > since),
    );
    const page = matching.slice(offset, offset + limit).map((s) => this.render(s, withUsers));
    return json(200, {
      oncalls: page,
      limit,
      offset,
      more: offset + page.length < matching.length,
      total: q.get('total') === 'true' ? matching.length : null,
    });
  }

  private render(s: PdShift, withUsers: boolean): Record<string, unknown> {
    const u = this.users.get(s.userId);
    const name = u?.name ?? s.userId;
    const ref = {
      id: s.userId,
      summary: name,
      self: `${this.url}/users/${s.userId}`,
      html_url: `https://fake.pagerduty.com/users/${s.userId}`,
    };
    return {
      escalation_policy: {
        id: s.policyId,
        type: 'escalation_policy_reference',
        summary: s.policyId,
      },
      escalation_level: s.level,
      schedule: {
        id: s.scheduleId,
        type: 'schedule_reference',
        summary: this.schedules.get(s.scheduleId) ?? s.scheduleId,
      },
      user: withUsers
        ? { ...ref, type: 'user', name, email: u?.email ?? '' }
        : { ...ref, type: 'user_reference' },
      start: s.start,
      end: s.end,
    };
  }
}

function int(v: string | null, dflt: number): number {
  if (v === null) return dflt;
  return /^\d+$/.test(v) ? Number(v) : Number.NaN;
}
