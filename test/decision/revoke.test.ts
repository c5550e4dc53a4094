/**
 * The early-revocation decision (decision/revoke.ts): who may revoke at once (the requester of every
 * deleted grant, or a named approver of its bundle, matched by login and declared GitHub id), what
 * goes to review, and what is rejected as a mixed PR.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideRevoke, type DeletedGrant, type RevokeInput } from '../../action/src/decision/revoke.js';
import { bundleReviewers, postUseReviewers } from '../../action/src/policy/reviewers.js';
import { examplePolicy, grantFrom, HEAD_SHA, NOW } from '../support/builders.js';

const person = (login: string, id: number) => ({ login, id, isBot: false });
const ALICE = person('alice', 1001);
const removed = (...ids: string[]) => ids.map((id) => ({ path: `grants/${id}.yaml`, status: 'removed' }));
const deleted = (id: string, requester: string, bundle = 'prod-readonly'): DeletedGrant => ({ path: `grants/${id}.yaml`, grant: grantFrom({ requester, bundle }, `grants/${id}.yaml`).grant });

function input(o: Partial<RevokeInput>): RevokeInput {
  return { policy: examplePolicy(), author: ALICE, headSha: HEAD_SHA, files: removed('a1'), deleted: [deleted('a1', 'alice')], now: NOW, ...o };
}

describe('early revocation decision', () => {
  it('the requester of every deleted grant: approve', () => {
    const d = decideRevoke(input({ files: removed('a1', 'a2'), deleted: [deleted('a1', 'alice'), deleted('a2', 'alice', 'prod-admin')] }));
    assert.equal(d.outcome, 'approve');
    assert.deepEqual(d.grants.map((g) => [g.grantId, g.as]), [['a1', 'requester'], ['a2', 'requester']]);
  });

  it('a named approver of the bundle (group member in a reviewed rule): approve', () => {
    const d = decideRevoke(input({ author: person('carol', 1003) }));
    assert.deepEqual([d.outcome, d.grants[0]?.as], ['approve', 'approver']);
  });

  it('anyone else, or one grant of several not theirs: review, with the reason per grant', () => {
    const m = decideRevoke(input({ author: person('mallory', 1666) }));
    assert.equal(m.outcome, 'review');
    assert.match(m.grants[0]?.why ?? '', /mallory is neither its requester \(alice\) nor a named approver of bundle "prod-readonly"/);
    const mixed = decideRevoke(input({ files: removed('a1', 'b1'), deleted: [deleted('a1', 'alice'), deleted('b1', 'bob')] }));
    assert.equal(mixed.outcome, 'review');
    assert.deepEqual(mixed.grants.map((g) => g.as ?? 'no'), ['requester', 'no']);
  });

  it('the login alone is not enough: a declared GitHub id must match (renamed or recycled accounts)', () => {
    assert.equal(decideRevoke(input({ author: person('alice', 999) })).outcome, 'review');
    assert.equal(decideRevoke(input({ author: person('carol', 999) })).outcome, 'review');
  });

  it('a bot never revokes on its own; a grant not readable at the base goes to review', () => {
    assert.equal(decideRevoke(input({ author: { login: 'alice', id: 1001, isBot: true } })).outcome, 'review');
    const d = decideRevoke(input({ deleted: [{ path: 'grants/a1.yaml', problem: 'grants/a1.yaml is not on the base branch' }] }));
    assert.deepEqual([d.outcome, d.grants[0]?.why], ['review', 'grants/a1.yaml is not on the base branch']);
  });

  it('a deletion PR that touches anything else, or with invalid policies: reject', () => {
    const d = decideRevoke(input({ files: [...removed('a1'), { path: 'policies/rules.yaml', status: 'modified' }, { path: 'grants/README.md', status: 'removed' }] }));
    assert.equal(d.outcome, 'reject');
    assert.deepEqual(d.reasons.map((r) => r.message), [
      'a revocation PR may only delete grant files; it also modifies policies/rules.yaml',
      'a revocation PR may only delete grant files; it also deletes grants/README.md, which is not a grant file',
    ]);
    assert.equal(decideRevoke(input({ policy: undefined })).outcome, 'reject');
  });
});

describe('reviewers of a bundle', () => {
  it('named users and group members of reviewed rules only (no on-call or manager sources)', () => {
    assert.deepEqual(bundleReviewers(examplePolicy(), 'prod-readonly'), ['carol', 'dave']);
    assert.deepEqual(bundleReviewers(examplePolicy(), 'data-readonly'), ['frank']);
  });

  it('post-use reviewers leave out the requester, and fall back to the security group', () => {
    assert.deepEqual(postUseReviewers(examplePolicy(), 'prod-readonly', 'carol'), ['dave']);
    assert.deepEqual(postUseReviewers(examplePolicy(), 'no-such-bundle', 'alice'), ['carol', 'dave']);
  });
});
