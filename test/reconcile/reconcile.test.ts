import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { ManualClock } from '../../action/src/core/clock.js';
import { reconcile, type ReconcileDeps } from '../../action/src/commands/reconcile.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import type { Policy } from '../../action/src/policy/model.js';
import { localRecordStore } from '../../action/src/reconcile/record-store.js';
import { localRepo } from '../../action/src/repo/files.js';
import { gitHistory } from '../../action/src/repo/history.js';
import { startSandboxClouds, type SandboxClouds } from '../../action/src/sandbox/clouds.js';
import { grantYaml, tempRepo, type TempRepo } from '../support/git-repo.js';

const ALICE_ROLE = 'arn:aws:iam::111122223333:role/sre-alice';
const T0 = '2026-11-22T10:00:00Z';

function examplePolicy(): Policy {
  const r = loadPolicy(readdirSync('policies').map((f) => ({ path: `policies/${f}`, bytes: readFileSync(`policies/${f}`) })));
  assert.ok(r.ok);
  return r.loaded.policy;
}

describe('reconcile against the loopback clouds (real SDK clients)', () => {
  let clouds: SandboxClouds;
  let repo: TempRepo;
  let clock: ManualClock;
  const policy = examplePolicy();

  const deps = (): ReconcileDeps => ({
    repo: localRepo(repo.dir),
    history: gitHistory(repo.dir),
    providers: clouds.providers,
    records: localRecordStore(repo.dir),
    clock,
  });
  const writes = () =>
    [...clouds.accounts.values()].reduce((n, f) => n + f.calls(/^(Put|Delete)(Role|User)Policy$/).length, 0) + clouds.crm.calls('setIamPolicy').length;
  const iamOf = (arn: string) => clouds.iam(arn.split(':')[4]!);

  before(async () => {
    clock = new ManualClock(T0);
    clouds = await startSandboxClouds(policy, { clock, sleep: async (ms) => clock.advance(ms), random: () => 0 });
  });
  after(() => clouds.stop());
  beforeEach(async () => {
    clock.set(T0);
    repo?.remove();
    repo = await tempRepo();
  });

  it('applies an approved grant to both clouds, then a second run writes nothing', async () => {
    await repo.approve('inc-1-alice', grantYaml({ requester: 'alice', bundle: 'prod-readonly', duration: '2h', incident: 'INC-1' }), {
      rule: 'oncall-emergency', requester: 'alice', bundle: 'prod-readonly', approvedBy: [], onCall: ['sre-primary'], start: T0, expires: '2026-11-22T12:00:00Z', targets: [],
    });
    const first = await reconcile(deps());
    assert.deepEqual(first.failedApplies, []);
    assert.equal(first.results.length, 3, 'one AWS inline policy and two GCP bindings');
    const doc = JSON.parse(iamOf(ALICE_ROLE).policiesOf(ALICE_ROLE)['breakglass-inc-1-alice']!);
    assert.equal(doc.Statement[0].Condition.DateLessThan['aws:CurrentTime'], '2026-11-22T12:00:00Z');
    assert.ok(clouds.crm.hasAccess('acme-prod', 'user:alice@example.com', 'roles/viewer', new Date('2026-11-22T11:59:59Z')));
    assert.ok(!clouds.crm.hasAccess('acme-prod', 'user:alice@example.com', 'roles/viewer', new Date('2026-11-22T12:00:00Z')));
    assert.deepEqual(first.applied.map((a) => a.grantId), ['inc-1-alice'], 'the application is recorded as a commit');
    assert.match(await repo.log(), /Breakglass-Grant: inc-1-alice\nBreakglass-Action: apply\nBreakglass-Time: 2026-11-22T10:00:00Z/);
    const before = writes();
    const second = await reconcile(deps());
    assert.deepEqual(second.applied, [], 'recorded once');
    assert.deepEqual(second.plan.items.map((i) => [i.reason, JSON.stringify(i.change.entry)]), []);
    assert.equal(writes(), before, 'a converged run makes zero writes');

    clock.set('2026-11-22T12:00:01Z');
    const third = await reconcile(deps());
    assert.deepEqual(third.failedRevocations, []);
    assert.deepEqual(third.plan.items.map((i) => i.reason), ['expired', 'expired', 'expired']);
    assert.equal(iamOf(ALICE_ROLE).policiesOf(ALICE_ROLE)['breakglass-inc-1-alice'], undefined);
    assert.deepEqual(third.recorded.map((r) => [r.record.grantId, r.record.reason, r.removePath]), [['inc-1-alice', 'expired', 'grants/inc-1-alice.yaml']]);
    const log = await repo.log();
    assert.match(log, /Breakglass-Action: revoke\nBreakglass-Reason: expired/);
    assert.equal(readdirSync(`${repo.dir}/grants`).includes('inc-1-alice.yaml'), false, 'the grant file leaves grants/');
    const fourth = await reconcile(deps());
    assert.equal(fourth.plan.items.length + fourth.recorded.length, 0, 'nothing left to do or record');
  });

  it('F-06 an application whose record commit crashed is recorded by the next run, without cloud writes', async () => {
    await repo.approve('inc-4-alice', grantYaml({ requester: 'alice', bundle: 'prod-readonly', duration: '1h', incident: 'INC-4' }), {
      rule: 'oncall-emergency', requester: 'alice', bundle: 'prod-readonly', approvedBy: [], onCall: [], start: T0, expires: '2026-11-22T11:00:00Z', targets: [],
    });
    const crashing = { ...localRecordStore(repo.dir), commitApply: async () => Promise.reject(new Error('runner killed')) };
    const first = await reconcile({ ...deps(), records: crashing });
    assert.deepEqual(first.applied, []);
    assert.deepEqual(first.recordErrors.map((e) => e.grantId), ['inc-4-alice']);
    const before = writes();
    const next = await reconcile(deps());
    assert.deepEqual(next.applied.map((a) => a.grantId), ['inc-4-alice']);
    assert.equal(writes(), before);
  });

  it('INV-3 a grant committed without a decision record is reported unapproved and never applied', async () => {
    await repo.commit({ 'grants/sneaky.yaml': grantYaml({ requester: 'bob', bundle: 'prod-admin', duration: '1h' }) }, 'add grant without review');
    const r = await reconcile(deps());
    assert.deepEqual(r.plan.desired.unapproved.map((u) => u.grantId), ['sneaky']);
    assert.equal(r.plan.items.filter((i) => i.change.op === 'put').length, 0);
  });

  it('RC-07 F-15 a grant file deleted from git is revoked as early; a planted managed entry is removed as drift', async () => {
    await repo.approve('inc-2-bob', grantYaml({ requester: 'bob', bundle: 'prod-readonly', duration: '4h', targets: ['aws:111122223333'] }), {
      rule: 'sre-reviewed', requester: 'bob', bundle: 'prod-readonly', approvedBy: ['carol'], onCall: [], start: T0, expires: '2026-11-22T14:00:00Z', targets: ['aws:111122223333'],
    });
    await reconcile(deps());
    assert.ok(iamOf('arn:aws:iam::111122223333:role/sre-bob').policiesOf('arn:aws:iam::111122223333:role/sre-bob')['breakglass-inc-2-bob']);
    iamOf(ALICE_ROLE).plant(ALICE_ROLE, 'breakglass-ghost', { Version: '2012-10-17', Statement: [{ Sid: 'X', Effect: 'Allow', Action: '*', Resource: '*' }] });
    await repo.commit({ 'grants/inc-2-bob.yaml': null }, 'early revoke inc-2-bob');
    clock.advance(3600_000);
    const r = await reconcile(deps());
    const reasons = Object.fromEntries(r.plan.items.map((i) => [i.grantId, i.reason]));
    assert.deepEqual(reasons, { 'inc-2-bob': 'early', ghost: 'drift' });
    assert.equal(iamOf('arn:aws:iam::111122223333:role/sre-bob').policiesOf('arn:aws:iam::111122223333:role/sre-bob')['breakglass-inc-2-bob'], undefined);
    assert.equal(iamOf(ALICE_ROLE).policiesOf(ALICE_ROLE)['breakglass-ghost'], undefined);
    assert.deepEqual(r.recorded.map((p) => [p.record.grantId, p.record.reason]).sort(), [['ghost', 'drift'], ['inc-2-bob', 'early']]);
  });

  it('AWS-02 an assume-role grant that is revoked early also ends live sessions with a TokenIssueTime deny', async () => {
    await repo.approve('inc-3-alice', grantYaml({ requester: 'alice', bundle: 'prod-admin', duration: '1h', targets: ['aws:444455556666'] }), {
      rule: 'oncall-emergency', requester: 'alice', bundle: 'prod-admin', approvedBy: [], onCall: ['sre-primary'], start: T0, expires: '2026-11-22T11:00:00Z', targets: ['aws:444455556666'],
    });
    await reconcile(deps());
    await repo.commit({ 'grants/inc-3-alice.yaml': null }, 'done early');
    clock.advance(600_000);
    const r = await reconcile(deps());
    assert.deepEqual(r.plan.items.map((i) => i.reason).sort(), ['early', 'end-sessions']);
    const deny = JSON.parse(iamOf('arn:aws:iam::444455556666:role/breakglass-admin').policiesOf('arn:aws:iam::444455556666:role/breakglass-admin')['breakglass-revoke-inc-3-alice']!);
    assert.equal(deny.Statement[0].Effect, 'Deny');
    assert.equal(deny.Statement[0].Condition.DateLessThan['aws:TokenIssueTime'], '2026-11-22T10:10:00Z');
    clock.advance(3 * 3600_000);
    const later = await reconcile(deps());
    assert.deepEqual(later.plan.items.map((i) => i.reason), ['cleanup'], 'the deny is removed once no session can outlive it');
  });
});
