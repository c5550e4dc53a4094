/**
 * Reconcile's call pattern on one scope: read() then write(). GCP: one getIamPolicy and at most one
 * setIamPolicy per project per run, the etag keeping the reused read safe (a concurrent writer gets a
 * 409 and a full re-read). AWS: the size pre-flight reuses what read() listed and fetched.
 */
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IAMClient } from '@aws-sdk/client-iam';
import { AwsProvider } from '../../action/src/cloud/aws/provider.js';
import type { AwsInlineEntry, Change, Entry, Scope } from '../../action/src/cloud/model.js';
import { ManualClock } from '../../action/src/core/clock.js';
import { awsInlineEntry, awsInlineSize } from '../../action/src/plan/aws-entries.js';
import { FakeIam } from '../../action/src/sandbox/aws-iam.js';
import {
  ALICE,
  BOB,
  always,
  entry,
  googleError,
  put,
  scope,
  useGcpHarness,
} from './gcp-harness.js';

const awsPut = (entry: Entry): Change => ({ op: 'put', entry });
const calls = (h: ReturnType<typeof useGcpHarness>, p: string) =>
  h.fake
    .calls()
    .filter((c) => c.path.includes(p))
    .map((c) => `${c.op}:${c.status}`);

describe('GcpProvider: read() then write() on one project', () => {
  const h = useGcpHarness();

  it('makes exactly one getIamPolicy and one setIamPolicy', async () => {
    const p = h.project({
      bindings: [{ role: 'roles/owner', members: ['user:owner@example.com'] }],
    });
    const provider = h.provider();
    const read = await provider.read([scope(p)]);
    assert.deepEqual(read.entries, []);
    const results = await provider.write(
      scope(p),
      [put(entry('g1', p, 'roles/viewer')), put(entry('g1', p, 'roles/logging.viewer'))],
      always,
    );
    assert.deepEqual(
      results.map((r) => r.status),
      ['done', 'done'],
    );
    assert.deepEqual(calls(h, p), ['getIamPolicy:200', 'setIamPolicy:200']);
    const sent = JSON.parse(h.fake.calls('setIamPolicy')[0]!.body) as { policy: { etag?: string } };
    assert.ok(sent.policy.etag, 'the set carries the etag read by read()');
    assert.deepEqual(h.sleeps, []);
  });

  it('a concurrent writer between read and write: 409, full re-read, both bindings kept', async () => {
    const p = h.project();
    const mine = h.provider();
    await mine.read([scope(p)]);
    // Someone else (another reconciler) writes the project after our read.
    const [theirs] = await h
      .provider()
      .write(scope(p), [put(entry('g2', p, 'roles/viewer', BOB))], always);
    assert.equal(theirs?.status, 'done');
    const [r] = await mine.write(scope(p), [put(entry('g1', p, 'roles/viewer', ALICE))], always);
    assert.equal(r?.status, 'done');
    assert.deepEqual(calls(h, p), [
      'getIamPolicy:200', // our read
      'getIamPolicy:200', // their get
      'setIamPolicy:200', // their set
      'setIamPolicy:409', // our set from the policy we read: stale etag
      'getIamPolicy:200', // whole cycle again
      'setIamPolicy:200',
    ]);
    const titles = h.fake
      .policyOf(p)
      .bindings.map((b) => `${b.members.join()} ${b.condition?.title}`);
    assert.deepEqual(titles.sort(), [`${ALICE} breakglass-g1`, `${BOB} breakglass-g2`]);
  });

  it('the reused read is used once: the next write, and any write after an error, reads afresh', async () => {
    const p = h.project();
    const provider = h.provider();
    await provider.read([scope(p)]);
    await provider.write(scope(p), [put(entry('g1', p, 'roles/viewer'))], always);
    await provider.write(scope(p), [put(entry('g2', p, 'roles/viewer'))], always);
    assert.deepEqual(calls(h, p), [
      'getIamPolicy:200',
      'setIamPolicy:200',
      'getIamPolicy:200',
      'setIamPolicy:200',
    ]);

    h.fake.log.length = 0;
    await provider.read([scope(p)]);
    h.fake.fail('setIamPolicy', { status: 400, body: googleError(400, 'INVALID_ARGUMENT', 'bad') });
    const [failed] = await provider.write(scope(p), [put(entry('g3', p, 'roles/viewer'))], always);
    assert.equal(failed?.status, 'failed');
    const [ok] = await provider.write(scope(p), [put(entry('g3', p, 'roles/viewer'))], always);
    assert.equal(ok?.status, 'done');
    assert.deepEqual(calls(h, p), [
      'getIamPolicy:200',
      'setIamPolicy:400',
      'getIamPolicy:200',
      'setIamPolicy:200',
    ]);
  });

  it('write() without a prior read() still does its own get, and a 503 retry reads afresh', async () => {
    const p = h.project();
    const provider = h.provider();
    await provider.read([scope(p)]);
    h.fake.fail('setIamPolicy', { status: 503, body: googleError(503, 'UNAVAILABLE', 'later') });
    const [r] = await provider.write(scope(p), [put(entry('g1', p, 'roles/viewer'))], always);
    assert.equal(r?.status, 'done');
    assert.deepEqual(calls(h, p), [
      'getIamPolicy:200',
      'setIamPolicy:503',
      'getIamPolicy:200',
      'setIamPolicy:200',
    ]);

    const q = h.project();
    const [s] = await h.provider().write(scope(q), [put(entry('g1', q, 'roles/viewer'))], always);
    assert.equal(s?.status, 'done');
    assert.deepEqual(calls(h, q), ['getIamPolicy:200', 'setIamPolicy:200']);
  });

  it('"already there" is never concluded from the reused read alone: it is confirmed live', async () => {
    const p = h.project();
    const e = entry('g1', p, 'roles/viewer');
    await h.provider().write(scope(p), [put(e)], always);
    const provider = h.provider();
    const read = await provider.read([scope(p)]);
    assert.equal(read.entries.length, 1);
    // Removed by someone else after our read: the snapshot still shows it.
    await h.provider().write(scope(p), [{ op: 'remove', entry: e }], always);
    h.fake.log.length = 0;
    const [r] = await provider.write(scope(p), [put(e)], always);
    assert.equal(r?.status, 'done', 'not already-done: the binding was gone');
    assert.deepEqual(calls(h, p), ['getIamPolicy:200', 'setIamPolicy:200']);
    assert.equal(
      h.fake.hasAccess(p, ALICE, 'roles/viewer', new Date('2026-11-22T11:00:00Z')),
      true,
    );
  });
});

describe('AwsProvider: read() then write() on one principal', () => {
  const ACCOUNT = '123456789012';
  const ROLE = `arn:aws:iam::${ACCOUNT}:role/oncall`;
  const sc: Scope = { cloud: 'aws', account: ACCOUNT, principalArn: ROLE };
  const grant = (id: string, bucket = 'prod'): AwsInlineEntry =>
    awsInlineEntry({
      grantId: id,
      account: ACCOUNT,
      principalArn: ROLE,
      statements: [{ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::${bucket}/*`] }],
      start: new Date('2026-11-22T10:00:00Z'),
      expires: new Date('2026-11-22T12:00:00Z'),
    });
  const team = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
  };
  let fake: FakeIam;
  let iam: IAMClient;
  let provider: AwsProvider;
  const ops = () => fake.calls().map((c) => c.op);

  beforeEach(async () => {
    fake = await new FakeIam().start();
    fake.addRole(ROLE).plant(ROLE, 'team', team);
    iam = new IAMClient({
      region: 'us-east-1',
      endpoint: fake.url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    const clock = new ManualClock('2026-11-22T10:00:00Z');
    provider = new AwsProvider({
      clientFor: () => iam,
      clock,
      sleep: async (ms) => clock.advance(ms),
      random: () => 0,
    });
  });
  afterEach(async () => {
    iam.destroy();
    await fake.stop();
  });

  it('the size pre-flight reuses read(): no second List, and only the unmanaged policies are fetched', async () => {
    fake.plant(ROLE, 'breakglass-old', grant('old').document);
    const read = await provider.read([sc]);
    assert.deepEqual(
      read.entries.map((m) => m.grantId),
      ['old'],
    );
    assert.deepEqual(ops(), ['GetRole', 'ListRolePolicies', 'GetRolePolicy'], 'the account check runs once, before the first read');
    fake.log.length = 0;
    const changes: Change[] = [{ op: 'remove', entry: grant('old') }, awsPut(grant('g1'))];
    const results = await provider.write(sc, changes, always);
    assert.deepEqual(
      results.map((r) => r.status),
      ['done', 'done'],
    );
    assert.deepEqual(ops(), [
      'DeleteRolePolicy',
      'GetRolePolicy', // read-back of the delete
      'GetRolePolicy', // `team`, which read() skipped: the pre-flight needs its size
      'PutRolePolicy',
      'GetRolePolicy', // read-back of the put
    ]);
    assert.deepEqual(Object.keys(fake.policiesOf(ROLE)).sort(), ['breakglass-g1', 'team']);
  });

  it('a removal earlier in the same write frees its size for the put that follows', async () => {
    const big = (id: string) => grant(id, 'b'.repeat(400));
    const filler = (n: number) => ({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'f'.repeat(n)}` },
      ],
    });
    const teamSize = 10_240 - awsInlineSize(big('new').document) - 10;
    fake.plant(ROLE, 'team', filler(teamSize - awsInlineSize(JSON.stringify(filler(0)))));
    fake.plant(ROLE, 'breakglass-old', big('old').document);
    assert.ok(
      fake.inlineSize(ROLE) + awsInlineSize(big('new').document) > 10_240,
      'old and new together would not fit',
    );
    await provider.read([sc]);
    const results = await provider.write(
      sc,
      [{ op: 'remove', entry: big('old') }, awsPut(big('new'))],
      always,
    );
    assert.deepEqual(
      results.map((r) => `${r.status} ${r.message ?? ''}`),
      ['done ', 'done '],
    );
    assert.deepEqual(Object.keys(fake.policiesOf(ROLE)).sort(), ['breakglass-new', 'team']);
  });

  it('a policy read() saw as current is confirmed live before a put is called already-done', async () => {
    const e = grant('g1');
    fake.plant(ROLE, 'breakglass-g1', e.document);
    await provider.read([sc]);
    fake.unplant(ROLE, 'breakglass-g1'); // deleted out of band after the read
    const [r] = await provider.write(sc, [awsPut(e)], always);
    assert.equal(r?.status, 'done');
    assert.equal(fake.calls('PutRolePolicy').length, 1);
    assert.ok(fake.policiesOf(ROLE)['breakglass-g1']);
  });

  it('write() without a prior read() lists and reads everything itself, as before', async () => {
    const [r] = await provider.write(sc, [awsPut(grant('g1'))], always);
    assert.equal(r?.status, 'done');
    assert.deepEqual(ops(), [
      'GetRole', // which account the credentials reach, checked once per account
      'ListRolePolicies',
      'GetRolePolicy',
      'PutRolePolicy',
      'GetRolePolicy',
    ]);
  });
});
