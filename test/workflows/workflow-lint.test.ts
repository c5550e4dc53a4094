/**
 * Workflow lint (THREAT-MODEL GH-01..GH-04, GH-07, GH-10..GH-12) over every file in .github/workflows,
 * so a configuration regression fails CI like any other bug. Each rule has a negative fixture (an
 * inline workflow that must fail it): a check that cannot fail is a defect. actionlint runs last.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScalar, parse, parseDocument, visit } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKFLOWS = '.github/workflows';
const APPLY_ENV = 'breakglass-apply';
const APPLY_GROUP = 'breakglass-apply';
const MAX_APPLY_TIMEOUT = 30;

// ---------------------------------------------------------------------------------------------
// The linter
// ---------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

/** Every rule the linter reports; each must have a negative fixture below. */
const RULES = [
  'GH-01/head-checkout',
  'GH-01/unsafe-checkout-flag',
  'GH-01/pr-secrets',
  'GH-01/pr-environment',
  'GH-01/pr-id-token',
  'GH-01/pr-write-token',
  'GH-01/secrets-inherit',
  'GH-01/reusable-only',
  'GH-01/artifact',
  'GH-02/run-expression',
  'GH-04/top-permissions',
  'GH-04/job-permissions',
  'GH-04/write-all',
  'GH-04/id-token',
  'GH-07/static-keys',
  'GH-09/paths-filter',
  'GH-10/pin',
  'GH-10/pin-comment',
  'GH-11/cron',
  'GH-12/apply-concurrency',
  'GH-12/apply-timeout',
  'GH-12/workflow-concurrency',
] as const;
type Rule = (typeof RULES)[number] | 'structure';

interface Problem {
  rule: Rule;
  file: string;
  where: string;
  message: string;
}

/** How a workflow that calls a local reusable workflow (`uses: ./.github/workflows/x.yml`) reads it. */
type ReadLocal = (path: string) => string | undefined;

/** Events whose runs use the PR's own workflow definition: never secrets, environments or id-token. */
const PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Events whose runs hold a write token or secrets while a PR (or its artifacts) is around. */
const PR_ADJACENT_PRIVILEGED = new Set([
  'pull_request_target',
  'workflow_run',
  'workflow_call',
  'issue_comment',
]);
/** Anything in a checkout `ref:`/`repository:` or a shell line that points at PR-controlled code. */
const HEAD_REF =
  /github\.event\.pull_request\.head|github\.event\.workflow_run\.head|head_sha|head_ref|head\.sha|head\.ref|head\.repo|refs\/pull\/|merge_commit_sha/i;
const HEAD_FETCH_IN_RUN =
  /gh\s+pr\s+checkout|refs\/pull\/|git\s+fetch[^\n]*\bpull\/|head_ref|head_sha/i;
const STATIC_KEY_NAMES = new Set([
  'aws-secret-access-key',
  'aws-access-key-id',
  'aws_secret_access_key',
  'aws_access_key_id',
  'credentials_json',
]);
const PINNED_ACTION = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/;
const PINNED_IMAGE = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function triggersOf(on: unknown): Set<string> {
  if (typeof on === 'string') return new Set([on]);
  if (Array.isArray(on)) return new Set(on.filter((x): x is string => typeof x === 'string'));
  if (isObj(on)) return new Set(Object.keys(on));
  return new Set();
}

function envName(job: Obj): string | undefined {
  const env = job.environment;
  if (typeof env === 'string') return env;
  if (isObj(env)) return str(env.name);
  return undefined;
}

function stepsOf(job: Obj): Obj[] {
  return Array.isArray(job.steps) ? job.steps.filter(isObj) : [];
}

/** Every map key and string value under v, with the key it sits under. */
function walk(
  v: unknown,
  fn: (key: string | undefined, value: unknown) => void,
  key?: string,
): void {
  fn(key, v);
  if (Array.isArray(v)) for (const x of v) walk(x, fn, key);
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) walk(x, fn, k);
}

function grantsIdToken(perms: unknown): boolean {
  return perms === 'write-all' || (isObj(perms) && perms['id-token'] === 'write');
}

function hasWrite(perms: unknown): boolean {
  return perms === 'write-all' || (isObj(perms) && Object.values(perms).some((v) => v === 'write'));
}

/** Minutes of the hour a cron minute field fires at, or undefined when it cannot be read. */
function cronMinutes(field: string): Set<number> | undefined {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const m = /^(\*|\d{1,2}(?:-\d{1,2})?)(?:\/(\d{1,2}))?$/.exec(part);
    if (!m) return undefined;
    const [, range = '', stepText] = m;
    const step = stepText === undefined ? 1 : Number(stepText);
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [0, 59];
    else if (range.includes('-')) [lo, hi] = range.split('-').map(Number) as [number, number];
    else [lo, hi] = [Number(range), stepText === undefined ? Number(range) : 59];
    if (step < 1 || lo > hi || hi > 59) return undefined;
    for (let i = lo; i <= hi; i += step) out.add(i);
  }
  return out;
}

/** A job that applies or revokes cloud access: bound to the apply environment, or runs reconcile. */
function isApplyJob(job: Obj): boolean {
  return (
    envName(job) === APPLY_ENV ||
    stepsOf(job).some(
      (s) => s.uses === './action' && isObj(s.with) && s.with.command === 'reconcile',
    )
  );
}

interface Parsed {
  doc: Obj;
  triggers: Set<string>;
  jobs: [string, Obj][];
}

function parseWorkflow(text: string): Parsed | string {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    return `not valid YAML: ${(e as Error).message}`;
  }
  if (!isObj(doc)) return 'not a mapping';
  if (!isObj(doc.jobs)) return 'no jobs';
  const jobs = Object.entries(doc.jobs).filter((e): e is [string, Obj] => isObj(e[1]));
  return { doc, triggers: triggersOf(doc.on), jobs };
}

function localWorkflowPath(uses: string): string | undefined {
  const m = /^\.\/(\.github\/workflows\/[^@\s]+\.ya?ml)$/.exec(uses);
  return m?.[1];
}

function lintWorkflow(file: string, text: string, readLocal: ReadLocal): Problem[] {
  const problems: Problem[] = [];
  const add = (rule: Rule, where: string, message: string) =>
    problems.push({ rule, file, where, message });
  const parsed = parseWorkflow(text);
  if (typeof parsed === 'string') {
    add('structure', '', parsed);
    return problems;
  }
  const { doc, triggers, jobs } = parsed;
  if (triggers.size === 0) add('structure', 'on', 'no triggers');
  const prTriggered = [...triggers].some((t) => PR_EVENTS.has(t));
  const privileged = [...triggers].some((t) => !PR_EVENTS.has(t));
  const prAdjacent = [...triggers].some((t) => PR_ADJACENT_PRIVILEGED.has(t));

  // Local reusable workflows this one calls: their jobs run with this workflow's trigger and token.
  const called = new Map<string, Parsed>();
  for (const [id, job] of jobs) {
    const uses = str(job.uses);
    if (uses === undefined) continue;
    const path = localWorkflowPath(uses);
    if (path === undefined) continue;
    const calledText = readLocal(path);
    const calledParsed =
      calledText === undefined ? `cannot read ${path}` : parseWorkflow(calledText);
    if (typeof calledParsed === 'string') add('structure', `jobs.${id}`, calledParsed);
    else called.set(id, calledParsed);
  }

  // GH-04: explicit minimal token scopes everywhere.
  if (doc.permissions === undefined)
    add(
      'GH-04/top-permissions',
      'permissions',
      'top-level permissions missing (use `permissions: {}`)',
    );
  else if (!isObj(doc.permissions))
    add(
      'GH-04/top-permissions',
      'permissions',
      `top-level permissions must be a map, not "${String(doc.permissions)}"`,
    );
  if (grantsIdToken(doc.permissions))
    add('GH-04/id-token', 'permissions', 'id-token: write at the top level reaches every job');
  for (const [id, job] of jobs) {
    const where = `jobs.${id}`;
    if (job.permissions === undefined)
      add('GH-04/job-permissions', where, 'job has no explicit permissions map');
    else if (!isObj(job.permissions))
      add(
        'GH-04/job-permissions',
        where,
        `job permissions must be a map, not "${String(job.permissions)}"`,
      );
  }
  walk(doc, (key, value) => {
    if (key === 'permissions' && value === 'write-all')
      add('GH-04/write-all', 'permissions', 'write-all is never needed');
  });

  // GH-04: id-token only in jobs bound to the apply environment (or callers of a local workflow that
  // keeps it there: the caller cannot name an environment, so its map is the union of the callee's).
  for (const [id, job] of jobs) {
    if (!grantsIdToken(job.permissions)) continue;
    const where = `jobs.${id}`;
    const uses = str(job.uses);
    if (uses !== undefined) {
      const callee = called.get(id);
      if (callee === undefined) {
        add(
          'GH-04/id-token',
          where,
          `id-token: write passed to ${uses}, which is not a readable local workflow`,
        );
        continue;
      }
      for (const [cid, cjob] of callee.jobs) {
        if (grantsIdToken(cjob.permissions) && envName(cjob) !== APPLY_ENV) {
          add(
            'GH-04/id-token',
            where,
            `${uses} job ${cid} gets id-token: write without environment ${APPLY_ENV}`,
          );
        }
        if (cjob.permissions === undefined)
          add(
            'GH-04/id-token',
            where,
            `${uses} job ${cid} inherits id-token: write (no permissions map)`,
          );
      }
      if (grantsIdToken(callee.doc.permissions))
        add('GH-04/id-token', where, `${uses} grants id-token: write at its top level`);
    } else if (envName(job) !== APPLY_ENV) {
      add('GH-04/id-token', where, `id-token: write outside environment ${APPLY_ENV}`);
    }
  }

  // GH-01: local reusable workflows are callable only (no trigger of their own), secrets passed by name.
  for (const [id, job] of jobs) {
    if (job.secrets === 'inherit')
      add('GH-01/secrets-inherit', `jobs.${id}`, 'pass secrets by name, never `secrets: inherit`');
    const callee = called.get(id);
    if (callee && [...callee.triggers].some((t) => t !== 'workflow_call')) {
      add(
        'GH-01/reusable-only',
        `jobs.${id}`,
        `${String(job.uses)} has triggers other than workflow_call`,
      );
    }
  }

  // GH-01: workflows started by PR events run the PR's own definition: read-only token, no secrets,
  // no environment, no id-token, including in local workflows they call.
  if (prTriggered) {
    const units: [string, Parsed][] = [
      ['', parsed],
      ...[...called].map(([id, p]): [string, Parsed] => [`jobs.${id} -> `, p]),
    ];
    for (const [prefix, unit] of units) {
      walk(unit.doc, (key, value) => {
        if (typeof value === 'string' && /\bsecrets\s*(\.|\[)/.test(value))
          add(
            'GH-01/pr-secrets',
            `${prefix}${key ?? ''}`,
            `PR-triggered workflow reads ${value.trim()}`,
          );
      });
      if (hasWrite(unit.doc.permissions))
        add(
          'GH-01/pr-write-token',
          `${prefix}permissions`,
          'PR-triggered workflow with a write scope',
        );
      if (grantsIdToken(unit.doc.permissions))
        add(
          'GH-01/pr-id-token',
          `${prefix}permissions`,
          'PR-triggered workflow with id-token: write',
        );
      for (const [id, job] of unit.jobs) {
        const where = `${prefix}jobs.${id}`;
        if (job.secrets !== undefined)
          add('GH-01/pr-secrets', where, 'PR-triggered job passes secrets');
        if (job.environment !== undefined)
          add('GH-01/pr-environment', where, 'PR-triggered job uses an environment');
        if (grantsIdToken(job.permissions))
          add('GH-01/pr-id-token', where, 'PR-triggered job with id-token: write');
        if (hasWrite(job.permissions))
          add('GH-01/pr-write-token', where, 'PR-triggered job with a write scope');
      }
    }
  }

  // GH-01: nothing privileged checks out, fetches or runs the PR head; artifacts from PR runs are
  // untrusted; the unsafe-checkout escape hatch never appears.
  walk(doc, (key, value) => {
    if (
      (key ?? '').toLowerCase().includes('allow-unsafe-pr-checkout') ||
      (typeof value === 'string' && value.includes('allow-unsafe-pr-checkout'))
    ) {
      add('GH-01/unsafe-checkout-flag', key ?? '', 'allow-unsafe-pr-checkout is forbidden');
    }
  });
  for (const [id, job] of jobs) {
    stepsOf(job).forEach((step, i) => {
      const where = `jobs.${id}.steps[${i}]`;
      const withs = isObj(step.with) ? step.with : {};
      if (privileged) {
        for (const k of ['ref', 'repository']) {
          const v = withs[k];
          if (typeof v === 'string' && HEAD_REF.test(v))
            add(
              'GH-01/head-checkout',
              `${where}.with.${k}`,
              `privileged workflow checks out PR code: ${k}: ${v}`,
            );
        }
        if (typeof step.run === 'string' && HEAD_FETCH_IN_RUN.test(step.run))
          add('GH-01/head-checkout', `${where}.run`, 'privileged workflow fetches the PR head');
      }
      if (prAdjacent && typeof step.uses === 'string' && /download-artifact/i.test(step.uses)) {
        add(
          'GH-01/artifact',
          where,
          'privileged workflow downloads artifacts (PR runs can poison them)',
        );
      }
    });
  }
  const ptr = isObj(doc.on) ? doc.on.pull_request_target : undefined;
  if (isObj(ptr) && (ptr.paths !== undefined || ptr['paths-ignore'] !== undefined)) {
    add(
      'GH-09/paths-filter',
      'on.pull_request_target',
      'a paths filter hides PRs that mix a grant with other files; the action must see and reject them',
    );
  }

  // GH-02: no expression is expanded into a shell or script; values go through env:.
  for (const [id, job] of jobs) {
    stepsOf(job).forEach((step, i) => {
      const where = `jobs.${id}.steps[${i}]`;
      const script = isObj(step.with) ? step.with.script : undefined;
      for (const [k, v] of [
        ['run', step.run],
        ['with.script', script],
      ] as const) {
        if (typeof v === 'string' && (v.includes('${{') || /github\.head_ref/.test(v))) {
          add(
            'GH-02/run-expression',
            `${where}.${k}`,
            'expression inside a shell/script; pass it through env:',
          );
        }
      }
    });
  }

  // GH-07: no long-lived cloud keys, only OIDC.
  walk(doc, (key) => {
    if (key !== undefined && STATIC_KEY_NAMES.has(key.toLowerCase()))
      add('GH-07/static-keys', key, `static cloud credential "${key}"`);
  });

  // GH-10: every non-local action and reusable workflow pinned to a full commit SHA, with its version.
  const cst = parseDocument(text);
  visit(cst, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'uses' || !isScalar(pair.value)) return;
      const uses = String(pair.value.value);
      if (uses.startsWith('./')) return;
      if (uses.startsWith('docker://')) {
        if (!PINNED_IMAGE.test(uses))
          add('GH-10/pin', uses, 'docker image not pinned to a sha256 digest');
        return;
      }
      if (!PINNED_ACTION.test(uses)) add('GH-10/pin', uses, 'not pinned to a 40-hex commit SHA');
      else if (!/^\s*v\d/.test(pair.value.comment ?? ''))
        add('GH-10/pin-comment', uses, 'pinned SHA without a "# vX.Y.Z" comment');
    },
  });

  // GH-11: schedules off the hour.
  const schedule = isObj(doc.on) ? doc.on.schedule : undefined;
  if (Array.isArray(schedule)) {
    for (const entry of schedule) {
      const cron = isObj(entry) ? str(entry.cron) : undefined;
      const minutes =
        cron === undefined ? undefined : cronMinutes(cron.trim().split(/\s+/)[0] ?? '');
      if (minutes === undefined)
        add('GH-11/cron', 'on.schedule', `unreadable cron ${JSON.stringify(entry)}`);
      else if (minutes.has(0))
        add(
          'GH-11/cron',
          'on.schedule',
          `cron "${cron}" fires at minute 0 (top of the hour is delayed or dropped)`,
        );
    }
  }

  // GH-12: every apply/revoke/reconcile job queues in one group and is never cancelled in progress.
  const applyJobs = jobs.filter(([, job]) => isApplyJob(job));
  for (const [id, job] of jobs) {
    const where = `jobs.${id}`;
    const c = job.concurrency;
    const group = isObj(c) ? c.group : c;
    if (isApplyJob(job)) {
      if (!isObj(c) || c.group !== APPLY_GROUP || c['cancel-in-progress'] !== false) {
        add(
          'GH-12/apply-concurrency',
          where,
          `apply job needs concurrency { group: ${APPLY_GROUP}, cancel-in-progress: false }`,
        );
      }
      const t = job['timeout-minutes'];
      if (typeof t !== 'number' || t > MAX_APPLY_TIMEOUT) {
        add(
          'GH-12/apply-timeout',
          where,
          `apply job needs timeout-minutes <= ${MAX_APPLY_TIMEOUT} (a hung run blocks every apply)`,
        );
      }
    } else if (group === APPLY_GROUP && (!isObj(c) || c['cancel-in-progress'] !== false)) {
      add('GH-12/apply-concurrency', where, `group ${APPLY_GROUP} needs cancel-in-progress: false`);
    }
  }
  if (applyJobs.length > 0 && doc.concurrency !== undefined) {
    const c = doc.concurrency;
    const group = isObj(c) ? c.group : c;
    if (
      group === APPLY_GROUP ||
      (isObj(c) && c['cancel-in-progress'] !== undefined && c['cancel-in-progress'] !== false)
    ) {
      add(
        'GH-12/workflow-concurrency',
        'concurrency',
        'workflow-level concurrency would cancel or deadlock the apply job',
      );
    }
  }

  return problems;
}

// ---------------------------------------------------------------------------------------------
// The repository's workflows
// ---------------------------------------------------------------------------------------------

const repoRead: ReadLocal = (path) => {
  const p = join(ROOT, path);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
};

const workflowFiles = readdirSync(join(ROOT, WORKFLOWS))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => `${WORKFLOWS}/${f}`);

const show = (ps: Problem[]) =>
  ps.map((p) => `${p.file} ${p.where}: [${p.rule}] ${p.message}`).join('\n');

void describe('repository workflows', () => {
  void it('exist, and include the privileged flows the lint is about', () => {
    const names = workflowFiles.map((f) => f.slice(WORKFLOWS.length + 1));
    for (const expected of [
      'ci.yml',
      'grant-flow.yml',
      'grant-pr.yml',
      'grant-review.yml',
      'reconcile.yml',
      'review-relay.yml',
    ]) {
      assert.ok(names.includes(expected), `${expected} missing from ${WORKFLOWS}`);
    }
  });

  for (const file of workflowFiles) {
    void it(`${file} passes every rule`, () => {
      const problems = lintWorkflow(file, readFileSync(join(ROOT, file), 'utf8'), repoRead);
      assert.equal(problems.length, 0, show(problems));
    });
  }

  void it('has apply jobs, all in one never-cancelled group (the GH-12 rule is not vacuous here)', () => {
    const applyJobs: string[] = [];
    for (const file of workflowFiles) {
      const p = parseWorkflow(readFileSync(join(ROOT, file), 'utf8'));
      assert.ok(typeof p !== 'string', `${file}: ${String(p)}`);
      for (const [id, job] of p.jobs) {
        if (!isApplyJob(job)) continue;
        applyJobs.push(`${file}#${id}`);
        assert.deepEqual(job.concurrency, { group: APPLY_GROUP, 'cancel-in-progress': false });
      }
    }
    assert.deepEqual(applyJobs, [
      `${WORKFLOWS}/grant-flow.yml#apply`,
      `${WORKFLOWS}/reconcile.yml#reconcile`,
    ]);
  });

  void it('PR-event workflows exist and carry no secrets, environment or id-token (the GH-01 rule is exercised)', () => {
    const prWorkflows = workflowFiles.filter((f) => {
      const p = parseWorkflow(readFileSync(join(ROOT, f), 'utf8'));
      return typeof p !== 'string' && [...p.triggers].some((t) => PR_EVENTS.has(t));
    });
    assert.deepEqual(prWorkflows, [`${WORKFLOWS}/ci.yml`, `${WORKFLOWS}/review-relay.yml`]);
  });

  void it('the grant-PR trigger has no paths filter and the relay listens for the relay by name', () => {
    const pr = parse(readFileSync(join(ROOT, WORKFLOWS, 'grant-pr.yml'), 'utf8')) as Obj;
    const on = pr.on as Obj;
    assert.deepEqual(Object.keys(on), ['pull_request_target']);
    assert.equal((on.pull_request_target as Obj).paths, undefined);
    const relay = parse(readFileSync(join(ROOT, WORKFLOWS, 'review-relay.yml'), 'utf8')) as Obj;
    const review = parse(readFileSync(join(ROOT, WORKFLOWS, 'grant-review.yml'), 'utf8')) as Obj;
    assert.deepEqual(((review.on as Obj).workflow_run as Obj).workflows, [relay.name]);
  });
});

// ---------------------------------------------------------------------------------------------
// Negative fixtures: each rule must fail on a workflow that breaks it
// ---------------------------------------------------------------------------------------------

const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';

/** A small workflow that passes every rule; each fixture below changes one thing. */
const GOOD = `
name: good
on:
  pull_request_target:
    types: [opened]
permissions: {}
jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: ./action
        with:
          command: check-pr
          github-token: \${{ secrets.BREAKGLASS_TOKEN || github.token }}
  apply:
    needs: check
    runs-on: ubuntu-latest
    timeout-minutes: 20
    environment: breakglass-apply
    permissions:
      id-token: write
      contents: write
    concurrency:
      group: breakglass-apply
      cancel-in-progress: false
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
      - env:
          SHA: \${{ needs.check.outputs.merge-sha }}
        run: git merge-base --is-ancestor "$SHA" HEAD
      - uses: ./action
        with:
          command: reconcile
`;

const REUSABLE_OK = `
on: workflow_call
permissions: {}
jobs:
  apply:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment: breakglass-apply
    permissions: { id-token: write }
    concurrency: { group: breakglass-apply, cancel-in-progress: false }
    steps:
      - run: echo ok
`;

const REUSABLE_BAD = `
on: workflow_call
permissions: {}
jobs:
  sneaky:
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - run: echo no environment
`;

const REUSABLE_WITH_TRIGGER = REUSABLE_OK.replace('on: workflow_call', 'on: [workflow_call, push]');

const fixtureFiles: Record<string, string> = {
  '.github/workflows/reusable-ok.yml': REUSABLE_OK,
  '.github/workflows/reusable-bad.yml': REUSABLE_BAD,
  '.github/workflows/reusable-trigger.yml': REUSABLE_WITH_TRIGGER,
};
const fixtureRead: ReadLocal = (path) => fixtureFiles[path];

function lintFixture(text: string): Problem[] {
  return lintWorkflow('fixture.yml', text, fixtureRead);
}

/** Replaces exactly one occurrence, so a fixture cannot silently stop changing anything. */
function mutate(base: string, from: string, to: string): string {
  const at = base.indexOf(from);
  assert.ok(at >= 0 && base.indexOf(from, at + 1) < 0, `fixture anchor must occur once: ${from}`);
  return base.slice(0, at) + to + base.slice(at + from.length);
}

const CALLER = (permissions: string, uses: string, extra = '') => `
on:
  pull_request_target:
permissions: {}
jobs:
  flow:
    permissions: ${permissions}
    uses: ${uses}
${extra}`;

const PR_WORKFLOW = (jobBody: string, trigger = 'pull_request') => `
on:
  ${trigger}:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
${jobBody}
    steps:
      - uses: ${CHECKOUT}
      - run: npm test
`;

const negative: [Rule, string, string][] = [
  // GH-01
  [
    'GH-01/head-checkout',
    'checkout ref of the PR head under pull_request_target',
    mutate(
      GOOD,
      '          persist-credentials: false\n      - uses: ./action',
      '          ref: ${{ github.event.pull_request.head.sha }}\n          persist-credentials: false\n      - uses: ./action',
    ),
  ],
  [
    'GH-01/head-checkout',
    'checkout of the head ref under workflow_run',
    mutate(
      mutate(
        GOOD,
        'pull_request_target:\n    types: [opened]',
        'workflow_run:\n    workflows: [x]\n    types: [completed]',
      ),
      '          persist-credentials: false\n      - uses: ./action',
      '          ref: ${{ github.event.workflow_run.head_sha }}\n          persist-credentials: false\n      - uses: ./action',
    ),
  ],
  [
    'GH-01/head-checkout',
    'checkout of the fork repository under pull_request_target',
    mutate(
      GOOD,
      '          persist-credentials: false\n      - uses: ./action',
      '          repository: ${{ github.event.pull_request.head.repo.full_name }}\n          persist-credentials: false\n      - uses: ./action',
    ),
  ],
  [
    'GH-01/head-checkout',
    'git fetch of refs/pull in a privileged run step',
    mutate(
      GOOD,
      'run: git merge-base --is-ancestor "$SHA" HEAD',
      'run: git fetch origin "refs/pull/$PR/head" && git checkout FETCH_HEAD',
    ),
  ],
  [
    'GH-01/unsafe-checkout-flag',
    'allow-unsafe-pr-checkout',
    mutate(
      GOOD,
      '          command: check-pr',
      '          command: check-pr\n          allow-unsafe-pr-checkout: true',
    ),
  ],
  [
    'GH-01/pr-secrets',
    'secrets in a pull_request workflow',
    PR_WORKFLOW('    env:\n      TOKEN: ${{ secrets.NPM_TOKEN }}'),
  ],
  [
    'GH-01/pr-secrets',
    'secrets in a pull_request_review workflow',
    PR_WORKFLOW("    env:\n      TOKEN: ${{ secrets['NPM_TOKEN'] }}", 'pull_request_review'),
  ],
  [
    'GH-01/pr-environment',
    'environment in a pull_request workflow',
    PR_WORKFLOW('    environment: breakglass-apply'),
  ],
  [
    'GH-01/pr-id-token',
    'id-token in a pull_request_review workflow',
    mutate(
      PR_WORKFLOW('', 'pull_request_review'),
      '    permissions:\n      contents: read\n',
      '    permissions:\n      contents: read\n      id-token: write\n',
    ),
  ],
  [
    'GH-01/pr-write-token',
    'write scope in a pull_request workflow',
    mutate(
      PR_WORKFLOW(''),
      '    permissions:\n      contents: read\n',
      '    permissions:\n      contents: write\n',
    ),
  ],
  [
    'GH-01/pr-id-token',
    'PR workflow calling a local workflow that mints OIDC tokens',
    CALLER('{ id-token: write }', './.github/workflows/reusable-ok.yml').replace(
      'pull_request_target',
      'pull_request',
    ),
  ],
  [
    'GH-01/secrets-inherit',
    'secrets: inherit',
    CALLER('{ contents: read }', './.github/workflows/reusable-ok.yml', '    secrets: inherit'),
  ],
  [
    'GH-01/reusable-only',
    'called local workflow with a trigger of its own',
    CALLER('{ contents: read }', './.github/workflows/reusable-trigger.yml'),
  ],
  [
    'GH-01/artifact',
    'artifact download in a privileged workflow',
    mutate(
      GOOD,
      '      - uses: ./action\n        with:\n          command: check-pr',
      '      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8\n      - uses: ./action\n        with:\n          command: check-pr',
    ),
  ],
  [
    'GH-09/paths-filter',
    'paths filter on pull_request_target',
    mutate(GOOD, '    types: [opened]', "    types: [opened]\n    paths: ['grants/**']"),
  ],
  // GH-02
  [
    'GH-02/run-expression',
    'PR title expanded in run',
    mutate(
      GOOD,
      'run: git merge-base --is-ancestor "$SHA" HEAD',
      'run: echo "${{ github.event.pull_request.title }}"',
    ),
  ],
  [
    'GH-02/run-expression',
    'head_ref expanded in run',
    mutate(
      GOOD,
      'run: git merge-base --is-ancestor "$SHA" HEAD',
      'run: echo ${{ github.head_ref }}',
    ),
  ],
  [
    'GH-02/run-expression',
    'job output expanded in run',
    mutate(
      GOOD,
      'run: git merge-base --is-ancestor "$SHA" HEAD',
      'run: git merge-base --is-ancestor ${{ needs.check.outputs.merge-sha }} HEAD',
    ),
  ],
  [
    'GH-02/run-expression',
    'event field in a github-script script',
    mutate(
      GOOD,
      '      - uses: ./action\n        with:\n          command: reconcile',
      '      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1\n        with:\n          script: console.log("${{ github.event.issue.title }}")\n      - uses: ./action\n        with:\n          command: reconcile',
    ),
  ],
  // GH-04
  [
    'GH-04/top-permissions',
    'no top-level permissions',
    mutate(GOOD, 'permissions: {}\njobs:', 'jobs:'),
  ],
  [
    'GH-04/top-permissions',
    'top-level read-all',
    mutate(GOOD, 'permissions: {}\njobs:', 'permissions: read-all\njobs:'),
  ],
  [
    'GH-04/job-permissions',
    'job without permissions',
    mutate(GOOD, '    permissions:\n      contents: read\n      pull-requests: write\n', ''),
  ],
  [
    'GH-04/write-all',
    'write-all on a job',
    mutate(
      GOOD,
      '    permissions:\n      contents: read\n      pull-requests: write\n',
      '    permissions: write-all\n',
    ),
  ],
  [
    'GH-04/id-token',
    'id-token in a job without the apply environment',
    mutate(
      GOOD,
      '      contents: read\n      pull-requests: write\n',
      '      contents: read\n      pull-requests: write\n      id-token: write\n',
    ),
  ],
  [
    'GH-04/id-token',
    'id-token in a job bound to another environment',
    mutate(GOOD, 'environment: breakglass-apply', 'environment: staging'),
  ],
  [
    'GH-04/id-token',
    'id-token at the top level',
    mutate(GOOD, 'permissions: {}\njobs:', 'permissions:\n  id-token: write\njobs:'),
  ],
  [
    'GH-04/id-token',
    'caller passing id-token to a local workflow that leaks it',
    CALLER('{ id-token: write }', './.github/workflows/reusable-bad.yml'),
  ],
  [
    'GH-04/id-token',
    'caller passing id-token to a remote workflow',
    CALLER(
      '{ id-token: write }',
      'other-org/wf/.github/workflows/x.yml@0123456789abcdef0123456789abcdef01234567 # v1',
    ),
  ],
  // GH-07
  [
    'GH-07/static-keys',
    'static AWS keys',
    mutate(
      GOOD,
      '      - uses: ./action\n        with:\n          command: reconcile',
      '      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2\n        with:\n          aws-access-key-id: AKIAEXAMPLE\n          aws-secret-access-key: ${{ secrets.AWS_SECRET }}\n      - uses: ./action\n        with:\n          command: reconcile',
    ),
  ],
  [
    'GH-07/static-keys',
    'GCP service-account JSON key',
    mutate(
      GOOD,
      '      - uses: ./action\n        with:\n          command: reconcile',
      '      - uses: google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f # v2.1.7\n        with:\n          credentials_json: ${{ secrets.GCP_KEY }}\n      - uses: ./action\n        with:\n          command: reconcile',
    ),
  ],
  // GH-10
  [
    'GH-10/pin',
    'action pinned to a tag',
    mutate(
      GOOD,
      `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false\n      - uses: ./action`,
      '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: ./action',
    ),
  ],
  [
    'GH-10/pin',
    'action pinned to a short SHA',
    mutate(
      GOOD,
      `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false\n      - uses: ./action`,
      '      - uses: actions/checkout@11bd719 # v4.2.2\n        with:\n          persist-credentials: false\n      - uses: ./action',
    ),
  ],
  [
    'GH-10/pin',
    'docker image by tag',
    mutate(GOOD, 'run: git merge-base --is-ancestor "$SHA" HEAD', 'uses: docker://alpine:3.20'),
  ],
  [
    'GH-10/pin',
    'remote reusable workflow by branch',
    CALLER('{ contents: read }', 'other-org/wf/.github/workflows/x.yml@main'),
  ],
  [
    'GH-10/pin-comment',
    'SHA without a version comment',
    mutate(
      GOOD,
      `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false\n      - uses: ./action`,
      '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n        with:\n          persist-credentials: false\n      - uses: ./action',
    ),
  ],
  // GH-11
  [
    'GH-11/cron',
    'cron at minute 0',
    mutate(GOOD, 'pull_request_target:\n    types: [opened]', "schedule:\n    - cron: '0 * * * *'"),
  ],
  [
    'GH-11/cron',
    'cron every 15 minutes from 0',
    mutate(
      GOOD,
      'pull_request_target:\n    types: [opened]',
      "schedule:\n    - cron: '*/15 * * * *'",
    ),
  ],
  [
    'GH-11/cron',
    'cron list including 0',
    mutate(
      GOOD,
      'pull_request_target:\n    types: [opened]',
      "schedule:\n    - cron: '7,22,37,52 * * * *'\n    - cron: '30,0 3 * * *'",
    ),
  ],
  // GH-12
  [
    'GH-12/apply-concurrency',
    'apply job without concurrency',
    mutate(
      GOOD,
      '    concurrency:\n      group: breakglass-apply\n      cancel-in-progress: false\n',
      '',
    ),
  ],
  [
    'GH-12/apply-concurrency',
    'apply job cancelling in progress',
    mutate(GOOD, '      cancel-in-progress: false', '      cancel-in-progress: true'),
  ],
  [
    'GH-12/apply-concurrency',
    'apply job in another group',
    mutate(GOOD, '      group: breakglass-apply', '      group: apply-${{ github.ref }}'),
  ],
  [
    'GH-12/apply-concurrency',
    'reconcile step in a job outside the group and environment',
    mutate(
      mutate(
        mutate(
          GOOD,
          '    concurrency:\n      group: breakglass-apply\n      cancel-in-progress: false\n',
          '',
        ),
        '    environment: breakglass-apply\n',
        '',
      ),
      '      id-token: write\n',
      '',
    ),
  ],
  [
    'GH-12/apply-timeout',
    'apply job without a timeout',
    mutate(GOOD, '    timeout-minutes: 20\n', ''),
  ],
  [
    'GH-12/workflow-concurrency',
    'workflow-level cancel-in-progress over an apply job',
    mutate(
      GOOD,
      'permissions: {}\njobs:',
      'permissions: {}\nconcurrency:\n  group: x\n  cancel-in-progress: true\njobs:',
    ),
  ],
];

void describe('workflow lint: negative fixtures', () => {
  void it('the good fixture and a correct reusable-workflow caller pass (so each failure below is the mutation)', () => {
    assert.deepEqual(lintFixture(GOOD), []);
    assert.deepEqual(
      lintFixture(
        CALLER(
          '{ id-token: write, contents: read }',
          './.github/workflows/reusable-ok.yml',
          '    secrets:\n      T: ${{ secrets.T }}',
        ),
      ),
      [],
    );
  });

  for (const [rule, name, text] of negative) {
    void it(`${rule}: ${name}`, () => {
      const problems = lintFixture(text);
      assert.ok(
        problems.some((p) => p.rule === rule),
        `expected a ${rule} problem, got:\n${show(problems) || '(none)'}`,
      );
    });
  }

  void it('every rule the linter can report has a negative fixture', () => {
    const covered = new Set<string>(negative.map(([r]) => r));
    for (const r of RULES) assert.ok(covered.has(r), `rule ${r} has no negative fixture`);
    for (const r of covered)
      assert.ok((RULES as readonly string[]).includes(r), `fixture names unknown rule ${r}`);
  });

  void it('cron minute fields are read correctly', () => {
    assert.deepEqual([...cronMinutes('7,22,37,52')!], [7, 22, 37, 52]);
    assert.ok(cronMinutes('*')!.has(0));
    assert.ok(cronMinutes('*/20')!.has(0));
    assert.ok(!cronMinutes('5/20')!.has(0));
    assert.deepEqual([...cronMinutes('10-12')!], [10, 11, 12]);
    assert.equal(cronMinutes('x'), undefined);
    assert.equal(cronMinutes('61'), undefined);
  });
});

// ---------------------------------------------------------------------------------------------
// actionlint (offline WebAssembly build)
// ---------------------------------------------------------------------------------------------

const ACTIONLINT = join(
  ROOT,
  'node_modules',
  '@tktco',
  'node-actionlint',
  'bin',
  'node-actionlint.js',
);

/**
 * node-actionlint lints only its FIRST argument and expands the glob itself, and exits 0 when the
 * glob matches nothing: pass the pattern unexpanded and check how many files it says it checked.
 */
function actionlint(cwd: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [ACTIONLINT, '.github/workflows/*.{yml,yaml}'], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}` };
}

void describe('actionlint', { timeout: 60_000 }, () => {
  void it('passes on every workflow', () => {
    const r = actionlint(ROOT);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, new RegExp(`Checking ${workflowFiles.length} workflow file\\(s\\)`));
  });

  void it('fails on a broken workflow (so the check above can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bg-actionlint-'));
    try {
      mkdirSync(join(dir, WORKFLOWS), { recursive: true });
      writeFileSync(
        join(dir, WORKFLOWS, 'bad.yml'),
        'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: [nope]\n    permisions: {}\n    steps:\n      - run: echo hi\n',
      );
      const r = actionlint(dir);
      assert.equal(r.status, 1, r.out);
      assert.match(r.out, /nope|permisions/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
