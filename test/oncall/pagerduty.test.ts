import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../action/src/core/clock.js';
import { isShownOnCall } from '../../action/src/oncall/model.js';
import { PagerDutyProvider, type PagerDutyOptions } from '../../action/src/oncall/pagerduty.js';
import type { Identity, ScheduleConfig } from '../../action/src/policy/model.js';
import { FakePagerDuty } from '../../action/src/sandbox/pagerduty.js';

const AT = new Date('2026-11-22T12:00:00Z');
const H = 3_600_000;
const iso = (ms: number): string => new Date(AT.getTime() + ms).toISOString().replace('.000Z', 'Z');

const identities: Identity[] = [
  { login: 'alice', aws: [], pagerduty: { userId: 'PALICE' } },
  { login: 'bob', aws: [], pagerduty: { email: 'bob@example.com' } },
  { login: 'dave', aws: [], pagerduty: { email: 'dave@example.com' } },
];
const schedules = new Map<string, ScheduleConfig>([
  ['primary', { id: 'primary', provider: 'pagerduty', scheduleId: 'PSCHED1' }],
  ['local', { id: 'local', provider: 'roster', layers: [], overrides: [] }],
]);

describe('PagerDutyProvider against FakePagerDuty', () => {
  let fake: FakePagerDuty;
  let clock: ManualClock;
  let slept: number[];

  const provider = (extra: Partial<PagerDutyOptions> = {}): PagerDutyProvider =>
    new PagerDutyProvider({
      baseUrl: fake.url,
      token: fake.token,
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
    fake = await new FakePagerDuty().start();
  });
  after(() => fake.stop());
  beforeEach(() => {
    clock = new ManualClock(AT);
    slept = [];
    fake
      .addUser({ id: 'PALICE', name: 'Alice', email: 'alice@example.com' })
      .addUser({ id: 'PBOB', name: 'Bob', email: 'bob@example.com' })
      .addUser({ id: 'PDAVE2', name: 'Dave', email: 'Dave@Example.com' })
      .addUser({ id: 'PMAL', name: 'Mallory', email: 'd\u0430ve@example.com' })
      .addUser({ id: 'PCAROL', name: 'Carol', email: 'carol@example.com' });
  });
  afterEach(() => {
    fake.shifts.length = 0;
    fake.requests.length = 0;
    fake.log.length = 0;
    fake.latencyMs = 0;
    fake.maxLimit = 100;
    fake.clearFaults();
  });

  it('shows the person on call with level, shift window and PagerDuty id, sending the exact headers and query', async () => {
    fake.onCall('PSCHED1', 'PALICE', { level: 1, start: iso(-H), end: iso(7 * H) });
    fake.onCall('PSCHED2', 'PBOB', { level: 1, start: iso(-H), end: iso(H) });
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(s.entries, [
      { login: 'alice', level: 1, start: iso(-H), end: iso(7 * H), providerUser: 'PALICE' },
    ]);
    assert.equal(s.providerRef, 'PSCHED1');
    assert.equal(isShownOnCall(s, 'Alice', AT, 1), true);
    const [req] = fake.requests;
    assert.ok(req);
    assert.equal(req.headers.authorization, 'Token token=pd-fake-token');
    assert.equal(req.headers.accept, 'application/vnd.pagerduty+json;version=2');
    assert.deepEqual(req.query.getAll('schedule_ids[]'), ['PSCHED1']);
    assert.deepEqual(req.query.getAll('include[]'), ['users']);
    assert.equal(req.query.get('since'), '2026-11-22T12:00:00.000Z');
    assert.equal(req.query.get('until'), '2026-11-22T12:00:01.000Z');
  });

  it('off call: a shift that ended before the instant yields no entry', async () => {
    fake.onCall('PSCHED1', 'PALICE', { start: iso(-8 * H), end: iso(-H) });
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(s.entries, []);
    assert.equal(isShownOnCall(s, 'alice', AT), false);
  });

  it('level 2 does not count when the rule wants primary', async () => {
    fake.onCall('PSCHED1', 'PBOB', { level: 2, start: iso(-H), end: iso(H) });
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.entries[0]?.login, 'bob');
    assert.equal(isShownOnCall(s, 'bob', AT, 1), false);
    assert.equal(isShownOnCall(s, 'bob', AT, 2), true);
  });

  it('RC-10: an email differing only by case never matches', async () => {
    fake.onCall('PSCHED1', 'PDAVE2', { start: iso(-H), end: iso(H) });
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(s.entries, []);
    assert.equal(isShownOnCall(s, 'dave', AT), false);
  });

  it('a lookalike email (Cyrillic а) never matches, and unknown users are dropped', async () => {
    fake.onCall('PSCHED1', 'PMAL', { start: iso(-H), end: iso(H) });
    fake.onCall('PSCHED1', 'PCAROL', { start: iso(-H), end: iso(H) });
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(s.entries, []);
    assert.equal(isShownOnCall(s, 'dave', AT), false);
  });

  it('permanent assignments (null start/end) have an open window', async () => {
    fake.onCall('PSCHED1', 'PALICE');
    const s = await provider().whoIsOnCall('primary', AT);
    assert.deepEqual(s.entries, [{ login: 'alice', level: 1, providerUser: 'PALICE' }]);
  });

  it('follows more/offset pagination', async () => {
    fake.maxLimit = 2;
    for (const [i, u] of ['PCAROL', 'PMAL', 'PCAROL', 'PBOB', 'PALICE'].entries()) {
      fake.onCall('PSCHED1', u, { level: i + 1, start: iso(-H), end: iso(H) });
    }
    const s = await provider().whoIsOnCall('primary', AT);
    assert.deepEqual(
      s.entries.map((e) => [e.login, e.level]),
      [
        ['bob', 4],
        ['alice', 5],
      ],
    );
    assert.deepEqual(
      fake.requests.map((r) => r.query.get('offset')),
      ['0', '2', '4'],
    );
  });

  it('429 with Retry-After inside the deadline: waits as told, retries, then answers', async () => {
    fake.onCall('PSCHED1', 'PALICE', { start: iso(-H), end: iso(H) });
    fake.fail('GET /oncalls', { status: 429, headers: { 'retry-after': '2' } });
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.ok, true);
    assert.equal(isShownOnCall(s, 'alice', AT, 1), true);
    assert.deepEqual(slept, [2_000]);
    assert.deepEqual(
      fake.calls('GET /oncalls').map((c) => c.status),
      [429, 200],
    );
  });

  it('429 with an HTTP-date Retry-After inside the deadline is honoured too', async () => {
    fake.onCall('PSCHED1', 'PALICE', { start: iso(-H), end: iso(H) });
    fake.fail('GET /oncalls', {
      status: 429,
      headers: { 'retry-after': new Date(AT.getTime() + 3_000).toUTCString() },
    });
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.ok, true);
    assert.deepEqual(slept, [3_000]);
  });

  it('429 with Retry-After beyond the deadline: gives up at once, ok:false naming the 429', async () => {
    fake.onCall('PSCHED1', 'PALICE', { start: iso(-H), end: iso(H) });
    fake.fail('GET /oncalls', { status: 429, headers: { 'retry-after': '30' } });
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.ok, false);
    assert.equal(
      s.error,
      'PagerDuty GET /oncalls: 429 Too Many Requests, Retry-After 30 s exceeds the 5 s deadline',
    );
    assert.deepEqual(slept, []);
    assert.equal(isShownOnCall(s, 'alice', AT), false);
  });

  it('RC-10 F-17 429 then 500s: ok:false after the attempts run out (→ review)', async () => {
    fake.onCall('PSCHED1', 'PALICE', { start: iso(-H), end: iso(H) });
    fake.fail('GET /oncalls', { status: 429 }).fail('GET /oncalls', { status: 500 }, 5);
    const s = await provider().whoIsOnCall('primary', AT);
    assert.equal(s.ok, false);
    assert.match(s.error ?? '', /500 Internal Server Error after 3 attempts/);
    assert.equal(fake.calls('GET /oncalls').length, 3);
  });

  it('F-17 times out within timeoutMs when the provider is slow, without retrying', async () => {
    fake.onCall('PSCHED1', 'PALICE', { start: iso(-H), end: iso(H) });
    fake.latencyMs = 400;
    const t0 = performance.now();
    const s = await provider({ timeoutMs: 100 }).whoIsOnCall('primary', AT);
    const elapsed = performance.now() - t0;
    assert.equal(s.ok, false);
    assert.match(s.error ?? '', /no answer within 0.1 s \(timeout\)/);
    assert.ok(elapsed < 350, `took ${elapsed} ms`);
    assert.equal(fake.requests.length, 1);
  });

  it('a hung-up connection is retried, then reported as ok:false', async () => {
    fake.fail('GET /oncalls', { hangUp: true }, 10);
    const t0 = performance.now();
    const s = await provider({ timeoutMs: 500 }).whoIsOnCall('primary', AT);
    assert.equal(s.ok, false);
    assert.match(s.error ?? '', /PagerDuty GET \/oncalls: network error .* after 3 attempts/);
    assert.ok(performance.now() - t0 < 500);
  });

  it('a wrong token is a 401 and the token never appears in the error', async () => {
    const s = await provider({ token: 'wrong-secret' }).whoIsOnCall('primary', AT);
    assert.equal(s.ok, false);
    assert.equal(s.error, 'PagerDuty GET /oncalls: 401 Unauthorized (Unauthorized)');
    fake.fail('GET /oncalls', {
      status: 403,
      body: JSON.stringify({ error: { message: 'token pd-fake-token is barred' } }),
    });
    const s2 = await provider().whoIsOnCall('primary', AT);
    assert.equal(s2.error, 'PagerDuty GET /oncalls: 403 Forbidden (token *** is barred)');
  });

  it('unknown or non-PagerDuty schedules are ok:false without a request', async () => {
    const p = provider();
    assert.match((await p.whoIsOnCall('nope', AT)).error ?? '', /unknown schedule 'nope'/);
    assert.match((await p.whoIsOnCall('local', AT)).error ?? '', /uses roster, not PagerDuty/);
    assert.equal(fake.requests.length, 0);
  });
});
