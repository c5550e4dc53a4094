/**
 * Fault matrix (THREAT-MODEL 3.3) at reconcile level: F-04 two reconcilers racing on one GCP project,
 * F-15 drift (expiry extended out of band, an unconditional binding added, a live grant deleted).
 * Invariants after each step: INV-1, INV-4, INV-6.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CloudProvider, GcpBindingEntry } from '../../action/src/cloud/model.js';
import { reconcile } from '../../action/src/commands/reconcile.js';
import { localRecordStore } from '../../action/src/reconcile/record-store.js';
import { localRepo } from '../../action/src/repo/files.js';
import { gitHistory } from '../../action/src/repo/history.js';
import { git } from '../../action/src/repo/git.js';
import {
  ALICE,
  ALICE_ROLE,
  AWS_ACTION,
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

const LATER = '2026-11-29T12:00:00Z';
const aborted = {
  status: 409,
  body: googleError(409, 'ABORTED', 'There were concurrent policy changes.'),
};

describe('reconcile against concurrent writers and drift (F-04, F-15)', () => {
  const w = useFaultWorld();
  const mine = (title: string) =>
    w
      .crm()
      .policyOf(PROJECT)
      .bindings.filter((b) => b.condition?.title === title);

  it('F-04 two reconcilers racing on one GCP project: the stale set gets 409, the whole cycle is redone, both bindings survive', async () => {
    // A (say the cron) runs on a checkout taken before inc-4b merged; B (the dispatch after that merge) on main now.
    const gcp = ['gcp:acme-prod'];
    await w.approve('inc-4a', { targets: gcp });
    const older = mkdtempSync(join(tmpdir(), 'breakglass-older-'));
    try {
      await git(older, ['clone', '-q', w.repo.dir, '.']);
      await w.approve('inc-4b', { requester: 'bob', targets: gcp });
      const foreign = w.foreign();
      // B reads the project, then stalls until A has read and written it.
      const b = w.otherProviders();
      let readSeen!: () => void;
      let release!: () => void;
      const seen = new Promise<void>((r) => (readSeen = r));
      const gate = new Promise<void>((r) => (release = r));
      const stalled: CloudProvider = {
        cloud: 'gcp',
        read: async (s) => {
          const r = await b.gcp!.read(s);
          readSeen();
          await gate;
          return r;
        },
        write: (s, c, g) => b.gcp!.write(s, c, g),
      };
      const runB = w.run({ providers: { aws: b.aws!, gcp: stalled } });
      await seen;
      const a = await reconcile({
        repo: localRepo(older),
        history: gitHistory(older),
        records: localRecordStore(older),
        providers: w.clouds.providers,
        clock: w.clock,
      });
      assert.deepEqual(statuses(a), [
        'put gcp roles/viewer done',
        'put gcp roles/logging.viewer done',
      ]);
      w.crm().fail('setIamPolicy', aborted, 2); // B's stale set would get 409 anyway; one more conflict on top
      release();
      const rb = await runB;
      assert.deepEqual(statuses(rb), [
        'put gcp roles/viewer already-done',
        'put gcp roles/logging.viewer already-done',
        'put gcp roles/viewer done',
        'put gcp roles/logging.viewer done',
      ]);
      assert.deepEqual(
        w
          .crm()
          .calls()
          .filter((c) => c.path.includes(PROJECT))
          .map((c) => `${c.op}:${c.status}`),
        [
          'getIamPolicy:200', // B reads
          'getIamPolicy:200', // A reads
          'setIamPolicy:200', // A writes from what it read: one get, one set
          'setIamPolicy:409', // B writes from what it read: its etag is stale
          'getIamPolicy:200', // the whole cycle again
          'setIamPolicy:409', // another conflict
          'getIamPolicy:200',
          'setIamPolicy:200',
        ],
      );
      for (const role of GCP_ROLES) {
        assert.equal(mine('breakglass-inc-4a').filter((x) => x.role === role).length, 1);
        assert.equal(mine('breakglass-inc-4b').filter((x) => x.role === role).length, 1);
        assert.ok(
          w.crm().hasAccess(PROJECT, ALICE, role, iso(EXPIRES, -1000)),
          'A’s binding preserved',
        );
        assert.ok(
          w.crm().hasAccess(PROJECT, BOB, role, iso(EXPIRES, -1000)),
          'B’s binding applied',
        );
      }
      assert.equal(w.foreign(), foreign, 'INV-4: nothing else changed');
      w.assertNoAccessAfter(EXPIRES);
      w.assertNoAccessAfter(EXPIRES, {
        member: BOB,
        roleArn: 'arn:aws:iam::111122223333:role/sre-bob',
      });
      await w.assertConverged();
    } finally {
      rmSync(older, { recursive: true, force: true });
    }
  });

  it('F-15 expiry extended out of band on both clouds: restored to the recorded expiry', async () => {
    await w.approve('inc-15');
    await w.run();
    const foreign = w.foreign();
    const doc = JSON.parse(w.iam().policiesOf(ALICE_ROLE)['breakglass-inc-15']!);
    for (const s of doc.Statement) s.Condition.DateLessThan['aws:CurrentTime'] = LATER;
    w.iam().plant(ALICE_ROLE, 'breakglass-inc-15', doc);
    const [viewer] = mine('breakglass-inc-15');
    w.crm().plantBinding(PROJECT, {
      ...viewer!,
      condition: {
        ...viewer!.condition!,
        expression: viewer!.condition!.expression.replace(EXPIRES, LATER),
      },
    });
    assert.ok(
      w.iam().isAllowed(ALICE_ROLE, AWS_ACTION.action, AWS_ACTION.resource, iso(EXPIRES, 1000)),
      'the drift really extends access',
    );
    assert.ok(w.crm().hasAccess(PROJECT, ALICE, 'roles/viewer', iso(EXPIRES, 1000)));

    const r = await w.run();
    assert.deepEqual(
      r.plan.items.map((i) => `${i.reason} ${i.grantId}`),
      ['restore inc-15', 'restore inc-15'],
    );
    assert.deepEqual(statuses(r), ['put aws breakglass-inc-15 done', 'put gcp roles/viewer done']);
    const restored = JSON.parse(w.iam().policiesOf(ALICE_ROLE)['breakglass-inc-15']!);
    for (const s of restored.Statement)
      assert.equal(s.Condition.DateLessThan['aws:CurrentTime'], EXPIRES);
    assert.deepEqual(
      mine('breakglass-inc-15')
        .map((b) => [b.role, b.condition?.expression])
        .sort(),
      GCP_ROLES.map((role) => [role, viewer!.condition!.expression]).sort(),
      'one binding per role, with the recorded window',
    );
    w.assertNoAccessAfter(EXPIRES);
    assert.equal(w.foreign(), foreign, 'INV-4');
    await w.assertConverged();
  });

  it('F-15 an unconditional roles/viewer binding for alice: flagged gcp/unconditional-binding, never touched', async () => {
    w.crm().plantBinding(PROJECT, { role: 'roles/viewer', members: [ALICE] });
    await w.approve('inc-15b');
    const foreign = w.foreign();
    const r = await w.run();
    const viewer = r.results.find(
      (x) =>
        x.item.change.entry.kind === 'gcp-binding' && x.item.change.entry.role === 'roles/viewer',
    );
    assert.equal(viewer?.result.status, 'done');
    assert.equal(viewer?.result.message, 'shadowed by an unconditional binding');
    const next = await w.assertConverged();
    assert.deepEqual(
      next.plan.flags.map((f) => f.ruleId),
      ['gcp/unconditional-binding'],
    );
    assert.match(
      next.plan.flags[0]!.message,
      /user:alice@example\.com holds roles\/viewer on acme-prod without a condition, so breakglass-inc-15b cannot limit it in time; access persists after expiry/,
    );
    assert.equal(
      w.foreign(),
      foreign,
      'INV-4: the unconditional binding is not the tool’s to remove',
    );
    // INV-1 holds for everything the grant gave; the flag is the alert for the access it cannot bound.
    assert.equal(
      w.iam().isAllowed(ALICE_ROLE, AWS_ACTION.action, AWS_ACTION.resource, iso(EXPIRES, 1000)),
      false,
    );
    assert.equal(
      w.crm().hasAccess(PROJECT, ALICE, 'roles/logging.viewer', iso(EXPIRES, 1000)),
      false,
    );
  });

  it('F-15 a live grant deleted out of band on both clouds: re-applied', async () => {
    await w.approve('inc-15c');
    await w.run();
    const foreign = w.foreign();
    w.iam().unplant(ALICE_ROLE, 'breakglass-inc-15c');
    const read = await w.otherProviders().gcp!.read([{ cloud: 'gcp', project: PROJECT }]);
    const logging = read.entries.find(
      (m) => (m.entry as GcpBindingEntry).role === 'roles/logging.viewer',
    )!;
    await w
      .otherProviders()
      .gcp!.write({ cloud: 'gcp', project: PROJECT }, [{ op: 'remove', entry: logging.entry }], {
        stillValid: () => true,
      });
    assert.equal(w.crm().hasAccess(PROJECT, ALICE, 'roles/logging.viewer', iso(T0, 60_000)), false);

    w.clock.advance(30 * 60_000);
    const r = await w.run();
    assert.deepEqual(
      r.plan.items.map((i) => `${i.reason} ${i.grantId}`),
      ['apply inc-15c', 'apply inc-15c'],
    );
    assert.deepEqual(statuses(r), [
      'put aws breakglass-inc-15c done',
      'put gcp roles/logging.viewer done',
    ]);
    assert.ok(
      w.iam().isAllowed(ALICE_ROLE, AWS_ACTION.action, AWS_ACTION.resource, iso(EXPIRES, -1000)),
    );
    for (const role of GCP_ROLES)
      assert.ok(w.crm().hasAccess(PROJECT, ALICE, role, iso(EXPIRES, -1000)));
    w.assertNoAccessAfter(EXPIRES);
    assert.equal(w.foreign(), foreign, 'INV-4');
    await w.assertConverged();
  });

  it('a stray member under an active grant\'s title is removed as drift: the grant is not ended, and its expiry is still recorded', async () => {
    await w.approve('inc-5');
    await w.run();
    const expression = `request.time >= timestamp("${T0}") && request.time < timestamp("2026-11-22T12:00:00Z")`;
    w.crm().plantBinding(PROJECT, { role: GCP_ROLES[0], members: ['user:mallory@example.com'], condition: { title: 'breakglass-inc-5', expression } });
    w.clock.advance(600_000);
    const stray = await w.run();
    assert.deepEqual(stray.plan.items.map((i) => `${i.reason} ${i.change.op}`), ['drift remove']);
    assert.deepEqual(stray.recorded.map((p) => [p.record.grantId, p.record.reason]), [['inc-5', 'drift']]);
    assert.ok(!w.crm().hasAccess(PROJECT, 'user:mallory@example.com', GCP_ROLES[0], w.clock.now()));
    assert.ok(w.crm().hasAccess(PROJECT, ALICE, GCP_ROLES[0], w.clock.now()), 'the grant itself keeps its access');
    w.clock.set('2026-11-22T12:00:01Z');
    const end = await w.run();
    assert.deepEqual(end.recorded.map((p) => [p.record.grantId, p.record.reason, p.removePath]), [['inc-5', 'expired', 'grants/inc-5.yaml']]);
  });

  it('a decision record whose window is longer than the grant\'s duration is not applied (a record decide did not write)', async () => {
    await w.approve('inc-forged', { expires: '2099-01-01T00:00:00Z' });
    const r = await w.run();
    assert.deepEqual(r.plan.items, []);
    assert.deepEqual(
      r.plan.desired.invalid.map((i) => [i.grantId, i.problems.join('; ')]),
      [['inc-forged', `the decision record's window ${T0} → 2099-01-01T00:00:00Z is longer than the grant's duration (120 min) or bundle prod-readonly's maximum (480 min)`]],
    );
    assert.ok(!w.crm().hasAccess(PROJECT, ALICE, GCP_ROLES[0], w.clock.now()));
  });

  it('a member IAM hands back in another case is the same member: nothing rewritten, and revocation still removes it', async () => {
    await w.approve('inc-case');
    await w.run();
    const recased = 'user:Alice@Example.com';
    w.crm().recaseMember(PROJECT, ALICE, recased);
    w.clock.advance(60_000);
    const steady = await w.run();
    assert.deepEqual(steady.plan.items, [], 'no put and no remove for a re-cased member');
    await w.repo.commit({ 'grants/inc-case.yaml': null }, 'done early');
    const end = await w.run();
    assert.deepEqual(statuses(end).filter((l) => l.startsWith('remove gcp')), ['remove gcp roles/viewer done', 'remove gcp roles/logging.viewer done']);
    assert.ok(!w.crm().hasAccess(PROJECT, recased, GCP_ROLES[0], w.clock.now()));
  });
});
