/**
 * Fault matrix (THREAT-MODEL 3.3), apply side, at reconcile level against the loopback clouds with
 * the real SDK clients: F-01 partial apply, F-03 throttling storm, F-05 timeout after commit, F-07
 * IAM read lag, F-14 non-retryable quotas. After each step the invariants that apply are checked:
 * INV-1 (evaluators deny at expiry + 1 s), INV-4 (foreign state byte-identical), INV-6 (a second run
 * writes nothing).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RETRY } from '../../action/src/cloud/retry.js';
import { iamFault } from '../../action/src/sandbox/aws-iam-xml.js';
import {
  ALICE,
  ALICE_ROLE,
  AWS_ACTION,
  GCP_ROLES,
  PROJECT,
  iso,
  statuses,
  useFaultWorld,
  EXPIRES,
  googleError,
} from './fault-harness.js';

const unavailable = {
  status: 503,
  body: googleError(503, 'UNAVAILABLE', 'The service is currently unavailable.'),
};

describe('reconcile under apply faults (F-01, F-03, F-05, F-07, F-14)', () => {
  const w = useFaultWorld();

  it('F-01 partial apply: AWS applied, GCP 503 to the retry limit → per-target report; the next run applies GCP and rolls nothing back', async () => {
    await w.approve('inc-1');
    const foreign = w.foreign();
    w.crm().fail('setIamPolicy', unavailable, 1000);
    const r = await w.run();
    assert.deepEqual(statuses(r), [
      'put aws breakglass-inc-1 done',
      'put gcp roles/viewer failed',
      'put gcp roles/logging.viewer failed',
    ]);
    for (const x of r.results.filter((x) => x.item.change.entry.kind === 'gcp-binding')) {
      assert.match(
        x.result.message ?? '',
        /Resource Manager answered 503 for setIamPolicy on acme-prod/,
      );
      assert.equal(x.result.retryable, true);
    }
    assert.equal(r.failedApplies.length, 2);
    assert.deepEqual(r.failedRevocations, []);
    assert.equal(
      w.crm().calls('setIamPolicy').length,
      DEFAULT_RETRY.maxAttempts,
      'bounded: one set per attempt, no more',
    );
    assert.ok(w.sleeps.reduce((a, b) => a + b, 0) <= DEFAULT_RETRY.deadlineMs);
    // The AWS half stands on its own and is bounded by its own expiry (INV-1).
    assert.ok(
      w.iam().isAllowed(ALICE_ROLE, AWS_ACTION.action, AWS_ACTION.resource, iso(EXPIRES, -1000)),
    );
    w.assertNoAccessAfter(EXPIRES);
    assert.equal(w.foreign(), foreign, 'INV-4');

    w.crm().clearFaults();
    w.clock.advance(60_000);
    const awsWrites = w.iam().calls(/^(Put|Delete)RolePolicy$/).length;
    const next = await w.run();
    assert.deepEqual(
      statuses(next),
      ['put gcp roles/viewer done', 'put gcp roles/logging.viewer done'],
      'only GCP is retried',
    );
    assert.equal(
      w.iam().calls(/^(Put|Delete)RolePolicy$/).length,
      awsWrites,
      'nothing rolled back or rewritten on AWS',
    );
    assert.ok(w.iam().policiesOf(ALICE_ROLE)['breakglass-inc-1']);
    for (const role of GCP_ROLES)
      assert.ok(w.crm().hasAccess(PROJECT, ALICE, role, iso(EXPIRES, -1000)));
    w.assertNoAccessAfter(EXPIRES);
    assert.equal(w.foreign(), foreign, 'INV-4');
    await w.assertConverged();
  });

  it('F-03 throttling storm: every wait honours Retry-After 30 s, inside the deadline, one Put per attempt', async () => {
    await w.approve('inc-3', { targets: ['aws:111122223333'] });
    const foreign = w.foreign();
    w.random = () => 0.99;
    w.iam().fail(
      'PutRolePolicy',
      iamFault('Throttling', { message: 'Rate exceeded', headers: { 'retry-after': '30' } }),
      4,
    );
    const r = await w.run();
    assert.deepEqual(statuses(r), ['put aws breakglass-inc-3 done']);
    assert.equal(
      w.iam().calls('PutRolePolicy').length,
      5,
      'four throttled attempts and one success: no write storm',
    );
    assert.equal(w.sleeps.length, 4);
    for (const ms of w.sleeps) assert.ok(ms >= 30_000, `wait ${ms} ms honours Retry-After: 30`);
    assert.ok(w.sleeps.reduce((a, b) => a + b, 0) <= DEFAULT_RETRY.deadlineMs);
    assert.equal(w.foreign(), foreign, 'INV-4');
    w.assertNoAccessAfter(EXPIRES);
    await w.assertConverged();

    // A storm that does not end: the deadline stops the attempts, the target fails retryably.
    await w.approve('inc-3b', { requester: 'bob', targets: ['aws:111122223333'] });
    w.sleeps = [];
    w.iam().fail(
      'PutRolePolicy',
      iamFault('Throttling', { headers: { 'retry-after': '90' } }),
      1000,
    );
    const puts = w.iam().calls('PutRolePolicy').length;
    const storm = await w.run();
    const failed = storm.results.find((x) => x.item.grantId === 'inc-3b');
    assert.equal(failed?.result.status, 'failed');
    assert.equal(failed?.result.retryable, true);
    assert.match(failed?.result.message ?? '', /Throttling/);
    assert.deepEqual(
      w.sleeps,
      [90_000, 90_000, 90_000],
      'a fourth 90 s wait would pass the 300 s deadline',
    );
    assert.equal(w.iam().calls('PutRolePolicy').length - puts, 4, 'one Put per attempt');
  });

  it('F-05 timeout after commit on PutRolePolicy and setIamPolicy: no duplicate, next run writes nothing', async () => {
    await w.approve('inc-5');
    const foreign = w.foreign();
    w.iam().fail('PutRolePolicy', { hangUp: true, afterCommit: true });
    w.crm().fail('setIamPolicy', { hangUp: true, afterCommit: true });
    const r = await w.run();
    assert.deepEqual(statuses(r), [
      'put aws breakglass-inc-5 done',
      'put gcp roles/viewer done',
      'put gcp roles/logging.viewer done',
    ]);
    const gcp = r.results.filter((x) => x.item.change.entry.kind === 'gcp-binding');
    for (const x of gcp) assert.match(x.result.message ?? '', /confirmed by re-reading/);
    assert.equal(
      w.crm().calls('setIamPolicy').length,
      1,
      'the lost set is confirmed by a read, never sent twice',
    );
    assert.deepEqual(Object.keys(w.iam().policiesOf(ALICE_ROLE)).sort(), [
      'breakglass-inc-5',
      'team-readonly',
    ]);
    const mine = w
      .crm()
      .policyOf(PROJECT)
      .bindings.filter((b) => b.condition?.title === 'breakglass-inc-5');
    assert.deepEqual(
      mine.map((b) => [b.role, b.members]),
      GCP_ROLES.map((role) => [role, [ALICE]]),
      'one binding per role, no duplicates',
    );
    assert.equal(w.foreign(), foreign, 'INV-4');
    w.assertNoAccessAfter(EXPIRES);
    await w.assertConverged();
  });

  it('F-07 IAM read lag (stale for 3 reads): applied only after the read-back matches', async () => {
    await w.approve('inc-7', { targets: ['aws:111122223333'] });
    const foreign = w.foreign();
    w.iam().readLagWrites = 1;
    w.iam().lagHealsAfterReads = 3;
    const r = await w.run();
    assert.deepEqual(statuses(r), ['put aws breakglass-inc-7 done']);
    assert.equal(r.results[0]?.result.message, undefined, 'verified: the read-back matched');
    const log = w.iam().calls();
    const afterPut = log.slice(log.findIndex((c) => c.op === 'PutRolePolicy') + 1).map((c) => c.op);
    assert.deepEqual(
      afterPut,
      ['GetRolePolicy', 'GetRolePolicy', 'GetRolePolicy', 'GetRolePolicy'],
      'three stale reads, then the match',
    );
    assert.equal(w.sleeps.length, 3);
    assert.equal(w.foreign(), foreign, 'INV-4');
    w.assertNoAccessAfter(EXPIRES);

    w.iam().readLagWrites = 0;
    await w.assertConverged();
  });

  it('F-07 IAM read lag past the read-back deadline: done but applied-unverified, one Put, converged once the replica catches up', async () => {
    await w.approve('inc-7b', { targets: ['aws:111122223333'] });
    w.iam().readLagWrites = 1;
    const r = await w.run();
    assert.deepEqual(statuses(r), ['put aws breakglass-inc-7b done']);
    assert.equal(r.results[0]?.result.message, 'applied-unverified');
    assert.deepEqual(r.failedApplies, []);
    assert.deepEqual(r.applied, [], 'not recorded as applied before a read shows it');
    assert.ok(
      w.sleeps.length > 0 && w.sleeps.reduce((a, b) => a + b, 0) <= 120_000,
      'read-back stays inside its own deadline',
    );
    assert.equal(w.iam().calls('PutRolePolicy').length, 1, 'one Put, however long the lag');
    w.assertNoAccessAfter(EXPIRES);
    w.iam().readLagWrites = 0;
    const next = await w.run();
    assert.deepEqual(next.applied.map((a) => a.grantId), ['inc-7b'], 'recorded once a read shows it in place');
    await w.assertConverged();
  });

  it('F-14 LimitExceeded on the inline size: one attempt, named error, GCP still applied, nothing half-written', async () => {
    await w.approve('inc-14');
    const foreign = w.foreign();
    w.iam().roleInlineLimit = 200;
    const r = await w.run();
    assert.deepEqual(statuses(r), [
      'put aws breakglass-inc-14 failed',
      'put gcp roles/viewer done',
      'put gcp roles/logging.viewer done',
    ]);
    const aws = r.results[0]!.result;
    assert.match(
      aws.message ?? '',
      /^PutRolePolicy breakglass-inc-14 on .*sre-alice failed: LimitExceeded: .*non-retryable/,
    );
    assert.equal(aws.retryable, false);
    assert.equal(w.iam().calls('PutRolePolicy').length, 1, 'non-retryable: exactly one attempt');
    assert.equal(
      w.iam().policiesOf(ALICE_ROLE)['breakglass-inc-14'],
      undefined,
      'nothing half-written',
    );
    assert.equal(w.foreign(), foreign, 'INV-4');
    w.assertNoAccessAfter(EXPIRES);
  });

  it('F-14 21st conditional binding of a role for a member: pre-flight failure, the other role still applied, nothing half-written', async () => {
    for (let i = 1; i <= 20; i++) {
      w.crm().plantBinding(PROJECT, {
        role: 'roles/viewer',
        members: [ALICE],
        condition: {
          title: `team-window-${i}`,
          expression: `request.time < timestamp("2026-11-${String(i).padStart(2, '0')}T00:00:00Z")`,
        },
      });
    }
    await w.approve('inc-14b');
    const foreign = w.foreign();
    const r = await w.run();
    assert.deepEqual(statuses(r), [
      'put aws breakglass-inc-14b done',
      'put gcp roles/viewer failed',
      'put gcp roles/logging.viewer done',
    ]);
    const viewer = r.results[1]!.result;
    assert.match(
      viewer.message ?? '',
      /already has 20 conditional bindings of roles\/viewer on acme-prod, the IAM limit is 20/,
    );
    assert.equal(viewer.retryable, false);
    assert.equal(
      w.crm().calls('setIamPolicy').length,
      1,
      'one set for the project, holding only the change that fits',
    );
    const mine = w
      .crm()
      .policyOf(PROJECT)
      .bindings.filter((b) => b.condition?.title === 'breakglass-inc-14b');
    assert.deepEqual(
      mine.map((b) => b.role),
      ['roles/logging.viewer'],
    );
    assert.equal(w.foreign(), foreign, 'INV-4: the 20 existing bindings are untouched');
    w.assertNoAccessAfter(EXPIRES);
  });
});
