/**
 * approvals: latest review per person; APPROVED on the head SHA only; eligible approvers only; never
 * the author, a pusher or a bot; on-call reviewers only while shown on call; CHANGES_REQUESTED blocks.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countApprovals, eligibleApprovers } from '../../action/src/decision/checks/approvals.js';
import type { Review } from '../../action/src/decision/model.js';
import type { OnCallSnapshot } from '../../action/src/oncall/model.js';
import type { AccessRule } from '../../action/src/policy/model.js';
import {
  OLD_SHA,
  decisionInput,
  examplePolicy,
  grantFrom,
  onCallFailed,
  onCallOk,
  prFacts,
  review,
} from '../support/builders.js';

const rule = (id: string): AccessRule => examplePolicy().rules.find((r) => r.id === id)!;
const SRE = rule('sre-reviewed'); // 1 approval from group security (carol, dave) or on call for sre-primary

function count(
  reviews: Review[],
  o: {
    contributors?: string[];
    onCall?: OnCallSnapshot[];
    r?: AccessRule;
    requester?: string;
    bundle?: string;
  } = {},
) {
  const requester = o.requester ?? 'alice';
  const input = decisionInput({
    grant: grantFrom({ requester, ...(o.bundle ? { bundle: o.bundle } : {}) }),
    pr: prFacts({ author: requester, contributors: o.contributors ?? [requester] }),
    reviews,
    onCall: o.onCall ?? [],
  });
  return countApprovals(input, o.r ?? SRE);
}

describe('approvals: passing', () => {
  it('one APPROVED from an eligible approver on the head SHA counts', () => {
    const { state, ignored } = count([review('carol')]);
    assert.deepEqual(state, {
      required: 1,
      approvals: ['carol'],
      eligible: ['carol', 'dave'],
      blockedBy: [],
    });
    assert.deepEqual(ignored, []);
  });

  it('logins compare case-insensitively', () => {
    assert.deepEqual(count([review('Carol')]).state.approvals, ['carol']);
  });

  it('CHANGES_REQUESTED then APPROVED: the latest counts and nothing blocks', () => {
    const { state } = count([review('carol', 'CHANGES_REQUESTED'), review('carol', 'APPROVED')]);
    assert.deepEqual([state.approvals, state.blockedBy], [['carol'], []]);
  });

  it('a later COMMENTED review does not undo an approval', () => {
    assert.deepEqual(count([review('carol'), review('carol', 'COMMENTED')]).state.approvals, [
      'carol',
    ]);
  });

  it('an on-call reviewer counts while the provider shows them on call', () => {
    const { state } = count([review('bob')], {
      onCall: [onCallOk('sre-primary', [{ login: 'bob' }])],
    });
    assert.deepEqual(state.eligible, ['bob', 'carol', 'dave']);
    assert.deepEqual(state.approvals, ['bob']);
  });

  it("the requester's manager is eligible where the rule says so", () => {
    const { state } = count([review('frank')], {
      r: rule('data-team'),
      requester: 'erin',
      bundle: 'data-readonly',
    });
    assert.deepEqual([state.eligible, state.approvals], [['frank'], ['frank']]);
    assert.deepEqual(
      eligibleApprovers(decisionInput({ grant: grantFrom({ requester: 'bob' }) }), {
        count: 1,
        from: [{ manager: true }],
      }),
      ['dave'],
    );
  });
});

describe('approvals: failing (ignored, with the reason, or blocked)', () => {
  const IGNORED: {
    name: string;
    reviews: Review[];
    contributors?: string[];
    onCall?: OnCallSnapshot[];
    login: string;
    why: RegExp;
  }[] = [
    {
      name: 'the author approving their own grant',
      reviews: [review('alice')],
      login: 'alice',
      why: /requester and people who pushed/,
    },
    {
      name: 'an approver login held by another account (a renamed or recycled login)',
      reviews: [review('carol', 'APPROVED', { id: 999_999 })],
      login: 'carol',
      why: /reviewing account \(GitHub id 999999\) is not the one policies\/ declares for carol/,
    },
    {
      name: 'an eligible approver who pushed a commit',
      reviews: [review('carol')],
      contributors: ['alice', 'carol'],
      login: 'carol',
      why: /people who pushed/,
    },
    {
      name: 'an approval on an old SHA',
      reviews: [review('carol', 'APPROVED', { commitId: OLD_SHA })],
      login: 'carol',
      why: /approved an older commit 0000111, not the head a1b2c3d/,
    },
    {
      name: 'a read-only stranger',
      reviews: [review('mallory')],
      login: 'mallory',
      why: /not an eligible approver under rule "sre-reviewed"/,
    },
    {
      name: 'a bot by flag',
      reviews: [review('carol', 'APPROVED', { isBot: true })],
      login: 'carol',
      why: /bots never count/,
    },
    {
      name: 'a bot by [bot] login',
      reviews: [review('security-bot[bot]')],
      login: 'security-bot[bot]',
      why: /bots never count/,
    },
    {
      name: 'an on-call reviewer whose shift has ended',
      reviews: [review('bob')],
      onCall: [onCallOk('sre-primary', [{ login: 'bob', end: '2026-03-10T09:00:00Z' }])],
      login: 'bob',
      why: /not an eligible approver/,
    },
    {
      name: 'an on-call reviewer when the provider failed',
      reviews: [review('bob')],
      onCall: [onCallFailed('sre-primary')],
      login: 'bob',
      why: /not an eligible approver/,
    },
  ];
  for (const c of IGNORED) {
    it(`ignores ${c.name}`, () => {
      const { state, ignored } = count(c.reviews, {
        ...(c.contributors ? { contributors: c.contributors } : {}),
        ...(c.onCall ? { onCall: c.onCall } : {}),
      });
      assert.deepEqual(state.approvals, []);
      assert.equal(ignored.length, 1);
      assert.equal(ignored[0]?.login, c.login);
      assert.match(ignored[0]?.why ?? '', c.why);
    });
  }

  it('a pusher is not even listed as eligible', () => {
    assert.deepEqual(count([], { contributors: ['alice', 'dave'] }).state.eligible, ['carol']);
  });

  it('APPROVED then CHANGES_REQUESTED: 0 approvals and blocked', () => {
    const { state } = count([review('carol', 'APPROVED'), review('carol', 'CHANGES_REQUESTED')]);
    assert.deepEqual([state.approvals, state.blockedBy], [[], ['carol']]);
  });

  it('APPROVED then DISMISSED: 0 approvals, not blocked', () => {
    const { state } = count([review('carol'), review('carol', 'DISMISSED')]);
    assert.deepEqual([state.approvals, state.blockedBy], [[], []]);
  });

  it('review order comes from submittedAt, not list order', () => {
    const late = review('carol', 'CHANGES_REQUESTED', { at: '2026-03-10T09:59:00Z' });
    const early = review('carol', 'APPROVED', { at: '2026-03-10T09:00:00Z' });
    assert.deepEqual(count([late, early]).state.blockedBy, ['carol']);
  });

  it('CHANGES_REQUESTED from one approver blocks despite another approval', () => {
    const { state } = count([review('carol'), review('dave', 'CHANGES_REQUESTED')]);
    assert.deepEqual([state.approvals, state.blockedBy], [['carol'], ['dave']]);
  });

  it('RC-03: author APPROVED, read-only collaborator APPROVED, member APPROVED then CHANGES_REQUESTED → 0', () => {
    const { state } = count([
      review('alice'),
      review('mallory'),
      review('carol'),
      review('carol', 'CHANGES_REQUESTED'),
    ]);
    assert.equal(state.approvals.length, 0);
  });
});

describe('approvals: not applicable', () => {
  it('an auto rule has no reviewers to count (the engine never asks)', () => {
    assert.throws(
      () => count([review('carol')], { r: rule('oncall-emergency') }),
      /has no reviewers/,
    );
  });
});
