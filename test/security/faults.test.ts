/**
 * Fault matrix rows that had no test (THREAT-MODEL 3.3) at reconcile level against the loopback
 * clouds: F-08 clock skew, F-09 skipped cron, F-11 lost dispatch, F-12 credentials expiring
 * mid-run, F-16 merges racing the concurrency group, F-18 the audit record lost. The invariants of
 * 3.2 are checked after each step (INV-1 via the fakes' evaluators, INV-4 foreign state, INV-6).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit } from '../../action/src/commands/audit.js';
import { buildPlan } from '../../action/src/commands/reconcile.js';
import { httpDateOf } from '../../action/src/reconcile/clock-skew.js';
import type { RecordStore } from '../../action/src/reconcile/record-store.js';
import { gitBlobs } from '../../action/src/repo/blobs.js';
import { localRepo } from '../../action/src/repo/files.js';
import { git } from '../../action/src/repo/git.js';
import { gitHistory } from '../../action/src/repo/history.js';
import {
  ALICE,
  ALICE_ROLE,
  AWS_ACTION,
  BOB_ROLE,
  GCP_ROLES,
  PROJECT,
  iso,
  statuses,
  useFaultWorld,
} from '../reconcile/fault-harness.js';

const EXPIRES = '2026-11-22T12:00:00Z';
const managedAws = (w: ReturnType<typeof useFaultWorld>, arn: string) =>
  Object.keys(w.iam().policiesOf(arn))
    .filter((n) => n.startsWith('breakglass-'))
    .sort();
const managedGcp = (w: ReturnType<typeof useFaultWorld>) =>
  [
    ...new Set(
      w
        .crm()
        .policyOf(PROJECT)
        .bindings.map((b) => b.condition?.title ?? '')
        .filter((t) => t.startsWith('breakglass-')),
    ),
  ].sort();

describe('reconcile under the remaining faults (F-08, F-09, F-11, F-12, F-16, F-18)', () => {
  const w = useFaultWorld();

  it('F-08 runner clock 5 min ahead of (or behind) the cloud Date header: no write at all; within 60 s it applies; evaluators still deny after expiry', async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const start = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const expires = iso(now, 2 * 3600_000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    await w.approve('skew', { start, expires });
    const foreign = w.foreign();
    const serverTime = httpDateOf(w.iam().url);
    for (const off of [5 * 60_000, -5 * 60_000]) {
      w.clock.set(iso(new Date(), off));
      const r = await w.run({ serverTime });
      assert.match(r.clockSkew ?? '', /runner clock is \d+ s (ahead of|behind) the cloud's clock/);
      assert.deepEqual(
        [r.results.length, w.writes()],
        [0, 0],
        'F-08: abort every write when skew > 60 s',
      );
    }
    w.clock.set(iso(new Date(), 20_000));
    const ok = await w.run({ serverTime });
    assert.equal(ok.clockSkew, undefined);
    assert.ok(
      statuses(ok).every((s) => s.endsWith(' done')),
      statuses(ok).join('\n'),
    );
    assert.equal(w.foreign(), foreign, 'INV-4');
    w.assertNoAccessAfter(expires);
  });

  it('F-09 GH-11 revoke cron skipped 6 h: the grant is still in the clouds, yet every evaluator denies after expiry (INV-1); the late run revokes', async () => {
    await w.approve('late');
    await w.run();
    assert.equal(
      w.iam().isAllowed(ALICE_ROLE, AWS_ACTION.action, AWS_ACTION.resource, iso(EXPIRES, -1000)),
      true,
    );
    w.clock.set(iso(EXPIRES, 6 * 3600_000)); // three 2-hourly ticks never ran
    assert.deepEqual(managedAws(w, ALICE_ROLE), ['breakglass-late'], 'nothing removed it yet');
    assert.deepEqual(managedGcp(w), ['breakglass-late']);
    w.assertNoAccessAfter(EXPIRES);
    for (const role of GCP_ROLES)
      assert.equal(w.crm().hasAccess(PROJECT, ALICE, role, w.clock.now()), false);
    const r = await w.run();
    assert.ok(
      r.plan.items.every((i) => i.reason === 'expired'),
      'the late run revokes as expired',
    );
    assert.deepEqual([managedAws(w, ALICE_ROLE), managedGcp(w)], [[], []]);
    assert.deepEqual(
      r.recorded.map((p) => `${p.record.grantId} ${p.record.reason}`),
      ['late expired'],
    );
    await w.assertConverged();
  });

  it('F-11 GH-05 dispatch after merge lost: plan shows the merged grant not applied; the next scheduled reconcile applies it (level-triggered)', async () => {
    await w.approve('lost');
    w.clock.advance(20 * 60_000); // nothing ran for 20 min
    assert.equal(w.writes(), 0);
    const pending = await buildPlan(w.deps());
    assert.deepEqual(
      [...new Set(pending.plan.items.map((i) => `${i.reason} ${i.grantId}`))],
      ['apply lost'],
      'merged-not-applied is visible in plan',
    );
    const r = await w.run();
    assert.ok(
      statuses(r).every((s) => s.endsWith(' done')),
      statuses(r).join('\n'),
    );
    assert.deepEqual(
      r.applied.map((a) => a.grantId),
      ['lost'],
    );
    assert.equal(
      w.iam().isAllowed(ALICE_ROLE, AWS_ACTION.action, AWS_ACTION.resource, w.clock.now()),
      true,
      'INV-2: live after the next cycle',
    );
    await w.assertConverged();
    w.assertNoAccessAfter(EXPIRES);
  });

  it('F-12 credentials expire mid-run: the next write fails that target only, nothing half-written, the next run converges', async () => {
    await w.approve('creds');
    const foreign = w.foreign();
    const expired =
      '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error><RequestId>fake-expired</RequestId></ErrorResponse>';
    w.iam().fail(
      'PutRolePolicy',
      { status: 403, headers: { 'content-type': 'text/xml' }, body: expired },
      100,
    );
    w.crm().fail(
      'setIamPolicy',
      {
        status: 401,
        body: JSON.stringify({
          error: {
            code: 401,
            message: 'Request had invalid authentication credentials.',
            status: 'UNAUTHENTICATED',
          },
        }),
      },
      100,
    );
    const r = await w.run();
    assert.ok(r.failedApplies.length > 0);
    assert.ok(
      r.failedApplies.every((f) => f.result.status === 'failed'),
      statuses(r).join('\n'),
    );
    assert.equal(w.iam().calls('PutRolePolicy').length, 1, 'an expired credential is not retried');
    assert.deepEqual([managedAws(w, ALICE_ROLE), managedGcp(w)], [[], []], 'nothing half-written');
    assert.equal(w.foreign(), foreign, 'INV-4');
    assert.deepEqual(r.applied, [], 'no apply record for a failed apply');
    w.iam().clearFaults();
    w.crm().clearFaults();
    const again = await w.run();
    assert.ok(
      statuses(again).every((s) => s.endsWith(' done')),
      statuses(again).join('\n'),
    );
    assert.deepEqual(
      again.applied.map((a) => a.grantId),
      ['creds'],
    );
    await w.assertConverged();
  });

  it('F-16 GH-12 merges A, B, C within 1 s plus the revoke cron, B and the cron cancelled by the group: after C the clouds equal the model', async () => {
    await w.approve('old', { start: '2026-11-22T08:00:00Z', expires: '2026-11-22T09:59:59Z' });
    w.clock.set('2026-11-22T09:00:00Z');
    await w.run();
    assert.deepEqual(managedAws(w, ALICE_ROLE), ['breakglass-old']);
    w.clock.set('2026-11-22T10:00:00Z');
    await w.approve('a');
    await w.run(); // A's run (it checked out main at A)
    w.clock.advance(400);
    await w.approve('b', { requester: 'bob' }); // B's run: pending, then cancelled by C's
    w.clock.advance(400);
    await w.approve('c'); // the cron's pending run is cancelled too
    await w.run(); // C's run at main HEAD
    assert.deepEqual(
      managedAws(w, ALICE_ROLE),
      ['breakglass-a', 'breakglass-c'],
      'the expired grant is gone',
    );
    assert.deepEqual(
      managedAws(w, BOB_ROLE),
      ['breakglass-b'],
      'B is applied although its run was cancelled',
    );
    assert.deepEqual(managedGcp(w), ['breakglass-a', 'breakglass-b', 'breakglass-c']);
    await w.assertConverged();
    w.assertNoAccessAfter(EXPIRES);
    w.assertNoAccessAfter(EXPIRES, { roleArn: BOB_ROLE, member: 'user:bob@example.com' });
  });

  it('F-18 GOV-02 record store down: the run reports the missing record and the next one writes it; a record commit removed from main is flagged by audit', async () => {
    await w.approve('rec');
    const down: RecordStore = {
      commit: () => Promise.reject(new Error('push refused: 503')),
      commitApply: () => Promise.reject(new Error('push refused: 503')),
    };
    const r = await w.run({ records: down });
    assert.deepEqual(
      r.recordErrors.map((e) => e.grantId),
      ['rec'],
    );
    const next = await w.run();
    assert.deepEqual(
      next.applied.map((a) => a.grantId),
      ['rec'],
      'recorded by the next run, without cloud writes',
    );
    // Someone rewrites main without the approval commit (the apply record survives): audit flags it.
    const dir = w.repo.dir;
    const shas = (await git(dir, ['log', '--format=%H %s'])).trim().split('\n');
    const approve = shas.find((l) => l.endsWith('grant rec'))!.split(' ')[0]!;
    await git(dir, ['checkout', '-q', '-b', 'rewritten', `${approve}^`]);
    for (const l of shas
      .slice(0, shas.indexOf(shas.find((x) => x.startsWith(approve))!))
      .reverse()) {
      await git(dir, [
        '-c',
        'user.name=x',
        '-c',
        'user.email=x@example.com',
        'cherry-pick',
        '--allow-empty',
        '--keep-redundant-commits',
        l.split(' ')[0]!,
      ]);
    }
    const report = await audit({
      repo: localRepo(dir),
      history: gitHistory(dir),
      blobs: gitBlobs(dir),
      clock: w.clock,
    });
    assert.ok(
      report.anomalies.some((a) => a.class === 'history-rewritten' && a.grantId === 'rec'),
      JSON.stringify(report.anomalies),
    );
  });
});
