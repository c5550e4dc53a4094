import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluate } from '@marcbachmann/cel-js';
import { gcpBindingEntry, parseManagedCondition } from '../../action/src/plan/gcp-entries.js';

const EXPR =
  /^request\.time >= timestamp\("\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\) && request\.time < timestamp\("\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\)$/;
const base = {
  grantId: 'inc-42-db',
  project: 'prod-app-1',
  role: 'roles/cloudsql.admin',
  member: 'user:alice@example.com',
};

function allowed(expression: string, at: Date): boolean {
  return evaluate(expression, { request: { time: at } }) === true;
}

function logicalOps(expression: string): number {
  return (expression.match(/&&|\|\||!(?!=)/g) ?? []).length;
}

describe('gcpBindingEntry', () => {
  it('builds the golden binding', () => {
    const e = gcpBindingEntry({
      ...base,
      start: new Date('2026-11-22T10:00:00Z'),
      expires: new Date('2026-11-22T12:00:00Z'),
    });
    assert.deepEqual(e, {
      kind: 'gcp-binding',
      grantId: 'inc-42-db',
      project: 'prod-app-1',
      role: 'roles/cloudsql.admin',
      member: 'user:alice@example.com',
      condition: {
        title: 'breakglass-inc-42-db',
        description:
          'Emergency access from breakglass grant inc-42-db, valid 2026-11-22T10:00:00Z to 2026-11-22T12:00:00Z (UTC). Managed by breakglass; do not edit.',
        expression:
          'request.time >= timestamp("2026-11-22T10:00:00Z") && request.time < timestamp("2026-11-22T12:00:00Z")',
      },
      start: '2026-11-22T10:00:00Z',
      expires: '2026-11-22T12:00:00Z',
    });
    assert.deepEqual(parseManagedCondition(e.condition), {
      kind: 'managed',
      grantId: 'inc-42-db',
      start: '2026-11-22T10:00:00Z',
      expires: '2026-11-22T12:00:00Z',
    });
  });

  it('IN-09 property: 10k valid windows give template-exact expressions that CEL evaluates to the window', () => {
    const minStart = Date.UTC(2020, 0, 1);
    const maxStart = Date.UTC(2035, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: minStart / 1000, max: maxStart / 1000 }),
        fc.integer({ min: 60, max: 14 * 24 * 3600 }),
        (startSec, durationSec) => {
          const start = new Date(startSec * 1000);
          const expires = new Date((startSec + durationSec) * 1000);
          const e = gcpBindingEntry({ ...base, start, expires });
          assert.match(e.condition.expression, EXPR);
          assert.ok(logicalOps(e.condition.expression) <= 2);
          assert.equal(e.condition.title, 'breakglass-inc-42-db');
          const back = parseManagedCondition(e.condition);
          assert.equal(back?.kind, 'managed');
          assert.equal(back.kind === 'managed' && Date.parse(back.expires), expires.getTime());
          assert.equal(allowed(e.condition.expression, new Date(expires.getTime() - 1000)), true);
          assert.equal(allowed(e.condition.expression, expires), false);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  const cases: [string, string, string][] = [
    ['one minute', '2026-11-22T10:00:00Z', '2026-11-22T10:01:00Z'],
    ['multi-day', '2026-11-20T00:00:00Z', '2026-11-27T06:30:00Z'],
    ['future start', '2031-05-01T08:00:00Z', '2031-05-01T10:00:00Z'],
    ['leap day 2028-02-29', '2028-02-29T23:00:00Z', '2028-03-01T01:00:00Z'],
    ['EU DST start 2026-03-29', '2026-03-29T00:30:00Z', '2026-03-29T02:30:00Z'],
    ['US DST end 2026-11-01', '2026-11-01T05:00:00Z', '2026-11-01T08:00:00Z'],
  ];
  for (const [name, s, x] of cases) {
    it(`CEL: allowed on [start, expires), denied outside (${name})`, () => {
      const e = gcpBindingEntry({ ...base, start: new Date(s), expires: new Date(x) });
      const start = new Date(s);
      const expires = new Date(x);
      assert.equal(allowed(e.condition.expression, start), true, 'at start');
      assert.equal(
        allowed(e.condition.expression, new Date(expires.getTime() - 1000)),
        true,
        'at expires - 1 s',
      );
      assert.equal(allowed(e.condition.expression, expires), false, 'at expires');
      assert.equal(
        allowed(e.condition.expression, new Date(start.getTime() - 1000)),
        false,
        'at start - 1 s',
      );
    });
  }

  it('never widens the window when given milliseconds', () => {
    const e = gcpBindingEntry({
      ...base,
      start: '2026-11-22T10:00:00.200Z',
      expires: '2026-11-22T12:00:00.900Z',
    });
    assert.equal(e.start, '2026-11-22T10:00:01Z');
    assert.equal(e.expires, '2026-11-22T12:00:00Z');
  });

  it('IN-09 keeps injection attempts out of the expression', () => {
    const payload = '2026-11-22T12:00:00Z") || true || ("';
    assert.throws(
      () => gcpBindingEntry({ ...base, start: '2026-11-22T10:00:00Z', expires: payload }),
      /expires/,
    );
    assert.throws(
      () =>
        gcpBindingEntry({
          ...base,
          grantId: 'x") || true || ("',
          start: new Date(0),
          expires: new Date(1e9),
        }),
      /grant id/,
    );
    assert.throws(
      () =>
        gcpBindingEntry({
          ...base,
          role: 'roles/x" || true',
          start: new Date(0),
          expires: new Date(1e9),
        }),
      /role/,
    );
    assert.throws(
      () => gcpBindingEntry({ ...base, start: 'next tuesday', expires: '2026-11-22T12:00:00Z' }),
      /start/,
    );
    // Whatever valid id is used, it shows up in title/description only, never in the expression.
    const e = gcpBindingEntry({
      ...base,
      grantId: 'true-or-false',
      start: new Date(0),
      expires: new Date(3600e3),
    });
    assert.ok(!e.condition.expression.includes('true-or-false'));
    assert.match(e.condition.expression, EXPR);
  });

  it('GCP-05 rejects groups and other non user/serviceAccount members, and empty windows', () => {
    const w = {
      start: new Date('2026-01-01T00:00:00Z'),
      expires: new Date('2026-01-01T01:00:00Z'),
    };
    assert.throws(
      () => gcpBindingEntry({ ...base, ...w, member: 'group:sre@example.com' }),
      /groups propagate/,
    );
    assert.throws(() => gcpBindingEntry({ ...base, ...w, member: 'domain:example.com' }), /member/);
    assert.throws(() => gcpBindingEntry({ ...base, ...w, member: 'allUsers' }), /member/);
    const sa = gcpBindingEntry({
      ...base,
      ...w,
      member: 'serviceAccount:ops@prod-app-1.iam.gserviceaccount.com',
    });
    assert.equal(sa.member, 'serviceAccount:ops@prod-app-1.iam.gserviceaccount.com');
    assert.throws(
      () => gcpBindingEntry({ ...base, start: w.expires, expires: w.start }),
      /not before/,
    );
  });
});

describe('parseManagedCondition', () => {
  const ok =
    'request.time >= timestamp("2026-01-01T00:00:00Z") && request.time < timestamp("2026-01-01T01:00:00Z")';
  it('ignores conditions that are not ours', () => {
    assert.equal(parseManagedCondition({ title: 'expires-soon', expression: ok }), undefined);
    assert.equal(parseManagedCondition(undefined), undefined);
  });
  it('treats anything off-template as drift with an unknown window', () => {
    const drift = [
      'request.time < timestamp("2026-01-01T01:00:00Z")',
      `${ok} || true`,
      ok.replace('01:00:00Z', '01:00:00.000Z'),
      ok.replace('2026-01-01T01', '2026-02-30T01'),
      ok.replace('&&', '||'),
      'request.time >= timestamp("2026-01-01T02:00:00Z") && request.time < timestamp("2026-01-01T01:00:00Z")',
    ];
    for (const expression of drift) {
      const p = parseManagedCondition({ title: 'breakglass-g1', expression });
      assert.equal(p?.kind, 'drift', expression);
      assert.equal(p.grantId, 'g1');
    }
    assert.equal(
      parseManagedCondition({ title: 'breakglass-Bad_Id', expression: ok })?.kind,
      'drift',
    );
  });
});
