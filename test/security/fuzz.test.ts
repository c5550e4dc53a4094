/**
 * Fuzzing the untrusted-input path (THREAT-MODEL IN-01..IN-07, INV-7): random bytes, hostile unicode
 * (bidi, zero-width, confusables, controls), deep nesting, huge strings, random keys including
 * __proto__, and valid grants with one field mutated go through readUntrustedYaml, loadGrant,
 * loadPolicy and evaluateGrant. Never a throw, never an approval of input that fails the schema,
 * every finding names the file (and a line whenever the input parsed), bounded time per input.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { evaluateGrant, type EvaluateInput } from '../../action/src/commands/decide.js';
import type { Finding } from '../../action/src/core/finding.js';
import { loadGrant } from '../../action/src/grant/grant.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import { readUntrustedYaml } from '../../action/src/yaml/read-yaml.js';
import { GRANT_LIMITS, POLICY_LIMITS } from '../../action/src/yaml/untrusted-text.js';
import {
  examplePolicy,
  exampleSources,
  HEAD_SHA,
  NOW,
  prFacts,
  review,
} from '../support/builders.js';

const FILE = 'grants/fuzz.yaml';
const RUNS = Number(process.env.BREAKGLASS_FUZZ_RUNS ?? 400);
/** Per input; generous for a loaded 2-core CI machine, far below any blow-up. */
const MAX_MS = 500;

const HOSTILE = [
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u0430',
  '\u2113',
  '\u0000',
  '\u0085',
  '\u001b',
  '\ud800',
  '\r',
  '\n',
  '\t',
  ' ',
  ':',
  '-',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a',
  '*a',
  '<<',
  '!!',
  '!js/function',
  '"',
  "'",
  '#',
  '%',
  '@',
  '`',
  '|',
  '>',
  '?',
  'a',
  'Z',
  '1',
  '1e9',
  'yes',
  '~',
  '__proto__',
  'constructor',
];
const hostileText = fc.array(fc.constantFrom(...HOSTILE), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(
  hostileText,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 40 }),
);
const key = fc.oneof(
  fc.constantFrom(
    'requester',
    'bundle',
    'duration',
    'reason',
    'incident',
    'start',
    'targets',
    'extends',
    '__proto__',
    'constructor',
    'prototype',
    '<<',
    '"requester"',
    'approved',
    'expires_at',
  ),
  hostileText.filter((s) => s.length > 0),
);
const scalar = fc.oneof(
  anyText.map((s) => JSON.stringify(s)),
  anyText,
  fc.integer().map(String),
  fc.constantFrom('yes', 'no', '1e9', '2026-01-01', 'null', '~', '[]', '{}', '*a', '&a x'),
);

const VALID: Record<string, string> = {
  requester: 'alice',
  bundle: 'prod-readonly',
  duration: '1h',
  reason: '"Primary database replica is lagging; need to read the logs."',
  incident: 'INC-1234',
};
const validYaml = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n') + '\n';

/** Every way the fuzzer builds an input. */
const input: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  hostileText,
  fc.dictionary(key, scalar, { maxKeys: 8 }).map((d) =>
    Object.entries(d)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  ),
  fc
    .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{', '- ', '  a:\n'))
    .map(([n, c]) =>
      c.endsWith('\n')
        ? Array.from({ length: Math.min(n, 400) }, (_, i) => `${' '.repeat(i)}a:`).join('\n')
        : `x: ${c.repeat(n)}`,
    ),
  fc
    .constantFrom(16 * 1024, 64 * 1024, 600 * 1024)
    .map((n) => validYaml({ ...VALID, reason: `"${'a'.repeat(n)}"` })),
  fc
    .tuple(
      fc.constantFrom(...Object.keys(VALID), 'start', 'targets', 'extends', 'approved'),
      fc.oneof(scalar, fc.constant(undefined)),
    )
    .map(([k, v]) => {
      const fields = { ...VALID };
      if (v === undefined) delete fields[k];
      else fields[k] = v;
      return validYaml(fields);
    }),
  fc
    .tuple(fc.constantFrom(...Object.keys(VALID)), fc.constantFrom(...HOSTILE))
    .map(([k, c]) =>
      validYaml({
        ...VALID,
        [k]: `${VALID[k]!.replace(/"$/, '')}${c}${VALID[k]!.endsWith('"') ? '"' : ''}`,
      }),
    ),
  fc.constant('a: &a [*a]\nb: *a\n'),
  fc.constant('<<: {__proto__: {isAdmin: true}}\nconstructor: {prototype: {p: 1}}\n'),
);

function timed<T>(fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  const ms = performance.now() - t0;
  assert.ok(ms < MAX_MS, `took ${ms.toFixed(0)} ms`);
  return r;
}

/** Only the size refusal comes before any line is known; every other finding must carry a line. */
function parsed(findings: Finding[]): boolean {
  return !findings.some((f) => f.ruleId === 'input/too-large');
}

function assertLocated(findings: Finding[], file: string, what: string) {
  assert.ok(findings.length > 0, `${what}: a refusal has findings`);
  for (const f of findings) {
    assert.equal(f.file, file, `${what}: finding without its file: ${JSON.stringify(f)}`);
    if (parsed(findings))
      assert.ok(
        typeof f.line === 'number' && f.line >= 1,
        `${what}: finding without a line: ${JSON.stringify(f)}`,
      );
  }
}

const onCall = {
  snapshot: (schedule: string) =>
    Promise.resolve({
      schedule,
      provider: 'pagerduty' as const,
      providerRef: 'x',
      checkedAt: NOW.toISOString(),
      ok: true,
      entries: [
        {
          login: 'alice',
          level: 1,
          start: '2026-03-10T00:00:00Z',
          end: '2026-03-11T00:00:00Z',
          providerUser: 'P1',
        },
      ],
    }),
};

describe('fuzzing untrusted input (IN-01, IN-02, IN-05, IN-07, INV-7)', () => {
  // Warm up (schema compilation, JIT) so the per-input time bound measures the input, not the first call.
  loadGrant(validYaml(VALID), FILE);
  loadPolicy(exampleSources());
  it('IN-05 found by fuzzing: 8,000 compact block levels (`- - - … a`) are refused before the parser, located, in milliseconds', () => {
    for (const body of [`${'- '.repeat(8000)}a\n`, `a: 1\n${'? '.repeat(5000)}b\n`]) {
      const r = timed(() => readUntrustedYaml(body, FILE, GRANT_LIMITS));
      assert.equal(r.ok, false);
      if (!r.ok)
        assert.deepEqual(
          r.findings.map((f) => [f.ruleId, f.file, f.line]),
          [['input/too-deep', FILE, body.startsWith('a') ? 2 : 1]],
        );
    }
  });

  it('INV-7 found by fuzzing: a key that is an alias (`*a: 0`) is refused with its line, like every other finding', () => {
    for (const body of ['requester: \n*a: 0\n', 'requester: yes\n*a: yes\n']) {
      const r = readUntrustedYaml(body, FILE, GRANT_LIMITS);
      assert.equal(r.ok, false);
      if (!r.ok) assertLocated(r.findings, FILE, body);
    }
  });

  it(`IN-01 IN-02 IN-07 readUntrustedYaml on ${RUNS} hostile inputs: never throws, located findings, bounded time, Object.prototype untouched`, () => {
    fc.assert(
      fc.property(input, (bytes) => {
        const r = timed(() => readUntrustedYaml(bytes, FILE, GRANT_LIMITS));
        if (!r.ok) assertLocated(r.findings, FILE, 'readUntrustedYaml');
        assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
        assert.equal(({} as Record<string, unknown>).p, undefined);
      }),
      { numRuns: RUNS },
    );
  });

  it(`INV-7 loadGrant + evaluateGrant on ${RUNS} inputs: whatever fails the schema is rejected, never approved; no throw`, async () => {
    const policy = examplePolicy();
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        const g = timed(() => loadGrant(bytes, FILE));
        if (!g.ok) assertLocated(g.findings, FILE, 'loadGrant');
        const base: Omit<EvaluateInput, 'grant'> = {
          policy,
          pr: prFacts({ grantFile: FILE }),
          reviews: [review('carol', 'APPROVED', { commitId: HEAD_SHA })],
          now: NOW,
          onCall,
        };
        const d = await evaluateGrant({
          ...base,
          grant: g.ok ? g.loaded : { file: FILE, findings: g.findings },
        });
        if (!g.ok) assert.equal(d.outcome, 'reject', 'invalid input is never approved');
        for (const f of d.reasons) assert.equal(f.file, FILE);
      }),
      { numRuns: RUNS },
    );
  });

  it(`INV-7 loadPolicy with one fuzzed policy file (${Math.round(RUNS / 2)} inputs): never throws; a refused policy names the file and rejects every grant`, async () => {
    const sources = exampleSources();
    const grant = loadGrant(validYaml(VALID), FILE);
    assert.ok(grant.ok);
    await fc.assert(
      fc.asyncProperty(fc.nat(sources.length - 1), input, async (i, bytes) => {
        const path = sources[i]!.path;
        const r = timed(() =>
          loadPolicy(
            sources.map((s, j) =>
              j === i ? { path, bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes } : s,
            ),
          ),
        );
        if (r.ok) return;
        const errors = r.findings.filter((f) => f.severity === 'error');
        assert.ok(errors.length > 0);
        for (const f of errors)
          assert.ok(
            typeof f.file === 'string' && f.file.startsWith('policies/'),
            JSON.stringify(f),
          );
        assert.ok(
          readUntrustedYaml(bytes, path, POLICY_LIMITS).ok || errors.some((f) => f.file === path),
          'the unreadable file is named',
        );
        const d = await evaluateGrant({
          policy: undefined,
          grant: grant.loaded,
          pr: prFacts({ grantFile: FILE }),
          reviews: [review('carol')],
          now: NOW,
          onCall,
        });
        assert.equal(d.outcome, 'reject');
      }),
      { numRuns: Math.round(RUNS / 2) },
    );
  });
});
