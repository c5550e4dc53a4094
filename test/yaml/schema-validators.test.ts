/**
 * The schema validators are compiled at build time (ajv standalone code, committed under
 * action/src/yaml/generated/). They must be what ajv generates today from the schemas with
 * ajvOptions() (IN-12), and report the very errors a run-time compile would.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import grantSchema from '../../action/schemas/grant.schema.json' with { type: 'json' };
import policySchema from '../../action/schemas/policy.schema.json' with { type: 'json' };
import { ajvOptions } from '../../action/src/yaml/ajv-options.js';
import validators from '../../action/src/yaml/generated/schema-validators.cjs';
import { GENERATED_DIR, schemaValidatorFiles } from '../../action/src/yaml/schema-codegen.js';
import { REPO_ROOT } from '../support/builders.js';

describe('precompiled schema validators', () => {
  it('IN-12 the committed files are a fresh generation with ajvOptions() (run `npm run build`)', () => {
    for (const [name, text] of Object.entries(schemaValidatorFiles())) {
      const committed = readFileSync(join(REPO_ROOT, GENERATED_DIR, name), 'utf8');
      assert.ok(committed === text, `${GENERATED_DIR}/${name} is stale: run npm run build`);
    }
  });

  const runtime = new Ajv(ajvOptions());
  const compiled = { grant: runtime.compile(grantSchema), policy: runtime.compile(policySchema) };
  const cases: [name: 'grant' | 'policy', value: unknown][] = [
    ['grant', { requester: 'alice', bundle: 'prod-readonly', duration: '2h', reason: 'x'.repeat(20) }],
    ['grant', {}],
    ['grant', { requester: 12, bundle: 'Prod', duration: '2 hours', reason: 'short', extra: true }],
    ['grant', { requester: 'alice', bundle: 'b', duration: '1h', reason: 'x'.repeat(20), targets: ['aws:1', 7], start: 'now' }],
    ['policy', {}],
    ['policy', { bundles: [{ id: 'x', aws: [{ account: 123 }] }], rules: 'none', unknown: 1 }],
    ['policy', { settings: { max_duration: true }, schedules: [{}], identities: { bob: 3 } }],
  ];
  for (const [name, value] of cases) {
    it(`${name} ${JSON.stringify(value).slice(0, 60)}: same result and errors as a run-time compile`, () => {
      const pre = validators[name];
      const run = compiled[name];
      assert.equal(pre(value), run(value));
      assert.deepEqual(pre.errors ?? null, run.errors ?? null);
    });
  }
});
