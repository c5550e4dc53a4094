import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decide, grantWindow } from '../../action/src/decision/decide.js';
import { extensionFacts, overdueReviews } from '../../action/src/decision/history-facts.js';
import { grantHistory } from '../../action/src/repo/grant-records.js';
import { parseTrailers, decisionTrailers, reviewTrailers, revocationTrailers, type DecisionRecord } from '../../action/src/audit/trailers.js';
import type { HistoryCommit } from '../../action/src/repo/history.js';
import { decisionInput, grantFrom, prFacts, review } from '../support/builders.js';

function commit(message: string, date: string, changes: HistoryCommit['changes'] = []): HistoryCommit {
  return { sha: date, parents: [], authorName: 'x', authorEmail: 'x@example.com', authorDate: date, commitDate: date, subject: message.split('\n')[0] ?? '', trailers: parseTrailers(message), changes };
}
function approval(id: string, o: Partial<DecisionRecord> = {}): string {
  const r: DecisionRecord = { grantId: id, decision: 'approve', rule: 'sre-reviewed', requester: 'bob', bundle: 'prod-readonly', approvedBy: ['carol'], onCall: [], start: '2026-11-22T10:00:00Z', expires: '2026-11-22T12:00:00Z', targets: [], ...o };
  return `grant ${id}\n\n${decisionTrailers(r)}`;
}

describe('extension facts and the extension rule check (RC-06)', () => {
  const history = grantHistory([
    commit(approval('g-2', { extends: 'g-1', start: '2026-11-22T12:00:00Z', expires: '2026-11-22T14:00:00Z' }), '2026-11-22T11:30:00Z'),
    commit(approval('g-1'), '2026-11-22T10:00:00Z'),
    commit(approval('gone'), '2026-11-22T09:00:00Z'),
    commit(`revoke gone\n\n${revocationTrailers({ grantId: 'gone', reason: 'early', time: '2026-11-22T09:30:00Z', results: [] })}`, '2026-11-22T09:30:00Z'),
  ]);

  it('counts the chain: g-1 is original, g-2 is one extension deep', () => {
    assert.equal(extensionFacts(history, 'g-1').found?.depth, 0);
    assert.equal(extensionFacts(history, 'g-2').found?.depth, 1);
    assert.equal(extensionFacts(history, 'nope').found, undefined);
  });

  const ext = (ofId: string, yaml = '') =>
    decisionInput({
      grant: grantFrom(`requester: bob\nbundle: prod-readonly\nduration: 2h\nreason: "Still rolling back the deploy"\nextends: ${ofId}\n${yaml}`, 'grants/g-3.yaml'),
      pr: prFacts({ author: 'bob', grantFile: 'grants/g-3.yaml' }),
      now: new Date('2026-11-22T11:00:00Z'),
      extension: extensionFacts(history, ofId),
      reviews: [review('carol')],
    });

  it('RC-06 an extension of a live grant starts when it ends, so nothing is cut early', () => {
    const d = decide(ext('g-1'));
    assert.equal(d.outcome, 'approve', JSON.stringify(d.reasons));
    assert.equal(d.start, '2026-11-22T12:00:00Z');
    assert.equal(d.expires, '2026-11-22T14:00:00Z');
    assert.deepEqual(grantWindow(ext('g-1')), { start: '2026-11-22T12:00:00Z', expires: '2026-11-22T14:00:00Z' });
  });

  it('RC-06 extending past the rule limit, an unknown, ended or foreign grant is refused with a located reason', () => {
    // sre-reviewed allows 2 extensions: g-2 is already one deep, so extending it is the second (allowed)…
    assert.equal(decide(ext('g-2')).outcome, 'approve');
    for (const [id, why] of [['nope', /never approved/], ['gone', /already ended/]] as const) {
      const d = decide(ext(id));
      assert.equal(d.outcome, 'reject');
      assert.match(d.reasons.map((r) => r.message).join(), why);
      assert.equal(d.reasons[0]?.field, 'extends');
      assert.equal(d.reasons[0]?.line, 5);
    }
    const chained = grantHistory([
      commit(approval('g-3', { extends: 'g-2', start: '2026-11-22T14:00:00Z', expires: '2026-11-22T16:00:00Z' }), '2026-11-22T11:40:00Z'),
      ...['g-2', 'g-1'].map((id, i) => commit(approval(id, id === 'g-2' ? { extends: 'g-1', expires: '2026-11-22T14:00:00Z' } : {}), `2026-11-22T1${1 - i}:00:00Z`)),
    ]);
    const d = decide({ ...ext('g-3'), extension: extensionFacts(chained, 'g-3') });
    assert.equal(d.outcome, 'reject');
    assert.match(d.reasons[0]?.message ?? '', /allows 2 extension\(s\); this would be extension 3/);
  });
});

describe('overdue post-use reviews', () => {
  const auto = (id: string) => approval(id, { requester: 'alice', approvedBy: [], rule: 'oncall-emergency' });
  const history = grantHistory([
    commit(`review\n\n${reviewTrailers({ grantId: 'a-2', time: '2026-11-21T12:00:00Z', reviewer: 'carol' })}`, '2026-11-21T12:00:00Z'),
    commit(auto('a-2'), '2026-11-21T09:00:00Z'),
    commit(auto('a-1'), '2026-11-20T09:00:00Z'),
    commit(approval('b-1'), '2026-11-20T08:00:00Z'),
  ]);

  it('lists the requester\'s unreviewed break-glass grants past due, not reviewed ones or reviewed grants of others', () => {
    assert.deepEqual(overdueReviews(history, 'alice', new Date('2026-11-22T10:00:00Z'), 24), [{ grantId: 'a-1', due: '2026-11-21T09:00:00Z' }]);
    assert.deepEqual(overdueReviews(history, 'alice', new Date('2026-11-21T08:00:00Z'), 24), []);
    assert.deepEqual(overdueReviews(history, 'bob', new Date('2026-11-30T00:00:00Z'), 24), []);
  });
});

describe('grant ids are never reused', () => {
  it('a PR re-adding the file name of an earlier approved grant is rejected (its lifecycle would merge with the old one)', async () => {
    const { evaluateGrant } = await import('../../action/src/commands/decide.js');
    const history = grantHistory([commit(approval('db-fix', { requester: 'alice' }), '2026-03-01T10:00:00Z')]);
    const input = decisionInput();
    const d = await evaluateGrant({ policy: input.policy, grant: input.grant, pr: input.pr, reviews: [], now: input.now, history, onCall: { snapshot: async () => Promise.reject(new Error('not consulted')) } });
    assert.equal(d.outcome, 'reject');
    assert.equal(d.reasons[0]?.ruleId, 'grant/id-reused');
  });
});
