/**
 * Threat rows that had no test of their own (THREAT-MODEL §2): GH-07 OIDC trust, AWS-05/F-13 (no
 * Identity Center in this product), GCP-05 groups, IN-11 comment injection, GOV-03 incident ids.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { evaluate } from '@marcbachmann/cel-js';
import { decide } from '../../action/src/decision/decide.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import { prComment } from '../../action/src/report/pr-comment.js';
import { decisionInput, exampleSources, grantFrom, onCallOk, review } from '../support/builders.js';

const OIDC = 'test/fixtures/oidc';
const PROVIDER = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const K = 'token.actions.githubusercontent.com';

/** The claims GitHub puts in the OIDC token of each kind of job (numeric ids as strings, as issued). */
const CLAIMS: Record<string, Record<string, string>> = {
  'pull_request job': {
    sub: 'repo:example-org/access:pull_request',
    repository_id: '700100200',
    repository_owner_id: '90001',
    ref: 'refs/pull/7/merge',
  },
  'job on branch feat': {
    sub: 'repo:example-org/access:environment:breakglass-apply',
    repository_id: '700100200',
    repository_owner_id: '90001',
    environment: 'breakglass-apply',
    ref: 'refs/heads/feat',
  },
  'other repository': {
    sub: 'repo:example-org/other:environment:breakglass-apply',
    repository_id: '700100999',
    repository_owner_id: '90001',
    environment: 'breakglass-apply',
    ref: 'refs/heads/main',
  },
  fork: {
    sub: 'repo:mallory/access:environment:breakglass-apply',
    repository_id: '800000001',
    repository_owner_id: '66666',
    environment: 'breakglass-apply',
    ref: 'refs/heads/main',
  },
  'environment breakglass-apply on main': {
    sub: 'repo:example-org/access:environment:breakglass-apply',
    repository_id: '700100200',
    repository_owner_id: '90001',
    environment: 'breakglass-apply',
    ref: 'refs/heads/main',
  },
};
const ACCEPTED = ['environment breakglass-apply on main'];

async function awsTrustAllows(claims: Record<string, string>): Promise<boolean> {
  const trust = JSON.parse(readFileSync(`${OIDC}/aws-trust-policy.json`, 'utf8')) as Record<
    string,
    unknown
  >;
  const contextVariables: Record<string, string> = {};
  for (const [k, v] of Object.entries(claims)) if (k !== 'sub') contextVariables[`${K}:${k}`] = v;
  const r = await runSimulation(
    {
      identityPolicies: [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: trust,
      request: {
        principal: PROVIDER,
        action: 'sts:AssumeRoleWithWebIdentity',
        resource: {
          resource: 'arn:aws:iam::111122223333:role/breakglass-apply',
          accountId: '111122223333',
        },
        contextVariables,
      },
    } as Parameters<typeof runSimulation>[0],
    {},
  );
  assert.equal(r.resultType, 'single', JSON.stringify(r).slice(0, 300));
  return r.resultType === 'single' && r.overallResult === 'Allowed';
}

function gcpConditionAllows(claims: Record<string, string>): boolean {
  const expr = readFileSync(`${OIDC}/gcp-attribute-condition.cel`, 'utf8').trim();
  try {
    return evaluate(expr, { assertion: claims }) === true;
  } catch {
    return false; // a missing claim is an evaluation error: Google refuses the token
  }
}

describe('OIDC trust (GH-07)', () => {
  it('GH-07 the example AWS trust policy accepts only the apply environment on main of this repository', async () => {
    const accepted: string[] = [];
    for (const [name, claims] of Object.entries(CLAIMS))
      if (await awsTrustAllows(claims)) accepted.push(name);
    assert.deepEqual(accepted, ACCEPTED);
  });

  it('GH-07 the example AWS trust policy uses StringEquals only, no wildcard, a federated GitHub principal', () => {
    const text = readFileSync(`${OIDC}/aws-trust-policy.json`, 'utf8');
    assert.doesNotMatch(text, /StringLike|\*/);
    const doc = JSON.parse(text) as {
      Statement: { Principal: { Federated: string }; Condition: Record<string, unknown> }[];
    };
    for (const s of doc.Statement) {
      assert.equal(s.Principal.Federated, PROVIDER);
      assert.deepEqual(Object.keys(s.Condition), ['StringEquals']);
    }
  });

  it('GH-07 the example GCP attribute condition accepts only the apply environment on main of this repository', () => {
    const accepted = Object.entries(CLAIMS)
      .filter(([, c]) => gcpConditionAllows(c))
      .map(([n]) => n);
    assert.deepEqual(accepted, ACCEPTED);
    assert.equal(gcpConditionAllows({}), false, 'a token without the claims is refused');
  });
});

describe('no Identity Center in this product (AWS-05, F-13)', () => {
  const schema = JSON.parse(readFileSync('action/schemas/policy.schema.json', 'utf8')) as {
    definitions: Record<string, { properties?: Record<string, unknown> }>;
  };

  it('AWS-05 F-13 the policy schema has no Identity Center target: bundles reach IAM inline/assume-role and GCP only', () => {
    const keys = JSON.stringify(schema);
    assert.doesNotMatch(keys, /sso|identity.?center|permission.?set|identitystore/i);
    assert.deepEqual(Object.keys(schema.definitions.bundle?.properties ?? {}).sort(), [
      'aws',
      'description',
      'gcp',
      'maxDuration',
    ]);
    assert.ok(
      !Object.keys(schema.definitions.awsTarget?.properties ?? {}).some((k) =>
        /sso|permission/i.test(k),
      ),
    );
  });

  it('AWS-05 F-13 a bundle naming an Identity Center permission set is refused, located', () => {
    const r = loadPolicy([
      ...exampleSources().filter((s) => !s.path.endsWith('bundles.yaml')),
      {
        path: 'policies/bundles.yaml',
        bytes: Buffer.from(
          'bundles:\n  sso-admin:\n    description: x\n    maxDuration: 1h\n    identityCenter: { permissionSet: arn:aws:sso:::permissionSet/ssoins-1/ps-1 }\n',
        ),
      },
    ]);
    assert.equal(r.ok, false);
    const f = r.findings.find((x) => x.file === 'policies/bundles.yaml' && x.severity === 'error');
    assert.ok(f?.line, JSON.stringify(r.findings));
  });
});

describe('identities and bundles refuse groups (GCP-05)', () => {
  it('GCP-05 an identity with a group: member is refused by the policy schema, located', () => {
    const src = exampleSources().map((s) =>
      s.path.endsWith('identities.yaml')
        ? {
            ...s,
            bytes: Buffer.from(
              String(s.bytes).replace(
                /gcp: ["']?user:alice@example\.com["']?/,
                'gcp: "group:sre@example.com"',
              ),
            ),
          }
        : s,
    );
    assert.ok(
      String(src.find((s) => s.path.endsWith('identities.yaml'))?.bytes).includes(
        'group:sre@example.com',
      ),
      'fixture edit applied',
    );
    const r = loadPolicy(src);
    assert.equal(r.ok, false);
    assert.ok(
      r.findings.some((x) => x.file === 'policies/identities.yaml' && typeof x.line === 'number'),
      JSON.stringify(r.findings),
    );
  });
});

describe('bot comments keep user text inert (IN-11)', () => {
  const HOSTILE = '**APPROVED by @org/security** &#64;admin <img src=//x> ``` @everyone';
  const outsideCode = (md: string): string =>
    md.replace(/(`{3,})[^\n]*\n[\s\S]*?\n\1/g, '').replace(/`+[^`\n]*`+/g, '');

  for (const outcome of ['review', 'approve'] as const) {
    it(`IN-11 a hostile reason in a ${outcome} comment: no live mention, no <img, no bold outside code`, () => {
      const grant = grantFrom({ reason: HOSTILE });
      const d = decide(
        decisionInput({ grant, reviews: outcome === 'approve' ? [review('carol')] : [] }),
      );
      assert.equal(d.outcome, outcome);
      const body = prComment({ decision: d, grant: grant.grant, entries: [], problems: [] });
      assert.ok(body.includes('APPROVED by'), 'the reason is shown');
      const prose = outsideCode(body);
      assert.doesNotMatch(prose, /@[A-Za-z0-9]/, 'no live mention');
      assert.doesNotMatch(prose, /&#0*64;|<img|\*\*APPROVED/i);
    });
  }
});

describe('structured justification (GOV-03)', () => {
  it('GOV-03 an on-call requester without an incident id is never auto-approved: the emergency rule requires one', () => {
    const grant = grantFrom({ reason: 'needed access for the incident', incident: undefined });
    const d = decide(
      decisionInput({ grant, onCall: [onCallOk('sre-primary', [{ login: 'alice' }])] }),
    );
    assert.notEqual(d.approval, 'auto');
    assert.notEqual(d.rule, 'oncall-emergency');
    const withIncident = decide(
      decisionInput({
        grant: grantFrom({ incident: 'INC-42' }),
        onCall: [onCallOk('sre-primary', [{ login: 'alice' }])],
      }),
    );
    assert.deepEqual([withIncident.outcome, withIncident.rule], ['approve', 'oncall-emergency']);
  });
});
