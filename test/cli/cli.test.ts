/**
 * The command line contract (validate, decide) run in-process with an injected CliIo over a temporary
 * copy of the example content, plus one spawn of the real entry point.
 */
import { runCliAt } from '../support/cli.js';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decision } from '../../action/src/decision/model.js';
import { REPO_ROOT, grantYaml } from '../support/builders.js';

/** Monday 2026-01-05T09:00Z starts the platform roster: grace has week 1, heidi week 2. */
const GRACE_ON_CALL = '2026-01-06T10:00:00Z';

const GRANTS: Record<string, string> = {
  'grants/grace-logs.yaml': grantYaml({ requester: 'grace', incident: 'INC-42' }),
  'grants/heidi-logs.yaml': grantYaml({ requester: 'heidi', incident: undefined }),
  'grants/alice-logs.yaml': grantYaml({ requester: 'alice', duration: '2h' }),
};

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A temporary checkout: a copy of policies/ and the given grant files. */
function makeRepo(grants: Record<string, string> = GRANTS): string {
  const dir = mkdtempSync(join(tmpdir(), 'breakglass-cli-'));
  dirs.push(dir);
  cpSync(join(REPO_ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
  mkdirSync(join(dir, 'grants'));
  for (const [path, text] of Object.entries(grants)) writeFileSync(join(dir, path), text);
  return dir;
}

const cli = (argv: string[], cwd: string, env: Record<string, string | undefined> = {}) => runCliAt(argv, { cwd, env, at: GRACE_ON_CALL });

const repo = makeRepo();

/** A grant whose unknown keys carry a newline and a literal %0A followed by workflow commands (GH-03). */
const evilRepo = makeRepo({
  'grants/evil.yaml': `${grantYaml()}"x\\n::add-mask::x": 1\n"50%0A::warning::y": 2\n`,
});

describe('breakglass validate', () => {
  it('the example content is valid: exit 0', async () => {
    const r = await cli(['validate'], repo);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(
      r.out,
      /^valid: 5 policy file\(s\), 3 grant file\(s\), 0 error\(s\), 0 warning\(s\)$/m,
    );
  });

  const broken = makeRepo({ ...GRANTS, 'grants/broken.yaml': grantYaml({ duration: '2 hours' }) });

  it('a broken grant: exit 1 and the text names file:line:col', async () => {
    const r = await cli(['validate'], broken);
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /^grants\/broken\.yaml:4:11: error: value does not have the expected format \(like 30m, 2h, 1h30m or 1d\) \[duration\] \(schema\/pattern\)$/m,
    );
    assert.match(r.out, /^invalid: .* 1 error\(s\)/m);
  });

  it('--format json parses with valid:false and located findings', async () => {
    const r = await cli(['validate', '--format', 'json'], broken);
    assert.equal(r.code, 1);
    const j = JSON.parse(r.out) as {
      valid: boolean;
      policyFiles: number;
      grantFiles: number;
      findings: Record<string, unknown>[];
    };
    assert.equal(j.valid, false);
    assert.deepEqual([j.policyFiles, j.grantFiles], [5, 4]);
    assert.deepEqual(j.findings, [
      {
        ruleId: 'schema/pattern',
        severity: 'error',
        message: 'value does not have the expected format (like 30m, 2h, 1h30m or 1d)',
        file: 'grants/broken.yaml',
        field: 'duration',
        line: 4,
        column: 11,
      },
    ]);
  });

  it('GH-03 --format github prints escaped workflow commands', async () => {
    const r = await cli(['validate', '--format', 'github'], evilRepo);
    assert.equal(r.code, 1);
    const lines = r.out.split('\n');
    assert.deepEqual(
      lines.map((l) =>
        /^::error file=grants\/evil\.yaml,line=(\d+),col=(\d+),title=schema\/additionalProperties::unknown field /
          .exec(l)
          ?.slice(1),
      ),
      [
        ['7', '21'],
        ['8', '22'],
      ],
    );
    assert.ok(!lines.some((l) => l.startsWith('::add-mask') || l.startsWith('::warning')), r.out);
    assert.ok(r.out.includes('unknown field "x%0A::add-mask::x"'), r.out);
    assert.ok(r.out.includes('unknown field "50%250A::warning::y"'), r.out);
    assert.ok(
      !/%0A::warning/.test(r.out.replace(/%250A/g, '')),
      'a literal %0A was escaped as %250A',
    );
  });

  it('GH-03 text output keeps user text on one line: no output line starts with ::', async () => {
    for (const argv of [
      ['validate'],
      ['decide', '--grant', 'grants/evil.yaml', '--author', 'alice'],
    ]) {
      const r = await cli(argv, evilRepo);
      assert.equal(r.code, 1);
      assert.ok(!r.out.split('\n').some((l) => l.startsWith('::')), r.out);
      assert.ok(r.out.includes('unknown field "x\\n::add-mask::x"'), r.out);
    }
  });

  for (const [name, argv] of [
    ['unknown flag', ['validate', '--bogus']],
    ['unknown format', ['validate', '--format', 'xml']],
    ['stray word', ['validate', 'extra']],
    ['missing --grant', ['decide', '--author', 'alice']],
    ['missing --author', ['decide', '--grant', 'grants/grace-logs.yaml']],
    [
      'bad --at',
      ['decide', '--grant', 'grants/grace-logs.yaml', '--author', 'grace', '--at', 'yesterday'],
    ],
    [
      'decide --format github',
      ['decide', '--grant', 'grants/grace-logs.yaml', '--author', 'grace', '--format', 'github'],
    ],
    ['unknown command', ['frobnicate']],
    ['no command', []],
  ] as const) {
    it(`usage error (${name}) exits 2`, async () => {
      const r = await cli([...argv], repo);
      assert.equal(r.code, 2, r.out + r.err);
    });
  }
});

async function decideJson(args: string[], env: Record<string, string | undefined> = {}) {
  const r = await cli(['decide', ...args, '--format', 'json'], repo, env);
  return { code: r.code, d: JSON.parse(r.out) as Decision, err: r.err };
}

describe('breakglass decide', () => {
  const grace = ['--grant', 'grants/grace-logs.yaml', '--author', 'grace', '--at', GRACE_ON_CALL];
  const heidi = ['--grant', 'grants/heidi-logs.yaml', '--author', 'heidi', '--at', GRACE_ON_CALL];

  it('a roster-on-call requester is approved at once (platform-roster-oncall)', async () => {
    const { code, d } = await decideJson(grace);
    assert.equal(code, 0);
    assert.deepEqual(
      [d.outcome, d.rule, d.approval, d.start, d.expires],
      ['approve', 'platform-roster-oncall', 'auto', '2026-01-06T10:00:00Z', '2026-01-06T11:00:00Z'],
    );
    const roster = d.onCall.find((s) => s.schedule === 'platform-roster');
    assert.deepEqual(
      roster?.entries.map((e) => [e.login, e.level, e.start, e.end]),
      [['grace', 1, '2026-01-05T09:00:00Z', '2026-01-12T09:00:00Z']],
    );
  });

  it('--at defaults to the injected clock', async () => {
    const { d } = await decideJson(['--grant', 'grants/grace-logs.yaml', '--author', 'grace']);
    assert.equal(d.outcome, 'approve');
    assert.equal(d.decidedAt, GRACE_ON_CALL);
  });

  it('a week later grace is off call and goes to review', async () => {
    const { d } = await decideJson([
      '--grant',
      'grants/grace-logs.yaml',
      '--author',
      'grace',
      '--at',
      '2026-01-13T10:00:00Z',
    ]);
    assert.deepEqual([d.outcome, d.rule], ['review', 'platform-reviewed']);
  });

  it('heidi off call → review with the eligible approvers', async () => {
    const { code, d } = await decideJson(heidi);
    assert.equal(code, 0);
    assert.deepEqual(
      [d.outcome, d.rule, d.review],
      [
        'review',
        'platform-reviewed',
        { required: 2, approvals: [], eligible: ['carol', 'dave'], blockedBy: [] },
      ],
    );
  });

  it('--approved-by carol --approved-by dave → approve', async () => {
    const { d } = await decideJson([...heidi, '--approved-by', 'carol', '--approved-by', 'dave']);
    assert.deepEqual([d.outcome, d.review?.approvals], ['approve', ['carol', 'dave']]);
  });

  it('RC-01 --approved-by carol@oldsha is not counted', async () => {
    const { d } = await decideJson([
      ...heidi,
      '--approved-by',
      'carol@oldsha',
      '--approved-by',
      'dave',
    ]);
    assert.deepEqual([d.outcome, d.review?.approvals], ['review', ['dave']]);
    assert.equal(d.ignoredApprovals[0]?.login, 'carol');
    assert.match(d.ignoredApprovals[0]?.why ?? '', /older commit oldsha/);
  });

  it('--approved-by @SHA matching --head counts', async () => {
    const { d } = await decideJson([
      ...heidi,
      '--head',
      'abc1234',
      '--approved-by',
      'carol@abc1234',
      '--approved-by',
      'dave@abc1234',
    ]);
    assert.deepEqual([d.outcome, d.headSha], ['approve', 'abc1234']);
  });

  it('RC-04 --changed policies/rules.yaml → reject, exit 1', async () => {
    const { code, d } = await decideJson([...grace, '--changed', 'policies/rules.yaml']);
    assert.equal(code, 1);
    assert.equal(d.outcome, 'reject');
    assert.match(d.reasons[0]?.message ?? '', /also modifies policies\/rules\.yaml/);
  });

  it('--author-id that does not match the identity → reject', async () => {
    const { d } = await decideJson([...grace, '--author-id', '9999']);
    assert.equal(d.outcome, 'reject');
  });

  it('a PagerDuty schedule without a token → review, with a note about the token', async () => {
    const { d } = await decideJson(
      ['--grant', 'grants/alice-logs.yaml', '--author', 'alice', '--at', GRACE_ON_CALL],
      { BREAKGLASS_PAGERDUTY_TOKEN: undefined },
    );
    assert.deepEqual([d.outcome, d.rule], ['review', 'sre-reviewed']);
    assert.ok(
      d.notes.some((n) => /oncall-emergency/.test(n) && /PagerDuty token not configured/.test(n)),
      d.notes.join('\n'),
    );
    const pd = d.onCall.find((s) => s.schedule === 'sre-primary');
    assert.deepEqual([pd?.provider, pd?.ok], ['pagerduty', false]);
  });

  it('a grant file that does not exist → reject naming it', async () => {
    const { code, d } = await decideJson(['--grant', 'grants/nope.yaml', '--author', 'alice']);
    assert.equal(code, 1);
    assert.deepEqual(
      [d.outcome, d.reasons[0]?.ruleId, d.reasons[0]?.file],
      ['reject', 'grant/missing', 'grants/nope.yaml'],
    );
  });

  it('text format leads with the outcome', async () => {
    const r = await cli(['decide', ...grace], repo);
    assert.equal(r.code, 0);
    assert.match(
      r.out,
      /^APPROVE: grace-logs \(grace → prod-readonly\)\nrule: platform-roster-oncall/,
    );
    assert.match(r.out, /window: 2026-01-06T10:00:00Z → 2026-01-06T11:00:00Z \(UTC\)/);
  });
});

describe('the real entry point', () => {
  it('node --import tsx action/src/cli.ts validate in the repository exits 0', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'action/src/cli.ts', 'validate'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /^valid: /m);
  });
});
