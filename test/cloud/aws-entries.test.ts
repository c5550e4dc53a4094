/**
 * The AWS policy documents the tool writes: exact shape (golden), IAM charset rules, and that the
 * grant window is exactly [start, expires) as judged by an independent IAM evaluator
 * (@cloud-copilot/iam-simulate) and by our fake's evaluator, which must agree with it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import {
  awsInlineEntry,
  awsAssumeRoleEntry,
  awsSessionRevokeEntry,
  awsInlineSize,
  parseManagedAwsPolicy,
} from '../../action/src/plan/aws-entries.js';
import type { AwsPolicyDocument } from '../../action/src/cloud/model.js';
import type { BundleStatement } from '../../action/src/policy/model.js';
import { evaluatePolicies } from '../../action/src/sandbox/aws-iam-eval.js';

const ACCOUNT = '123456789012';
const PRINCIPAL = `arn:aws:iam::${ACCOUNT}:role/oncall`;
const OBJECT = 'arn:aws:s3:::prod-bucket/secret.txt';
const READ: BundleStatement[] = [
  {
    actions: ['s3:GetObject', 's3:ListBucket'],
    resources: ['arn:aws:s3:::prod-bucket', 'arn:aws:s3:::prod-bucket/*'],
  },
];
const d = (s: string) => new Date(s);
const sec = (t: Date, n: number) => new Date(t.getTime() + n * 1000);

/** iam-simulate's verdict for one request under the given identity policies. */
async function simulate(
  docs: AwsPolicyDocument[],
  action: string,
  resource: string,
  at: Date,
  tokenIssuedAt?: Date,
): Promise<string> {
  const contextVariables: Record<string, string> = {
    'aws:CurrentTime': at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  if (tokenIssuedAt)
    contextVariables['aws:TokenIssueTime'] = tokenIssuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const r = await runSimulation(
    {
      identityPolicies: docs.map((policy, i) => ({ name: `p${i}`, policy })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      request: {
        principal: PRINCIPAL,
        action,
        resource: { resource, accountId: ACCOUNT },
        contextVariables,
      },
    },
    {},
  );
  assert.equal(r.resultType, 'single', JSON.stringify(r).slice(0, 300));
  return r.resultType === 'single' ? r.overallResult : 'error';
}

/** Both evaluators, which must agree; returns the shared verdict. */
async function verdict(
  docs: AwsPolicyDocument[],
  action: string,
  resource: string,
  at: Date,
  tokenIssuedAt?: Date,
): Promise<string> {
  const sim = await simulate(docs, action, resource, at, tokenIssuedAt);
  const ours = evaluatePolicies(
    docs.map((x) => JSON.stringify(x)),
    { action, resource, at, ...(tokenIssuedAt ? { sessionIssuedAt: tokenIssuedAt } : {}) },
  );
  assert.equal(ours, sim, `fake evaluator disagrees with iam-simulate at ${at.toISOString()}`);
  return sim;
}

async function assertWindow(start: Date, expires: Date): Promise<void> {
  const e = awsInlineEntry({
    grantId: 'g-1',
    account: ACCOUNT,
    principalArn: PRINCIPAL,
    statements: READ,
    start,
    expires,
  });
  assert.equal(
    await verdict([e.document], 's3:GetObject', OBJECT, start),
    'Allowed',
    'allowed at start',
  );
  assert.equal(
    await verdict([e.document], 's3:GetObject', OBJECT, sec(expires, -1)),
    'Allowed',
    'allowed at expires-1s',
  );
  assert.equal(
    await verdict([e.document], 's3:GetObject', OBJECT, expires),
    'ImplicitlyDenied',
    'denied at expires',
  );
  assert.equal(
    await verdict([e.document], 's3:GetObject', OBJECT, sec(start, -1)),
    'ImplicitlyDenied',
    'denied at start-1s',
  );
  assert.equal(
    await verdict([e.document], 's3:GetObject', OBJECT, sec(expires, 86_400 * 400)),
    'ImplicitlyDenied',
    'denied long after',
  );
}

describe('awsInlineEntry', () => {
  test('IN-10 AWS-01 golden document', () => {
    const e = awsInlineEntry({
      grantId: '2026-11-22-alice.db_1',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      statements: [
        ...READ,
        {
          actions: ['rds:RebootDBInstance'],
          resources: ['*'],
          conditions: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
      start: d('2026-11-22T10:00:00.000Z'),
      expires: d('2026-11-22T14:00:00.000Z'),
    });
    const window = {
      DateGreaterThanEquals: { 'aws:CurrentTime': '2026-11-22T10:00:00Z' },
      DateLessThan: { 'aws:CurrentTime': '2026-11-22T14:00:00Z' },
    };
    assert.deepEqual(e, {
      kind: 'aws-inline',
      grantId: '2026-11-22-alice.db_1',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      policyName: 'breakglass-2026-11-22-alice.db_1',
      start: '2026-11-22T10:00:00Z',
      expires: '2026-11-22T14:00:00Z',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'BG20261122alicedb1S1',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: ['arn:aws:s3:::prod-bucket', 'arn:aws:s3:::prod-bucket/*'],
            Condition: window,
          },
          {
            Sid: 'BG20261122alicedb1S2',
            Effect: 'Allow',
            Action: ['rds:RebootDBInstance'],
            Resource: ['*'],
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, ...window },
          },
        ],
      },
    });
    assert.equal(
      JSON.stringify(e.document),
      '{"Version":"2012-10-17","Statement":[{"Sid":"BG20261122alicedb1S1","Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::prod-bucket","arn:aws:s3:::prod-bucket/*"],"Condition":{"DateGreaterThanEquals":{"aws:CurrentTime":"2026-11-22T10:00:00Z"},"DateLessThan":{"aws:CurrentTime":"2026-11-22T14:00:00Z"}}},{"Sid":"BG20261122alicedb1S2","Effect":"Allow","Action":["rds:RebootDBInstance"],"Resource":["*"],"Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},"DateGreaterThanEquals":{"aws:CurrentTime":"2026-11-22T10:00:00Z"},"DateLessThan":{"aws:CurrentTime":"2026-11-22T14:00:00Z"}}}]}',
    );
  });

  test('Sids use only A-Za-z0-9 and are unique; timestamps are second-precision UTC Z literals', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,40}$/),
        fc.integer({ min: 1, max: 6 }),
        (grantId, n) => {
          const statements = Array.from({ length: n }, () => READ[0]!);
          const e = awsInlineEntry({
            grantId,
            account: ACCOUNT,
            principalArn: PRINCIPAL,
            statements,
            start: d('2026-01-01T00:00:00.123Z'),
            expires: d('2026-01-01T01:00:00.987Z'),
          });
          const sids = e.document.Statement.map((s) => s.Sid);
          assert.ok(
            sids.every((s) => /^[A-Za-z0-9]+$/.test(s)),
            sids.join(),
          );
          assert.equal(new Set(sids).size, n);
          for (const s of e.document.Statement) {
            for (const block of Object.values(s.Condition ?? {})) {
              for (const v of Object.values(block))
                assert.match(String(v), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
            }
          }
          // Sub-second instants round inwards: the start up, the end down.
          assert.equal(e.start, '2026-01-01T00:00:01Z');
          assert.equal(e.expires, '2026-01-01T01:00:00Z');
        },
      ),
      { numRuns: 100 },
    );
  });

  test('window is exactly [start, expires): 4 h grant', () =>
    assertWindow(d('2026-11-22T10:00:00Z'), d('2026-11-22T14:00:00Z')));
  test('window edge: 1-minute grant', () =>
    assertWindow(d('2026-11-22T10:00:00Z'), d('2026-11-22T10:01:00Z')));
  test('window edge: multi-day grant', () =>
    assertWindow(d('2026-11-20T22:15:00Z'), d('2026-11-23T22:15:00Z')));
  test('window edge: future start is denied before it begins', () =>
    assertWindow(d('2027-06-01T08:00:00Z'), d('2027-06-01T09:30:00Z')));
  test('window edge: across leap day 2028-02-29', () =>
    assertWindow(d('2028-02-28T23:30:00Z'), d('2028-03-01T00:30:00Z')));
  test('window edge: across DST changes (US 2026-03-08, EU 2026-03-29, EU 2026-10-25, US 2026-11-01) stays UTC', async () => {
    for (const [s, x] of [
      ['2026-03-08T06:30:00Z', '2026-03-08T07:30:00Z'],
      ['2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z'],
      ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
      ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'],
    ] as const) {
      await assertWindow(d(s), d(x));
      const e = awsInlineEntry({
        grantId: 'dst',
        account: ACCOUNT,
        principalArn: PRINCIPAL,
        statements: READ,
        start: d(s),
        expires: d(x),
      });
      assert.equal(
        Date.parse(e.expires) - Date.parse(e.start),
        3_600_000,
        'a 1 h grant stays 1 h on a DST day',
      );
    }
  });

  test('bundle conditions are kept; an earlier bundle DateLessThan on aws:CurrentTime wins, a later one is dropped', async () => {
    const start = d('2026-11-22T10:00:00Z');
    const expires = d('2026-11-22T14:00:00Z');
    const mk = (until: string | string[]) =>
      awsInlineEntry({
        grantId: 'c',
        account: ACCOUNT,
        principalArn: PRINCIPAL,
        statements: [
          {
            ...READ[0]!,
            conditions: {
              DateLessThan: { 'aws:CurrentTime': until, 'aws:EpochTime': '1' },
              StringEquals: { 'aws:RequestedRegion': 'eu-west-1' },
            },
          },
        ],
        start,
        expires,
      });
    const earlier = mk('2026-11-22T12:00:00Z').document.Statement[0]!.Condition!;
    assert.deepEqual(earlier.DateLessThan, {
      'aws:EpochTime': '1',
      'aws:CurrentTime': '2026-11-22T12:00:00Z',
    });
    assert.deepEqual(earlier.StringEquals, { 'aws:RequestedRegion': 'eu-west-1' });
    assert.equal(
      mk('2030-01-01T00:00:00Z').document.Statement[0]!.Condition!.DateLessThan!['aws:CurrentTime'],
      '2026-11-22T14:00:00Z',
    );
    // Several values are "any of": the latest is the real bound, still capped by the grant's expiry.
    assert.equal(
      mk(['2026-11-22T11:00:00Z', '2026-11-22T13:00:00Z']).document.Statement[0]!.Condition!
        .DateLessThan!['aws:CurrentTime'],
      '2026-11-22T13:00:00Z',
    );
    assert.throws(() => mk('tomorrow'), /not a date/);
  });

  test('rejects an empty or inverted window, no statements, and ids that make invalid policy names', () => {
    const base = {
      grantId: 'g',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      statements: READ,
      start: d('2026-01-01T01:00:00Z'),
      expires: d('2026-01-01T01:00:00Z'),
    };
    assert.throws(() => awsInlineEntry(base), /must be after start/);
    assert.throws(() => awsInlineEntry({ ...base, expires: d('nope') }), /not a valid date/);
    assert.throws(
      () => awsInlineEntry({ ...base, expires: d('2026-01-01T02:00:00Z'), statements: [] }),
      /at least one statement/,
    );
    assert.throws(
      () => awsInlineEntry({ ...base, expires: d('2026-01-01T02:00:00Z'), grantId: 'has space' }),
      /valid IAM policy name/,
    );
    assert.throws(
      () =>
        awsInlineEntry({ ...base, expires: d('2026-01-01T02:00:00Z'), grantId: 'x'.repeat(118) }),
      /max 128/,
    );
  });

  test('IN-10 property: no free text of a grant can reach the document', () => {
    const grant = fc.record({
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{2,20}$/),
      reason: fc.string({ minLength: 12, maxLength: 80 }),
      incident: fc.string({ minLength: 12, maxLength: 30 }),
      requester: fc.string({ minLength: 12, maxLength: 39 }),
      startMs: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 0, 1) }),
      minutes: fc.integer({ min: 1, max: 60 * 24 * 7 }),
    });
    fc.assert(
      fc.property(grant, (g) => {
        // The whole grant is spread in, as a careless caller might: only ids, dates and bundle data are read.
        const input = {
          ...g,
          grantId: g.id,
          account: ACCOUNT,
          principalArn: PRINCIPAL,
          statements: READ,
          start: new Date(g.startMs),
          expires: new Date(g.startMs + g.minutes * 60_000),
        };
        const text = JSON.stringify(awsInlineEntry(input).document);
        for (const free of [g.reason, g.incident, g.requester]) {
          fc.pre(!JSON.stringify({ READ, id: g.id, PRINCIPAL }).includes(free));
          assert.ok(
            !text.includes(free) && !text.includes(JSON.stringify(free).slice(1, -1)),
            `free text leaked: ${free}`,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  test('AWS-01 property: fake evaluator allows exactly within [start, expires) for random windows and instants', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_767_225_600, max: 1_893_456_000 }),
        fc.integer({ min: 60, max: 864_000 }),
        fc.integer({ min: -1000, max: 870_000 }),
        (startS, lenS, offS) => {
          const start = new Date(startS * 1000);
          const expires = new Date((startS + lenS) * 1000);
          const at = new Date((startS + offS) * 1000);
          const e = awsInlineEntry({
            grantId: 'p',
            account: ACCOUNT,
            principalArn: PRINCIPAL,
            statements: READ,
            start,
            expires,
          });
          const got = evaluatePolicies([JSON.stringify(e.document)], {
            action: 's3:GetObject',
            resource: OBJECT,
            at,
          });
          assert.equal(got === 'Allowed', offS >= 0 && offS < lenS);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('assume-role and session-revoke entries', () => {
  const ROLE = `arn:aws:iam::${ACCOUNT}:role/breakglass-admin`;

  test('AWS-02 awsAssumeRoleEntry allows sts:AssumeRole on the role only inside the window', async () => {
    const start = d('2026-11-22T10:00:00Z');
    const expires = d('2026-11-22T11:00:00Z');
    const e = awsAssumeRoleEntry({
      grantId: 'ar-1',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      roleArn: ROLE,
      start,
      expires,
    });
    assert.equal(e.policyName, 'breakglass-ar-1');
    assert.deepEqual(e.document.Statement[0]?.Action, ['sts:AssumeRole']);
    assert.equal(await verdict([e.document], 'sts:AssumeRole', ROLE, start), 'Allowed');
    assert.equal(await verdict([e.document], 'sts:AssumeRole', ROLE, sec(expires, -1)), 'Allowed');
    assert.equal(await verdict([e.document], 'sts:AssumeRole', ROLE, expires), 'ImplicitlyDenied');
    assert.equal(
      await verdict([e.document], 'sts:AssumeRole', `arn:aws:iam::${ACCOUNT}:role/other`, start),
      'ImplicitlyDenied',
    );
  });

  test('AWS-02 awsSessionRevokeEntry denies sessions issued before revokedAt, allows newer ones, and lapses at removeAfter', async () => {
    const revokedAt = d('2026-11-22T10:30:00Z');
    const e = awsSessionRevokeEntry({
      grantId: 'ar-1',
      account: ACCOUNT,
      roleArn: ROLE,
      revokedAt,
      maxSessionSeconds: 3600,
    });
    assert.equal(e.policyName, 'breakglass-revoke-ar-1');
    assert.equal(e.principalArn, ROLE);
    assert.equal(e.revokedAt, '2026-11-22T10:30:00Z');
    assert.equal(e.removeAfter, '2026-11-22T11:30:00Z');
    assert.deepEqual(e.document.Statement[0], {
      Sid: 'BGar1S1',
      Effect: 'Deny',
      Action: ['*'],
      Resource: ['*'],
      Condition: {
        DateLessThan: {
          'aws:TokenIssueTime': '2026-11-22T10:30:00Z',
          'aws:CurrentTime': '2026-11-22T11:30:00Z',
        },
      },
    });
    const roleAccess: AwsPolicyDocument = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' }],
    };
    const now = d('2026-11-22T10:45:00Z');
    assert.equal(
      await verdict([roleAccess], 's3:GetObject', OBJECT, now, d('2026-11-22T10:00:00Z')),
      'Allowed',
      'without the revoke an old session still works (AWS-02 gap)',
    );
    assert.equal(
      await verdict(
        [roleAccess, e.document],
        's3:GetObject',
        OBJECT,
        now,
        d('2026-11-22T10:00:00Z'),
      ),
      'ExplicitlyDenied',
    );
    assert.equal(
      await verdict([roleAccess, e.document], 's3:GetObject', OBJECT, now, sec(revokedAt, -1)),
      'ExplicitlyDenied',
    );
    assert.equal(
      await verdict([roleAccess, e.document], 's3:GetObject', OBJECT, now, revokedAt),
      'Allowed',
      'a session issued at revokedAt is new',
    );
    assert.equal(
      await verdict(
        [roleAccess, e.document],
        's3:GetObject',
        OBJECT,
        d('2026-11-22T11:30:00Z'),
        d('2026-11-22T10:29:00Z'),
      ),
      'Allowed',
      'no older session can still exist at removeAfter',
    );
    // A revocation inside a second denies that whole second: never lets an older session through.
    assert.equal(
      awsSessionRevokeEntry({
        grantId: 'x',
        account: ACCOUNT,
        roleArn: ROLE,
        revokedAt: d('2026-11-22T10:30:00.200Z'),
        maxSessionSeconds: 900,
      }).revokedAt,
      '2026-11-22T10:30:01Z',
    );
    assert.throws(
      () =>
        awsSessionRevokeEntry({
          grantId: 'x',
          account: ACCOUNT,
          roleArn: ROLE,
          revokedAt,
          maxSessionSeconds: 0,
        }),
      /positive integer/,
    );
  });
});

describe('parseManagedAwsPolicy and awsInlineSize', () => {
  const start = d('2026-11-22T10:00:00Z');
  const expires = d('2026-11-22T14:00:00Z');

  test('round-trips every entry kind, whatever the whitespace', () => {
    const inline = awsInlineEntry({
      grantId: 'g-7',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      statements: READ,
      start,
      expires,
    });
    assert.deepEqual(
      parseManagedAwsPolicy(PRINCIPAL, inline.policyName, JSON.stringify(inline.document, null, 2)),
      inline,
    );
    const assume = awsAssumeRoleEntry({
      grantId: 'g-8',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      roleArn: `arn:aws:iam::${ACCOUNT}:role/x`,
      start,
      expires,
    });
    assert.deepEqual(
      parseManagedAwsPolicy(PRINCIPAL, assume.policyName, JSON.stringify(assume.document)),
      assume,
    );
    const revoke = awsSessionRevokeEntry({
      grantId: 'g-9',
      account: ACCOUNT,
      roleArn: PRINCIPAL,
      revokedAt: start,
      maxSessionSeconds: 43_200,
    });
    assert.deepEqual(
      parseManagedAwsPolicy(PRINCIPAL, revoke.policyName, JSON.stringify(revoke.document)),
      revoke,
    );
  });

  test('drift: an extended expiry on one statement shows as the later expiry', () => {
    const e = awsInlineEntry({
      grantId: 'g',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      statements: [READ[0]!, READ[0]!],
      start,
      expires,
    });
    const doc = structuredClone(e.document);
    doc.Statement[1]!.Condition!.DateLessThan!['aws:CurrentTime'] = '2027-01-01T00:00:00Z';
    const parsed = parseManagedAwsPolicy(PRINCIPAL, e.policyName, JSON.stringify(doc));
    assert.ok(parsed?.kind === 'aws-inline');
    assert.equal(parsed.grantId, 'g');
    assert.equal(parsed.start, '2026-11-22T10:00:00Z');
    assert.equal(parsed.expires, '2027-01-01T00:00:00Z');
  });

  test('undefined for unmanaged names, non-JSON, and any Allow without both bounds', () => {
    const e = awsInlineEntry({
      grantId: 'g',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      statements: READ,
      start,
      expires,
    });
    assert.equal(
      parseManagedAwsPolicy(PRINCIPAL, 'team-policy', JSON.stringify(e.document)),
      undefined,
    );
    assert.equal(parseManagedAwsPolicy(PRINCIPAL, e.policyName, '{oops'), undefined);
    const unbounded = structuredClone(e.document);
    delete unbounded.Statement[0]!.Condition!.DateLessThan;
    assert.equal(
      parseManagedAwsPolicy(PRINCIPAL, e.policyName, JSON.stringify(unbounded)),
      undefined,
    );
    assert.equal(
      parseManagedAwsPolicy('not-an-arn', e.policyName, JSON.stringify(e.document)),
      undefined,
    );
  });

  test('awsInlineSize counts non-whitespace characters only', () => {
    const e = awsInlineEntry({
      grantId: 'g',
      account: ACCOUNT,
      principalArn: PRINCIPAL,
      statements: READ,
      start,
      expires,
    });
    const compact = JSON.stringify(e.document);
    assert.equal(awsInlineSize(e.document), compact.length);
    assert.equal(awsInlineSize(JSON.stringify(e.document, null, 4)), compact.length);
    assert.equal(awsInlineSize(' { "a" :\t"b c" }\n'), 10);
  });
});
