/**
 * scopesToRead also reads the principals in apply records of grants not yet revoked (an identity whose
 * ARN changed may still hold one), within the policy's accounts and only until the grant expires.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DecisionRecord } from '../../action/src/audit/trailers.js';
import { appliedScopes, scopesToRead } from '../../action/src/plan/plan.js';
import type { GrantHistory } from '../../action/src/repo/grant-records.js';
import { examplePolicy } from '../support/builders.js';

const OLD = 'arn:aws:iam::111122223333:role/sre-alice-old';
const FOREIGN = 'arn:aws:iam::999999999999:role/elsewhere';
const desired = { entries: [], grants: [], unapproved: [], invalid: [] };

function history(revoked: boolean): GrantHistory {
  const approval = { grantId: 'inc-1', expires: '2026-03-10T12:00:00Z' } as DecisionRecord;
  const applied = { grantId: 'inc-1', time: '2026-03-10T10:00:00Z', results: [`aws:${OLD} breakglass-inc-1 applied`, `aws:${FOREIGN} breakglass-inc-1 applied`] };
  return {
    approvals: new Map(),
    everApproved: new Map([['inc-1', approval]]),
    revocations: revoked ? new Map([['inc-1', { grantId: 'inc-1', reason: 'early', time: '2026-03-10T10:30:00Z', results: [] }]]) : new Map(),
    applied: new Map([['inc-1', applied]]),
    approvedAt: new Map(),
    reviews: new Map(),
  };
}
const reads = (h: GrantHistory, now: string) =>
  scopesToRead(examplePolicy(), desired, h, new Date(now)).flatMap((s) => (s.cloud === 'aws' ? [s.principalArn] : []));

void describe('scopes from apply records', () => {
  void it('reads the applied principal of a live, unrevoked grant, in the policy\'s accounts only', () => {
    const arns = reads(history(false), '2026-03-10T11:00:00Z');
    assert.ok(arns.includes(OLD));
    assert.ok(!arns.includes(FOREIGN));
  });

  void it('stops once the grant is revoked or expired', () => {
    assert.ok(!reads(history(true), '2026-03-10T11:00:00Z').includes(OLD));
    assert.ok(!reads(history(false), '2026-03-10T12:00:00Z').includes(OLD));
  });

  void it('parses both clouds\' record lines and ignores anything else', () => {
    assert.deepEqual(appliedScopes([`aws:${OLD} p applied`, 'gcp:acme-prod roles/viewer user:a@example.com applied', 'ok', 'aws:not-an-arn x applied']), [
      { cloud: 'aws', account: '111122223333', principalArn: OLD },
      { cloud: 'gcp', project: 'acme-prod' },
    ]);
  });
});
