/** On-call auto-approval for a window starting later must hold at the window's start (roster overrides, Opsgenie). */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../action/src/core/clock.js';
import { evaluateGrant } from '../../action/src/commands/decide.js';
import { createOnCallLookup } from '../../action/src/oncall/providers.js';
import { FakeOpsgenie } from '../../action/src/sandbox/opsgenie.js';
import { examplePolicy, grantFrom, prFacts } from '../support/builders.js';

void describe('on-call approval of a later start asks the provider about the start (roster overrides, Opsgenie)', () => {
  void it('roster: an override that begins later in the shift sends the grant to review', async () => {
    const policy = examplePolicy(); // platform-roster: weekly grace/heidi; override heidi 2026-12-24..27
    const now = new Date('2026-12-22T10:00:00Z'); // week 50 since anchor: grace on call
    const clock = new ManualClock(now);
    const onCall = createOnCallLookup({ schedules: policy.schedules, identities: policy.identities, clock, sleep: async () => {} });
    const start = new Date('2026-12-25T10:00:00Z');
    const atStart = await onCall.snapshot('platform-roster', start);
    assert.deepEqual(atStart.entries.map((e) => e.login), ['heidi'], 'precondition: heidi is on call at the start');
    const d = await evaluateGrant({
      policy, now, onCall, reviews: [],
      grant: grantFrom({ requester: 'grace', bundle: 'prod-readonly', duration: '2h', reason: 'investigating the incident now', start: '2026-12-25T10:00:00Z' }),
      pr: prFacts({ author: 'grace' }),
    });
    assert.notEqual(d.approval, 'auto', `auto-approved ${d.start}..${d.expires} under ${d.rule} while heidi holds the override`);
  });

  void describe('opsgenie', () => {
    let fake: FakeOpsgenie;
    before(async () => { fake = await new FakeOpsgenie().start(); });
    after(() => fake.stop());
    void it('Opsgenie, which reports no shift window: a start 6 days ahead goes to review', async () => {
      const policy = examplePolicy();
      const SID = '0d5c2a3e-0000-4000-8000-00000000aaaa';
      policy.schedules.set('sre-primary', { id: 'sre-primary', provider: 'opsgenie', scheduleId: SID });
      policy.identities.get('alice')!.opsgenie = { username: 'alice@example.com' };
      const now = new Date('2026-03-10T10:00:00Z');
      fake.addSchedule(SID, 'SRE').onCall(SID, 'alice@example.com', '2026-03-10T09:00:00Z', '2026-03-10T12:00:00Z');
      const onCall = createOnCallLookup({ schedules: policy.schedules, identities: policy.identities, opsgenie: { apiKey: fake.apiKey, baseUrl: fake.url }, clock: new ManualClock(now), sleep: async () => {} });
      const later = await onCall.snapshot('sre-primary', new Date('2026-03-16T09:00:00Z'));
      assert.deepEqual(later.entries, [], 'precondition: Opsgenie shows nobody at the start');
      const d = await evaluateGrant({
        policy, now, onCall, reviews: [],
        grant: grantFrom({ bundle: 'prod-readonly', duration: '4h', start: '2026-03-16T09:00:00Z' }),
        pr: prFacts(),
      });
      assert.notEqual(d.approval, 'auto', `auto-approved ${d.start}..${d.expires} under ${d.rule}`);
    });
  });
});
