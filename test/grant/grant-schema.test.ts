/**
 * The grant file format: the example loads; every field's bad values are rejected with the field and
 * its line (IN-04, IN-07, IN-08, IN-09, IN-10). ajv options and pattern timing (IN-12) are in
 * schema-patterns.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadGrant } from '../../action/src/grant/grant.js';
import { GRANT_FILE, grantYaml } from '../support/builders.js';

const EXAMPLE = `# yaml-language-server: $schema=../action/schemas/grant.schema.json
requester: alice
bundle: prod-admin
duration: 1h30m
reason: |
  Checkout is failing for EU customers; I need to roll back the payment service.
incident: INC-4711
ticket: CHG-22
start: "2026-11-22T18:00Z"
targets: ["aws:444455556666", "gcp:acme-prod"]
`;

describe('a valid grant', () => {
  it('the example grant loads into a typed Grant', () => {
    const r = loadGrant(EXAMPLE, 'grants/checkout-rollback.yaml');
    assert.equal(r.ok, true, JSON.stringify(!r.ok && r.findings));
    if (!r.ok) return;
    assert.deepEqual(r.loaded.grant, {
      id: 'checkout-rollback',
      file: 'grants/checkout-rollback.yaml',
      requester: 'alice',
      bundle: 'prod-admin',
      duration: '1h30m',
      durationMinutes: 90,
      reason: 'Checkout is failing for EU customers; I need to roll back the payment service.\n',
      incident: 'INC-4711',
      ticket: 'CHG-22',
      start: '2026-11-22T18:00:00Z',
      targets: ['aws:444455556666', 'gcp:acme-prod'],
    });
    assert.deepEqual(r.loaded.locate(['incident']), { line: 7, column: 11 });
  });

  it('the minimal grant (required fields only) loads', () => {
    const r = loadGrant(grantYaml({ incident: undefined }), GRANT_FILE);
    assert.equal(r.ok, true);
  });
});

/** Lines of grantYaml(): 1 comment, 2 requester, 3 bundle, 4 duration, 5 reason, 6 incident, then extras. */
interface BadCase {
  name: string;
  fields?: Record<string, string | string[] | undefined>;
  /** Raw YAML appended after the default fields (line 7 on). */
  extra?: string;
  ruleId: string;
  field?: string;
  line: number;
  message?: RegExp;
}

const BAD: BadCase[] = [
  {
    name: 'IN-07 Cyrillic look-alike login аlice',
    fields: { requester: '\u0430lice' },
    ruleId: 'schema/pattern',
    field: 'requester',
    line: 2,
    message: /GitHub login/,
  },
  {
    name: 'IN-07 login with a zero-width space (character check)',
    fields: { requester: 'alice\u200b' },
    ruleId: 'input/forbidden-character',
    line: 2,
    message: /U\+200B/,
  },
  {
    name: 'login with a double hyphen',
    fields: { requester: 'al--ice' },
    ruleId: 'schema/pattern',
    field: 'requester',
    line: 2,
  },
  {
    name: 'login with a leading hyphen',
    fields: { requester: '-alice' },
    ruleId: 'schema/pattern',
    field: 'requester',
    line: 2,
  },
  {
    name: 'login with a trailing hyphen',
    fields: { requester: 'alice-' },
    ruleId: 'schema/pattern',
    field: 'requester',
    line: 2,
  },
  {
    name: 'login of 40 characters',
    fields: { requester: 'a'.repeat(40) },
    ruleId: 'schema/maxLength',
    field: 'requester',
    line: 2,
  },
  {
    name: 'login with an email',
    fields: { requester: 'alice@example.com' },
    ruleId: 'schema/pattern',
    field: 'requester',
    line: 2,
  },
  {
    name: 'IN-10 bundle injection admin","Action":"*',
    fields: { bundle: 'admin","Action":"*' },
    ruleId: 'schema/pattern',
    field: 'bundle',
    line: 3,
  },
  {
    name: 'bundle in capitals',
    fields: { bundle: 'Prod-Admin' },
    ruleId: 'schema/pattern',
    field: 'bundle',
    line: 3,
  },
  {
    name: 'GOV-04 duration 8d (over the 7-day ceiling)',
    fields: { duration: '8d' },
    ruleId: 'grant/duration',
    field: 'duration',
    line: 4,
    message: /7-day/,
  },
  {
    name: 'duration 0m',
    fields: { duration: '0m' },
    ruleId: 'grant/duration',
    field: 'duration',
    line: 4,
    message: /longer than zero/,
  },
  {
    name: 'duration "1e9" quoted',
    fields: { duration: '1e9' },
    ruleId: 'schema/pattern',
    field: 'duration',
    line: 4,
    message: /like 30m/,
  },
  {
    name: 'duration 2 hours',
    fields: { duration: '2 hours' },
    ruleId: 'schema/pattern',
    field: 'duration',
    line: 4,
  },
  {
    name: 'IN-04 duration 1e9 unquoted (a YAML number)',
    fields: { duration: undefined },
    extra: 'duration: 1e9\n',
    ruleId: 'schema/type',
    field: 'duration',
    line: 6,
    message: /put the value in quotes/,
  },
  {
    name: 'duration empty',
    fields: { duration: '' },
    ruleId: 'schema/pattern',
    field: 'duration',
    line: 4,
  },
  {
    name: 'duration -1h',
    fields: { duration: '-1h' },
    ruleId: 'schema/pattern',
    field: 'duration',
    line: 4,
  },
  {
    name: 'reason too short',
    fields: { reason: 'need access' },
    ruleId: 'schema/minLength',
    field: 'reason',
    line: 5,
  },
  {
    name: 'reason padded with spaces',
    fields: { reason: '      fix it          ' },
    ruleId: 'grant/reason',
    field: 'reason',
    line: 5,
  },
  {
    name: 'reason missing',
    fields: { reason: undefined },
    ruleId: 'schema/required',
    field: 'reason',
    line: 2,
    message: /missing required field "reason"/,
  },
  {
    name: 'reason too long',
    fields: { reason: 'x'.repeat(2001) },
    ruleId: 'schema/maxLength',
    field: 'reason',
    line: 5,
  },
  {
    name: 'incident with quotes and spaces',
    fields: { incident: 'INC-1") || true' },
    ruleId: 'schema/pattern',
    field: 'incident',
    line: 6,
  },
  {
    name: 'IN-04 unknown field approved: yes',
    extra: 'approved: yes\n',
    ruleId: 'schema/additionalProperties',
    field: 'approved',
    line: 7,
    message: /unknown field "approved"/,
  },
  {
    name: 'IN-04 unknown field expires_at',
    extra: 'expires_at: 2026-01-01\n',
    ruleId: 'schema/additionalProperties',
    field: 'expires_at',
    line: 7,
  },
  {
    name: 'requester as a number',
    fields: { requester: undefined },
    extra: 'requester: 1001\n',
    ruleId: 'schema/type',
    field: 'requester',
    line: 6,
    message: /quotes/,
  },
  {
    name: 'start not ISO (space, no Z)',
    extra: 'start: "2026-11-22 18:00"\n',
    ruleId: 'schema/pattern',
    field: 'start',
    line: 7,
    message: /quoted UTC time/,
  },
  {
    name: 'start with an offset',
    extra: 'start: "2026-11-22T18:00:00+01:00"\n',
    ruleId: 'schema/maxLength',
    field: 'start',
    line: 7,
  },
  {
    name: 'start impossible date 2026-02-30T00:00Z',
    extra: 'start: "2026-02-30T00:00Z"\n',
    ruleId: 'grant/start',
    field: 'start',
    line: 7,
    message: /not a real UTC time/,
  },
  {
    name: 'start hour 24',
    extra: 'start: "2026-02-10T24:00Z"\n',
    ruleId: 'grant/start',
    field: 'start',
    line: 7,
  },
  {
    name: 'IN-09 start carrying a CEL injection',
    extra: 'start: \'2026-01-01T00:00:00Z") || true || ("\'\n',
    ruleId: 'schema/maxLength',
    field: 'start',
    line: 7,
  },
  {
    name: 'target with a short account',
    fields: { targets: ['aws:1234'] },
    ruleId: 'schema/pattern',
    field: 'targets[0]',
    line: 7,
  },
  {
    name: 'target of an unknown cloud',
    fields: { targets: ['azure:sub-1'] },
    ruleId: 'schema/pattern',
    field: 'targets[0]',
    line: 7,
  },
  {
    name: 'targets duplicated',
    fields: { targets: ['gcp:acme-prod', 'gcp:acme-prod'] },
    ruleId: 'schema/uniqueItems',
    field: 'targets',
    line: 7,
  },
  {
    name: 'targets empty',
    fields: { targets: [] },
    ruleId: 'schema/minItems',
    field: 'targets',
    line: 7,
  },
  {
    name: 'targets not a list',
    extra: 'targets: gcp:acme-prod\n',
    ruleId: 'schema/type',
    field: 'targets',
    line: 7,
  },
  {
    name: 'extends with a path',
    fields: { extends: '../other' },
    ruleId: 'schema/pattern',
    field: 'extends',
    line: 7,
  },
];

describe('bad grant values are rejected with field and line', () => {
  for (const c of BAD) {
    it(c.name, () => {
      const r = loadGrant(grantYaml(c.fields) + (c.extra ?? ''), GRANT_FILE);
      assert.equal(r.ok, false, `${c.name} was accepted`);
      if (r.ok) return;
      const f = r.findings.find((x) => x.ruleId === c.ruleId);
      assert.ok(f, `no ${c.ruleId} among ${JSON.stringify(r.findings)}`);
      assert.equal(f.file, GRANT_FILE);
      assert.equal(f.line, c.line, JSON.stringify(f));
      assert.equal(typeof f.column, 'number');
      if (c.field !== undefined) assert.equal(f.field, c.field, JSON.stringify(f));
      if (c.message) assert.match(f.message, c.message);
    });
  }

  for (const file of [
    'grants/../policies/x.yaml',
    'grants/UPPER.yaml',
    'grants/a/b.yaml',
    'grants/x.yml',
    'grants/-x.yaml',
    'grants/x-.yaml',
    'policies/x.yaml',
    `grants/${'a'.repeat(65)}.yaml`,
    'grants/.yaml',
  ]) {
    it(`IN-08 bad grant path ${file}`, () => {
      const r = loadGrant(grantYaml(), file);
      assert.equal(r.ok, false);
      if (!r.ok)
        assert.deepEqual(
          r.findings.map((f) => [f.ruleId, f.file]),
          [['grant/path', file]],
        );
    });
  }

  it('the id is the file name', () => {
    const r = loadGrant(grantYaml(), `grants/${'a'.repeat(64)}.yaml`);
    assert.equal(r.ok, true);
    if (r.ok) assert.equal(r.loaded.grant.id, 'a'.repeat(64));
  });
});
