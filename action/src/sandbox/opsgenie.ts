/**
 * Loopback Opsgenie: `GET /v2/schedules/{identifier}/on-calls` with GenieKey auth and Opsgenie's error
 * format, over schedules and shifts that tests and the demo set up. Records request headers for tests.
 */
import { randomUUID } from 'node:crypto';
import { HttpFake, json, type FakeRequest, type FakeResponse, type Route } from './http-fake.js';
import type { RecordedRequest } from './pagerduty.js';

export interface OgParticipant {
  id: string;
  name: string;
  type: 'user' | 'team' | 'escalation' | 'schedule';
}

export interface OgSchedule {
  id: string;
  name: string;
  enabled: boolean;
  shifts: { participant: OgParticipant; start: string; end: string }[];
}

/** An Opsgenie schedule API fake for on-call lookups. */
export class FakeOpsgenie extends HttpFake {
  /** The API key the fake accepts. */
  apiKey = 'og-fake-key';
  /** "Now" when a request has no `date`. */
  now: () => Date = () => new Date();
  readonly schedules = new Map<string, OgSchedule>();
  readonly requests: RecordedRequest[] = [];

  /** Declares a schedule. */
  addSchedule(id: string, name = id, enabled = true): this {
    this.schedules.set(id, { id, name, enabled, shifts: [] });
    return this;
  }

  /** Puts a participant (a user by username unless `type` says otherwise) on call during [start, end). */
  onCall(
    scheduleId: string,
    name: string,
    start: string,
    end: string,
    type: OgParticipant['type'] = 'user',
  ): this {
    const s = this.schedules.get(scheduleId);
    if (!s) throw new Error(`FakeOpsgenie: unknown schedule ${scheduleId}`);
    s.shifts.push({ participant: { id: `og-${type}-${name}`, name, type }, start, end });
    return this;
  }

  protected route(req: FakeRequest): Route | undefined {
    this.requests.push({
      method: req.method,
      path: req.path,
      query: req.query,
      headers: req.headers,
    });
    const m = /^\/v2\/schedules\/([^/]+)\/on-calls$/.exec(req.path);
    if (req.method !== 'GET' || !m?.[1]) return undefined;
    const identifier = m[1];
    return { op: 'GET /v2/schedules/on-calls', handle: () => this.onCalls(req, identifier) };
  }

  protected override notFound(): FakeResponse {
    return reply(404, { message: 'Api not found' });
  }

  private onCalls(req: FakeRequest, identifier: string): FakeResponse {
    if (req.headers.authorization !== `GenieKey ${this.apiKey}`)
      return reply(401, { message: 'Could not authenticate' });
    const byName = req.query.get('scheduleIdentifierType') === 'name';
    const schedule = byName
      ? [...this.schedules.values()].find((s) => s.name === identifier)
      : this.schedules.get(identifier);
    if (!schedule)
      return reply(404, { message: `Schedule with identifier [${identifier}] does not exist` });
    const date = req.query.has('date')
      ? Date.parse(req.query.get('date') ?? '')
      : this.now().getTime();
    if (Number.isNaN(date)) return reply(422, { message: 'Date is invalid' });
    const current = schedule.shifts.filter(
      (s) => Date.parse(s.start) <= date && date < Date.parse(s.end),
    );
    const parent = { id: schedule.id, name: schedule.name, enabled: schedule.enabled };
    if (req.query.get('flat') === 'true') {
      return reply(200, {
        data: { _parent: parent, onCallRecipients: current.map((s) => s.participant.name) },
      });
    }
    return reply(200, {
      data: { _parent: parent, onCallParticipants: current.map((s) => s.participant) },
    });
  }
}

/** Every Opsgenie answer carries `took` and `requestId`. */
function reply(status: number, body: Record<string, unknown>): FakeResponse {
  return json(status, { ...body, took: 0.012, requestId: randomUUID() });
}
