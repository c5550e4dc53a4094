/**
 * The IAM fake answers the real @aws-sdk/client-iam: if these pass, provider tests exercise the
 * SDK's real serialisation, signing, XML parsing and error mapping, not a toy.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  IAMClient,
  PutRolePolicyCommand,
  GetRolePolicyCommand,
  ListRolePoliciesCommand,
  DeleteRolePolicyCommand,
  PutUserPolicyCommand,
  GetUserPolicyCommand,
  ListUserPoliciesCommand,
  GetRoleCommand,
  GetUserCommand,
  NoSuchEntityException,
  LimitExceededException,
  MalformedPolicyDocumentException,
  paginateListRolePolicies,
} from '@aws-sdk/client-iam';
import { FakeIam } from '../../action/src/sandbox/aws-iam.js';
import { iamFault } from '../../action/src/sandbox/aws-iam-xml.js';

const ROLE = 'arn:aws:iam::123456789012:role/team/oncall';
const USER = 'arn:aws:iam::123456789012:user/alice';
const doc = (sid = 'A1', resource = 'arn:aws:s3:::bucket/*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: 'Allow', Action: 's3:GetObject', Resource: resource }],
  });

function client(url: string, secret = 'secret', keyId = 'AKIDEXAMPLE'): IAMClient {
  return new IAMClient({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: keyId, secretAccessKey: secret },
    maxAttempts: 1,
  });
}

async function rejects(p: Promise<unknown>): Promise<
  Error & {
    Code?: string;
    $metadata: { httpStatusCode?: number; requestId?: string };
    $response?: { headers: Record<string, string> };
  }
> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the call to fail');
}

describe('FakeIam speaks IAM to @aws-sdk/client-iam', () => {
  let fake: FakeIam;
  let iam: IAMClient;
  before(async () => {
    fake = await new FakeIam().start();
    iam = client(fake.url);
  });
  after(async () => {
    iam.destroy();
    await fake.stop();
  });

  test('put, get (RFC 3986-encoded document, RequestId header), delete, then NoSuchEntity', async () => {
    fake.addRole(ROLE);
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'A', Effect: 'Allow', Action: 's3:GetObject', Resource: "arn:aws:s3:::b/it's (x)*" },
      ],
    });
    const put = await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'oncall',
        PolicyName: 'breakglass-g1',
        PolicyDocument: policy,
      }),
    );
    assert.match(put.$metadata.requestId ?? '', /^[0-9a-f-]{36}$/);
    const got = await iam.send(
      new GetRolePolicyCommand({ RoleName: 'oncall', PolicyName: 'breakglass-g1' }),
    );
    assert.equal(got.RoleName, 'oncall');
    assert.ok(
      got.PolicyDocument?.startsWith('%7B%22Version%22'),
      'IAM returns the document percent-encoded',
    );
    assert.ok(got.PolicyDocument?.includes('%27s%20%28x%29%2A'), "RFC 3986 also encodes ' ( ) *");
    assert.equal(decodeURIComponent(got.PolicyDocument ?? ''), policy);
    await iam.send(
      new DeleteRolePolicyCommand({ RoleName: 'oncall', PolicyName: 'breakglass-g1' }),
    );
    const e = await rejects(
      iam.send(new GetRolePolicyCommand({ RoleName: 'oncall', PolicyName: 'breakglass-g1' })),
    );
    assert.ok(e instanceof NoSuchEntityException);
    assert.equal(e.$metadata.httpStatusCode, 404);
    const again = await rejects(
      iam.send(new DeleteRolePolicyCommand({ RoleName: 'oncall', PolicyName: 'breakglass-g1' })),
    );
    assert.ok(again instanceof NoSuchEntityException);
  });

  test('ListRolePolicies pages with MaxItems and Marker; the SDK paginator follows them', async () => {
    const arn = 'arn:aws:iam::123456789012:role/many';
    fake.addRole(arn);
    for (const n of ['e', 'c', 'a', 'd', 'b']) fake.plant(arn, `p-${n}`, doc());
    const first = await iam.send(new ListRolePoliciesCommand({ RoleName: 'many', MaxItems: 2 }));
    assert.deepEqual(first.PolicyNames, ['p-a', 'p-b']);
    assert.equal(first.IsTruncated, true);
    assert.ok(first.Marker);
    const names: string[] = [];
    for await (const page of paginateListRolePolicies(
      { client: iam, pageSize: 2 },
      { RoleName: 'many' },
    ))
      names.push(...(page.PolicyNames ?? []));
    assert.deepEqual(names, ['p-a', 'p-b', 'p-c', 'p-d', 'p-e']);
    const all = await iam.send(new ListRolePoliciesCommand({ RoleName: 'many' }));
    assert.equal(all.IsTruncated, false);
    assert.equal(all.Marker, undefined);
  });

  test('user policies, GetRole MaxSessionDuration and path, GetUser', async () => {
    fake
      .addUser(USER)
      .addRole('arn:aws:iam::123456789012:role/ops/deep/admin', { maxSessionDuration: 7200 });
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'alice',
        PolicyName: 'breakglass-u',
        PolicyDocument: doc(),
      }),
    );
    const listed = await iam.send(new ListUserPoliciesCommand({ UserName: 'alice' }));
    assert.deepEqual(listed.PolicyNames, ['breakglass-u']);
    const got = await iam.send(
      new GetUserPolicyCommand({ UserName: 'alice', PolicyName: 'breakglass-u' }),
    );
    assert.equal(decodeURIComponent(got.PolicyDocument ?? ''), doc());
    const role = await iam.send(new GetRoleCommand({ RoleName: 'admin' }));
    assert.equal(role.Role?.MaxSessionDuration, 7200);
    assert.equal(role.Role?.Path, '/ops/deep/');
    assert.equal(role.Role?.Arn, 'arn:aws:iam::123456789012:role/ops/deep/admin');
    const user = await iam.send(new GetUserCommand({ UserName: 'alice' }));
    assert.equal(user.User?.Arn, USER);
    const missing = await rejects(iam.send(new GetRoleCommand({ RoleName: 'nobody' })));
    assert.ok(missing instanceof NoSuchEntityException);
  });

  test('SigV4 is checked: a wrong secret or an unknown key is refused with 403', async () => {
    const bad = client(fake.url, 'not-the-secret');
    const e = await rejects(bad.send(new GetRoleCommand({ RoleName: 'oncall' })));
    assert.equal(e.name, 'SignatureDoesNotMatch');
    assert.equal(e.$metadata.httpStatusCode, 403);
    const unknown = client(fake.url, 'secret', 'AKIDUNKNOWN');
    const u = await rejects(unknown.send(new GetRoleCommand({ RoleName: 'oncall' })));
    assert.equal(u.name, 'InvalidClientTokenId');
    bad.destroy();
    unknown.destroy();
  });

  test('AWS-04 quotas: role aggregate 10,240 and user 2,048 non-whitespace chars → LimitExceeded (409)', async () => {
    const arn = 'arn:aws:iam::123456789012:role/full';
    fake.addRole(arn);
    const big = (n: number) => doc('A', `arn:aws:s3:::${'x'.repeat(n)}`);
    const base = big(0).length;
    // Pretty-printing adds whitespace only, which IAM does not count: exactly at the limit is fine.
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'full',
        PolicyName: 'one',
        PolicyDocument: JSON.stringify(JSON.parse(big(10_240 - base)), null, 4),
      }),
    );
    assert.equal(fake.inlineSize(arn), 10_240);
    const e = await rejects(
      iam.send(
        new PutRolePolicyCommand({ RoleName: 'full', PolicyName: 'two', PolicyDocument: doc() }),
      ),
    );
    assert.ok(e instanceof LimitExceededException);
    assert.equal(e.$metadata.httpStatusCode, 409);
    // Replacing the same policy counts only the new version.
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'full', PolicyName: 'one', PolicyDocument: doc() }),
    );
    const u = await rejects(
      iam.send(
        new PutUserPolicyCommand({
          UserName: 'alice',
          PolicyName: 'big',
          PolicyDocument: big(2_048),
        }),
      ),
    );
    assert.ok(u instanceof LimitExceededException);
  });

  test('validation: malformed JSON, missing Version, bad Sid → MalformedPolicyDocument; long name → ValidationError', async () => {
    for (const bad of [
      '{not json',
      JSON.stringify({ Statement: [] }),
      doc('has-dash'),
      JSON.stringify({ Version: '2012-10-17', Statement: [] }),
    ]) {
      const e = await rejects(
        iam.send(
          new PutRolePolicyCommand({ RoleName: 'oncall', PolicyName: 'p', PolicyDocument: bad }),
        ),
      );
      assert.ok(e instanceof MalformedPolicyDocumentException, bad);
      assert.equal(e.$metadata.httpStatusCode, 400);
    }
    const e = await rejects(
      iam.send(
        new PutRolePolicyCommand({
          RoleName: 'oncall',
          PolicyName: 'x'.repeat(129),
          PolicyDocument: doc(),
        }),
      ),
    );
    assert.equal(e.name, 'ValidationError');
    assert.equal(e.$metadata.httpStatusCode, 400);
  });

  test('scripted IAM faults and AccessDenied carry the real codes and headers', async () => {
    fake.fail('GetRole', iamFault('Throttling', { headers: { 'retry-after': '3' } }));
    const t = await rejects(iam.send(new GetRoleCommand({ RoleName: 'oncall' })));
    assert.equal(t.name, 'Throttling');
    assert.equal(t.$metadata.httpStatusCode, 400);
    assert.equal(t.$response?.headers['retry-after'], '3');
    fake.fail('GetRole', iamFault('ServiceFailure'));
    const s = await rejects(iam.send(new GetRoleCommand({ RoleName: 'oncall' })));
    assert.equal(s.$metadata.httpStatusCode, 500);
    const arn = 'arn:aws:iam::123456789012:role/locked';
    fake.addRole(arn).deny(arn, ['ListRolePolicies']);
    const d = await rejects(iam.send(new ListRolePoliciesCommand({ RoleName: 'locked' })));
    assert.equal(d.name, 'AccessDenied');
    assert.equal(d.$metadata.httpStatusCode, 403);
    await iam.send(new GetRoleCommand({ RoleName: 'locked' }));
  });

  test('lagging read replica: Get/List show the state before the last N writes, optionally healing after K reads', async () => {
    const arn = 'arn:aws:iam::123456789012:role/lag';
    fake.addRole(arn);
    fake.readLagWrites = 1;
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'lag', PolicyName: 'p', PolicyDocument: doc() }),
    );
    const stale = await rejects(
      iam.send(new GetRolePolicyCommand({ RoleName: 'lag', PolicyName: 'p' })),
    );
    assert.ok(stale instanceof NoSuchEntityException);
    assert.deepEqual(
      (await iam.send(new ListRolePoliciesCommand({ RoleName: 'lag' }))).PolicyNames,
      [],
    );
    assert.deepEqual(Object.keys(fake.policiesOf(arn)), ['p'], 'the primary has it');
    fake.lagHealsAfterReads = 2;
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'lag', PolicyName: 'p', PolicyDocument: doc('B2') }),
    );
    const r1 = await iam.send(new GetRolePolicyCommand({ RoleName: 'lag', PolicyName: 'p' }));
    assert.equal(
      decodeURIComponent(r1.PolicyDocument ?? ''),
      doc(),
      'first read after the write is stale',
    );
    await iam.send(new GetRolePolicyCommand({ RoleName: 'lag', PolicyName: 'p' }));
    const r3 = await iam.send(new GetRolePolicyCommand({ RoleName: 'lag', PolicyName: 'p' }));
    assert.equal(decodeURIComponent(r3.PolicyDocument ?? ''), doc('B2'), 'caught up after 2 reads');
    fake.readLagWrites = 0;
    fake.lagHealsAfterReads = undefined;
  });

  test('AWS-01 AWS-02 evaluator: time window, explicit deny on older sessions, unknown operators refused', () => {
    const arn = 'arn:aws:iam::123456789012:role/eval';
    fake.addRole(arn);
    fake.plant(arn, 'grant', {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'G',
          Effect: 'Allow',
          Action: 's3:Get*',
          Resource: 'arn:aws:s3:::b/*',
          Condition: {
            DateGreaterThanEquals: { 'aws:CurrentTime': '2026-11-22T10:00:00Z' },
            DateLessThan: { 'aws:CurrentTime': '2026-11-22T12:00:00Z' },
          },
        },
      ],
    });
    const at = (s: string) => new Date(s);
    assert.equal(
      fake.isAllowed(arn, 's3:GetObject', 'arn:aws:s3:::b/k', at('2026-11-22T10:00:00Z')),
      true,
    );
    assert.equal(
      fake.isAllowed(arn, 'S3:getobject', 'arn:aws:s3:::b/k', at('2026-11-22T11:59:59Z')),
      true,
      'actions are case-insensitive',
    );
    assert.equal(
      fake.isAllowed(arn, 's3:GetObject', 'arn:aws:s3:::b/k', at('2026-11-22T12:00:00Z')),
      false,
    );
    assert.equal(
      fake.isAllowed(arn, 's3:GetObject', 'arn:aws:s3:::b/k', at('2026-11-22T09:59:59Z')),
      false,
    );
    assert.equal(
      fake.isAllowed(arn, 's3:PutObject', 'arn:aws:s3:::b/k', at('2026-11-22T11:00:00Z')),
      false,
    );
    fake.plant(arn, 'revoke', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { DateLessThan: { 'aws:TokenIssueTime': '2026-11-22T11:00:00Z' } },
        },
      ],
    });
    const now = at('2026-11-22T11:30:00Z');
    assert.equal(
      fake.evaluate(arn, 's3:GetObject', 'arn:aws:s3:::b/k', now, at('2026-11-22T10:30:00Z')),
      'ExplicitlyDenied',
    );
    assert.equal(
      fake.evaluate(arn, 's3:GetObject', 'arn:aws:s3:::b/k', now, at('2026-11-22T11:00:00Z')),
      'Allowed',
    );
    assert.equal(
      fake.evaluate(arn, 's3:GetObject', 'arn:aws:s3:::b/k', now),
      'Allowed',
      'long-term credentials have no TokenIssueTime',
    );
    fake.plant(arn, 'odd', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
        },
      ],
    });
    assert.throws(
      () => fake.isAllowed(arn, 's3:GetObject', 'x', now),
      /unsupported condition operator NumericLessThan/,
    );
  });
});
