/** start-window: a requested start is not in the past (beyond clock skew) nor more than 7 days ahead. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startWindow } from '../../action/src/decision/checks/start-window.js';
import { NOW, decisionInput, grantFrom } from '../support/builders.js';

const at = (offsetMs: number) =>
  new Date(NOW.getTime() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
const check = (start?: string) =>
  startWindow.check(decisionInput({ grant: grantFrom({ ...(start ? { start } : {}) }) }));
const H = 3_600_000;

describe('start-window', () => {
  for (const [name, offset] of [
    ['in one hour', H],
    ['right now', 0],
    ['two minutes ago (within the 300 s skew)', -120_000],
    ['exactly 7 days ahead', 7 * 24 * H],
  ] as const) {
    it(`passes: ${name}`, () => assert.deepEqual(check(at(offset)), { status: 'pass' }));
  }

  for (const [name, offset, message] of [
    ['one hour ago', -H, /is in the past/],
    ['six minutes ago (beyond the skew)', -360_000, /is in the past/],
    ['eight days ahead', 8 * 24 * H, /more than 7 days ahead/],
  ] as const) {
    it(`fails: ${name}`, () => {
      const r = check(at(offset));
      assert.equal(r.status, 'fail');
      if (r.status !== 'fail') return;
      assert.match(r.findings[0]?.message ?? '', message);
      assert.deepEqual(
        [r.findings[0]?.ruleId, r.findings[0]?.field, r.findings[0]?.line],
        ['start-window', 'start', 7],
      );
    });
  }

  it('not applicable: no start requested (access starts at approval)', () => {
    assert.deepEqual(check(), { status: 'not-applicable' });
  });
});
