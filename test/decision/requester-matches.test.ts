/** requester-matches: whether a rule names the requester, and which schedules a decision must consult. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  namedInRule,
  schedulesToConsult,
} from '../../action/src/decision/checks/requester-matches.js';
import type { AccessRule } from '../../action/src/policy/model.js';
import { examplePolicy } from '../support/builders.js';

const p = examplePolicy();
const rule = (id: string): AccessRule => p.rules.find((r) => r.id === id)!;

describe('requester-matches', () => {
  it('passes: named through a group, case-insensitively', () => {
    assert.equal(namedInRule(p, rule('sre-reviewed'), 'alice'), true);
    assert.equal(namedInRule(p, rule('sre-reviewed'), 'ALICE'), true);
    assert.equal(namedInRule(p, rule('platform-reviewed'), 'heidi'), true);
  });

  it('fails: not in the rule’s users or groups', () => {
    assert.equal(namedInRule(p, rule('sre-reviewed'), 'carol'), false);
    assert.equal(namedInRule(p, rule('data-team'), 'alice'), false);
  });

  it('not applicable: an on-call rule names nobody (on-call is judged from provider evidence)', () => {
    assert.equal(namedInRule(p, rule('oncall-emergency'), 'alice'), false);
  });

  it('consults every schedule of the candidate rules and their on-call reviewers', () => {
    assert.deepEqual(schedulesToConsult(p, 'prod-readonly'), ['platform-roster', 'sre-primary']);
    assert.deepEqual(schedulesToConsult(p, 'prod-admin'), ['sre-primary']);
    assert.deepEqual(schedulesToConsult(p, 'data-readonly'), []);
  });
});
