import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGcpAuth } from '../../action/src/cloud/gcp/provider.js';
import type { AuthRequest } from '../../action/src/cloud/gcp/provider.js';
import {
  ALICE,
  BOB,
  EXPIRES,
  START,
  always,
  entry,
  put,
  scope,
  useGcpHarness,
} from './gcp-harness.js';

describe('GcpProvider against FakeCrm', () => {
  const h = useGcpHarness();

  it('GCP-01 INV-4 adds only the target binding; everything else stays byte-identical, and a second write sets nothing (INV-6)', async () => {
    const shared = {
      title: 'business-hours',
      expression: 'request.time.getHours("Europe/Berlin") < 18',
    };
    const p = h.project({
      bindings: [
        { role: 'roles/viewer', members: [BOB, ALICE, 'group:sre@example.com'] },
        { role: 'roles/editor', members: [BOB, ALICE], condition: shared },
        { role: 'roles/owner', members: ['user:root@example.com'] },
      ],
      auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_READ' }] }],
    });
    const before = h.fake.policyOf(p);
    const e = entry('g1', p, 'roles/editor');
    const [r] = await h.provider().write(scope(p), [put(e)], always);
    assert.equal(r?.status, 'done');
    const afterWrite = h.fake.policyOf(p);
    assert.equal(JSON.stringify(afterWrite.bindings.slice(0, -1)), JSON.stringify(before.bindings));
    assert.deepEqual(afterWrite.bindings.at(-1), {
      role: 'roles/editor',
      members: [ALICE],
      condition: e.condition,
    });
    assert.equal(JSON.stringify(afterWrite.auditConfigs), JSON.stringify(before.auditConfigs));
    const sent = JSON.parse(h.fake.calls('setIamPolicy')[0]?.body ?? '') as {
      policy: { version: number; etag: string };
      updateMask: string;
    };
    assert.deepEqual(
      [sent.policy.version, sent.policy.etag, sent.updateMask],
      [3, before.etag, 'bindings,etag'],
    );
    assert.equal(h.fake.hasAccess(p, ALICE, 'roles/editor', START), true);
    assert.equal(h.fake.hasAccess(p, ALICE, 'roles/owner', START), false);

    const again = await h.provider().write(scope(p), [put(e)], always);
    assert.equal(again[0]?.status, 'already-done');
    assert.equal(h.fake.calls('setIamPolicy').length, 1, 'second write makes no setIamPolicy call');
    assert.equal(h.fake.calls('getIamPolicy').length, 2);
  });

  it('flags a managed binding shadowed by an unconditional one (GCP-03)', async () => {
    const p = h.project({ bindings: [{ role: 'roles/editor', members: [ALICE] }] });
    const [r] = await h.provider().write(scope(p), [put(entry('g1', p, 'roles/editor'))], always);
    assert.equal(r?.status, 'done');
    assert.equal(r?.message, 'shadowed by an unconditional binding');
    const read = await h.provider().read([scope(p)]);
    assert.equal(read.entries.length, 1);
    assert.deepEqual(
      read.flags.map((f) => f.ruleId),
      ['gcp/unconditional-binding'],
    );
    assert.match(read.flags[0]?.message ?? '', /access persists after expiry/);
    assert.equal(
      h.fake.hasAccess(p, ALICE, 'roles/editor', EXPIRES),
      true,
      'the unconditional binding still grants',
    );
  });

  it('rejects the 21st same role+member conditional binding pre-flight; revoking an expired one makes room (GCP-04, F-14)', async () => {
    const old = Array.from({ length: 20 }, (_, i) =>
      entry(
        `old-${i}`,
        'placeholder',
        'roles/editor',
        ALICE,
        new Date(Date.UTC(2025, 0, i + 1)),
        new Date(Date.UTC(2025, 0, i + 2)),
      ),
    );
    const p = h.project({
      bindings: old.map((e) => ({ role: e.role, members: [ALICE], condition: e.condition })),
    });
    const fresh = entry('g21', p, 'roles/editor');
    const other = entry('gbob', p, 'roles/viewer', BOB);
    const [r21, rBob] = await h.provider().write(scope(p), [put(fresh), put(other)], always);
    assert.equal(r21?.status, 'failed');
    assert.equal(r21?.retryable, false);
    assert.match(r21?.message ?? '', /limit is 20/);
    assert.equal(rBob?.status, 'done', 'the other change still proceeds');
    assert.equal(h.fake.calls('setIamPolicy').length, 1);
    assert.equal(
      h.fake.policyOf(p).bindings.filter((b) => b.condition?.title === 'breakglass-g21').length,
      0,
    );

    const read = await h.provider().read([scope(p)]);
    const expired = read.entries.find((m) => m.grantId === 'old-0');
    assert.ok(expired);
    const [rm, again] = await h
      .provider()
      .write(scope(p), [{ op: 'remove', entry: expired.entry }, put(fresh)], always);
    assert.deepEqual([rm?.status, again?.status], ['done', 'done']);
    const count = h.fake
      .policyOf(p)
      .bindings.filter((b) => b.role === 'roles/editor' && b.members.includes(ALICE)).length;
    assert.equal(count, 20);
    const [gone] = await h
      .provider()
      .write(scope(p), [{ op: 'remove', entry: expired.entry }], always);
    assert.equal(gone?.status, 'already-done');
  });

  it('reports a missing project as a read error and a failed write, never a throw', async () => {
    const read = await h.provider().read([scope('no-such-proj'), scope(h.project())]);
    assert.equal(read.errors.length, 1);
    assert.match(
      read.errors[0]?.message ?? '',
      /resourcemanager\.projects\.getIamPolicy on no-such-proj/,
    );
    const [w] = await h
      .provider()
      .write(scope('no-such-proj'), [put(entry('g1', 'no-such-proj', 'roles/viewer'))], always);
    assert.deepEqual([w?.status, w?.retryable], ['failed', false]);
  });

  it('restores a drifted expiry (F-15) and skips puts whose grant is no longer valid', async () => {
    const e = entry('g1', h.project(), 'roles/viewer');
    const extended = {
      ...e.condition,
      expression: e.condition.expression.replace('2026-11-22T12:00:00Z', '2027-11-22T12:00:00Z'),
    };
    h.fake.plantBinding(e.project, { role: e.role, members: [ALICE], condition: extended });
    const [r] = await h.provider().write(scope(e.project), [put(e)], always);
    assert.equal(r?.status, 'done');
    assert.deepEqual(h.fake.policyOf(e.project).bindings, [
      { role: e.role, members: [ALICE], condition: e.condition },
    ]);
    const [s] = await h
      .provider()
      .write(scope(e.project), [put(entry('g2', e.project, 'roles/viewer', BOB))], {
        stillValid: () => false,
      });
    assert.equal(s?.status, 'skipped');
  });

  it('refuses to read or write a policy returned as version 1 while it has conditions (GCP-01)', async () => {
    let sets = 0;
    const v1: AuthRequest = {
      async request<T>(opts: Parameters<AuthRequest['request']>[0]) {
        if (opts.url.endsWith(':setIamPolicy')) sets++;
        return {
          data: {
            version: 1,
            etag: 'BwX=',
            bindings: [{ role: 'roles/editor_withcond_0123456789abcdef0123', members: [ALICE] }],
          } as T,
        };
      },
    };
    const read = await h.provider(v1).read([scope('proj-v1')]);
    assert.match(read.errors[0]?.message ?? '', /version 1 .* hides its IAM conditions/);
    const [w] = await h
      .provider(v1)
      .write(scope('proj-v1'), [put(entry('g1', 'proj-v1', 'roles/viewer'))], always);
    assert.deepEqual([w?.status, sets], ['failed', 0]);
  });

  it('works with a workload identity federation (external_account) credential exchanged at the fake STS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bg-wif-'));
    const jwt =
      'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9yZy9hY2Nlc3M6ZW52aXJvbm1lbnQ6YnJlYWtnbGFzcy1hcHBseSJ9.c2ln';
    writeFileSync(join(dir, 'oidc-token'), jwt);
    const audience =
      '//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/gh/providers/gh';
    h.fake.expectSubjectToken({ subjectToken: jwt, audience });
    const auth = await createGcpAuth({
      credentials: {
        type: 'external_account',
        audience,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${h.fake.url}/v1/token`,
        credential_source: { file: join(dir, 'oidc-token') },
      },
    });
    const p = h.project({ bindings: [{ role: 'roles/viewer', members: [BOB] }] });
    const read = await h.provider(auth).read([scope(p)]);
    assert.deepEqual(read.errors, []);
    assert.equal(h.fake.calls('token').length, 1);
    assert.match(
      h.fake.calls('token')[0]?.body ?? '',
      /grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange/,
    );
    assert.equal(h.fake.calls('getIamPolicy').at(-1)?.status, 200);
  });
});
