/** bundle-targets: the bundle exists, targets belong to it, and the requester has a principal for each. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  bundleAndTargets,
  bundleTargets,
} from '../../action/src/decision/checks/bundle-targets.js';
import { decisionInput, examplePolicy, grantFrom, prFacts } from '../support/builders.js';

const check = (fields: Record<string, string | string[] | undefined>) => {
  const requester = (fields.requester as string | undefined) ?? 'alice';
  return bundleAndTargets.check(
    decisionInput({ grant: grantFrom(fields), pr: prFacts({ author: requester }) }),
  );
};

describe('bundle-targets', () => {
  it("lists a bundle's targets", () => {
    assert.deepEqual(bundleTargets(examplePolicy().bundles.get('prod-admin')!), [
      'aws:444455556666',
      'gcp:acme-prod',
    ]);
  });

  const PASSING: [string, Record<string, string | string[] | undefined>][] = [
    ['alice, prod-readonly, all targets', {}],
    ['alice, prod-admin (assumeRole account), all targets', { bundle: 'prod-admin' }],
    [
      'carol narrows prod-admin to GCP, where she has a member',
      { requester: 'carol', bundle: 'prod-admin', targets: ['gcp:acme-prod'] },
    ],
    ['alice narrows prod-readonly to its AWS account', { targets: ['aws:111122223333'] }],
  ];
  for (const [name, fields] of PASSING) {
    it(`passes: ${name}`, () => assert.deepEqual(check(fields), { status: 'pass' }));
  }

  const FAILING: [string, Record<string, string | string[] | undefined>, RegExp, string][] = [
    ['unknown bundle', { bundle: 'prod-everything' }, /unknown bundle "prod-everything"/, 'bundle'],
    [
      'a target outside the bundle',
      { targets: ['aws:999988887777'] },
      /target aws:999988887777 is not part of bundle "prod-readonly"/,
      'targets',
    ],
    [
      'carol has no AWS principal in the prod-admin account',
      { requester: 'carol', bundle: 'prod-admin' },
      /carol has no AWS principal in account 444455556666/,
      'bundle',
    ],
    [
      'dave has no AWS principal at all',
      { requester: 'dave' },
      /dave has no AWS principal in account 111122223333/,
      'bundle',
    ],
  ];
  for (const [name, fields, message, field] of FAILING) {
    it(`fails: ${name}`, () => {
      const r = check(fields);
      assert.equal(r.status, 'fail');
      if (r.status !== 'fail') return;
      assert.ok(
        r.findings.some((f) => message.test(f.message)),
        JSON.stringify(r.findings),
      );
      const f = r.findings.find((x) => message.test(x.message))!;
      assert.equal(f.field, field);
      assert.equal(typeof f.line, 'number');
    });
  }

  it('not applicable: the requester has no identity (requester-is-author reports that)', () => {
    assert.deepEqual(check({ requester: 'zed' }), { status: 'not-applicable' });
  });
});
