import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, type Sleep } from '../../action/src/core/clock.js';
import { isShownOnCall } from '../../action/src/oncall/model.js';
import { createOnCallLookup, type OnCallLookupOptions } from '../../action/src/oncall/providers.js';
import type { Identity, ScheduleConfig } from '../../action/src/policy/model.js';
import { FakeOpsgenie } from '../../action/src/sandbox/opsgenie.js';
import { FakePagerDuty } from '../../action/src/sandbox/pagerduty.js';

const AT = new Date('2026-11-22T12:00:00Z');
const iso = (ms: number): string => new Date(AT.getTime() + ms).toISOString();
const H = 3_600_000;

const identities = new Map<string, Identity>([
  [
    'alice',
    {
      login: 'alice',
      aws: [],
      pagerduty: { userId: 'PALICE' },
      opsgenie: { username: 'alice@example.com' },
    },
  ],
  ['bob', { login: 'bob', aws: [] }],
]);
const schedules = new Map<string, ScheduleConfig>([
  [
    'roster',
    {
      id: 'roster',
      provider: 'roster',
      layers: [{ level: 1, start: iso(-H), shiftMinutes: 60 * 12, members: ['bob'] }],
      overrides: [],
    },
  ],
  ['pd', { id: 'pd', provider: 'pagerduty', scheduleId: 'PSCHED1' }],
  ['og', { id: 'og', provider: 'opsgenie', scheduleId: 'og-sched' }],
]);

describe('createOnCallLookup', () => {
  let pd: FakePagerDuty;
  let og: FakeOpsgenie;
  const sleep: Sleep = async () => {};
  const lookup = (extra: Partial<OnCallLookupOptions> = {}) =>
    createOnCallLookup({
      schedules,
      identities,
      pagerduty: { token: pd.token, baseUrl: pd.url },
      opsgenie: { apiKey: og.apiKey, baseUrl: og.url },
      clock: new ManualClock(AT),
      sleep,
      ...extra,
    });

  before(async () => {
    pd = await new FakePagerDuty().start();
    og = await new FakeOpsgenie().start();
    pd.addUser({ id: 'PALICE', name: 'Alice', email: 'alice@example.com' }).onCall(
      'PSCHED1',
      'PALICE',
      { start: iso(-H), end: iso(H) },
    );
    og.addSchedule('og-sched').onCall('og-sched', 'alice@example.com', iso(-H), iso(H));
  });
  after(async () => {
    await pd.stop();
    await og.stop();
  });
  beforeEach(() => {
    pd.requests.length = 0;
    og.requests.length = 0;
  });

  it('dispatches each schedule to its provider', async () => {
    const l = lookup();
    const [r, p, o] = await Promise.all([
      l.snapshot('roster', AT),
      l.snapshot('pd', AT),
      l.snapshot('og', AT),
    ]);
    assert.deepEqual([r.provider, p.provider, o.provider], ['roster', 'pagerduty', 'opsgenie']);
    assert.equal(isShownOnCall(r, 'bob', AT, 1), true);
    assert.equal(isShownOnCall(p, 'alice', AT, 1), true);
    assert.equal(isShownOnCall(o, 'alice', AT, 1), true);
    assert.equal(pd.requests.length, 1);
    assert.equal(og.requests.length, 1);
  });

  it('memoises per (schedule, instant), concurrent callers included', async () => {
    const l = lookup();
    const [a, b] = await Promise.all([
      l.snapshot('pd', AT),
      l.snapshot('pd', new Date(AT.getTime())),
    ]);
    assert.equal(a, b);
    assert.equal(pd.requests.length, 1);
    await l.snapshot('pd', new Date(AT.getTime() + 1000));
    assert.equal(pd.requests.length, 2);
    await lookup().snapshot('pd', AT); // a new run asks again
    assert.equal(pd.requests.length, 3);
  });

  it('a provider without credentials is ok:false and never called', async () => {
    const l = lookup({ pagerduty: undefined, opsgenie: { apiKey: '', baseUrl: og.url } });
    const p = await l.snapshot('pd', AT);
    assert.equal(p.ok, false);
    assert.equal(p.error, 'PagerDuty token not configured; treated as not on call');
    assert.equal(p.providerRef, 'PSCHED1');
    const o = await l.snapshot('og', AT);
    assert.equal(o.error, 'Opsgenie API key not configured; treated as not on call');
    assert.equal(pd.requests.length + og.requests.length, 0);
    assert.equal((await l.snapshot('roster', AT)).ok, true);
  });

  it('an unknown schedule is ok:false', async () => {
    const s = await lookup().snapshot('nope', AT);
    assert.equal(s.ok, false);
    assert.match(s.error ?? '', /unknown schedule 'nope'/);
    assert.deepEqual(s.entries, []);
  });

  it('accepts identities as a list too', async () => {
    const s = await lookup({ identities: [...identities.values()] }).snapshot('pd', AT);
    assert.equal(isShownOnCall(s, 'alice', AT), true);
  });
});
