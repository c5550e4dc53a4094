/**
 * Fault matrix (THREAT-MODEL 3.3), revoke side, at reconcile level: F-02 partial revoke, F-06 a crash
 * between the cloud write and its record, F-07 read-back on revoke, and the expiry re-check right
 * before each write when time runs out during the run. Invariants after each step: INV-1, INV-4, INV-6.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reconcile } from '../../action/src/commands/reconcile.js';
import type { RecordStore } from '../../action/src/reconcile/record-store.js';
import { iamFault } from '../../action/src/sandbox/aws-iam-xml.js';
import {
  ALICE,
  ALICE_ROLE,
  BOB,
  GCP_ROLES,
  PROJECT,
  T0,
  iso,
  statuses,
  useFaultWorld,
  EXPIRES,
  googleError,
} from './fault-harness.js';

const crashing: RecordStore = {
  commit: async () => {
    throw new Error('runner killed before the record commit');
  },
  commitApply: async () => {
    throw new Error('runner killed before the record commit');
  },
};

describe('reconcile under revoke faults (F-02, F-06, F-07, expiry re-check)', () => {
  const w = useFaultWorld();
  const grantFile = (id: string) => existsSync(join(w.repo.dir, 'grants', `${id}.yaml`));
  const revokeCommits = async () =>
    (await w.repo.log()).match(/Breakglass-Action: revoke/g)?.length ?? 0;

  it('F-02 partial revoke: AWS removed, GCP 500 → failed revocation, condition still denies, record only once the next run succeeds', async () => {
    await w.approve('inc-2');
    await w.run();
    const foreign = w.foreign();
    w.clock.set(iso(EXPIRES, 60_000));
    w.crm().fail(
      'setIamPolicy',
      { status: 500, body: googleError(500, 'INTERNAL', 'Internal error encountered.') },
      1000,
    );
    const r = await w.run();
    assert.deepEqual(statuses(r), [
      'remove aws breakglass-inc-2 done',
      'remove gcp roles/viewer failed',
      'remove gcp roles/logging.viewer failed',
    ]);
    assert.deepEqual(
      r.failedRevocations.map((x) => `${x.item.reason} ${x.result.message}`),
      [
        'expired Resource Manager answered 500 for setIamPolicy on acme-prod: INTERNAL Internal error encountered.',
        'expired Resource Manager answered 500 for setIamPolicy on acme-prod: INTERNAL Internal error encountered.',
      ],
      'the run fails (reconcile exits non-zero) and names what survived',
    );
    assert.equal(
      w.iam().policiesOf(ALICE_ROLE)['breakglass-inc-2'],
      undefined,
      'AWS removed: targets are revoked independently',
    );
    const left = w
      .crm()
      .policyOf(PROJECT)
      .bindings.filter((b) => b.condition?.title === 'breakglass-inc-2');
    assert.equal(left.length, 2, 'the GCP bindings survive the failed revoke...');
    w.assertNoAccessAfter(EXPIRES); // ...and their conditions deny anyway (INV-1)
    assert.deepEqual(r.recorded, [], 'no revocation record while a target is still live');
    assert.equal(await revokeCommits(), 0);
    assert.ok(grantFile('inc-2'));
    assert.equal(w.foreign(), foreign, 'INV-4');

    w.crm().clearFaults();
    w.clock.advance(15 * 60_000);
    const next = await w.run();
    assert.deepEqual(statuses(next), [
      'remove gcp roles/viewer done',
      'remove gcp roles/logging.viewer done',
    ]);
    assert.deepEqual(next.failedRevocations, []);
    assert.deepEqual(
      next.recorded.map((p) => [p.record.grantId, p.record.reason, p.removePath]),
      [['inc-2', 'expired', 'grants/inc-2.yaml']],
    );
    assert.equal(await revokeCommits(), 1);
    assert.equal(grantFile('inc-2'), false);
    assert.equal(w.foreign(), foreign, 'INV-4');
    const last = await w.assertConverged();
    assert.deepEqual(last.recorded, [], 'recorded once');
  });

  it('F-06 crash between the cloud write and its record: the next run writes the record (expired, file removed) and nothing else', async () => {
    await w.approve('inc-6');
    await w.run();
    const foreign = w.foreign();
    w.clock.set(iso(EXPIRES, 1000));
    const r = await w.run({ records: crashing });
    assert.deepEqual(statuses(r), [
      'remove aws breakglass-inc-6 done',
      'remove gcp roles/viewer done',
      'remove gcp roles/logging.viewer done',
    ]);
    assert.deepEqual(r.recordErrors, [
      { grantId: 'inc-6', message: 'runner killed before the record commit' },
    ]);
    assert.equal(await revokeCommits(), 0);
    w.assertNoAccessAfter(EXPIRES);

    const writes = w.writes();
    const next = await w.run();
    assert.deepEqual(next.plan.items, [], 'nothing left in the clouds');
    assert.equal(w.writes(), writes, 'the recovery makes no cloud write');
    assert.deepEqual(
      next.recorded.map((p) => [p.record.grantId, p.record.reason, p.removePath, p.record.results]),
      [['inc-6', 'expired', 'grants/inc-6.yaml', ['no live cloud entries']]],
    );
    assert.match(
      await w.repo.log(),
      /Breakglass-Grant: inc-6\nBreakglass-Action: revoke\nBreakglass-Reason: expired/,
    );
    assert.equal(grantFile('inc-6'), false, 'the grant file leaves grants/ in the record commit');
    assert.equal(w.foreign(), foreign, 'INV-4');
    const last = await w.assertConverged();
    assert.deepEqual(last.recorded, [], 'nothing recorded twice');
  });

  it('F-06 crash without any record store after an early revoke: the next run records it as early', async () => {
    await w.approve('inc-6b', { targets: ['aws:111122223333'] });
    await w.run();
    await w.repo.commit({ 'grants/inc-6b.yaml': null }, 'done with inc-6b');
    w.clock.advance(10 * 60_000);
    const noRecords = w.deps();
    delete noRecords.records;
    const r = await reconcile(noRecords);
    assert.deepEqual(statuses(r), ['remove aws breakglass-inc-6b done']);
    assert.deepEqual(r.recorded, []);
    const writes = w.writes();
    const next = await w.run();
    assert.equal(w.writes(), writes);
    assert.deepEqual(
      next.recorded.map((p) => [p.record.grantId, p.record.reason, p.removePath]),
      [['inc-6b', 'early', undefined]],
    );
    await w.assertConverged();
  });

  it('F-07 revoke under IAM read lag: done only once the read-back shows the policy gone', async () => {
    await w.approve('inc-7', { targets: ['aws:111122223333'] });
    await w.run();
    w.clock.set(iso(EXPIRES, 1000));
    w.iam().readLagWrites = 1;
    w.iam().lagHealsAfterReads = 1;
    w.sleeps = [];
    const r = await w.run();
    assert.deepEqual(statuses(r), ['remove aws breakglass-inc-7 done']);
    assert.equal(r.results[0]?.result.message, undefined);
    const log = w.iam().calls();
    const afterDelete = log
      .slice(log.findIndex((c) => c.op === 'DeleteRolePolicy') + 1)
      .map((c) => c.op);
    assert.deepEqual(
      afterDelete,
      ['GetRolePolicy', 'GetRolePolicy'],
      'one stale read (still there), then gone',
    );
    assert.equal(w.sleeps.length, 1);
    assert.deepEqual(
      r.recorded.map((p) => p.record.reason),
      ['expired'],
    );
    w.assertNoAccessAfter(EXPIRES);
    await w.assertConverged();
  });

  it('RC-08 expiry re-checked right before each AWS write: a grant that expires while a throttled Put waits is skipped, never written', async () => {
    const aws = ['aws:111122223333'];
    await w.approve('a-long', { targets: aws });
    await w.approve('b-short', { targets: aws, expires: iso(T0, 60_000).toISOString() });
    w.iam().fail('PutRolePolicy', iamFault('Throttling', { headers: { 'retry-after': '120' } }), 1);
    const r = await w.run();
    assert.deepEqual(statuses(r), [
      'put aws breakglass-a-long done',
      'put aws breakglass-b-short skipped',
    ]);
    assert.match(
      r.results[1]?.result.message ?? '',
      /grant b-short is no longer valid at write time/,
    );
    assert.deepEqual(
      w.sleeps,
      [120_000],
      'the throttling wait moved the clock past b-short’s expiry',
    );
    const names = w
      .iam()
      .calls('PutRolePolicy')
      .map((c) => new URLSearchParams(c.body).get('PolicyName'));
    assert.deepEqual(
      names,
      ['breakglass-a-long', 'breakglass-a-long'],
      'zero writes for the expired grant',
    );
    assert.deepEqual(r.failedApplies, [], 'a skip is not a failure');
    w.assertNoAccessAfter(iso(T0, 60_000).toISOString(), {
      roleArn: 'arn:aws:iam::111122223333:role/sre-bob',
    });
    const next = await w.run();
    assert.deepEqual(next.plan.items, []);
    assert.deepEqual(
      next.recorded.map((p) => [p.record.grantId, p.record.reason]),
      [['b-short', 'expired']],
    );
  });

  it('RC-08 expiry re-checked right before each GCP set: the retry after a 503 drops the expired binding and writes only the live one', async () => {
    const gcp = ['gcp:acme-prod'];
    await w.approve('a-long', { targets: gcp });
    await w.approve('b-short', {
      requester: 'bob',
      targets: gcp,
      expires: iso(T0, 60_000).toISOString(),
    });
    w.crm().fail(
      'setIamPolicy',
      {
        status: 503,
        headers: { 'content-type': 'application/json', 'retry-after': '120' },
        body: googleError(503, 'UNAVAILABLE', 'try later'),
      },
      1,
    );
    const r = await w.run();
    assert.deepEqual(statuses(r), [
      'put gcp roles/viewer done',
      'put gcp roles/logging.viewer done',
      'put gcp roles/viewer skipped',
      'put gcp roles/logging.viewer skipped',
    ]);
    const sets = w.crm().calls('setIamPolicy');
    assert.deepEqual(
      sets.map((c) => c.status),
      [503, 200],
    );
    assert.doesNotMatch(
      sets[1]!.body,
      /breakglass-b-short/,
      'the set after expiry carries nothing for b-short',
    );
    for (const role of GCP_ROLES) {
      assert.ok(w.crm().hasAccess(PROJECT, ALICE, role, iso(EXPIRES, -1000)));
      assert.equal(w.crm().hasAccess(PROJECT, BOB, role, w.clock.now()), false);
    }
    assert.equal(
      w
        .crm()
        .policyOf(PROJECT)
        .bindings.some((b) => b.members.includes(BOB)),
      false,
    );
  });

  it('an early revocation is not recorded while a scope cannot be read: the record waits for a run that reads them all (INV-5)', async () => {
    await w.approve('inc-8');
    assert.deepEqual((await w.run()).failedApplies, []);
    await w.repo.commit({ 'grants/inc-8.yaml': null }, 'done early');
    w.clock.advance(600_000);
    w.crm().fail('getIamPolicy', { status: 403, body: googleError(403, 'PERMISSION_DENIED', 'nope') }, 2);
    const blind = await w.run();
    assert.ok(blind.plan.readErrors.length > 0);
    assert.deepEqual(blind.recorded, [], 'AWS was removed, but the unread project still grants access');
    assert.ok(w.crm().hasAccess(PROJECT, ALICE, GCP_ROLES[0]!, w.clock.now()));
    assert.equal(await revokeCommits(), 0);
    const next = await w.run();
    assert.deepEqual(next.plan.readErrors, []);
    assert.deepEqual(next.recorded.map((p) => [p.record.grantId, p.record.reason]), [['inc-8', 'early']]);
    assert.ok(!w.crm().hasAccess(PROJECT, ALICE, GCP_ROLES[0]!, w.clock.now()));
    assert.equal(await revokeCommits(), 1);
  });

  it('AWS-02: a session deny that failed is planned again on the next run, and the revocation waits for it', async () => {
    const admin = 'arn:aws:iam::444455556666:role/breakglass-admin';
    await w.approve('inc-9', { bundle: 'prod-admin', targets: ['aws:444455556666'], expires: '2026-11-22T11:00:00Z' });
    await w.run();
    await w.repo.commit({ 'grants/inc-9.yaml': null }, 'done early');
    w.clock.advance(600_000);
    const iam = w.clouds.iam('444455556666');
    iam.deny(admin, ['PutRolePolicy']);
    const first = await w.run();
    assert.deepEqual(first.failedRevocations.map((f) => f.item.reason), ['end-sessions']);
    assert.deepEqual(first.recorded, []);
    iam.allow(admin);
    w.clock.advance(60_000);
    const second = await w.run();
    assert.deepEqual(second.plan.items.map((i) => `${i.reason} ${i.change.op}`), ['end-sessions put']);
    assert.deepEqual(second.recorded.map((p) => [p.record.grantId, p.record.reason]), [['inc-9', 'early']]);
    assert.ok(iam.policiesOf(admin)['breakglass-revoke-inc-9'], 'the deny is on the role');
    // A session issued during the grant is refused now.
    const issued = new Date(Date.parse(T0) + 5 * 60_000);
    assert.equal(iam.isAllowed(admin, 'ec2:DescribeInstances', '*', w.clock.now(), issued), false);
    const third = await w.run();
    assert.deepEqual(third.plan.items, [], 'nothing more once the deny and the record exist');
  });

  it('early revocation reaches the principal the grant was applied to after policies/ renamed the identity\'s ARN', async () => {
    await w.approve('inc-6', { targets: ['aws:111122223333'] });
    await w.run();
    assert.ok(w.iam().policiesOf(ALICE_ROLE)['breakglass-inc-6']);
    const path = join(w.repo.dir, 'policies', 'identities.yaml');
    const moved = readFileSync(path, 'utf8').replace('arn:aws:iam::111122223333:role/sre-alice,', 'arn:aws:iam::111122223333:role/sre-alice-v2,');
    w.iam().addRole('arn:aws:iam::111122223333:role/sre-alice-v2');
    await w.repo.commit({ 'policies/identities.yaml': moved }, 'alice moved to a new role');
    await w.repo.commit({ 'grants/inc-6.yaml': null }, 'revoke early');
    w.clock.advance(600_000);
    const r = await w.run();
    assert.deepEqual(r.plan.items.map((i) => `${i.reason} ${i.change.op} ${i.change.entry.kind === 'gcp-binding' ? '' : i.change.entry.principalArn}`), [`early remove ${ALICE_ROLE}`]);
    assert.deepEqual(Object.keys(w.iam().policiesOf(ALICE_ROLE)).filter((n) => n.startsWith('breakglass-')), []);
    assert.deepEqual(r.recorded.map((p) => [p.record.grantId, p.record.reason]), [['inc-6', 'early']]);
  });

  it('a new grant on a principal near its inline-policy quota lands in the run that removes an expired one there', async () => {
    await w.approve('old', { expires: '2026-11-22T11:00:00Z', targets: ['aws:111122223333'] });
    await w.run();
    // Fill the role so that its policies plus one grant fit the 10,240-character quota, two do not.
    const room = 10_240 - w.iam().inlineSize(ALICE_ROLE);
    w.iam().plant(ALICE_ROLE, 'team-filler', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'x'.repeat(room - 120)}` }],
    });
    w.clock.set('2026-11-22T11:00:01Z');
    await w.approve('new', { start: '2026-11-22T11:00:01Z', expires: '2026-11-22T13:00:00Z', targets: ['aws:111122223333'] });
    const r = await w.run();
    assert.deepEqual(
      r.results.map((x) => `${x.item.change.op} ${x.item.grantId} ${x.result.status}`),
      ['remove old done', 'put new done'],
    );
    assert.ok(w.iam().policiesOf(ALICE_ROLE)['breakglass-new']);
  });

  it('an approved extension of a grant revoked early is not applied when the old window would have closed', async () => {
    await w.approve('inc-10', { expires: '2026-11-22T12:00:00Z' });
    await w.approve('inc-10-more', { start: '2026-11-22T12:00:00Z', expires: '2026-11-22T14:00:00Z', extends: 'inc-10' });
    await w.run();
    await w.repo.commit({ 'grants/inc-10.yaml': null }, 'cut short');
    w.clock.advance(600_000);
    const cut = await w.run();
    assert.deepEqual(cut.recorded.map((p) => [p.record.grantId, p.record.reason]), [['inc-10', 'early']]);
    w.clock.set('2026-11-22T12:00:01Z');
    const later = await w.run();
    assert.deepEqual(later.plan.items.filter((i) => i.change.op === 'put'), [], 'the extension is not applied');
    assert.deepEqual(later.plan.desired.invalid.map((i) => [i.grantId, i.problems.join('; ')]), [['inc-10-more', 'it extends inc-10, which was revoked early']]);
    assert.ok(!w.crm().hasAccess(PROJECT, ALICE, GCP_ROLES[0], w.clock.now()));
  });

  it('a grant file added again after its grant was revoked early is not applied again (a re-add carrying the old record)', async () => {
    await w.approve('inc-11');
    await w.run();
    await w.repo.commit({ 'grants/inc-11.yaml': null }, 'cut short');
    w.clock.advance(600_000);
    assert.deepEqual((await w.run()).recorded.map((p) => [p.record.grantId, p.record.reason]), [['inc-11', 'early']]);
    await w.approve('inc-11'); // the same file and decision record, pushed again past the action
    w.clock.advance(60_000);
    const again = await w.run();
    assert.deepEqual(again.plan.items, []);
    assert.deepEqual(again.plan.desired.invalid.map((i) => [i.grantId, i.problems.join('; ')]), [['inc-11', 'grant inc-11 was already revoked (early); a grant file for it is not applied again']]);
    assert.ok(!w.crm().hasAccess(PROJECT, ALICE, GCP_ROLES[0], w.clock.now()));
  });

  it('a grant file edited after approval to name more targets is not applied beyond its record', async () => {
    await w.approve('inc-12', { targets: ['aws:111122223333'] });
    await w.run();
    await w.repo.commit({ 'grants/inc-12.yaml': 'requester: alice\nbundle: prod-readonly\nduration: 2h\nreason: "Investigating elevated error rates on checkout"\n' }, 'all targets, please');
    w.clock.advance(60_000);
    const edited = await w.run();
    assert.deepEqual(edited.plan.desired.invalid.map((i) => i.grantId), ['inc-12']);
    assert.deepEqual(edited.plan.items.filter((i) => i.change.op === 'put'), [], 'no GCP binding appears');
    assert.ok(!w.crm().hasAccess(PROJECT, ALICE, GCP_ROLES[0], w.clock.now()));
  });
});
