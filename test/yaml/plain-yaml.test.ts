/**
 * The plain-YAML reader is only a shortcut: whenever it reads a text, the hardened reader accepts
 * that text too, with a deep-equal value and the same location for every path (into the value, and
 * missing keys, out-of-range indexes, paths running on past a scalar). Checked on the repository's
 * own YAML files (the policies must all take the shortcut), on hand-picked corner cases and on
 * thousands of generated documents stitched from valid and subtly invalid lines, with a floor on how
 * many take the shortcut so the test cannot pass by always declining.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPlainYaml } from '../../action/src/yaml/plain-yaml.js';
import type { DataPath } from '../../action/src/yaml/read-yaml.js';
import { readFullYaml } from '../../action/src/yaml/read-yaml-full.js';
import { POLICY_LIMITS, checkUntrustedText } from '../../action/src/yaml/untrusted-text.js';
import { grantYaml } from '../support/builders.js';
import { rng as seeded } from '../support/synthetic/factory.js';

type Outcome = 'fast' | 'declined' | 'invalid';

/** Every path into `value` (each prefix of each leaf path) and a few that lead nowhere. */
function paths(value: unknown, at: DataPath = [], out: DataPath[] = []): DataPath[] {
  out.push(at);
  if (Array.isArray(value)) {
    out.push([...at, value.length], [...at, -1], [...at, 'x'], [...at, 0.5]);
    value.forEach((v, i) => paths(v, [...at, i], out));
  } else if (value !== null && typeof value === 'object') {
    out.push([...at, 'no such key'], [...at, 0], [...at, 'toString']);
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  } else out.push([...at, 'past', 0], [...at, 0]);
  return out;
}

/** Compares the two readers on `text`, which the fast one only ever sees after the text checks. */
function compare(text: string): Outcome {
  const checked = checkUntrustedText(text, 'f.yaml', POLICY_LIMITS);
  if (!checked.ok) return 'invalid';
  const slow = readFullYaml(checked.text, 'f.yaml');
  const fast = readPlainYaml(checked.text);
  if (!fast) return slow.ok ? 'declined' : 'invalid';
  const show = JSON.stringify(text);
  assert.ok(slow.ok, `fast reader accepted what the hardened one rejects: ${show}`);
  assert.deepStrictEqual(fast.value, slow.value, show);
  for (const p of paths(slow.value))
    assert.deepStrictEqual(fast.locate(p), slow.locate(p), `${show} at ${JSON.stringify(p)}`);
  return 'fast';
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Values: the first 46 in the subset (or declined but valid), the rest just outside it. */
const VALUES = [
  'alice',
  'prod-readonly',
  '8h',
  '1d',
  '2h30m',
  '123',
  '0',
  '007',
  '99999999999999999999',
  'true',
  'True',
  'FALSE',
  'tRUE',
  'null',
  'Null',
  'NULL',
  'nULL',
  'yes',
  'off',
  '"quoted"',
  '"with \\" and \\\\ escapes"',
  '""',
  "''",
  "'single ''quote'''",
  "'it''s # not a comment'",
  '"a: b # c"',
  'Read production logs, metrics and configuration; no writes.',
  "a data lead's approval",
  'say "hi" now',
  'a#b',
  'C#',
  'arn:aws:s3:::acme-prod-config/*',
  'user:alice@example.com',
  '12:30',
  '2026-01-05',
  '"2026-01-05T09:00:00Z"',
  '"^INC-[0-9]{1,8}$"',
  'Ünïcödé text 🚀 here',
  'a  b',
  'http://x.example/z?q=1&r=2',
  '_x',
  '/path/to',
  'a:b',
  'a!b&c*d|e>f%g@h`i',
  'a - b ? c',
  'x,y',
  '0x1F',
  '0o17',
  '0b1',
  '1e3',
  '1E-2',
  '1.5',
  '1.',
  '.5',
  '.inf',
  '.NaN',
  '-1',
  '+1',
  '~',
  '-',
  '- x',
  '? x',
  ': x',
  '&a x',
  '*a',
  '!t x',
  '!!str 1',
  '|',
  '>-',
  '%x',
  '@x',
  '`x',
  '"unterminated',
  "'unterminated",
  '"a" x',
  '"a"#c',
  '"\\n"',
  '"\\t"',
  '"\\u0041"',
  '"\\/"',
  '"\\x41"',
  '"\\u202E"',
  'a: b',
  'a:',
  'a :b',
  'x]',
  'x}',
  'a [b]',
  'a {b}',
  "'a' 'b'",
  ',x',
  '#c',
  '[',
  '{',
  '[a, b',
  'a\tb',
];

/** Flow items: mostly the first 16 (in the subset but for `1.5`), sometimes the near-misses after. */
const FLOW_SCALARS = [
  'a',
  'logs:FilterLogEvents',
  'roles/viewer',
  '"*"',
  "'x'",
  '"a,b"',
  '"a]b"',
  '"{"',
  '1',
  '12',
  'true',
  'null',
  'a b',
  'a  b',
  "it's",
  '1.5',
  '0x1',
  '-1',
  '~',
  'a:',
  'a :b',
  'a#b',
  'a #b',
  '*x',
  '&x y',
  '!t y',
  '? y',
  '""',
  '"\\n"',
];

/** Keys: the first 14 in the subset (few, to make duplicates), the rest not. */
const KEYS = [
  'a',
  'b',
  'c',
  'id',
  'name',
  'aws:RequestedRegion',
  'prod-readonly',
  'x_y',
  '/p',
  'a b',
  '"quoted key"',
  "'single'",
  '"a: b"',
  '""',
  '"a"',
  'true',
  'null',
  '123',
  '1d',
  '0x1F',
  '__proto__',
  '"__proto__"',
  'constructor',
  'prototype',
  '<<',
  '"<<"',
  '~',
  'a : b',
  'a#b',
  '-x',
  '.k',
  '&a k',
  '!t k',
  '? k',
  '[k]',
  '{k: v}',
  'k:x',
  '"k"x',
  'é',
  'toString',
];

/** Whole lines dropped into documents at random places. */
const EXTRA_LINES = [
  '',
  '   ',
  '# a comment',
  '    # an indented comment',
  '#',
  '---',
  '--- # doc',
  '...',
  '%YAML 1.2',
  '  continued plain text',
  '- x',
  '-',
  '- ',
  '- - x',
  '-x',
  '? x',
  ': x',
  'null:',
  'k:',
  'a: b: c',
  'a:b',
  'tab:\tx',
  '\tk: v',
  'k: |',
  '  block text',
  'k: &anchor',
  '<<: *anchor',
  '!!map',
];

const rng = (seed: number): (() => number) => seeded(seed).next;

/** A document in (or near) the subset: nested block mappings, sequences and flows, then mutations. */
function generated(n: number, seed: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const pad = (n: number) => ' '.repeat(n);
  const goodKey = () => (chance(0.93) ? pick(KEYS.slice(0, 14)) : pick(KEYS));
  const goodValue = () => (chance(0.8) ? pick(VALUES.slice(0, 46)) : pick(VALUES));
  const comment = () => (chance(0.85) ? '' : pick([' # c', '   #c: x', '#c', ' #']));

  function flowText(depth: number): string {
    const sep = () => (chance(0.9) ? ', ' : pick([',', ' , ', ',,', ' ,']));
    const item = (): string =>
      depth < 5 && chance(0.15)
        ? flowText(depth + 1)
        : chance(0.85)
          ? pick(FLOW_SCALARS.slice(0, 16))
          : pick(FLOW_SCALARS);
    const count = Math.floor(r() * 4);
    if (chance(0.5)) {
      const items = Array.from({ length: count }, item);
      return `[${items.join(sep())}${chance(0.05) ? ',' : ''}]`;
    }
    const entries = Array.from({ length: count }, () => {
      const k = chance(0.9) ? pick(['a', 'b', 'c', 'k', '"q"', 'x:y']) : pick(KEYS);
      return `${k}${chance(0.93) ? ': ' : pick([':', ' : ', ' '])}${item()}`;
    });
    return chance(0.5) ? `{ ${entries.join(sep())} }` : `{${entries.join(sep())}}`;
  }

  const value = () => (chance(0.2) ? flowText(1) : goodValue());

  function map(indent: number, depth: number, first?: string): string[] {
    const lines: string[] = [];
    const count = 1 + Math.floor(r() * 3);
    for (let i = 0; i < count; i++) {
      const lead = i === 0 && first !== undefined ? first : pad(indent);
      const key = goodKey();
      if (depth < 4 && chance(0.35)) {
        lines.push(`${lead}${key}:${comment()}`);
        if (chance(0.3)) lines.push(...seq(chance(0.5) ? indent : indent + 2, depth + 1));
        else lines.push(...map(indent + pick([1, 2, 2, 4]), depth + 1));
      } else lines.push(`${lead}${key}: ${value()}${comment()}`);
    }
    return lines;
  }

  function seq(indent: number, depth: number): string[] {
    const lines: string[] = [];
    const count = 1 + Math.floor(r() * 3);
    for (let i = 0; i < count; i++) {
      const dash = `${pad(indent)}-${chance(0.9) ? ' ' : '   '}`;
      if (depth < 4 && chance(0.4)) lines.push(...map(dash.length, depth + 1, dash));
      else lines.push(`${dash}${value()}${comment()}`);
    }
    return lines;
  }

  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const lines = map(0, 0);
    const edits = chance(0.45) ? 0 : 1 + Math.floor(r() * 2);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(r() * lines.length);
      const line = lines[at] ?? '';
      const roll = r();
      if (roll < 0.25) lines[at] = chance(0.5) ? ` ${line}` : line.replace(/^ {1,2}/, '');
      else if (roll < 0.5) lines.splice(at, 0, `${pad(Math.floor(r() * 5))}${pick(EXTRA_LINES)}`);
      else if (roll < 0.6) lines.splice(at, 0, line);
      else if (roll < 0.7) lines.splice(at, 1);
      else if (roll < 0.8)
        lines[at] = `${line}${pick(['  ', ' # c', '#c', ' ', ':', ' x', '\t', '\r'])}`;
      else lines[at] = line.replace(/: .*$/, `: ${value()}`);
    }
    const text = lines.join('\n') + (chance(0.85) ? '\n' : '');
    out.push(chance(0.04) ? text.replace(/\n/g, '\r\n') : text);
  }
  return out;
}

/** The repository's policies with one to three characters inserted, deleted or replaced. */
function mutatedPolicies(n: number, seed: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const docs = yamlFiles('policies').map((f) => readFileSync(f, 'utf8'));
  const chars = [
    ' ',
    '  ',
    '\n',
    ':',
    ': ',
    '-',
    '- ',
    '#',
    ' #',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '\\',
  ];
  chars.push('a', '1', '\r\n', '\r', '.', '&', '*', '!', '|', '>', '?', '~', '0x', '\t', 'é');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = pick(docs);
    for (let e = 1 + Math.floor(r() * 3); e > 0; e--) {
      const at = Math.floor(r() * t.length);
      const roll = r();
      if (roll < 0.4) t = t.slice(0, at) + pick(chars) + t.slice(at);
      else if (roll < 0.7) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 3));
      else t = t.slice(0, at) + pick(chars) + t.slice(at + 1);
    }
    out.push(t);
  }
  return out;
}

/** Hand-picked corner cases; each is compared, and those marked `fast` must take the shortcut. */
const CORNERS: { text: string; fast?: boolean }[] = [
  { text: 'a: 1\n', fast: true },
  { text: 'a: 1', fast: true },
  { text: '# c\n\na: x\nb: y # c\n', fast: true },
  { text: 'a:\n  b: 1\n  c: [x, "y", {k: v}]\n', fast: true },
  { text: 'a:\n- x\n- y: 1\n  z: 2\nb: 3\n', fast: true },
  { text: 'a:\n    - x\n    -   y: 1\n        z: 2\n', fast: true },
  { text: 'a:   "q"  # c\nb: \'s\'\n', fast: true },
  { text: 'a: # c\n  # d\n\n  b: 1\n', fast: true },
  { text: 'a: {}\nb: []\nc: { }\nd: [ ]\n', fast: true },
  { text: 'a:\n  - [x]\n  - {k: v}\n  - [[a, [b, {c: d}]]]\n', fast: true },
  { text: 'a:\n  b: 1\n# c\n  c: 2\n', fast: true },
  { text: 'a: b\n  # c\nd: e\n', fast: true },
  { text: 'x:\n- a:\n  - x\n  b: 1\n- c\n', fast: true },
  { text: 'x:\n  - a:\n     b: 1\n', fast: true },
  { text: 'a: 1\r\nb: [x, y]\r\nc:\r\n  - d\r\n', fast: true },
  { text: 'a: 1  \nb: x   \n', fast: true },
  { text: "a: [a:b, a#b, a  b, it's]\n", fast: false },
  { text: '"a b": 1\n\'c\': 2\n"": 3\n', fast: true },
  { text: 'aws:RequestedRegion: eu-west-1\n', fast: true },
  { text: 'a: 12:30\nb: 2026-01-05\nc: 1d\nd: 007\n', fast: true },
  { text: 'a: null\nb: Null\nc: NULL\nd: nULL\ne: ~\n' },
  { text: 'a: true\nb: True\nc: TRUE\nd: tRUE\ne: false\nf: False\ng: FALSE\n', fast: true },
  { text: 'a: yes\nb: no\nc: on\nd: off\n', fast: true },
  { text: 'a: 0x1F\n' },
  { text: 'a: 0o17\n' },
  { text: 'a: 1e3\n' },
  { text: 'a: 1.5\n' },
  { text: 'a: .inf\n' },
  { text: 'a: -1\n' },
  { text: 'a: +1\n' },
  { text: 'a: "x \\" y \\\\ z"\n', fast: true },
  { text: 'a: "x \\n y"\n' },
  { text: 'a: "\\u202E"\n' },
  { text: "a: 'x '' y'\n", fast: true },
  { text: 'a: x#y\nb: x #y\n', fast: true },
  { text: 'a: "x"#y\n' },
  { text: 'a:b\n' },
  { text: 'a: b: c\n' },
  { text: 'a: b\na: c\n' },
  { text: 'a: b\n"a": c\n' },
  { text: 'a: {x: 1, x: 2}\n' },
  { text: '__proto__: 1\n' },
  { text: '"__proto__": 1\n' },
  { text: 'x:\n  constructor: 1\n' },
  { text: 'x: {prototype: 1}\n' },
  { text: '<<: {a: 1}\n' },
  { text: 'a: 1\n\tb: 2\n' },
  { text: 'a:\tb\n' },
  { text: 'a: "\tb"\n' },
  { text: 'a: 1\rb: 2\n' },
  { text: 'a: 1\r' },
  { text: 'a: x\ry\n' },
  { text: 'a: "x\ry"\n' },
  { text: 'a: x\r\r\n' },
  { text: 'a: x \r\n# c\r\n', fast: true },
  { text: 'a: b\t\n' },
  { text: 'a: b\t# c\n' },
  { text: 'a: [b,\tc]\n' },
  { text: 'a:\n  - \tx\n' },
  { text: 'a:\t\n  b: 1\n' },
  { text: 'a: b\tc\n' },
  { text: 'a: "b"\t\n' },
  { text: 'a:\nb: 1\n' },
  { text: 'a:\n' },
  { text: 'a: # c\nb: 1\n' },
  { text: '---\na: 1\n' },
  { text: 'a: 1\n---\nb: 2\n' },
  { text: 'a: 1\n...\n' },
  { text: '%YAML 1.2\n---\na: 1\n' },
  { text: 'a: &x 1\nb: *x\n' },
  { text: '&x a: 1\n' },
  { text: 'a: !!str 1\n' },
  { text: '!!map\na: 1\n' },
  { text: 'a: [&x 1, *x]\n' },
  { text: 'a:\n  - &x b\n' },
  { text: 'a: |\n  text\n' },
  { text: 'a: >-\n  text\n' },
  { text: 'a: x\n  y\n' },
  { text: 'a: "x\n  y"\n' },
  { text: "a: 'x\n  y'\n" },
  { text: 'a: [x,\n  y]\n' },
  { text: 'a:\n  b: 1\n c: 2\n' },
  { text: 'a:\n    b: 1\n  c: 2\n' },
  { text: 'a:\n  - x\n - y\n' },
  { text: 'a:\n  - x\n    - y\n' },
  { text: 'a:\n  - x\n  b: 1\n' },
  { text: 'a:\n- x\n  - y\n' },
  { text: '- a\n- b\n' },
  { text: '  a: 1\n  b: 2\n' },
  { text: 'a:\n  - - x\n' },
  { text: 'a:\n  -\n    b: 1\n' },
  { text: 'a:\n  - # c\n    b: 1\n' },
  { text: 'a:\n  - ? b\n' },
  { text: '? a\n: b\n' },
  { text: 'a:\n  - b: 1\n   c: 2\n' },
  { text: 'a:\n  - b: 1\n     c: 2\n' },
  { text: 'a : b\n' },
  { text: '"a" : b\n' },
  { text: '"a":b\n' },
  { text: 'true: 1\n' },
  { text: '123: 1\n' },
  { text: 'null: 1\n' },
  { text: '~: 1\n' },
  { text: '"123": 1\n', fast: true },
  { text: 'a: [a, b,]\n' },
  { text: 'a: [, a]\n' },
  { text: 'a: [a: b]\n' },
  { text: 'a: {a:1}\n' },
  { text: 'a: {a}\n' },
  { text: 'a: {a: }\n' },
  { text: 'a: {"a":1}\n' },
  { text: 'a: ["a":1]\n' },
  { text: 'a: [[[[[x]]]]]\n' },
  { text: 'a: [a] x\n' },
  { text: 'a: [a]#c\n' },
  { text: 'a: [a] # c\n', fast: true },
  { text: 'a: [a #c]\n' },
  { text: `${'k'.repeat(1100)}: 1\n` },
  { text: `${'k'.repeat(900)}: 1\n`, fast: true },
  { text: 'a: b\u00a0\n' },
  { text: 'a:\u00a0b\n' },
  { text: 'a: \u202Eb\n' },
  { text: '\uFEFFa: 1\n' },
  { text: '' },
  { text: '# only a comment\n' },
  { text: 'a' },
  { text: '"a"' },
  { text: '[a]\n' },
  { text: 'a: x]\n' },
  { text: 'a: x [y]\n' },
  { text: 'a: - x\n' },
  { text: 'toString: 1\nhasOwnProperty: 2\n', fast: true },
  { text: grantYaml(), fast: true },
  { text: grantYaml({ targets: ['aws:111122223333', 'gcp:acme-prod'] }) },
];

/** ```yaml blocks of the READMEs next to the policies and grants (what users copy). */
function readmeBlocks(): string[] {
  const out: string[] = [];
  for (const file of ['grants/README.md', 'README.md']) {
    const md = readFileSync(file, 'utf8');
    for (const m of md.matchAll(/```yaml\n([\s\S]*?)```/g)) out.push(m[1]!);
  }
  return out;
}

void describe('plain YAML reader', () => {
  void it('reads every policy file of the repository, exactly as the hardened reader does', () => {
    const files = yamlFiles('policies');
    assert.ok(files.length >= 5);
    for (const f of files) assert.equal(compare(readFileSync(f, 'utf8')), 'fast', f);
    const r = readPlainYaml(readFileSync('policies/rules.yaml', 'utf8'));
    assert.deepStrictEqual(r?.locate(['rules', 1, 'approval', 'reviewers', 'from', 0]), {
      line: 27,
      column: 13,
    });
  });

  void it('agrees on the other YAML of the repository and on hand-picked corner cases', (t) => {
    const texts = [
      ...[...yamlFiles('grants'), ...yamlFiles('test')].map((f) => readFileSync(f, 'utf8')),
      ...readmeBlocks(),
    ];
    const counts = { fast: 0, declined: 0, invalid: 0 };
    for (const text of texts) counts[compare(text)]++;
    for (const { text, fast } of CORNERS) {
      const outcome = compare(text);
      counts[outcome]++;
      if (fast === true) assert.equal(outcome, 'fast', JSON.stringify(text));
      if (fast === false) assert.notEqual(outcome, 'fast', JSON.stringify(text));
    }
    t.diagnostic(`${texts.length + CORNERS.length} inputs: ${JSON.stringify(counts)}`);
    assert.ok(counts.fast >= 30 && counts.invalid >= 30);
  });

  void it('gives exactly the hardened reading on thousands of generated near-misses', (t) => {
    for (const [name, cases] of [
      ['generated documents', generated(5000, 20260301)],
      ['mutated policies', mutatedPolicies(600, 20260302)],
    ] as const) {
      const counts = { fast: 0, declined: 0, invalid: 0 };
      for (const text of cases) counts[compare(text)]++;
      t.diagnostic(`${cases.length} ${name}: ${JSON.stringify(counts)}`);
      const { fast, invalid } = counts;
      assert.ok(
        fast > cases.length / 4,
        `${name}: only ${fast} of ${cases.length} took the shortcut`,
      );
      assert.ok(invalid > cases.length / 10, `${name}: only ${invalid} were invalid`);
    }
  });

  void it('imports nothing at run time (so the yaml library stays unloaded)', () => {
    const source = readFileSync('action/src/yaml/plain-yaml.ts', 'utf8');
    const imports = source.split('\n').filter((l) => /^\s*import\b|\brequire\(|\bimport\(/.test(l));
    assert.deepStrictEqual(imports, [`import type { DataPath, Location } from './read-yaml.js';`]);
  });
});
