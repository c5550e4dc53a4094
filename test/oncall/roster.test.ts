import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../action/src/core/clock.js';
import { isShownOnCall } from '../../action/src/oncall/model.js';
import { RosterProvider, rosterEntries } from '../../action/src/oncall/roster.js';
import type { ScheduleConfig } from '../../action/src/policy/model.js';

type Roster = Extract<ScheduleConfig, { provider: 'roster' }>;

const ANCHOR = '2026-11-02T09:00:00Z';
const DAY = 86_400_000;
const t = (ms: number): Date => new Date(Date.parse(ANCHOR) + ms);

const roster: Roster = {
  id: 'platform',
  provider: 'roster',
  layers: [
    { level: 1, start: ANCHOR, shiftMinutes: 7 * 24 * 60, members: ['alice', 'bob', 'carol'] },
    { level: 2, start: ANCHOR, shiftMinutes: 24 * 60, members: ['dave', 'erin'] },
  ],
  overrides: [
    { level: 1, login: 'frank', start: '2026-11-20T00:00:00Z', end: '2026-11-21T00:00:00Z' },
    { level: 1, login: 'grace', start: '2026-11-20T12:00:00Z', end: '2026-11-20T18:00:00Z' },
  ],
};
const schedules = new Map<string, ScheduleConfig>([
  ['platform', roster],
  ['pd', { id: 'pd', provider: 'pagerduty', scheduleId: 'P1' }],
  [
    'broken',
    {
      id: 'broken',
      provider: 'roster',
      layers: [{ level: 1, start: ANCHOR, shiftMinutes: 0, members: ['x'] }],
      overrides: [],
    },
  ],
]);

const who = (at: Date, level: number): string[] =>
  rosterEntries(roster, at)
    .filter((e) => e.level === level)
    .map((e) => e.login);

describe('roster rotation', () => {
  it('rotates weekly at level 1 across shift boundaries and wraps around', () => {
    assert.deepEqual(who(t(0), 1), ['alice']);
    assert.deepEqual(who(t(7 * DAY - 1), 1), ['alice']);
    assert.deepEqual(who(t(7 * DAY), 1), ['bob']);
    assert.deepEqual(who(t(14 * DAY + 1), 1), ['carol']);
    assert.deepEqual(who(t(21 * DAY), 1), ['alice']);
  });

  it('reports the shift window [anchor + k·shift, + shift)', () => {
    const [e] = rosterEntries(roster, t(8 * DAY)).filter((x) => x.level === 1);
    assert.deepEqual(e, {
      login: 'bob',
      level: 1,
      start: '2026-11-09T09:00:00Z',
      end: '2026-11-16T09:00:00Z',
      providerUser: 'bob',
    });
  });

  it('computes every level independently', () => {
    const at = t(8 * DAY + 3_600_000);
    assert.deepEqual(
      rosterEntries(roster, at).map((e) => [e.level, e.login]),
      [
        [1, 'bob'],
        [2, 'dave'],
      ],
    );
    assert.deepEqual(who(t(DAY), 2), ['erin']);
  });

  it('before the anchor nobody is on call', () => {
    assert.deepEqual(rosterEntries(roster, t(-1)), []);
  });

  it('an override replaces the computed person at its level only, during [start, end)', () => {
    const at = new Date('2026-11-20T06:00:00Z');
    const entries = rosterEntries(roster, at);
    assert.deepEqual(
      entries.map((e) => [e.level, e.login]),
      [
        [1, 'frank'],
        [2, 'erin'],
      ],
    );
    assert.deepEqual(entries[0], {
      login: 'frank',
      level: 1,
      start: '2026-11-20T00:00:00Z',
      end: '2026-11-21T00:00:00Z',
      providerUser: 'frank',
    });
    assert.deepEqual(who(new Date('2026-11-21T00:00:00Z'), 1), ['carol']); // end is exclusive
    assert.deepEqual(who(new Date('2026-11-19T23:59:59Z'), 1), ['carol']);
  });

  it('the later-declared of two overlapping overrides wins', () => {
    assert.deepEqual(who(new Date('2026-11-20T13:00:00Z'), 1), ['grace']);
  });
});

describe('RosterProvider', () => {
  const provider = new RosterProvider({
    schedules,
    clock: new ManualClock('2026-11-22T12:00:00Z'),
  });

  it('answers ok with entries that isShownOnCall honours per level', async () => {
    const at = t(DAY);
    const s = await provider.whoIsOnCall('platform', at);
    assert.equal(s.ok, true);
    assert.equal(s.provider, 'roster');
    assert.equal(s.checkedAt, '2026-11-22T12:00:00Z');
    assert.equal(isShownOnCall(s, 'alice', at, 1), true);
    assert.equal(isShownOnCall(s, 'erin', at, 1), false);
    assert.equal(isShownOnCall(s, 'erin', at, 2), true);
    assert.equal(isShownOnCall(s, 'bob', at), false);
  });

  it('unknown, non-roster and invalid schedules are ok:false', async () => {
    assert.match((await provider.whoIsOnCall('nope', t(0))).error ?? '', /unknown schedule/);
    const pd = await provider.whoIsOnCall('pd', t(0));
    assert.equal(pd.ok, false);
    assert.match(pd.error ?? '', /uses pagerduty, not a roster/);
    assert.match(
      (await provider.whoIsOnCall('broken', t(0))).error ?? '',
      /shiftMinutes must be positive/,
    );
  });
});
