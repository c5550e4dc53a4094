/**
 * `breakglass plan` and `breakglass reconcile` through runCli, in-process: a temporary git checkout as
 * cwd, a manual clock, captured output. Proves the preview window is exactly [start, start + duration),
 * that a grant without a decision record is reported unapproved and never applied, the stable JSON
 * keys, and the exit-code contract (1 when the clouds cannot be read, 2 for usage errors).
 */
import { runCliAt } from '../support/cli.js';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluatePolicies } from '../../action/src/sandbox/aws-iam-eval.js';
import { grants as gcpGrants } from '../../action/src/sandbox/gcp-crm-rules.js';
import { grantYaml } from '../support/builders.js';
import { tempRepo, type TempRepo } from '../support/git-repo.js';

const NOW = '2026-11-22T09:00:00Z';

interface Detail {
  kind: string;
  document?: {
    Statement: {
      Action: string[];
      Resource: string[];
      Condition: Record<string, Record<string, string>>;
    }[];
  };
  binding?: { role: string; members: string[]; condition: { expression: string } };
  start: string;
  expires: string;
}

const cli = (argv: string[], cwd: string, env: Record<string, string | undefined> = {}) => runCliAt(argv, { cwd, env, at: NOW });

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

/** The window an evaluator sees: allowed at start and one second before expiry, denied at expiry and one second before start. */
function assertWindow(e: Detail, start: string, expires: string) {
  const cases: [Date, boolean][] = [
    [plus(start, -1000), false],
    [new Date(start), true],
    [plus(expires, -1000), true],
    [new Date(expires), false],
    [plus(expires, 1000), false],
  ];
  if (e.kind === 'aws-inline') {
    const text = JSON.stringify(e.document);
    for (const [at, allowed] of cases) {
      const s = e.document!.Statement[0]!;
      const context = { 'aws:RequestedRegion': 'eu-west-1' };
      const got = evaluatePolicies([text], {
        action: s.Action[0]!,
        resource: s.Resource[0]!,
        at,
        context,
      });
      assert.equal(got === 'Allowed', allowed, `AWS at ${at.toISOString()}`);
    }
  } else {
    const b = e.binding!;
    for (const [at, allowed] of cases) {
      assert.equal(
        gcpGrants([b], b.members[0]!, b.role, at),
        allowed,
        `GCP ${b.role} at ${at.toISOString()}`,
      );
    }
  }
}

describe('plan and reconcile on the command line', () => {
  let repo: TempRepo;
  before(async () => {
    repo = await tempRepo();
  });
  after(() => repo.remove());

  const preview = async (file: string, yaml: string, at: string) => {
    writeFileSync(join(repo.dir, file), yaml);
    const r = await cli(['plan', '--grant', file, '--at', at, '--format', 'json'], repo.dir);
    assert.equal(r.code, 0, r.err);
    return JSON.parse(r.out) as {
      grantId: string;
      start: string;
      expires: string;
      entries: Detail[];
      problems: string[];
    };
  };

  it('plan --grant --at --format json: every document and binding is bounded to exactly [start, start + duration)', async () => {
    const p = await preview(
      'grants/inc-9-alice.yaml',
      grantYaml({ requester: 'alice', bundle: 'prod-readonly', duration: '2h' }),
      '2026-11-22T10:00:00Z',
    );
    assert.deepEqual(
      [p.grantId, p.start, p.expires, p.problems],
      ['inc-9-alice', '2026-11-22T10:00:00Z', '2026-11-22T12:00:00Z', []],
    );
    assert.deepEqual(
      p.entries.map((e) => e.kind),
      ['aws-inline', 'gcp-binding', 'gcp-binding'],
    );
    const aws = p.entries[0]!;
    assert.equal(aws.document!.Statement.length, 2);
    for (const s of aws.document!.Statement) {
      assert.equal(
        s.Condition['DateGreaterThanEquals']!['aws:CurrentTime'],
        '2026-11-22T10:00:00Z',
      );
      assert.equal(s.Condition['DateLessThan']!['aws:CurrentTime'], '2026-11-22T12:00:00Z');
    }
    for (const g of p.entries.slice(1)) {
      assert.equal(
        g.binding!.condition.expression,
        'request.time >= timestamp("2026-11-22T10:00:00Z") && request.time < timestamp("2026-11-22T12:00:00Z")',
      );
    }
    for (const e of p.entries) assertWindow(e, p.start, p.expires);
  });

  it('plan --grant: a bundle with its own conditions, 1h30m, keeps them and the exact window', async () => {
    const p = await preview(
      'grants/fix-1.yaml',
      grantYaml({ requester: 'bob', bundle: 'prod-deploy-fix', duration: '1h30m' }),
      '2026-03-29T00:45:00Z',
    );
    assert.deepEqual(
      [p.start, p.expires],
      ['2026-03-29T00:45:00Z', '2026-03-29T02:15:00Z'],
      'across the EU DST change, still UTC',
    );
    const s = p.entries[0]!.document!.Statement[0]!;
    assert.deepEqual(s.Condition, {
      StringEquals: { 'aws:RequestedRegion': 'eu-west-1' },
      DateGreaterThanEquals: { 'aws:CurrentTime': '2026-03-29T00:45:00Z' },
      DateLessThan: { 'aws:CurrentTime': '2026-03-29T02:15:00Z' },
    });
    for (const e of p.entries) assertWindow(e, p.start, p.expires);
  });

  it('plan --grant: a start in the future wins over --at; a day across a leap day', async () => {
    const yaml = grantYaml({
      requester: 'erin',
      bundle: 'data-readonly',
      duration: '1d',
      incident: undefined,
      start: '2028-02-28T23:30:00Z',
    });
    const p = await preview('grants/data-1.yaml', yaml, '2028-02-28T08:00:00Z');
    assert.deepEqual([p.start, p.expires], ['2028-02-28T23:30:00Z', '2028-02-29T23:30:00Z']);
    assert.deepEqual(
      p.entries.map((e) => [e.kind, e.binding!.role]),
      [
        ['gcp-binding', 'roles/bigquery.dataViewer'],
        ['gcp-binding', 'roles/bigquery.jobUser'],
      ],
    );
    for (const e of p.entries) {
      assert.equal(
        e.binding!.condition.expression,
        'request.time >= timestamp("2028-02-28T23:30:00Z") && request.time < timestamp("2028-02-29T23:30:00Z")',
      );
      assertWindow(e, p.start, p.expires);
    }
  });

  it('plan --offline: a grant committed without a decision record is unapproved, with zero put changes; stable JSON keys', async () => {
    const r0 = await tempRepo();
    try {
      await r0.commit(
        {
          'grants/sneaky.yaml': grantYaml({
            requester: 'bob',
            bundle: 'prod-admin',
            duration: '1h',
          }),
        },
        'add a grant without review',
      );
      const r = await cli(['plan', '--offline', '--format', 'json'], r0.dir);
      assert.equal(r.code, 0, r.err);
      const plan = JSON.parse(r.out) as Record<string, unknown> & {
        changes: { op: string }[];
        unapproved: { path: string; grantId: string; why: string }[];
      };
      assert.deepEqual(Object.keys(plan), [
        'at',
        'changes',
        'unchanged',
        'grants',
        'unapproved',
        'invalid',
        'flags',
        'readErrors',
      ]);
      assert.equal(plan['at'], NOW);
      assert.deepEqual(
        plan.unapproved.map((u) => [u.path, u.grantId]),
        [['grants/sneaky.yaml', 'sneaky']],
      );
      assert.match(plan.unapproved[0]!.why, /no decision record/);
      assert.equal(
        plan.changes.filter((c) => c.op === 'put').length,
        0,
        'nothing is applied for it',
      );
      assert.deepEqual(
        [plan['grants'], plan['invalid'], plan['flags'], plan['readErrors']],
        [[], [], [], []],
      );

      const text = await cli(['plan', '--offline'], r0.dir);
      assert.equal(text.code, 0);
      assert.match(text.out, /unapproved grants\/sneaky\.yaml: .*; not applied/);
    } finally {
      r0.remove();
    }
  });

  it('reconcile --dry-run with no cloud configured: every scope is a read error, exit 1, nothing committed', async () => {
    const head = await repo.head();
    const r = await cli(['reconcile', '--dry-run', '--format', 'json'], repo.dir, {
      BREAKGLASS_CLOUDS: 'none',
    });
    assert.equal(r.code, 1, r.err);
    const out = JSON.parse(r.out) as { readErrors: { message: string }[]; results: unknown[] };
    assert.ok(out.readErrors.length > 0);
    assert.ok(out.readErrors.every((e) => /is not configured for this run/.test(e.message)));
    assert.deepEqual(out.results, []);
    assert.equal(await repo.head(), head);
    const plan = await cli(['plan'], repo.dir, { BREAKGLASS_CLOUDS: 'none' });
    assert.equal(plan.code, 1);
    assert.match(plan.out, /cannot read .*: AWS is not configured for this run/);
  });

  for (const [what, argv] of [
    ['unknown flag', ['plan', '--bogus']],
    ['bad --format', ['plan', '--offline', '--format', 'xml']],
    ['bad --at', ['plan', '--offline', '--at', 'yesterday']],
    ['stray word', ['reconcile', 'now']],
    ['bad reconcile --format', ['reconcile', '--dry-run', '--format', 'yaml']],
  ] as const) {
    it(`usage error exits 2: ${what}`, async () => {
      const r = await cli([...argv], repo.dir, { BREAKGLASS_CLOUDS: 'none' });
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, new RegExp(`^breakglass ${argv[0]}: `));
    });
  }
});
