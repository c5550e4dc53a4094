/**
 * Reviews whose commit was force-pushed away or whose author was deleted are kept: they never
 * approve, but a CHANGES_REQUESTED among them still blocks (it used to be dropped).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countApprovals } from '../../action/src/decision/checks/approvals.js';
import { reviewFacts } from '../../action/src/github/pr-snapshot.js';
import { decisionInput, examplePolicy, grantFrom, HEAD_SHA, prFacts } from '../support/builders.js';

const SRE = examplePolicy().rules.find((r) => r.id === 'sre-reviewed')!;
const count = (reviews: ReturnType<typeof reviewFacts>[]) =>
  countApprovals(decisionInput({ grant: grantFrom({}), pr: prFacts({}), reviews, onCall: [] }), SRE).state;

void describe('reviews without a commit or an author', () => {
  const user = (login: string, databaseId: number) => ({ __typename: 'User' as const, login, databaseId });

  void it('a changes request on a commit that is gone still blocks an approval of the head', () => {
    const blocked = reviewFacts({ state: 'CHANGES_REQUESTED', submittedAt: '2026-03-10T09:00:00Z', commit: null, author: user('carol', 1003) });
    assert.equal(blocked.commitId, '');
    const approved = reviewFacts({ state: 'APPROVED', submittedAt: '2026-03-10T09:30:00Z', commit: { oid: HEAD_SHA }, author: user('dave', 1004) });
    const s = count([blocked, approved]);
    assert.deepEqual([s.approvals, s.blockedBy], [['dave'], ['carol']]);
  });

  void it('an approval on a commit that is gone, or by a deleted account, never counts', () => {
    const gone = reviewFacts({ state: 'APPROVED', submittedAt: '2026-03-10T09:00:00Z', commit: null, author: user('carol', 1003) });
    const ghost = reviewFacts({ state: 'APPROVED', submittedAt: '2026-03-10T09:00:00Z', commit: { oid: HEAD_SHA }, author: null });
    assert.equal(ghost.login, 'ghost');
    assert.deepEqual(count([gone, ghost]).approvals, []);
  });
});
