/**
 * The decision engine as a whole, auto-approval (issue 2, item 7): only when a provider confirms the
 * requester on call now; provider errors, wrong level, forks, other committers and blockers → review.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from '../../action/src/decision/decide.js';
import type { Decision, DecisionInput } from '../../action/src/decision/model.js';
import { decisionInput, grantFrom, onCallFailed, onCallOk, prFacts } from '../support/builders.js';

/** Alice on call at level 1 for sre-primary, nobody on the platform roster. */
const aliceOnCall = () => [
  onCallOk('platform-roster', [], 'roster'),
  onCallOk('sre-primary', [{ login: 'alice' }]),
];

function run(o: Partial<DecisionInput> = {}): Decision {
  return decide(decisionInput({ onCall: aliceOnCall(), ...o }));
}

describe('decide: auto-approval needs a provider confirming the requester on call now', () => {
  it('approves at once when the provider shows the requester on call', () => {
    const d = run({ onCall: aliceOnCall() });
    assert.deepEqual(
      [d.outcome, d.rule, d.approval, d.review],
      ['approve', 'oncall-emergency', 'auto', undefined],
    );
  });

  const NOT_AUTO: [string, Partial<DecisionInput>, RegExp][] = [
    [
      'F-17 RC-10 provider error',
      { onCall: [onCallFailed('sre-primary', 'HTTP 500')] },
      /could not confirm on-call status \(HTTP 500\)/,
    ],
    [
      'F-17 RC-10 provider timeout',
      { onCall: [onCallFailed('sre-primary', 'timeout after 5000 ms')] },
      /timeout after 5000 ms/,
    ],
    ['F-17 RC-10 provider rate limit', { onCall: [onCallFailed('sre-primary', 'HTTP 429')] }, /HTTP 429/],
    ['no snapshot for the schedule', { onCall: [] }, /was not consulted/],
    [
      'level above maxLevel',
      { onCall: [onCallOk('sre-primary', [{ login: 'alice', level: 3 }])] },
      /only above level 2/,
    ],
    [
      'shift already ended',
      { onCall: [onCallOk('sre-primary', [{ login: 'alice', end: '2026-03-10T10:00:00Z' }])] },
      /alice is not on call/,
    ],
    [
      'shift not yet started',
      { onCall: [onCallOk('sre-primary', [{ login: 'alice', start: '2026-03-10T10:00:01Z' }])] },
      /alice is not on call/,
    ],
    [
      'a look-alike login on call',
      { onCall: [onCallOk('sre-primary', [{ login: '\u0430lice' }])] },
      /alice is not on call/,
    ],
    [
      'GH-01 fork PR',
      { pr: prFacts({ fromFork: true }), onCall: aliceOnCall() },
      /the PR comes from a fork/,
    ],
    [
      'RC-02 commits by another person',
      { pr: prFacts({ contributors: ['alice', 'mallory'] }), onCall: aliceOnCall() },
      /commits by others \(mallory\)/,
    ],
    [
      'autoApprovalBlocked',
      { autoApprovalBlocked: ['branch protection could not be verified'], onCall: aliceOnCall() },
      /branch protection could not be verified/,
    ],
  ];
  for (const [name, o, note] of NOT_AUTO) {
    it(`${name} → review, never approve`, () => {
      const d = run(o);
      assert.deepEqual([d.outcome, d.rule, d.approval], ['review', 'sre-reviewed', 'reviewers']);
      assert.ok(
        d.notes.some((n) => note.test(n)),
        `${note} not in:\n${d.notes.join('\n')}`,
      );
    });
  }

  it('the roster schedule approves its on-call member and sends the off-call one to review', () => {
    const grace = { grant: grantFrom({ requester: 'grace' }), pr: prFacts({ author: 'grace' }) };
    const onShift = run({
      ...grace,
      onCall: [
        onCallOk('platform-roster', [{ login: 'grace' }], 'roster'),
        onCallFailed('sre-primary'),
      ],
    });
    assert.deepEqual([onShift.outcome, onShift.rule], ['approve', 'platform-roster-oncall']);
    const offShift = run({
      ...grace,
      onCall: [onCallOk('platform-roster', [{ login: 'heidi' }], 'roster')],
    });
    assert.deepEqual(
      [offShift.outcome, offShift.rule, offShift.review?.eligible],
      ['review', 'platform-reviewed', ['carol', 'dave']],
    );
  });
});

void describe('on-call approval of a window that starts later', () => {
  // Alice is on call now (10:00Z); onCallAtStart is the provider asked about the window's start.
  const nobodyThen = [onCallOk('platform-roster', [], 'roster'), onCallOk('sre-primary', [])];

  void it('goes to review when the provider does not show the requester on call at the start', () => {
    const d = run({ grant: grantFrom({ start: '2026-03-16T09:00:00Z', duration: '4h' }), onCallAtStart: nobodyThen });
    assert.notEqual(d.approval, 'auto');
    assert.equal(d.outcome, 'review');
    assert.match(d.notes.join('\n'), /starts at 2026-03-16T09:00:00Z, and sre-primary does not show alice on call then/);
  });

  void it('goes to review when nobody asked the provider about the start, or it failed', () => {
    const later = grantFrom({ start: '2026-03-10T20:00:00Z', duration: '2h' });
    assert.notEqual(run({ grant: later }).approval, 'auto');
    const failed = [onCallOk('platform-roster', [], 'roster'), onCallFailed('sre-primary')];
    assert.match(run({ grant: later, onCallAtStart: failed }).notes.join('\n'), /sre-primary could not confirm it/);
  });

  void it('is approved at once when the provider shows the requester on call at the start too', () => {
    const d = run({ grant: grantFrom({ start: '2026-03-10T20:00:00Z', duration: '2h' }), onCallAtStart: aliceOnCall() });
    assert.deepEqual([d.outcome, d.approval, d.start], ['approve', 'auto', '2026-03-10T20:00:00Z']);
  });

  void it('an extension that begins later needs the same', () => {
    const ext = { grant: grantFrom({ duration: '2h' }), extendsUntil: '2026-03-10T11:00:00Z' };
    assert.notEqual(run(ext).approval, 'auto');
    assert.equal(run({ ...ext, onCallAtStart: aliceOnCall() }).approval, 'auto');
  });
});
