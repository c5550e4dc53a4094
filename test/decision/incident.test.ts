/** incident: an incident id is present and well-formed where the matching rule requires one. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { incidentRequired } from '../../action/src/decision/checks/incident.js';
import type { AccessRule } from '../../action/src/policy/model.js';
import { decisionInput, examplePolicy, grantFrom } from '../support/builders.js';

const rule = (id: string): AccessRule => examplePolicy().rules.find((r) => r.id === id)!;
const check = (incident: string | undefined, ruleId: string) =>
  incidentRequired.check(decisionInput({ grant: grantFrom({ incident }) }), rule(ruleId));

describe('incident', () => {
  for (const [incident, ruleId] of [
    ['INC-1234', 'oncall-emergency'],
    ['INC-1', 'sre-reviewed'],
    ['JIRA-77', 'data-team'],
  ] as const) {
    it(`passes: ${incident} under ${ruleId}`, () =>
      assert.deepEqual(check(incident, ruleId), { status: 'pass' }));
  }

  for (const [name, incident, ruleId, message, line] of [
    [
      'missing where required',
      undefined,
      'oncall-emergency',
      /rule "oncall-emergency" requires an incident id/,
      2,
    ],
    [
      'malformed where required',
      'INC-abc',
      'oncall-emergency',
      /incident "INC-abc" does not match the format \^INC-\[0-9\]\{1,8\}\$/,
      6,
    ],
    [
      'malformed where optional but patterned',
      'PD-123',
      'sre-reviewed',
      /does not match the format/,
      6,
    ],
    ['too many digits', 'INC-123456789', 'platform-roster-oncall', /does not match/, 6],
  ] as const) {
    it(`GOV-03 fails: ${name}`, () => {
      const r = check(incident, ruleId);
      assert.equal(r.status, 'fail');
      if (r.status !== 'fail') return;
      assert.match(r.findings[0]?.message ?? '', message);
      assert.deepEqual(
        [r.findings[0]?.ruleId, r.findings[0]?.field, r.findings[0]?.line],
        ['incident', 'incident', line],
      );
    });
  }

  it('not applicable: no incident given and the rule does not require one', () => {
    assert.deepEqual(check(undefined, 'sre-reviewed'), { status: 'not-applicable' });
    assert.deepEqual(check(undefined, 'data-team'), { status: 'not-applicable' });
  });
});
