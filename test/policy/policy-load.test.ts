/**
 * Policies: the example content loads clean; every cross-reference problem is an error that names
 * the file, line and field; an auto rule without a review fallback is a warning.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../action/src/core/finding.js';
import { exampleSources, loadPolicyFiles } from '../support/builders.js';
import { loadPolicy } from '../../action/src/policy/load.js';

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string, nth = 1): number {
  let seen = 0;
  const i = text.split('\n').findIndex((l) => l.includes(needle) && ++seen === nth);
  if (i < 0) throw new Error(`fixture has no line with ${needle}`);
  return i + 1;
}

const RULES = 'policies/rules.yaml';

/** A rules file: the rules below, each a YAML block of `- id: …` lines. */
const rules = (...blocks: string[]): string => `rules:\n${blocks.join('')}`;

const reviewedBy = (group = 'security') =>
  `    approval:\n      reviewers:\n        count: 1\n        from:\n          - group: ${group}\n`;

interface CrossCase {
  name: string;
  files: Record<string, string>;
  ruleId: string;
  file: string;
  /** The text on the finding's line, and the field. */
  lineWith: string;
  /** Which occurrence of lineWith (default 1). */
  nth?: number;
  field: string;
  message?: RegExp;
}

const CASES: CrossCase[] = [
  {
    name: 'unknown bundle in a rule',
    files: {
      [RULES]: rules(
        `  - id: r1\n    who: { groups: [sre] }\n    bundles:\n      - prod-readonly\n      - prod-everything\n${reviewedBy()}    maxDuration: 1h\n`,
      ),
    },
    ruleId: 'policy/unknown-bundle',
    file: RULES,
    lineWith: '- prod-everything',
    field: 'rules[0].bundles[1]',
    message: /unknown bundle "prod-everything"/,
  },
  {
    name: 'unknown group as requesters',
    files: {
      [RULES]: rules(
        `  - id: r1\n    who:\n      groups: [ghosts]\n    bundles: [prod-readonly]\n${reviewedBy()}    maxDuration: 1h\n`,
      ),
    },
    ruleId: 'policy/unknown-group',
    file: RULES,
    lineWith: 'groups: [ghosts]',
    field: 'rules[0].who.groups[0]',
  },
  {
    name: 'unknown group as reviewers',
    files: {
      [RULES]: rules(
        `  - id: r1\n    who: { groups: [sre] }\n    bundles: [prod-readonly]\n${reviewedBy('auditors')}    maxDuration: 1h\n`,
      ),
    },
    ruleId: 'policy/unknown-group',
    file: RULES,
    lineWith: '- group: auditors',
    field: 'rules[0].approval.reviewers.from[0]',
  },
  {
    name: 'unknown schedule',
    files: {
      [RULES]: rules(
        `  - id: r1\n    who:\n      onCall:\n        schedule: nobody-rota\n    bundles: [prod-readonly]\n${reviewedBy()}    maxDuration: 1h\n`,
      ),
    },
    ruleId: 'policy/unknown-schedule',
    file: RULES,
    lineWith: 'schedule: nobody-rota',
    field: 'rules[0].who.onCall.schedule',
  },
  {
    name: 'auto approval on a rule that is not on-call',
    files: {
      [RULES]: rules(
        `  - id: r1\n    who: { groups: [sre] }\n    bundles: [prod-readonly]\n    approval: auto\n    maxDuration: 1h\n`,
      ),
    },
    ruleId: 'policy/auto-needs-on-call',
    file: RULES,
    lineWith: 'approval: auto',
    field: 'rules[0].approval',
  },
  {
    name: 'duplicate bundle id across two files',
    files: {
      'policies/zz-more.yaml':
        'bundles:\n  prod-readonly:\n    description: again\n    maxDuration: 1h\n    gcp:\n      - project: acme-prod\n        roles: [roles/viewer]\n',
    },
    ruleId: 'policy/duplicate-id',
    file: 'policies/zz-more.yaml',
    lineWith: 'description: again',
    field: 'bundles.prod-readonly',
    message: /also declared in policies\/bundles\.yaml/,
  },
  {
    name: 'duplicate identity across files, differing only by case',
    files: { 'policies/zz-more.yaml': 'identities:\n  Alice:\n    gcp: user:alice2@example.com\n' },
    ruleId: 'policy/duplicate-id',
    file: 'policies/zz-more.yaml',
    lineWith: 'gcp: user:alice2',
    field: 'identities.Alice',
  },
  {
    name: 'duplicate rule id across two files',
    files: {
      'policies/zz-rules.yaml': rules(
        `  - id: sre-reviewed\n    who: { users: [carol] }\n    bundles: [data-readonly]\n${reviewedBy()}    maxDuration: 1h\n`,
      ),
    },
    ruleId: 'policy/duplicate-id',
    file: 'policies/zz-rules.yaml',
    lineWith: 'id: sre-reviewed',
    field: 'rules[0].id',
  },
  {
    name: 'roster member without identity',
    files: {
      'policies/schedules.yaml':
        'schedules:\n  sre-primary: { provider: pagerduty, scheduleId: P1 }\n  platform-roster:\n    provider: roster\n    layers:\n      - level: 1\n        start: "2026-01-05T09:00:00Z"\n        shift: 7d\n        members: [grace, zed]\n',
    },
    ruleId: 'policy/unknown-identity',
    file: 'policies/schedules.yaml',
    lineWith: 'members: [grace, zed]',
    field: 'schedules.platform-roster.layers[0].members[1]',
    message: /roster member "zed"/,
  },
  {
    name: 'roster override user without identity',
    files: {
      'policies/schedules.yaml':
        'schedules:\n  sre-primary: { provider: pagerduty, scheduleId: P1 }\n  platform-roster:\n    provider: roster\n    layers:\n      - level: 1\n        start: "2026-01-05T09:00:00Z"\n        shift: 7d\n        members: [grace]\n    overrides:\n      - { user: zed, start: "2026-02-01T00:00:00Z", end: "2026-02-02T00:00:00Z" }\n',
    },
    ruleId: 'policy/unknown-identity',
    file: 'policies/schedules.yaml',
    lineWith: 'user: zed',
    field: 'schedules.platform-roster.overrides[0].user',
    message: /override user "zed"/,
  },
  {
    name: 'two AWS principals in one account',
    files: {
      'policies/zz-people.yaml':
        'identities:\n  ivan:\n    aws:\n      - arn:aws:iam::111122223333:role/ivan-a\n      - arn:aws:iam::111122223333:user/ivan\n',
    },
    ruleId: 'policy/identity',
    file: 'policies/zz-people.yaml',
    lineWith: 'user/ivan',
    field: 'identities.ivan.aws[1]',
    message: /two AWS principals in account 111122223333/,
  },
  {
    name: 'manager without identity',
    files: {
      'policies/zz-people.yaml':
        'identities:\n  ivan:\n    gcp: user:ivan@example.com\n    manager: nobody\n',
    },
    ruleId: 'policy/unknown-identity',
    file: 'policies/zz-people.yaml',
    lineWith: 'manager: nobody',
    field: 'identities.ivan.manager',
  },
  {
    name: 'assumeRole role in another account',
    files: {
      'policies/zz-bundles.yaml':
        'bundles:\n  cross:\n    description: x\n    maxDuration: 1h\n    aws:\n      - account: "111122223333"\n        assumeRole:\n          roleArn: arn:aws:iam::444455556666:role/admin\n',
    },
    ruleId: 'policy/bundle',
    file: 'policies/zz-bundles.yaml',
    lineWith: 'roleArn:',
    field: 'bundles.cross.aws[0].assumeRole.roleArn',
    message: /account 444455556666, not 111122223333/,
  },
  {
    name: 'the same account twice in a bundle',
    files: {
      'policies/zz-bundles.yaml':
        'bundles:\n  twice:\n    description: x\n    maxDuration: 1h\n    aws:\n      - account: "111122223333"\n        statements: [{ actions: [s3:GetObject], resources: ["*"] }]\n      - account: "111122223333"\n        statements: [{ actions: [s3:ListBucket], resources: ["*"] }]\n',
    },
    ruleId: 'policy/bundle',
    file: 'policies/zz-bundles.yaml',
    lineWith: 'account: "111122223333"',
    nth: 2,
    field: 'bundles.twice.aws[1].account',
  },
  {
    name: 'bundle maxDuration over 7 days',
    files: {
      'policies/zz-bundles.yaml':
        'bundles:\n  long:\n    description: x\n    maxDuration: 8d\n    gcp: [{ project: acme-prod, roles: [roles/viewer] }]\n',
    },
    ruleId: 'policy/duration',
    file: 'policies/zz-bundles.yaml',
    lineWith: 'maxDuration: 8d',
    field: 'bundles.long.maxDuration',
  },
  {
    name: 'dead rule shadowed by an earlier rule',
    files: {
      [RULES]: rules(
        `  - id: broad\n    who: { groups: [sre] }\n    bundles: [prod-readonly, prod-deploy-fix]\n${reviewedBy()}    maxDuration: 4h\n`,
        `  - id: narrow\n    who: { users: [alice] }\n    bundles: [prod-readonly]\n${reviewedBy()}    maxDuration: 8h\n`,
      ),
    },
    ruleId: 'policy/dead-rule',
    file: RULES,
    lineWith: 'id: narrow',
    field: 'rules[1].id',
    message: /rule "narrow" can never match: rule "broad" comes first/,
  },
  {
    name: 'invalid incident regex',
    files: {
      [RULES]: rules(
        `  - id: r1\n    who: { groups: [sre] }\n    bundles: [prod-readonly]\n${reviewedBy()}    maxDuration: 1h\n    incident: { required: true, pattern: "^INC-[0-9" }\n`,
      ),
    },
    ruleId: 'policy/incident-pattern',
    file: RULES,
    lineWith: 'pattern: "^INC-[0-9"',
    field: 'rules[0].incident.pattern',
  },
  {
    name: 'an error in a rule of the second rules file is located in that file',
    files: {
      'policies/zz-rules.yaml': rules(
        `  - id: extra-one\n    who: { users: [carol] }\n    bundles: [data-readonly]\n${reviewedBy()}    maxDuration: 1h\n`,
        `  - id: extra-two\n    who: { users: [carol] }\n    bundles: [nope]\n${reviewedBy()}    maxDuration: 1h\n`,
      ),
    },
    ruleId: 'policy/unknown-bundle',
    file: 'policies/zz-rules.yaml',
    lineWith: 'bundles: [nope]',
    field: 'rules[1].bundles[0]',
  },
  {
    name: 'unquoted AWS account number gets the quoting hint',
    files: {
      'policies/zz-bundles.yaml':
        'bundles:\n  numeric:\n    description: x\n    maxDuration: 1h\n    aws:\n      - account: 111122223333\n        statements: [{ actions: [s3:GetObject], resources: ["*"] }]\n',
    },
    ruleId: 'schema/type',
    file: 'policies/zz-bundles.yaml',
    lineWith: 'account: 111122223333',
    field: 'bundles.numeric.aws[0].account',
    message: /put the value in quotes/,
  },
];

function assertLocated(findings: Finding[], c: CrossCase): void {
  const f = findings.find((x) => x.ruleId === c.ruleId && x.severity === 'error');
  assert.ok(f, `no ${c.ruleId} error among ${JSON.stringify(findings, null, 1)}`);
  assert.equal(f.file, c.file);
  assert.equal(f.field, c.field);
  assert.equal(f.line, lineOf(c.files[c.file]!, c.lineWith, c.nth), JSON.stringify(f));
  assert.equal(typeof f.column, 'number');
  if (c.message) assert.match(f.message, c.message);
}

describe('the example policies', () => {
  it('load with zero findings', () => {
    const r = loadPolicy(exampleSources());
    assert.equal(r.ok, true, JSON.stringify(r.findings));
    assert.deepEqual(r.findings, []);
    if (!r.ok) return;
    const p = r.loaded.policy;
    assert.deepEqual([...p.bundles.keys()].sort(), [
      'data-readonly',
      'prod-admin',
      'prod-deploy-fix',
      'prod-readonly',
    ]);
    assert.deepEqual(
      p.rules.map((x) => x.id),
      [
        'oncall-emergency',
        'sre-reviewed',
        'data-team',
        'platform-roster-oncall',
        'platform-reviewed',
      ],
    );
    assert.equal(p.bundles.get('prod-admin')?.maxDurationMinutes, 120);
    assert.deepEqual(p.groups.get('security'), ['carol', 'dave']);
  });

  it('with no files at all is an error', () => {
    const r = loadPolicy([]);
    assert.equal(r.ok, false);
    assert.equal(r.findings[0]?.ruleId, 'policy/missing');
  });
});

describe('cross-reference errors are located (file, line, field)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const r = loadPolicyFiles(c.files, true);
      assert.equal(r.ok, false, `accepted: ${c.name}`);
      assertLocated(r.findings, c);
    });
  }
});

describe('warnings', () => {
  it('an auto rule without a review fallback is a warning, not an error', () => {
    const text = rules(
      `  - id: only-auto\n    who:\n      onCall: { schedule: sre-primary }\n    bundles: [prod-readonly]\n    approval: auto\n    maxDuration: 1h\n`,
    );
    const r = loadPolicyFiles({ [RULES]: text }, true);
    assert.equal(r.ok, true, JSON.stringify(r.findings));
    const w = r.findings.filter((f) => f.ruleId === 'policy/no-fallback');
    assert.equal(w.length, 1);
    assert.equal(w[0]?.severity, 'warning');
    assert.equal(w[0]?.file, RULES);
    assert.equal(w[0]?.field, 'rules[0].id');
    assert.equal(w[0]?.line, lineOf(text, 'id: only-auto'));
  });

  it('an auto rule followed by a review rule for its bundles has no warning', () => {
    const text = rules(
      `  - id: auto\n    who:\n      onCall: { schedule: sre-primary }\n    bundles: [prod-readonly]\n    approval: auto\n    maxDuration: 1h\n`,
      `  - id: reviewed\n    who: { groups: [sre] }\n    bundles: [prod-readonly, prod-admin]\n${reviewedBy()}    maxDuration: 1h\n`,
    );
    const r = loadPolicyFiles({ [RULES]: text }, true);
    assert.equal(r.ok, true);
    assert.deepEqual(r.findings, []);
  });
});

describe('bad policy YAML is rejected, located, and other files still reported', () => {
  it('a YAML problem in one file and a schema problem in another are both reported', () => {
    const r = loadPolicyFiles({
      'policies/a.yaml': 'groups:\n  sre: [alice]\n  sre: [bob]\n',
      'policies/b.yaml': 'bundles:\n  x:\n    maxDuration: 1h\n',
    });
    assert.equal(r.ok, false);
    const got = r.findings.map((f) => [f.file, f.ruleId, f.line, f.field]);
    assert.deepEqual(got[0], ['policies/a.yaml', 'yaml/duplicate-key', 3, undefined]);
    assert.deepEqual(got.slice(1).sort(), [
      ['policies/b.yaml', 'schema/required', 3, 'bundles.x.aws'],
      ['policies/b.yaml', 'schema/required', 3, 'bundles.x.description'],
      ['policies/b.yaml', 'schema/required', 3, 'bundles.x.gcp'],
    ]);
  });
});
