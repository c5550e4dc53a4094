/**
 * IN-01..IN-07: every unsafe input is rejected before or while parsing, quickly, with a finding
 * that names the file, line and column, and without a crash.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { Finding } from '../../action/src/core/finding.js';
import { loadGrant } from '../../action/src/grant/grant.js';
import { readUntrustedYaml } from '../../action/src/yaml/read-yaml.js';
import {
  GRANT_LIMITS,
  POLICY_LIMITS,
  checkUntrustedText,
  type TextLimits,
} from '../../action/src/yaml/untrusted-text.js';
import { grantYaml } from '../support/builders.js';

const FILE = 'grants/hostile.yaml';
const MB = 1024 * 1024;

/** Nine levels of nine aliases each: 9^9 ≈ 387 million "lol"s if anything ever expanded it. */
function billionLaughs(): string {
  const names = 'abcdefghi'.split('');
  const lines = [`a: &a [${Array(9).fill('"lol"').join(',')}]`];
  for (let i = 1; i < names.length; i++) {
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

interface UnsafeCase {
  name: string;
  input: string | Uint8Array;
  limits?: TextLimits;
  ruleId: string;
  line: number;
  column?: number;
  message?: RegExp;
}

const UNSAFE: UnsafeCase[] = [
  {
    name: 'IN-01 alias bomb (9-level billion laughs)',
    input: billionLaughs(),
    ruleId: 'yaml/anchor',
    line: 1,
    column: 7,
  },
  {
    name: 'IN-03 a duplicated key, quoted variant',
    input: 'role: readonly\n"role": admin\n',
    ruleId: 'yaml/duplicate-key',
    line: 2,
    column: 1,
  },
  {
    name: 'IN-02 merge key carrying __proto__',
    input: 'a: 1\n<<: {__proto__: {isAdmin: true}}\n',
    ruleId: 'yaml/forbidden-key',
    line: 2,
    column: 1,
    message: /merge keys/,
  },
  {
    name: 'IN-02 __proto__ as a plain key',
    input: 'x:\n  __proto__:\n    isAdmin: true\n',
    ruleId: 'yaml/forbidden-key',
    line: 2,
    column: 3,
  },
  {
    name: 'IN-02 constructor: {prototype: …}',
    input: 'constructor: {prototype: {p: 1}}\n',
    ruleId: 'yaml/forbidden-key',
    line: 1,
    column: 1,
    message: /constructor/,
  },
  {
    name: 'IN-02 prototype deep in a sequence',
    input: 'a:\n  - b:\n      prototype: 1\n',
    ruleId: 'yaml/forbidden-key',
    line: 3,
    column: 7,
  },
  {
    name: 'IN-05 a 5 MB file (policy limits)',
    input: new Uint8Array(5 * MB).fill(0x61),
    limits: POLICY_LIMITS,
    ruleId: 'input/too-large',
    line: 1,
    message: /5242880 bytes/,
  },
  {
    name: 'IN-05 a 5 MB file (grant limits)',
    input: new Uint8Array(5 * MB).fill(0x61),
    ruleId: 'input/too-large',
    line: 1,
  },
  {
    name: 'IN-05 10,000-deep [[[ (policy limits)',
    input: '['.repeat(10_000),
    limits: POLICY_LIMITS,
    ruleId: 'input/too-deep',
    line: 1,
    message: /deeper than 32/,
  },
  {
    name: 'IN-05 10,000-deep [[[ (grant limits)',
    input: '['.repeat(10_000),
    ruleId: 'input/too-deep',
    line: 1,
    message: /deeper than 16/,
  },
  {
    name: 'IN-05 10,000-deep {{{ behind a key',
    input: `a: ${'{'.repeat(10_000)}`,
    ruleId: 'input/too-deep',
    line: 1,
  },
  {
    name: 'IN-06 invalid UTF-8 bytes C3 28',
    input: bytes('requester: alice\nreason: ', [0xc3, 0x28], '\n'),
    ruleId: 'input/encoding',
    line: 2,
    column: 9,
    message: /invalid encoding/,
  },
  {
    name: 'IN-06 UTF-16LE BOM',
    input: bytes([0xff, 0xfe], Buffer.from('a: b\n', 'utf16le').toString('latin1')),
    ruleId: 'input/encoding',
    line: 1,
    column: 1,
    message: /UTF-16/,
  },
  {
    name: 'IN-06 UTF-8 BOM',
    input: bytes([0xef, 0xbb, 0xbf], 'a: b\n'),
    ruleId: 'input/forbidden-character',
    line: 1,
    column: 1,
  },
  {
    name: 'IN-06 NUL in a value',
    input: 'a: 1\nreason: "before\u0000after"\n',
    ruleId: 'input/forbidden-character',
    line: 2,
    column: 16,
    message: /NUL/,
  },
  {
    name: 'IN-06 NUL written as an escape',
    input: 'reason: "before\\0after"\n',
    ruleId: 'input/forbidden-character',
    line: 1,
    column: 9,
    message: /NUL/,
  },
  {
    name: 'IN-06 C1 control written as an escape',
    input: 'reason: "x\\x85y"\n',
    ruleId: 'input/forbidden-character',
    line: 1,
    column: 9,
  },
  {
    name: 'IN-07 bidi override U+202E in reason',
    input: 'reason: "fix the \u202Etpircs\u202C"\n',
    ruleId: 'input/forbidden-character',
    line: 1,
    column: 18,
    message: /bidirectional control U\+202E/,
  },
  {
    name: 'IN-07 bidi override U+202E as an escape',
    input: 'reason: "fix \\u202E it"\n',
    ruleId: 'input/forbidden-character',
    line: 1,
    column: 9,
    message: /U\+202E/,
  },
  {
    name: 'IN-07 bidi isolate U+2066',
    input: 'reason: x\u2066y\n',
    ruleId: 'input/forbidden-character',
    line: 1,
    column: 10,
  },
  {
    name: 'IN-07 zero-width U+200B',
    input: 'requester: alice\u200b\n',
    ruleId: 'input/forbidden-character',
    line: 1,
    column: 17,
    message: /invisible character U\+200B/,
  },
  {
    name: 'IN-07 zero-width joiner as an escape in a key',
    input: '"ro\\u200Dle": x\n',
    ruleId: 'input/forbidden-character',
    line: 1,
    column: 1,
  },
  {
    name: 'explicit core tag !!str',
    input: 'x: !!str 1\n',
    ruleId: 'yaml/tag',
    line: 1,
    column: 10,
  },
  { name: 'explicit tag !!binary', input: 'x: !!binary aGVsbG8=\n', ruleId: 'yaml/tag', line: 1 },
  {
    name: 'local tag !js/function',
    input: 'x: !js/function "function(){}"\n',
    ruleId: 'yaml/tag',
    line: 1,
  },
  {
    name: 'multiple documents',
    input: 'a: 1\n---\nb: 2\n',
    ruleId: 'yaml/documents',
    line: 1,
    column: 1,
  },
  { name: 'a complex (non-string) key', input: '? [a, b]\n: 1\n', ruleId: 'yaml/key', line: 1 },
  { name: 'an unterminated flow sequence', input: 'a: [1, 2\n', ruleId: 'yaml/syntax', line: 2 },
];

function assertLocated(f: Finding, c: UnsafeCase): void {
  assert.equal(f.severity, 'error');
  assert.equal(f.file, FILE);
  assert.equal(f.line, c.line, `line of ${JSON.stringify(f)}`);
  assert.equal(typeof f.column, 'number', `column of ${JSON.stringify(f)}`);
  if (c.column !== undefined) assert.equal(f.column, c.column, `column of ${JSON.stringify(f)}`);
  if (c.message) assert.match(f.message, c.message);
}

describe('unsafe YAML is rejected quickly with a located finding', () => {
  for (const c of UNSAFE) {
    it(c.name, () => {
      const rssBefore = process.memoryUsage().rss;
      const t0 = performance.now();
      const r = readUntrustedYaml(c.input, FILE, c.limits ?? GRANT_LIMITS);
      const elapsed = performance.now() - t0;
      assert.ok(elapsed < 200, `took ${elapsed.toFixed(1)} ms`);
      assert.equal(r.ok, false, `${c.name} was accepted`);
      if (r.ok) return;
      const f = r.findings.find((x) => x.ruleId === c.ruleId);
      assert.ok(f, `no ${c.ruleId} among ${JSON.stringify(r.findings)}`);
      assertLocated(f, c);
      for (const other of r.findings) {
        assert.equal(other.file, FILE);
        assert.equal(typeof other.line, 'number', JSON.stringify(other));
      }
      if (c.name.startsWith('alias bomb')) {
        assert.ok(Buffer.byteLength(c.input as string) < 1024, 'the bomb is under 1 KB');
        assert.ok(r.findings.some((x) => x.ruleId === 'yaml/alias'));
        assert.ok(process.memoryUsage().rss - rssBefore < 10 * MB, 'RSS grew by less than 10 MB');
      }
    });
  }

  it('IN-05 a 5 MB file is rejected before parsing (the text check alone refuses it)', () => {
    const r = checkUntrustedText(new Uint8Array(5 * MB).fill(0x61), FILE, POLICY_LIMITS);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.findings[0]?.ruleId, 'input/too-large');
  });

  it('IN-02 prototype pollution leaves Object.prototype untouched', () => {
    for (const input of [
      '<<: {__proto__: {isAdmin: true}}\n',
      'constructor: {prototype: {p: 1}}\n',
      '__proto__: {isAdmin: true}\n',
    ]) {
      assert.equal(readUntrustedYaml(input, FILE, GRANT_LIMITS).ok, false);
    }
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
    assert.equal(({} as Record<string, unknown>).p, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin'), false);
  });

  it('a grant file with an unsafe input is rejected by loadGrant too, never thrown', () => {
    for (const c of UNSAFE) {
      const r = loadGrant(c.input, FILE);
      assert.equal(r.ok, false, c.name);
    }
  });

  it('IN-07 a grant with a bidi override in reason is rejected with its location', () => {
    const text = grantYaml({ reason: 'restart the \u202Eworker pool now please' });
    const r = loadGrant(text, FILE);
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.findings.map((f) => [f.ruleId, f.line]),
        [['input/forbidden-character', 5]],
      );
  });
});

describe('YAML 1.2 core schema: no 1.1 coercions', () => {
  it('IN-04 yes/no/on/off and unquoted dates stay strings; 1e9 is a number', () => {
    const r = readUntrustedYaml(
      'a: yes\nb: no\nc: on\nd: off\ne: 2026-01-01\nf: 1e9\ng: 0o17\nh: ~\n',
      FILE,
      GRANT_LIMITS,
    );
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.deepEqual(r.value, {
      a: 'yes',
      b: 'no',
      c: 'on',
      d: 'off',
      e: '2026-01-01',
      f: 1e9,
      g: 15,
      h: null,
    });
  });

  it('IN-04 unquoted 1e9 as a duration is rejected by the grant schema with a quoting hint', () => {
    const text =
      'requester: alice\nbundle: prod-readonly\nduration: 1e9\nreason: "replica lag needs log access now"\n';
    const r = loadGrant(text, FILE);
    assert.equal(r.ok, false);
    if (r.ok) return;
    const f = r.findings[0];
    assert.equal(f?.ruleId, 'schema/type');
    assert.equal(f?.field, 'duration');
    assert.equal(f?.line, 3);
    assert.match(f?.message ?? '', /put the value in quotes/);
  });

  it('unquoted yes where a string is expected stays the string "yes"', () => {
    const r = loadGrant(
      'requester: yes\nbundle: prod-readonly\nduration: 1h\nreason: "replica lag needs log access now"\n',
      FILE,
    );
    assert.equal(r.ok, true, 'yes is a valid login string under YAML 1.2');
    if (r.ok) assert.equal(r.loaded.grant.requester, 'yes');
  });

  it('IN-04 an unquoted start date stays a string and fails the start pattern, located', () => {
    const r = loadGrant(grantYaml({}) + 'start: 2026-01-01\n', FILE);
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.findings.map((f) => [f.ruleId, f.field, f.line]),
        [['schema/pattern', 'start', 7]],
      );
  });
});

describe('safe YAML still reads', () => {
  it('reads a plain document and locates fields by path', () => {
    const r = readUntrustedYaml('a: 1\nlist:\n  - x\n  - y: "tab\\there"\n', FILE, GRANT_LIMITS);
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.deepEqual(r.value, { a: 1, list: ['x', { y: 'tab\there' }] });
    assert.deepEqual(r.locate(['list', 1, 'y']), { line: 4, column: 8 });
    assert.deepEqual(r.locate(['a']), { line: 1, column: 4 });
  });

  it('CRLF line endings and block scalars with newlines are fine', () => {
    const r = readUntrustedYaml('reason: |\r\n  line one\r\n  line two\r\n', FILE, GRANT_LIMITS);
    assert.equal(r.ok, true);
  });

  it('brackets inside quotes and comments do not count as nesting', () => {
    const r = readUntrustedYaml(
      `a: "${'['.repeat(40)}"\n# ${'{'.repeat(40)}\nb: '${'['.repeat(40)}'\n`,
      FILE,
      GRANT_LIMITS,
    );
    assert.equal(r.ok, true);
  });
});
