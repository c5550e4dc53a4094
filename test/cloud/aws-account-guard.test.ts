import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IAMClient } from '@aws-sdk/client-iam';
import { ManualClock } from '../../action/src/core/clock.js';
import { AwsProvider } from '../../action/src/cloud/aws/provider.js';
import { awsInlineEntry } from '../../action/src/plan/aws-entries.js';
import { FakeIam } from '../../action/src/sandbox/aws-iam.js';

const A = '111122223333';
const B = '444455556666';
const ROLE_A = `arn:aws:iam::${A}:role/sre-alice`;
const ROLE_B = `arn:aws:iam::${B}:role/sre-alice`;

describe('AWS-01/INV-4: credentials that reach another account are refused', () => {
  let fakeA: FakeIam;
  let client: IAMClient;
  before(async () => {
    fakeA = await new FakeIam().start();
    fakeA.addRole(ROLE_A);
    fakeA.plant(ROLE_A, 'breakglass-other', { Version: '2012-10-17', Statement: [{ Sid: 'X', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    client = new IAMClient({ region: 'us-east-1', endpoint: fakeA.url, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1 });
  });
  after(async () => {
    client.destroy();
    await fakeA.stop();
  });

  it("account B's scope, answered by account A's IAM (a same-named role), is never read, written or deleted", async () => {
    const clock = new ManualClock('2026-11-22T10:00:00Z');
    // The misconfiguration: every account gets the same client, whose credentials belong to account A.
    const provider = new AwsProvider({ clientFor: () => client, clock, sleep: async () => {} });
    const scope = { cloud: 'aws' as const, account: B, principalArn: ROLE_B };
    const read = await provider.read([scope]);
    assert.deepEqual(read.entries, [], "account A's breakglass-other is not reported as account B's");
    assert.match(read.errors[0]?.message ?? '', new RegExp(`used for account ${B} reach account ${A}.*BREAKGLASS_AWS_PROFILE_${B}`));
    const entry = awsInlineEntry({ grantId: 'g1', account: B, principalArn: ROLE_B, statements: [{ actions: ['s3:GetObject'], resources: ['*'] }], start: new Date('2026-11-22T10:00:00Z'), expires: new Date('2026-11-22T11:00:00Z') });
    const results = await provider.write(scope, [{ op: 'put', entry }, { op: 'remove', entry: { ...entry, policyName: 'breakglass-other', grantId: 'other' } }], { stillValid: () => true });
    assert.deepEqual(results.map((r) => r.status), ['failed', 'failed']);
    assert.equal(fakeA.calls(/^(List|Put|Delete)RolePolicy|ListRolePolicies$/).length, 0, 'nothing listed, written or deleted');
    assert.ok(fakeA.policiesOf(ROLE_A)['breakglass-other'], "account A's policy is untouched");
    assert.equal(fakeA.calls('GetRole').length, 1, 'checked once per account, then remembered');
  });

  it('the right account passes the check once and is then read normally', async () => {
    const provider = new AwsProvider({ clientFor: () => client, clock: new ManualClock('2026-11-22T10:00:00Z'), sleep: async () => {} });
    fakeA.log.length = 0;
    const read = await provider.read([{ cloud: 'aws', account: A, principalArn: ROLE_A }]);
    assert.deepEqual(read.errors, []);
    assert.deepEqual(read.entries.map((e) => e.grantId), ['other']);
    assert.deepEqual(fakeA.calls().map((c) => c.op).slice(0, 2), ['GetRole', 'ListRolePolicies']);
  });
});
