/** duration-limit: the duration fits both the access rule's and the bundle's maximum. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { durationLimit } from '../../action/src/decision/checks/duration-limit.js';
import type { AccessRule } from '../../action/src/policy/model.js';
import { decisionInput, examplePolicy, grantFrom } from '../support/builders.js';

const rule = (id: string): AccessRule => examplePolicy().rules.find((r) => r.id === id)!;
const check = (bundle: string, duration: string, ruleId: string) =>
  durationLimit.check(decisionInput({ grant: grantFrom({ bundle, duration }) }), rule(ruleId));

describe('duration-limit', () => {
  for (const [bundle, duration, ruleId] of [
    ['prod-readonly', '1h', 'sre-reviewed'],
    ['prod-readonly', '8h', 'sre-reviewed'],
    ['prod-readonly', '4h', 'oncall-emergency'],
    ['prod-admin', '2h', 'sre-reviewed'],
  ] as const) {
    it(`passes: ${bundle} for ${duration} under ${ruleId}`, () =>
      assert.deepEqual(check(bundle, duration, ruleId), { status: 'pass' }));
  }

  for (const [name, bundle, duration, ruleId, message] of [
    [
      'over the rule (4h) though within the bundle (8h)',
      'prod-readonly',
      '4h1m',
      'oncall-emergency',
      /duration 4h1m is over the 4h allowed by rule "oncall-emergency"/,
    ],
    [
      'over the bundle (2h) though within the rule (8h)',
      'prod-admin',
      '3h',
      'sre-reviewed',
      /duration 3h is over the 2h allowed by bundle "prod-admin"/,
    ],
    ['over both', 'prod-readonly', '1d', 'sre-reviewed', /over the 8h allowed/],
  ] as const) {
    it(`GOV-04 fails: ${name}`, () => {
      const r = check(bundle, duration, ruleId);
      assert.equal(r.status, 'fail');
      if (r.status !== 'fail') return;
      assert.match(r.findings[0]?.message ?? '', message);
      assert.deepEqual(
        [r.findings[0]?.ruleId, r.findings[0]?.field, r.findings[0]?.line],
        ['duration-limit', 'duration', 4],
      );
    });
  }

  it('not applicable: the bundle limit, when the bundle is unknown (the rule limit alone decides)', () => {
    assert.deepEqual(check('prod-everything', '8h', 'sre-reviewed'), { status: 'pass' });
    assert.equal(check('prod-everything', '9h', 'sre-reviewed').status, 'fail');
  });
});
