/**
 * AwsProvider against the IAM fake through the real SDK: apply and read back, idempotence, the size
 * pre-flight, retry classification (AWS-04, AWS-06), eventual consistency (AWS-03), per-change
 * isolation. Time never really passes: sleep records the wait and moves a manual clock.
 */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { IAMClient } from '@aws-sdk/client-iam';
import { FakeIam } from '../../action/src/sandbox/aws-iam.js';
import { iamFault } from '../../action/src/sandbox/aws-iam-xml.js';
import { AwsProvider } from '../../action/src/cloud/aws/provider.js';
import {
  awsInlineEntry,
  awsInlineSize,
  awsSessionRevokeEntry,
} from '../../action/src/plan/aws-entries.js';
import type {
  AwsInlineEntry,
  Change,
  Entry,
  Scope,
  WriteGuard,
} from '../../action/src/cloud/model.js';
import { ManualClock } from '../../action/src/core/clock.js';

const ACCOUNT = '123456789012';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/team/oncall`;
const OTHER = `arn:aws:iam::${ACCOUNT}:role/locked`;
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const T0 = '2026-11-22T10:00:00Z';
const scopeOf = (principalArn: string): Scope => ({ cloud: 'aws', account: ACCOUNT, principalArn });
const ok: WriteGuard = { stillValid: () => true };

function grant(
  id: string,
  principalArn = ROLE,
  resources = ['arn:aws:s3:::prod-bucket/*'],
): AwsInlineEntry {
  return awsInlineEntry({
    grantId: id,
    account: ACCOUNT,
    principalArn,
    statements: [{ actions: ['s3:GetObject'], resources }],
    start: new Date(T0),
    expires: new Date('2026-11-22T14:00:00Z'),
  });
}
const put = (entry: Entry): Change => ({ op: 'put', entry });
const remove = (entry: Entry): Change => ({ op: 'remove', entry });

describe('AwsProvider against FakeIam', () => {
  let fake: FakeIam;
  let iam: IAMClient;
  let clock: ManualClock;
  let waits: number[];
  let provider: AwsProvider;

  beforeEach(async () => {
    fake = await new FakeIam().start();
    fake.addRole(ROLE).addRole(OTHER).addUser(USER);
    iam = new IAMClient({
      region: 'us-east-1',
      endpoint: fake.url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    clock = new ManualClock(T0);
    waits = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      clock.advance(ms);
    };
    provider = new AwsProvider({ clientFor: () => iam, sleep, clock, random: () => 0 });
  });
  afterEach(async () => {
    iam.destroy();
    await fake.stop();
  });

  test('applies a grant, reads it back, and read() recovers the same entry', async () => {
    const e = grant('g1');
    const [r] = await provider.write(scopeOf(ROLE), [put(e)], ok);
    assert.equal(r?.status, 'done');
    assert.equal(r?.message, undefined);
    assert.equal(r?.requestIds?.length, 1);
    assert.deepEqual(JSON.parse(fake.policiesOf(ROLE)['breakglass-g1'] ?? '{}'), e.document);
    assert.ok(
      fake.isAllowed(
        ROLE,
        's3:GetObject',
        'arn:aws:s3:::prod-bucket/k',
        new Date('2026-11-22T13:59:59Z'),
      ),
    );
    assert.ok(
      !fake.isAllowed(
        ROLE,
        's3:GetObject',
        'arn:aws:s3:::prod-bucket/k',
        new Date('2026-11-22T14:00:00Z'),
      ),
    );
    fake.plant(ROLE, 'team-policy', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
    });
    const read = await provider.read([scopeOf(ROLE)]);
    assert.deepEqual(read.errors, []);
    assert.deepEqual(read.entries, [
      { scope: scopeOf(ROLE), key: `aws:${ROLE}:breakglass-g1`, grantId: 'g1', entry: e },
    ]);
  });

  test('a second identical write is already-done with zero Put calls', async () => {
    await provider.write(scopeOf(ROLE), [put(grant('g1'))], ok);
    const before = fake.calls('PutRolePolicy').length;
    const [r] = await provider.write(scopeOf(ROLE), [put(grant('g1'))], ok);
    assert.equal(r?.status, 'already-done');
    assert.equal(fake.calls('PutRolePolicy').length, before);
    assert.equal(before, 1);
  });

  test('AWS-04 size pre-flight: 9,900 existing chars + a 500-char grant is refused before any write', async () => {
    const filler = (n: number) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'f'.repeat(n)}` },
        ],
      });
    fake.plant(
      ROLE,
      'team-policy',
      JSON.stringify(JSON.parse(filler(9_900 - awsInlineSize(filler(0)))), null, 2),
    );
    assert.equal(fake.inlineSize(ROLE), 9_900);
    const big = grant('big', ROLE, [
      `arn:aws:s3:::${'b'.repeat(500 - awsInlineSize(grant('big', ROLE, ['arn:aws:s3:::']).document))}`,
    ]);
    assert.equal(awsInlineSize(big.document), 500);
    const [r] = await provider.write(scopeOf(ROLE), [put(big)], ok);
    assert.equal(r?.status, 'failed');
    assert.equal(r?.retryable, false);
    assert.match(
      r?.message ?? '',
      /not attempted: .*10,400 .*existing 9,900 \+ this grant 500; IAM limit 10,240/,
    );
    assert.equal(fake.calls('PutRolePolicy').length, 0);
    // A user has a 2,048 limit.
    const [u] = await provider.write(
      scopeOf(USER),
      [
        put(
          grant(
            'u',
            USER,
            Array.from({ length: 80 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`),
          ),
        ),
      ],
      ok,
    );
    assert.match(u?.message ?? '', /user's inline policies would total .* IAM limit 2,048/);
  });

  test('AWS-04 F-14 LimitExceeded from IAM is non-retryable: exactly one attempt and an actionable message', async () => {
    fake.roleInlineLimit = 100;
    const [r] = await provider.write(scopeOf(ROLE), [put(grant('g1'))], ok);
    assert.equal(r?.status, 'failed');
    assert.equal(r?.retryable, false);
    assert.equal(fake.calls('PutRolePolicy').length, 1);
    assert.match(
      r?.message ?? '',
      /^PutRolePolicy breakglass-g1 on arn:aws:iam::123456789012:role\/team\/oncall failed: LimitExceeded: .*\(non-retryable; the role's inline policies exceed 10,240 characters\)$/,
    );
    assert.equal(r?.requestIds?.length, 1, 'the failed request id is kept for the audit record');
  });

  test('AWS-06 Throttling ×4 then OK succeeds, honouring Retry-After on every wait', async () => {
    fake.fail(
      'PutRolePolicy',
      iamFault('Throttling', { message: 'Rate exceeded', headers: { 'retry-after': '2' } }),
      4,
    );
    const [r] = await provider.write(scopeOf(ROLE), [put(grant('g1'))], ok);
    assert.equal(r?.status, 'done');
    assert.equal(fake.calls('PutRolePolicy').length, 5);
    assert.deepEqual(
      waits,
      [2000, 2000, 2000, 2000],
      'jitter pinned to 0, so each wait is exactly Retry-After',
    );
    assert.equal(r?.requestIds?.length, 5);
  });

  test('5xx and a lost response after commit are retried without duplicating anything', async () => {
    fake.fail('PutRolePolicy', iamFault('ServiceFailure'), 1);
    fake.fail('PutRolePolicy', { hangUp: true, afterCommit: true }, 1);
    const [r] = await provider.write(scopeOf(ROLE), [put(grant('g1'))], ok);
    assert.equal(r?.status, 'done');
    assert.equal(fake.calls('PutRolePolicy').length, 3);
    assert.deepEqual(Object.keys(fake.policiesOf(ROLE)), ['breakglass-g1']);
  });

  test('AWS-06 MalformedPolicyDocument → exactly one call, non-retryable', async () => {
    const bad = structuredClone(grant('g1'));
    bad.document.Statement[0]!.Sid = 'not-alnum';
    const [r] = await provider.write(scopeOf(ROLE), [put(bad)], ok);
    assert.equal(r?.status, 'failed');
    assert.equal(r?.retryable, false);
    assert.match(r?.message ?? '', /MalformedPolicyDocument/);
    assert.equal(fake.calls('PutRolePolicy').length, 1);
    assert.deepEqual(waits, []);
  });

  test('AWS-03 read lag: stale for 3 reads → retries the read-back, then done', async () => {
    fake.readLagWrites = 1;
    fake.lagHealsAfterReads = 3;
    const [r] = await provider.write(scopeOf(ROLE), [put(grant('g1'))], ok);
    assert.equal(r?.status, 'done');
    assert.equal(r?.message, undefined);
    const log = fake.calls();
    const afterPut = log.slice(log.findIndex((c) => c.op === 'PutRolePolicy') + 1);
    assert.deepEqual(
      afterPut.map((c) => c.op),
      ['GetRolePolicy', 'GetRolePolicy', 'GetRolePolicy', 'GetRolePolicy'],
    );
    assert.equal(waits.length, 3);
  });

  test('AWS-03 read lag past the deadline → done but applied-unverified', async () => {
    fake.readLagWrites = 1;
    const [r] = await provider.write(scopeOf(ROLE), [put(grant('g1'))], ok);
    assert.equal(r?.status, 'done');
    assert.equal(r?.message, 'applied-unverified');
    assert.ok(waits.reduce((a, b) => a + b, 0) <= 120_000, 'read-back stays inside its deadline');
  });

  test('read: a scope with AccessDenied on List goes to errors, the others are still read', async () => {
    fake.deny(OTHER, ['ListRolePolicies']);
    fake.plant(ROLE, 'breakglass-g1', grant('g1').document);
    const read = await provider.read([
      scopeOf(OTHER),
      scopeOf(ROLE),
      { cloud: 'gcp', project: 'p' },
    ]);
    assert.equal(read.entries.length, 1);
    assert.equal(read.entries[0]?.grantId, 'g1');
    assert.equal(read.errors.length, 2);
    assert.deepEqual(read.errors[0]?.scope, scopeOf(OTHER));
    assert.match(
      read.errors[0]?.message ?? '',
      /ListRolePolicies .* failed: AccessDenied: .*non-retryable/,
    );
    assert.equal(fake.calls('ListRolePolicies').length, 2, 'AccessDenied is not retried');
  });

  test('read: an unbounded managed policy is flagged and handed back already expired', async () => {
    fake.plant(ROLE, 'breakglass-rogue', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    const read = await provider.read([scopeOf(ROLE)]);
    assert.equal(read.flags[0]?.ruleId, 'aws-unrecognised-managed-policy');
    assert.equal(
      read.entries[0]?.entry.kind === 'aws-inline' && read.entries[0].entry.expires,
      '1970-01-01T00:00:00Z',
    );
    const [r] = await provider.write(scopeOf(ROLE), [remove(read.entries[0]!.entry)], ok);
    assert.equal(r?.status, 'done');
    assert.deepEqual(fake.policiesOf(ROLE), {});
  });

  test('remove: existing → done and gone; missing → already-done', async () => {
    const e = grant('g1');
    await provider.write(scopeOf(ROLE), [put(e)], ok);
    const [r1] = await provider.write(scopeOf(ROLE), [remove(e)], ok);
    assert.equal(r1?.status, 'done');
    assert.deepEqual(fake.policiesOf(ROLE), {});
    const [r2] = await provider.write(scopeOf(ROLE), [remove(e)], ok);
    assert.equal(r2?.status, 'already-done');
    assert.equal(fake.calls('DeleteRolePolicy').length, 2);
  });

  test('RC-08 stillValid false → skipped with zero writes', async () => {
    const seen: Entry[] = [];
    const [r] = await provider.write(scopeOf(ROLE), [put(grant('g1'))], {
      stillValid: (e) => (seen.push(e), false),
    });
    assert.equal(r?.status, 'skipped');
    assert.equal(seen.length, 1);
    assert.equal(fake.calls('PutRolePolicy').length, 0);
  });

  test('per-change isolation: the first put fails fatally, the second is still applied', async () => {
    const bad = structuredClone(grant('bad'));
    bad.document.Statement[0]!.Sid = 'bad-sid';
    const results = await provider.write(scopeOf(ROLE), [put(bad), put(grant('good'))], ok);
    assert.deepEqual(
      results.map((r) => r.status),
      ['failed', 'done'],
    );
    assert.deepEqual(Object.keys(fake.policiesOf(ROLE)), ['breakglass-good']);
  });

  test('AWS-02 session-revoke entry on a role denies sessions issued before the revocation', async () => {
    fake.plant(ROLE, 'admin', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    const revoke = awsSessionRevokeEntry({
      grantId: 'ar',
      account: ACCOUNT,
      roleArn: ROLE,
      revokedAt: new Date('2026-11-22T11:00:00Z'),
      maxSessionSeconds: 3600,
    });
    const [r] = await provider.write(scopeOf(ROLE), [put(revoke)], ok);
    assert.equal(r?.status, 'done');
    const now = new Date('2026-11-22T11:10:00Z');
    assert.equal(
      fake.evaluate(ROLE, 'ec2:StopInstances', '*', now, new Date('2026-11-22T10:50:00Z')),
      'ExplicitlyDenied',
    );
    assert.equal(
      fake.evaluate(ROLE, 'ec2:StopInstances', '*', now, new Date('2026-11-22T11:05:00Z')),
      'Allowed',
    );
    const read = await provider.read([scopeOf(ROLE)]);
    assert.deepEqual(
      read.entries.map((m) => m.entry),
      [revoke],
    );
  });

  test('a change for another principal, or a bad scope, fails without any call', async () => {
    const [r] = await provider.write(scopeOf(ROLE), [put(grant('g1', OTHER))], ok);
    assert.equal(r?.status, 'failed');
    const [s] = await provider.write(
      { cloud: 'aws', account: '999999999999', principalArn: ROLE },
      [put(grant('g1'))],
      ok,
    );
    assert.match(s?.message ?? '', /not in account 999999999999/);
    assert.equal(fake.calls().length, 0);
  });
});
