/**
 * The decision engine as a whole (issue 2, item 7): scope, requester, approvers, on-call reviewers,
 * duration and incident limits, fail-closed checks, and the decision's rule, evidence and UTC window.
 * Auto-approval guards are in decide-auto.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decide, grantWindow, runCheck } from '../../action/src/decision/decide.js';
import type {
  ChangedFile,
  Decision,
  DecisionInput,
  GateCheck,
} from '../../action/src/decision/model.js';
import {
  GRANT_FILE,
  HEAD_SHA,
  NOW,
  OLD_SHA,
  decisionInput,
  grantFrom,
  onCallFailed,
  onCallOk,
  prFacts,
  review,
} from '../support/builders.js';

const added: ChangedFile = { path: GRANT_FILE, status: 'added', mode: '100644' };
/** Alice on call at level 1 for sre-primary, nobody on the platform roster. */
const aliceOnCall = () => [
  onCallOk('platform-roster', [], 'roster'),
  onCallOk('sre-primary', [{ login: 'alice' }]),
];
const nobodyOnCall = () => [
  onCallOk('platform-roster', [], 'roster'),
  onCallOk('sre-primary', [{ login: 'bob' }]),
];

function run(o: Partial<DecisionInput> = {}): Decision {
  return decide(decisionInput({ onCall: nobodyOnCall(), ...o }));
}

function assertRejected(d: Decision, ruleId: string, message?: RegExp): void {
  assert.equal(d.outcome, 'reject', JSON.stringify(d, null, 1));
  const f = d.reasons.find((r) => r.ruleId === ruleId);
  assert.ok(f, `no ${ruleId} reason in ${JSON.stringify(d.reasons)}`);
  assert.equal(f.file, GRANT_FILE);
  if (message) assert.match(f.message, message);
  assert.equal(d.rule, undefined);
  assert.equal(d.start, undefined);
}

describe('decide: a grant PR adds exactly one regular file under grants/', () => {
  const CASES: [string, ChangedFile[]][] = [
    [
      'RC-04 an extra policy file',
      [added, { path: 'policies/rules.yaml', status: 'modified', mode: '100644' }],
    ],
    ['a modified grant', [{ ...added, status: 'modified' }]],
    ['a symlink (mode 120000)', [{ ...added, mode: '120000' }]],
    [
      '3,000 listed files (fail closed)',
      [
        added,
        ...Array.from({ length: 2999 }, (_, i): ChangedFile => ({
          path: `docs/${i}.md`,
          status: 'added',
          mode: '100644',
        })),
      ],
    ],
  ];
  for (const [name, files] of CASES) {
    it(`rejects ${name}, even for an on-call requester`, () => {
      assertRejected(run({ pr: prFacts({ files }), onCall: aliceOnCall() }), 'pr-scope');
    });
  }
});

describe('decide: requester = PR author', () => {
  it("RC-02 rejects Bob's PR with requester alice", () => {
    assertRejected(
      run({ pr: prFacts({ author: 'bob' }) }),
      'requester-is-author',
      /not the PR author "bob"/,
    );
  });
  it('RC-02 rejects a numeric id mismatch', () => {
    assertRejected(
      run({ pr: prFacts({ authorId: 4242 }) }),
      'requester-is-author',
      /GitHub id 4242/,
    );
  });
  it('accepts the matching id', () => {
    assert.equal(run({ pr: prFacts({ authorId: 1001 }) }).outcome, 'review');
  });
});

describe('decide: approvals', () => {
  it('one eligible approval on the head SHA approves with the reviewers rule', () => {
    const d = run({ reviews: [review('carol')] });
    assert.deepEqual(
      [d.outcome, d.rule, d.approval, d.review?.approvals],
      ['approve', 'sre-reviewed', 'reviewers', ['carol']],
    );
  });

  it('without approvals it asks the eligible approvers', () => {
    const d = run();
    assert.deepEqual([d.outcome, d.rule], ['review', 'sre-reviewed']);
    assert.deepEqual(d.review, {
      required: 1,
      approvals: [],
      eligible: ['bob', 'carol', 'dave'],
      blockedBy: [],
    });
  });

  it('RC-03 the author never counts', () => {
    const d = run({ reviews: [review('alice')] });
    assert.equal(d.outcome, 'review');
    assert.match(d.ignoredApprovals[0]?.why ?? '', /cannot approve/);
  });

  it('RC-02 anyone who pushed never counts (and commits by another person block auto-approval)', () => {
    const d = run({
      pr: prFacts({ contributors: ['alice', 'carol'] }),
      reviews: [review('carol')],
      onCall: aliceOnCall(),
    });
    assert.deepEqual([d.outcome, d.rule, d.review?.approvals], ['review', 'sre-reviewed', []]);
    assert.deepEqual(
      d.ignoredApprovals.map((i) => i.login),
      ['carol'],
    );
    assert.ok(
      d.notes.some((n) => /commits by others \(carol\)/.test(n)),
      d.notes.join('\n'),
    );
  });

  it('an on-call-shift reviewer counts only while the provider shows them on call', () => {
    assert.equal(run({ reviews: [review('bob')] }).outcome, 'approve');
    const ended = [
      onCallOk('platform-roster', [], 'roster'),
      onCallOk('sre-primary', [{ login: 'bob', end: '2026-03-10T09:59:59Z' }]),
    ];
    const d = run({ reviews: [review('bob')], onCall: ended });
    assert.equal(d.outcome, 'review');
    assert.match(d.ignoredApprovals[0]?.why ?? '', /not an eligible approver/);
    assert.equal(
      run({ reviews: [review('bob')], onCall: [onCallFailed('sre-primary', 'HTTP 500')] }).outcome,
      'review',
    );
  });

  it("RC-03 only each reviewer's latest review counts: APPROVED then CHANGES_REQUESTED → 0 and blocked", () => {
    const d = run({ reviews: [review('carol'), review('carol', 'CHANGES_REQUESTED')] });
    assert.equal(d.outcome, 'review');
    assert.deepEqual([d.review?.approvals, d.review?.blockedBy], [[], ['carol']]);
    assert.ok(d.notes.includes('changes requested by carol'));
  });

  it('CHANGES_REQUESTED blocks even when enough others approved', () => {
    const d = run({ reviews: [review('carol'), review('dave', 'CHANGES_REQUESTED')] });
    assert.deepEqual(
      [d.outcome, d.review?.approvals, d.review?.blockedBy],
      ['review', ['carol'], ['dave']],
    );
  });

  it('RC-01 only APPROVED on the current head SHA: an approval on an old SHA is ignored with the reason', () => {
    const d = run({ reviews: [review('carol', 'APPROVED', { commitId: OLD_SHA })] });
    assert.equal(d.outcome, 'review');
    assert.deepEqual(d.ignoredApprovals, [
      { login: 'carol', why: 'approved an older commit 0000111, not the head a1b2c3d' },
    ]);
  });

  it('GH-06 RC-03 only eligible approvers: a read-only stranger is ignored; bots are ignored', () => {
    const d = run({
      reviews: [
        review('mallory'),
        review('ci-bot[bot]'),
        review('dave', 'APPROVED', { isBot: true }),
      ],
    });
    assert.equal(d.outcome, 'review');
    assert.deepEqual(d.ignoredApprovals.map((i) => i.login).sort(), [
      'ci-bot[bot]',
      'dave',
      'mallory',
    ]);
  });

  it('two approvals are needed where the rule says two', () => {
    const heidi = {
      grant: grantFrom({ requester: 'heidi', targets: ['aws:111122223333'] }),
      pr: prFacts({ author: 'heidi' }),
    };
    assert.deepEqual(
      [
        run({ ...heidi, reviews: [review('carol')] }).outcome,
        run({ ...heidi, reviews: [review('carol'), review('dave')] }).outcome,
      ],
      ['review', 'approve'],
    );
  });
});

describe('decide: duration and incident limits', () => {
  it('falls through to a later rule with a longer maximum (6h: on-call max 4h → sre-reviewed 8h)', () => {
    const d = run({ grant: grantFrom({ duration: '6h' }), onCall: aliceOnCall() });
    assert.deepEqual([d.outcome, d.rule], ['review', 'sre-reviewed']);
    assert.ok(
      d.notes.some((n) =>
        /rule "oncall-emergency" does not apply: duration 6h is over the 4h/.test(n),
      ),
      d.notes.join('\n'),
    );
  });

  it('rejects a duration over the bundle maximum under every rule, located on the field', () => {
    const d = run({
      grant: grantFrom({ bundle: 'prod-admin', duration: '3h' }),
      onCall: aliceOnCall(),
    });
    assertRejected(d, 'duration-limit', /over the 2h allowed by bundle "prod-admin"/);
    assert.deepEqual([d.reasons[0]?.field, d.reasons[0]?.line], ['duration', 4]);
  });

  it('GOV-04 rejects a duration over every rule (9h > 8h)', () => {
    assertRejected(run({ grant: grantFrom({ duration: '9h' }) }), 'duration-limit');
  });

  it('an on-call requester without an incident does not get the incident-required rule', () => {
    const d = run({ grant: grantFrom({ incident: undefined }), onCall: aliceOnCall() });
    assert.deepEqual([d.outcome, d.rule], ['review', 'sre-reviewed']);
  });

  it('GOV-03 rejects a malformed incident where every candidate rule checks its format', () => {
    assertRejected(
      run({ grant: grantFrom({ incident: 'INC-abc' }), onCall: aliceOnCall() }),
      'incident',
      /does not match the format/,
    );
  });

  it('rejects when no rule lets the requester ask for the bundle', () => {
    const d = run({
      grant: grantFrom({ requester: 'erin', targets: ['gcp:acme-prod'] }),
      pr: prFacts({ author: 'erin' }),
    });
    assertRejected(d, 'no-rule', /no access rule lets erin request bundle "prod-readonly"/);
  });
});

describe('decide: fail closed', () => {
  it('a check that throws becomes a rejecting finding through runCheck', () => {
    const boom: GateCheck = {
      id: 'boom',
      check() {
        throw new Error('kaput');
      },
    };
    const findings = runCheck(boom.id, GRANT_FILE, () => boom.check(decisionInput()));
    assert.equal(findings.length, 1);
    assert.deepEqual(
      [findings[0]?.ruleId, findings[0]?.severity, findings[0]?.file],
      ['boom', 'error', GRANT_FILE],
    );
    assert.match(
      findings[0]?.message ?? '',
      /check "boom" failed to run: kaput; refusing to approve/,
    );
  });

  it('INV-7 a gate check that throws inside decide rejects the PR', () => {
    const files = new Proxy([added], {
      get(target, key, receiver) {
        if (key === 'filter' || key === 'find' || key === 'length')
          throw new Error('files unreadable');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    assertRejected(
      run({ pr: { ...prFacts(), files }, onCall: aliceOnCall() }),
      'pr-scope',
      /failed to run: files unreadable/,
    );
  });

  it('counting approvals that throws rejects the PR', () => {
    const broken = { ...review('carol'), login: undefined } as unknown as ReturnType<typeof review>;
    const d = run({ reviews: [review('dave'), broken] });
    assert.equal(d.outcome, 'reject');
    assert.match(d.reasons[0]?.message ?? '', /counting approvals failed: .*; refusing to approve/);
  });
});

describe('decide: the decision carries rule, evidence and a UTC window', () => {
  it('start = now rounded down to the second; expiry = start + duration', () => {
    const evidence = aliceOnCall();
    const d = run({
      now: new Date('2026-03-10T10:00:00.789Z'),
      onCall: evidence,
      grant: grantFrom({ duration: '1h30m' }),
    });
    assert.equal(d.outcome, 'approve');
    assert.equal(d.rule, 'oncall-emergency');
    assert.deepEqual(d.onCall, evidence);
    assert.deepEqual(
      [d.start, d.expires, d.decidedAt],
      ['2026-03-10T10:00:00Z', '2026-03-10T11:30:00Z', '2026-03-10T10:00:00Z'],
    );
    assert.deepEqual(
      [d.grantId, d.file, d.requester, d.bundle, d.headSha],
      ['db-fix', GRANT_FILE, 'alice', 'prod-readonly', HEAD_SHA],
    );
  });

  it('a requested start is used as given', () => {
    const d = run({ grant: grantFrom({ start: '2026-03-10T18:00Z', duration: '2h' }) });
    assert.deepEqual(
      [d.outcome, d.start, d.expires],
      ['review', '2026-03-10T18:00:00Z', '2026-03-10T20:00:00Z'],
    );
  });

  it('a start slightly in the past (within skew) starts now', () => {
    const w = grantWindow(decisionInput({ grant: grantFrom({ start: '2026-03-10T09:58:00Z' }) }));
    assert.deepEqual(w, { start: '2026-03-10T10:00:00Z', expires: '2026-03-10T11:00:00Z' });
  });

  it('an extension starts when the grant it extends ends', () => {
    const w = grantWindow(decisionInput({ extendsUntil: '2026-03-10T12:00:00Z' }));
    assert.deepEqual(w, { start: '2026-03-10T12:00:00Z', expires: '2026-03-10T13:00:00Z' });
  });

  it('every timestamp is UTC with a Z suffix and second precision', () => {
    const d = run({ now: NOW });
    for (const t of [d.start, d.expires, d.decidedAt])
      assert.match(t ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});
