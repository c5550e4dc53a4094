/**
 * The plain-subset reader is only a shortcut: on every input, audit's fields for a grant file equal
 * what the hardened parser and the schema give. Checked on hand-picked YAML corner cases and on
 * thousands of generated near-misses (files stitched from valid and subtly invalid lines), with a
 * floor on how many take the shortcut so the test cannot pass by always falling back.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { grantFileFields, parsedFields } from '../../action/src/audit/grant-fields.js';
import { NOT_A_STRING, readPlainGrant } from '../../action/src/audit/plain-grant.js';
import { rng as seeded } from '../support/synthetic/factory.js';

const PATH = 'grants/g-1.yaml';
const MAX = 16 * 1024;
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

const BASE =
  'requester: alice\nbundle: prod-readonly\nduration: 2h\nreason: "Investigating the 5xx spike after the deploy"\nincident: INC-1234\n';

const VALUES = [
  'alice',
  'user-0309',
  '8h',
  '1d',
  '2h30m',
  '123',
  '0x1F',
  '0o17',
  '1e3',
  '1.5',
  '1_000',
  '1.',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'true',
  'False',
  'yes',
  'off',
  '.inf',
  '-1',
  '+1',
  'a: b',
  'a:b',
  'a:',
  'a #c',
  'a#c',
  'a # c',
  'INC-1',
  '"quoted"',
  '"with \\" escape"',
  '"with \\\\ backslash"',
  '"with \\n newline"',
  '"with \\t tab"',
  '"with \\u202E bidi"',
  '"with \\/ slash"',
  '""',
  "'single ''quote'''",
  "'unterminated",
  '"unterminated',
  '"a" x',
  "'a' 'b'",
  '"a" # c',
  '[a, b]',
  '{a: 1}',
  'x ]',
  'x }',
  '&anchor x',
  '*alias',
  '!tag x',
  '!!str 1',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  '-',
  '- x',
  '? x',
  ': x',
  ',x',
  "it's fine",
  "it's [[[[[[[[[[[[[[[[[[ deep",
  '"[[[[[[[[[[[[[[[[[["',
  'say "hi" now',
  'a\\b',
  'Reason with enough words in it',
  '=HYPERLINK("http://evil.example","click") payments',
  '"=HYPERLINK(\\"http://evil.example\\",\\"click\\") payments"',
  'Ünïcödé reason text here',
  'tab\there',
  'x'.repeat(2500),
  `"${'y'.repeat(2100)}"`,
  'aws:123456789012',
  'gcp:my-project-1',
];

const KEYS = [
  'requester',
  'bundle',
  'duration',
  'reason',
  'incident',
  'ticket',
  'start',
  'extends',
  'targets',
  'foo',
  'Reason',
  '__proto__',
  '<<',
];

const EXTRA_LINES = [
  '',
  '# a comment',
  '  # indented comment',
  '   ',
  '---',
  '...',
  '%YAML 1.2',
  '  continued plain text',
  'targets:',
  '- aws:123456789012',
  '  - aws:123456789012',
  '  - gcp:my-project-1',
  '    - gcp:other-proj',
  '  - "aws:123456789012"',
  "  - 'gcp:quoted-proj'",
  '  - 123',
  '  - null',
  '  - a: b',
  '  - - x',
  '  -x',
  'targets: []',
  'targets: [aws:111122223333]',
  'targets: [aws:111122223333, "gcp:my-project-1"]',
  "targets: [ 'gcp:my-project-1' ,aws:111122223333 ]",
  'targets: [aws:111122223333,]',
  'targets: [aws: 111122223333]',
  'targets: [aws:111122223333, 123]',
  'targets: [aws:111122223333, null]',
  'targets: [[aws:1]]',
  'targets: ["a,b"]',
  'targets: ["a]b"]',
  'targets: [a #c]',
  'targets: [aws:1] # c',
  'targets: [aws:1',
  "# it's [[[[[[[[[[[[[[[[[[",
  '# [[[[[[[[[[[[[[[[[[',
  'requester:alice',
  'requester:  alice',
  'requester: alice ',
  ' requester: alice',
  'requester : alice',
];

/** A seeded generator of numbers in [0, 1) (the synthetic history's mulberry32). */
const rng = (seed: number): (() => number) => seeded(seed).next;

function generated(n: number): string[] {
  const r = rng(20260101);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const lines = BASE.trimEnd().split('\n');
    const edits = 1 + Math.floor(r() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(r() * (lines.length + 1));
      const roll = r();
      if (roll < 0.4) {
        const i = Math.min(at, lines.length - 1);
        lines[i] = `${lines[i]!.split(':')[0]!}: ${pick(VALUES)}`;
      } else if (roll < 0.6) lines.splice(at, 0, `${pick(KEYS)}: ${pick(VALUES)}`);
      else if (roll < 0.8) lines.splice(at, 0, pick(EXTRA_LINES));
      else if (roll < 0.9)
        lines.splice(at, 0, 'targets:', pick(EXTRA_LINES.slice(9, 20)), pick(EXTRA_LINES));
      else lines.splice(at, 0, pick(EXTRA_LINES.slice(20, 37)));
    }
    const text = lines.join('\n') + (r() < 0.8 ? '\n' : '');
    out.push(r() < 0.03 ? text.replace(/\n/g, '\r\n') : text);
  }
  return out;
}

void describe('plain grant reader', () => {
  void it('reads the usual shapes, and types values as the core schema does', () => {
    const g = readPlainGrant(
      bytes(
        `${BASE}ticket: 12\nextends: null\ntargets:\n  - aws:123456789012\n  - 'gcp:my-project-1'\n`,
      ),
      MAX,
    );
    assert.ok(g);
    assert.equal(g.get('reason'), 'Investigating the 5xx spike after the deploy');
    assert.equal(g.get('ticket'), NOT_A_STRING);
    assert.equal(g.get('extends'), NOT_A_STRING);
    assert.deepEqual(g.get('targets'), ['aws:123456789012', 'gcp:my-project-1']);
    for (const outside of [
      `${BASE}reason: again\n`,
      `${BASE}ticket: x # comment\n`,
      `${BASE}foo: bar\n`,
      'requester: "Ünïcödé"\n',
      `${BASE}targets: [[aws:123456789012]]\n`,
      `${BASE}`.replace(/\n/g, '\r\n'),
      '',
      '# only a comment\n',
      'x'.repeat(MAX + 1),
    ])
      assert.equal(readPlainGrant(bytes(outside), MAX), undefined, outside.slice(0, 60));
  });

  void it('gives exactly the hardened reading on every generated near-miss', () => {
    const single = KEYS.flatMap((k) =>
      VALUES.map((v) =>
        BASE.includes(`${k}:`)
          ? BASE.replace(new RegExp(`^${k}: .*$`, 'm'), `${k}: ${v}`)
          : `${BASE}${k}: ${v}\n`,
      ),
    );
    const lists = EXTRA_LINES.flatMap((a) =>
      EXTRA_LINES.map((b) => `${BASE}targets:\n  - aws:123456789012\n${a}\n${b}\n`),
    );
    const cases = [BASE, ...single, ...lists, ...generated(4000)];
    let shortcut = 0;
    for (const text of cases) {
      const b = bytes(text);
      if (readPlainGrant(b, MAX)) shortcut += 1;
      assert.deepStrictEqual(grantFileFields(b, PATH), parsedFields(b, PATH), JSON.stringify(text));
    }
    assert.ok(shortcut > cases.length / 8, `only ${shortcut} of ${cases.length} took the shortcut`);
    assert.ok(shortcut < cases.length, 'some fell back');
  });
});
