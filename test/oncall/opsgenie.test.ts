import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../action/src/core/clock.js';
import { isShownOnCall } from '../../action/src/oncall/model.js';
import {
  OPSGENIE_SUNSET,
  OpsgenieProvider,
  opsgenieSunsetWarning,
  type OpsgenieOptions,
} from '../../action/src/oncall/opsgenie.js';
import type { Identity, ScheduleConfig } from '../../action/src/policy/model.js';
import { FakeOpsgenie } from '../../action/src/sandbox/opsgenie.js';

const AT = new Date('2026-11-22T12:00:00Z');
const H = 3_600_000;
const iso = (ms: number): string => new Date(AT.getTime() + ms).toISOString();
const SID = '0d5c2a3e-0000-4000-8000-00000000aaaa';

const identities: Identity[] = [
  { login: 'alice', aws: [], opsgenie: { username: 'alice@example.com' } },
  { login: 'bob', aws: [], opsgenie: { username: 'BOB@example.com' } },
];
const schedules = new Map<string, ScheduleConfig>([
  ['ops', { id: 'ops', provider: 'opsgenie', scheduleId: SID }],
  ['gone', { id: 'gone', provider: 'opsgenie', scheduleId: 'missing-id' }],
  ['pd', { id: 'pd', provider: 'pagerduty', scheduleId: 'P1' }],
]);

describe('OpsgenieProvider against FakeOpsgenie', () => {
  let fake: FakeOpsgenie;
  let clock: ManualClock;
  let slept: number[];

  const provider = (extra: Partial<OpsgenieOptions> = {}): OpsgenieProvider =>
    new OpsgenieProvider({
      baseUrl: fake.url,
      apiKey: fake.apiKey,
      identities,
      schedules,
      deadlineMs: 5_000,
      sleep: async (ms) => {
        slept.push(ms);
        clock.advance(ms);
      },
      clock,
      random: () => 0,
      ...extra,
    });

  before(async () => {
    fake = await new FakeOpsgenie().start();
  });
  after(() => fake.stop());
  beforeEach(() => {
    clock = new ManualClock(AT);
    slept = [];
    fake.addSchedule(SID, 'Platform');
  });
  afterEach(() => {
    fake.schedules.clear();
    fake.requests.length = 0;
    fake.log.length = 0;
    fake.latencyMs = 0;
    fake.clearFaults();
  });

  it('shows the user on call at level 1 without a shift window, sending the exact request', async () => {
    fake
      .onCall(SID, 'alice@example.com', iso(-H), iso(H))
      .onCall(SID, 'Platform_team', iso(-H), iso(H), 'team');
    const s = await provider().whoIsOnCall('ops', AT);
    assert.equal(s.ok, true);
    assert.equal(s.providerRef, SID);
    assert.deepEqual(s.entries, [{ login: 'alice', level: 1, providerUser: 'alice@example.com' }]);
    assert.equal(isShownOnCall(s, 'alice', AT, 1), true);
    const [req] = fake.requests;
    assert.ok(req);
    assert.equal(req.path, `/v2/schedules/${SID}/on-calls`);
    assert.equal(req.headers.authorization, 'GenieKey og-fake-key');
    assert.equal(req.query.get('scheduleIdentifierType'), 'id');
    assert.equal(req.query.get('flat'), 'false');
    assert.equal(req.query.get('date'), '2026-11-22T12:00:00.000Z');
  });

  it('off call: the date selects shifts, so a later shift yields no entry', async () => {
    fake.onCall(SID, 'alice@example.com', iso(H), iso(9 * H));
    const s = await provider().whoIsOnCall('ops', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(s.entries, []);
  });

  it('no escalation levels: everyone is level 1, so a level-1 rule sees them', async () => {
    fake.onCall(SID, 'BOB@example.com', iso(-H), iso(H));
    const s = await provider().whoIsOnCall('ops', AT);
    assert.deepEqual(
      s.entries.map((e) => [e.login, e.level]),
      [['bob', 1]],
    );
    assert.equal(isShownOnCall(s, 'bob', AT, 1), true);
  });

  it('RC-10: a username differing only by case does not match the declared identity', async () => {
    fake.onCall(SID, 'bob@example.com', iso(-H), iso(H));
    const s = await provider().whoIsOnCall('ops', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(s.entries, []);
    assert.equal(isShownOnCall(s, 'bob', AT), false);
  });

  it('lookalike (Cyrillic а) and unknown usernames are dropped', async () => {
    fake
      .onCall(SID, '\u0430lice@example.com', iso(-H), iso(H))
      .onCall(SID, 'carol@example.com', iso(-H), iso(H));
    const s = await provider().whoIsOnCall('ops', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(s.entries, []);
    assert.equal(isShownOnCall(s, 'alice', AT), false);
  });

  it('429 with Retry-After inside the deadline is retried; beyond it gives up', async () => {
    fake.onCall(SID, 'alice@example.com', iso(-H), iso(H));
    fake.fail(/on-calls/, { status: 429, headers: { 'retry-after': '1' } });
    const s = await provider().whoIsOnCall('ops', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(slept, [1_000]);
    fake.fail(/on-calls/, { status: 429, headers: { 'retry-after': '60' } });
    const s2 = await provider().whoIsOnCall('ops', AT);
    assert.equal(s2.ok, false);
    assert.match(
      s2.error ?? '',
      /^Opsgenie GET \/v2\/schedules\/.+\/on-calls: 429 Too Many Requests, Retry-After 60 s exceeds the 5 s deadline$/,
    );
  });

  it('500 is ok:false', async () => {
    fake.fail(/on-calls/, { status: 500 }, 5);
    const s = await provider().whoIsOnCall('ops', AT);
    assert.equal(s.ok, false);
    assert.match(s.error ?? '', /500 Internal Server Error after 3 attempts/);
  });

  it('a slow provider times out within timeoutMs', async () => {
    fake.latencyMs = 400;
    const t0 = performance.now();
    const s = await provider({ timeoutMs: 100 }).whoIsOnCall('ops', AT);
    assert.equal(s.ok, false);
    assert.match(s.error ?? '', /timeout/);
    assert.ok(performance.now() - t0 < 350);
  });

  it('auth failure, unknown schedule, disabled schedule and wrong provider are ok:false', async () => {
    const bad = await provider({ apiKey: 'wrong-key-123' }).whoIsOnCall('ops', AT);
    assert.match(bad.error ?? '', /401 Unauthorized \(Could not authenticate\)/);
    assert.doesNotMatch(bad.error ?? '', /wrong-key-123/);
    const gone = await provider().whoIsOnCall('gone', AT);
    assert.match(
      gone.error ?? '',
      /404 Not Found \(Schedule with identifier \[missing-id\] does not exist\)/,
    );
    fake.addSchedule(SID, 'Platform', false).onCall(SID, 'alice@example.com', iso(-H), iso(H));
    const off = await provider().whoIsOnCall('ops', AT);
    assert.equal(off.ok, false);
    assert.match(off.error ?? '', /disabled/);
    assert.match(
      (await provider().whoIsOnCall('pd', AT)).error ?? '',
      /uses pagerduty, not Opsgenie/,
    );
  });

  it('sunset warning: silent until 90 days before 2027-04-05, then counts down, then says retired', () => {
    assert.equal(OPSGENIE_SUNSET, '2027-04-05');
    assert.equal(opsgenieSunsetWarning(new Date('2026-11-22T00:00:00Z')), undefined);
    assert.equal(opsgenieSunsetWarning(new Date('2027-01-04T00:00:00Z')), undefined);
    assert.match(opsgenieSunsetWarning(new Date('2027-01-05T00:00:00Z')) ?? '', /in 90 days/);
    assert.match(
      opsgenieSunsetWarning(new Date('2027-04-04T12:00:00Z')) ?? '',
      /is retired on 2027-04-05 \(in 1 day\)/,
    );
    assert.match(
      opsgenieSunsetWarning(new Date('2027-04-05T00:00:00Z')) ?? '',
      /was retired on 2027-04-05/,
    );
  });
});
