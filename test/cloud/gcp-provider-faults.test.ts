import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AuthRequest } from '../../action/src/cloud/gcp/provider.js';
import {
  ALICE,
  BOB,
  START,
  always,
  entry,
  googleError,
  put,
  scope,
  useGcpHarness,
} from './gcp-harness.js';

describe('GcpProvider under faults (fault matrix F-03, F-04, F-05)', () => {
  const h = useGcpHarness();

  it('GCP-02 F-04 retries the whole read-modify-write on 409: two conflicts → three get/set cycles', async () => {
    const p = h.project();
    h.fake.fail(
      'setIamPolicy',
      { status: 409, body: googleError(409, 'ABORTED', 'There were concurrent policy changes.') },
      2,
    );
    const [r] = await h.provider().write(scope(p), [put(entry('g1', p, 'roles/viewer'))], always);
    assert.equal(r?.status, 'done');
    assert.deepEqual(
      h.fake.calls().map((c) => `${c.op}:${c.status}`),
      [
        'getIamPolicy:200',
        'setIamPolicy:409',
        'getIamPolicy:200',
        'setIamPolicy:409',
        'getIamPolicy:200',
        'setIamPolicy:200',
      ],
    );
    assert.equal(h.sleeps.length, 2);
  });

  it('GCP-02 F-03 retries 503 with full-jitter backoff and honours Retry-After on 429, without real sleeping', async () => {
    const p = h.project();
    h.fake.fail(
      'setIamPolicy',
      {
        status: 503,
        body: googleError(503, 'UNAVAILABLE', 'The service is currently unavailable.'),
      },
      2,
    );
    const [r] = await h.provider().write(scope(p), [put(entry('g1', p, 'roles/viewer'))], always);
    assert.equal(r?.status, 'done');
    assert.equal(h.sleeps.length, 2);
    assert.ok(
      h.sleeps[0]! >= 0 && h.sleeps[0]! < 500,
      `first delay ${h.sleeps[0]} within [0, 500)`,
    );
    assert.ok(
      h.sleeps[1]! >= 0 && h.sleeps[1]! < 1000,
      `second delay ${h.sleeps[1]} within [0, 1000)`,
    );

    h.sleeps.length = 0;
    h.fake.fail('getIamPolicy', {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '30' },
      body: googleError(503, 'UNAVAILABLE', 'The service is currently unavailable.'),
    });
    const read = await h.provider(h.client, { random: () => 0 }).read([scope(p)]);
    assert.equal(read.entries.length, 1);
    assert.deepEqual(h.sleeps, [30_000]);
  });

  it('times out a hung request and retries it', async () => {
    const p = h.project();
    h.fake.fail('getIamPolicy', { delayMs: 300 });
    const read = await h.provider(h.client, { timeoutMs: 100 }).read([scope(p)]);
    assert.deepEqual(read.errors, []);
    assert.equal(h.sleeps.length, 1);
  });

  it('two providers racing on one project: both bindings survive (RC-05, F-04)', async () => {
    const p = h.project({ bindings: [{ role: 'roles/viewer', members: [BOB] }] });
    let gets = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((r) => (release = r));
    // Both gets happen before either set: the interleaving get/get/set/set that loses updates without etags.
    const gated = (): AuthRequest => {
      let first = true;
      return {
        async request<T>(opts: Parameters<AuthRequest['request']>[0]) {
          if (opts.url.endsWith(':setIamPolicy') && first) {
            first = false;
            await bothRead;
          }
          const res = await h.client.request<T>(opts);
          if (opts.url.endsWith(':getIamPolicy') && ++gets === 2) release();
          return res;
        },
      };
    };
    const a = entry('ga', p, 'roles/editor', ALICE);
    const b = entry('gb', p, 'roles/logging.viewer', 'user:carol@example.com');
    const [ra, rb] = await Promise.all([
      h.provider(gated()).write(scope(p), [put(a)], always),
      h.provider(gated()).write(scope(p), [put(b)], always),
    ]);
    assert.deepEqual([ra?.[0]?.status, rb?.[0]?.status], ['done', 'done']);
    assert.deepEqual(
      h.fake
        .calls('setIamPolicy')
        .map((c) => c.status)
        .sort(),
      [200, 200, 409],
    );
    const final = h.fake.policyOf(p).bindings;
    assert.deepEqual(final[0], { role: 'roles/viewer', members: [BOB] });
    assert.equal(final.length, 3);
    assert.equal(h.fake.hasAccess(p, ALICE, 'roles/editor', START), true);
    assert.equal(
      h.fake.hasAccess(p, 'user:carol@example.com', 'roles/logging.viewer', START),
      true,
    );
  });

  it('marks every change failed when the set is refused (fatal), keeping what was already true', async () => {
    const p = h.project();
    const present = entry('g0', p, 'roles/viewer');
    await h.provider().write(scope(p), [put(present)], always);
    h.fake.log.length = 0;
    const denied = googleError(403, 'PERMISSION_DENIED', 'The caller does not have permission');
    h.fake.fail('setIamPolicy', { status: 403, body: denied });
    const changes = [
      put(present),
      put(entry('g1', p, 'roles/viewer')),
      put(entry('g2', p, 'roles/viewer', BOB)),
    ];
    const results = await h.provider().write(scope(p), changes, always);
    assert.deepEqual(
      results.map((r) => [r.status, r.retryable]),
      [
        ['already-done', undefined],
        ['failed', false],
        ['failed', false],
      ],
    );
    assert.match(
      results[1]?.message ?? '',
      /needs resourcemanager\.projects\.setIamPolicy on proj-/,
    );
    assert.equal(h.fake.calls('setIamPolicy').length, 1, 'fatal errors are not retried');
    assert.equal(h.fake.policyOf(p).bindings.length, 1, 'nothing half-written');
  });

  it('F-05 a lost answer after the set committed: the retry re-reads, finds the binding and writes nothing twice', async () => {
    const p = h.project();
    h.fake.fail('setIamPolicy', { afterCommit: true, hangUp: true });
    const [r] = await h.provider().write(scope(p), [put(entry('g1', p, 'roles/viewer'))], always);
    assert.equal(r?.status, 'done');
    assert.equal(h.fake.calls('setIamPolicy').length, 1);
    assert.equal(h.fake.calls('getIamPolicy').length, 2);
    assert.equal(h.fake.policyOf(p).bindings.length, 1);
  });
});
