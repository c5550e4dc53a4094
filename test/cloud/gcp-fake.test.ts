import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OAuth2Client } from 'google-auth-library';
import { FakeCrm } from '../../action/src/sandbox/gcp-crm.js';
import type { FakeBinding } from '../../action/src/sandbox/gcp-crm.js';

const TOKEN = 'fixed-token';
const cond = (title: string, expression: string) => ({ title, expression });
const window =
  'request.time >= timestamp("2026-01-01T00:00:00Z") && request.time < timestamp("2026-01-01T01:00:00Z")';

interface Policy {
  version: number;
  etag: string;
  bindings?: FakeBinding[];
  auditConfigs?: unknown[];
}

describe('FakeCrm against google-auth-library', () => {
  const fake = new FakeCrm().acceptToken(TOKEN);
  const client = new OAuth2Client();
  client.setCredentials({ access_token: TOKEN, expiry_date: Date.now() + 3600e3 });
  let root = '';

  const call = async <T>(
    project: string,
    verb: string,
    data: Record<string, unknown>,
    c: OAuth2Client = client,
  ): Promise<T> =>
    (await c.request<T>({ method: 'POST', url: `${root}/v3/projects/${project}:${verb}`, data }))
      .data;
  const get = (project: string, version?: number) =>
    call<Policy>(
      project,
      'getIamPolicy',
      version === undefined ? {} : { options: { requestedPolicyVersion: version } },
    );
  const status = async (p: Promise<unknown>): Promise<[number, string]> => {
    try {
      await p;
      return [200, ''];
    } catch (e) {
      const err = e as { status?: number; response?: { data?: { error?: { status?: string } } } };
      return [err.status ?? 0, err.response?.data?.error?.status ?? ''];
    }
  };

  before(async () => {
    await fake.start();
    root = fake.url;
  });
  after(() => fake.stop());

  it('reads and writes a v3 policy; the etag changes on every set', async () => {
    fake.addProject('proj-a', {
      bindings: [{ role: 'roles/viewer', members: ['user:bob@example.com'] }],
      auditConfigs: [{ service: 'allServices' }],
    });
    const p = await get('proj-a', 3);
    assert.equal(p.version, 1, 'no conditions → version 1 even when 3 was requested');
    assert.match(p.etag, /^[A-Za-z0-9+/]+=*$/);
    const bindings = [
      ...(p.bindings ?? []),
      {
        role: 'roles/editor',
        members: ['user:alice@example.com'],
        condition: cond('breakglass-g1', window),
      },
    ];
    const stored = await call<Policy>('proj-a', 'setIamPolicy', {
      policy: { version: 3, etag: p.etag, bindings },
      updateMask: 'bindings,etag',
    });
    assert.equal(stored.version, 3);
    assert.notEqual(stored.etag, p.etag);
    assert.deepEqual(
      stored.auditConfigs,
      [{ service: 'allServices' }],
      'auditConfigs are outside the update mask',
    );
    assert.deepEqual(fake.policyOf('proj-a').bindings, bindings);
    const log = fake.calls('getIamPolicy')[0];
    assert.deepEqual(JSON.parse(log?.body ?? ''), { options: { requestedPolicyVersion: 3 } });
  });

  it('answers 409 ABORTED to a stale etag', async () => {
    fake.addProject('proj-b');
    const p = await get('proj-b', 3);
    await call('proj-b', 'setIamPolicy', {
      policy: {
        etag: p.etag,
        bindings: [{ role: 'roles/viewer', members: ['user:x@example.com'] }],
      },
    });
    assert.deepEqual(
      await status(call('proj-b', 'setIamPolicy', { policy: { etag: p.etag, bindings: [] } })),
      [409, 'ABORTED'],
    );
  });

  it('GCP-01 strips conditions from a v1 (or unversioned) read with withcond role names', async () => {
    fake.addProject('proj-c', {
      bindings: [
        { role: 'roles/viewer', members: ['user:bob@example.com'] },
        {
          role: 'roles/editor',
          members: ['user:alice@example.com'],
          condition: cond('breakglass-g1', window),
        },
      ],
    });
    for (const v of [undefined, 1]) {
      const p = await get('proj-c', v);
      assert.equal(p.version, 1);
      assert.equal(p.bindings?.[0]?.role, 'roles/viewer');
      assert.match(p.bindings?.[1]?.role ?? '', /^roles\/editor_withcond_[0-9a-f]{20}$/);
      assert.equal(p.bindings?.[1]?.condition, undefined);
    }
    assert.equal((await get('proj-c', 3)).version, 3);
    assert.deepEqual(await status(get('proj-c', 2)), [400, 'INVALID_ARGUMENT']);
  });

  it('GCP-01 rejects a set without etag on a conditional policy, conditions without version 3, and withcond roles', async () => {
    const p = await get('proj-c', 3);
    const bindings = p.bindings ?? [];
    assert.deepEqual(
      await status(call('proj-c', 'setIamPolicy', { policy: { version: 3, bindings } })),
      [400, 'INVALID_ARGUMENT'],
    );
    assert.deepEqual(
      await status(
        call('proj-c', 'setIamPolicy', { policy: { version: 1, etag: p.etag, bindings } }),
      ),
      [400, 'INVALID_ARGUMENT'],
    );
    const v1 = await get('proj-c', 1);
    assert.deepEqual(
      await status(
        call('proj-c', 'setIamPolicy', {
          policy: { version: 3, etag: v1.etag, bindings: v1.bindings },
        }),
      ),
      [400, 'INVALID_ARGUMENT'],
    );
    assert.equal(fake.policyOf('proj-c').etag, p.etag, 'nothing was written');
  });

  it('GCP-04 enforces the documented limits', async () => {
    fake.addProject('proj-d');
    const etag = (await get('proj-d', 3)).etag;
    const set = async (bindings: FakeBinding[]): Promise<string> => {
      try {
        await call('proj-d', 'setIamPolicy', { policy: { version: 3, etag, bindings } });
        return 'ok';
      } catch (e) {
        const data = (
          e as { response?: { data?: { error?: { code?: number; message?: string } } } }
        ).response?.data;
        return `${data?.error?.code}: ${data?.error?.message}`;
      }
    };
    const conditional = (n: number): FakeBinding[] =>
      Array.from({ length: n }, (_, i) => ({
        role: 'roles/editor',
        members: ['user:a@example.com'],
        condition: cond(
          `t${i}`,
          `request.time < timestamp("2026-01-0${(i % 9) + 1}T00:00:00Z") || ${i} == 0`,
        ),
      }));
    assert.match(await set(conditional(21)), /^400: 21 conditional bindings .* limit of 20/);
    const many = Array.from({ length: 1501 }, (_, i) => `user:u${i}@example.com`);
    assert.match(await set([{ role: 'roles/viewer', members: many }]), /^400: .*1501 principals/);
    const ops13 = Array.from({ length: 14 }, (_, i) => `${i} == ${i}`).join(' && ');
    const one = (expression: string): FakeBinding[] => [
      { role: 'roles/viewer', members: ['user:a@example.com'], condition: cond('x', expression) },
    ];
    assert.match(await set(one(ops13)), /^400: .*13 logical operators/);
    assert.match(await set(one('request.time <')), /^400: .*does not parse/);
    assert.equal(await set(conditional(20)), 'ok', '20 is allowed');
  });

  it('answers 401 without a valid token and 403 for an unknown project', async () => {
    const res = await fetch(`${root}/v3/projects/proj-a:getIamPolicy`, {
      method: 'POST',
      body: '{}',
    });
    assert.equal(res.status, 401);
    assert.deepEqual(
      ((await res.json()) as { error: { status: string } }).error.status,
      'UNAUTHENTICATED',
    );
    const other = new OAuth2Client();
    other.setCredentials({ access_token: 'wrong', expiry_date: Date.now() + 3600e3 });
    assert.deepEqual(await status(call('proj-a', 'getIamPolicy', {}, other)), [
      401,
      'UNAUTHENTICATED',
    ]);
    assert.deepEqual(await status(get('no-such-project', 3)), [403, 'PERMISSION_DENIED']);
  });

  it('GCP-03 evaluates access like IAM: conditions by request.time, unconditional always wins', () => {
    fake.addProject('proj-e', {
      bindings: [
        {
          role: 'roles/editor',
          members: ['user:alice@example.com'],
          condition: cond('breakglass-g1', window),
        },
        { role: 'roles/editor', members: ['user:carol@example.com'] },
        {
          role: 'roles/editor',
          members: ['user:carol@example.com'],
          condition: cond('breakglass-g2', window),
        },
      ],
    });
    const at = (iso: string) => new Date(iso);
    assert.equal(
      fake.hasAccess(
        'proj-e',
        'user:alice@example.com',
        'roles/editor',
        at('2026-01-01T00:00:00Z'),
      ),
      true,
    );
    assert.equal(
      fake.hasAccess(
        'proj-e',
        'user:alice@example.com',
        'roles/editor',
        at('2026-01-01T00:59:59Z'),
      ),
      true,
    );
    assert.equal(
      fake.hasAccess(
        'proj-e',
        'user:alice@example.com',
        'roles/editor',
        at('2026-01-01T01:00:00Z'),
      ),
      false,
    );
    assert.equal(
      fake.hasAccess(
        'proj-e',
        'user:alice@example.com',
        'roles/viewer',
        at('2026-01-01T00:30:00Z'),
      ),
      false,
    );
    assert.equal(
      fake.hasAccess(
        'proj-e',
        'user:carol@example.com',
        'roles/editor',
        at('2030-01-01T00:00:00Z'),
      ),
      true,
    );
  });

  it('exchanges only the expected OIDC token at the STS endpoint', async () => {
    fake.expectSubjectToken({
      subjectToken: 'header.payload.sig',
      audience: '//iam.googleapis.com/x',
    });
    const post = (form: Record<string, string>) =>
      fetch(`${root}/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      });
    const form = {
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: '//iam.googleapis.com/x',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      subject_token: 'header.payload.sig',
    };
    const ok = (await (await post(form)).json()) as { access_token: string; token_type: string };
    assert.equal(ok.token_type, 'Bearer');
    const c = new OAuth2Client();
    c.setCredentials({ access_token: ok.access_token, expiry_date: Date.now() + 3600e3 });
    assert.equal(
      (await get('proj-a', 3)).etag,
      (await call<Policy>('proj-a', 'getIamPolicy', {}, c)).etag,
    );
    assert.equal((await post({ ...form, subject_token: 'forged.jwt.sig' })).status, 400);
  });
});
