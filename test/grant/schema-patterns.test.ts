/**
 * IN-12: ajv runs with `$data` off, strict and all errors; every pattern of the bundled schemas is
 * linear on 50 KB adversarial strings, and whole-grant validation of huge values stays fast.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import grantSchema from '../../action/schemas/grant.schema.json' with { type: 'json' };
import policySchema from '../../action/schemas/policy.schema.json' with { type: 'json' };
import { ajvOptions, checkSchema } from '../../action/src/yaml/schema-check.js';
import { GRANT_FILE, REPO_ROOT } from '../support/builders.js';

describe('ajv and schema patterns (IN-12)', () => {
  it('IN-12 ajv runs with $data off, strict on and all errors reported', () => {
    const o = ajvOptions();
    assert.equal(o.$data, false);
    assert.equal(o.strict, true);
    assert.equal(o.allErrors, true);
    assert.equal(o.unicodeRegExp, true);
  });

  it('IN-12 ajv is at least 8.18.0', () => {
    const pkg = JSON.parse(
      readFileSync(join(REPO_ROOT, 'node_modules/ajv/package.json'), 'utf8'),
    ) as { version: string };
    const [maj, min] = pkg.version.split('.').map(Number) as [number, number];
    assert.ok(maj > 8 || (maj === 8 && min >= 18), pkg.version);
  });

  const patterns = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'pattern' && typeof v === 'string') patterns.add(v);
        else collect(v);
      }
    }
  };
  collect(grantSchema);
  collect(policySchema);
  const N = 50 * 1024;
  const adversarial = [
    'a'.repeat(N) + '!',
    '0'.repeat(N) + '!',
    '9'.repeat(N) + 'd',
    '1h'.repeat(N / 2) + 'x',
    'a-'.repeat(N / 2) + '-',
    'aws:' + '0'.repeat(N),
    'gcp:a' + 'a-'.repeat(N / 2) + '-',
    'arn:aws:iam::123456789012:role/' + 'a/'.repeat(N / 2) + '!',
    'arn:aws:' + ':'.repeat(N) + '\n',
    'user:' + 'a'.repeat(N) + '@',
    'a@' + '.'.repeat(N) + '!',
    'roles/' + 'a.'.repeat(N / 2) + '!',
    '2026-01-01T00:00' + ':00'.repeat(N / 3) + 'Z',
    'INC' + '#/'.repeat(N / 2) + ' ',
  ];

  it(`collects the schemas' patterns (${patterns.size})`, () => assert.ok(patterns.size >= 15));

  for (const p of patterns) {
    it(`IN-12 pattern ${p.length > 60 ? p.slice(0, 57) + '...' : p} is linear on 50 KB inputs`, () => {
      const re = new RegExp(p, 'u');
      for (const s of adversarial) {
        const t0 = performance.now();
        re.test(s);
        const elapsed = performance.now() - t0;
        assert.ok(elapsed < 50, `${elapsed.toFixed(1)} ms on ${JSON.stringify(s.slice(0, 30))}…`);
      }
    });
  }

  it('IN-12 validating a grant whose every string field is 50 KB stays fast and rejects each field', () => {
    checkSchema('grant', {}, GRANT_FILE, () => undefined); // compile outside the timing
    for (const field of [
      'requester',
      'bundle',
      'duration',
      'reason',
      'incident',
      'ticket',
      'start',
      'extends',
    ]) {
      for (const s of adversarial) {
        const value = {
          requester: 'alice',
          bundle: 'prod-readonly',
          duration: '1h',
          reason: 'x'.repeat(20),
          [field]: s,
        };
        const t0 = performance.now();
        const findings = checkSchema('grant', value, GRANT_FILE, () => undefined);
        const elapsed = performance.now() - t0;
        assert.ok(elapsed < 50, `${field}: ${elapsed.toFixed(1)} ms`);
        assert.ok(
          findings.some((f) => f.field === field),
          `${field} accepted a 50 KB value`,
        );
      }
    }
  });
});
