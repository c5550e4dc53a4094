/**
 * parseTrailers walks the lines of the message instead of splitting and matching it (it runs once
 * per commit); on generated messages it gives exactly what the split-based reading gives, and so
 * does the log parser, which reads ASCII messages from their bytes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrailers } from '../../action/src/audit/trailer-parse.js';
import { parseRecord } from '../../action/src/repo/log-records.js';
import { rng as seeded } from '../support/synthetic/factory.js';

/** The reading before the shortcut, kept as the reference. */
function reference(message: string): Map<string, string[]> {
  const paragraphs = message
    .replace(/\r\n/g, '\n')
    .trimEnd()
    .split(/\n\s*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1]! : '';
  const out = new Map<string, string[]>();
  let lastKey: string | undefined;
  for (const line of last.split('\n')) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*):\s?(.*)$/.exec(line);
    if (m) {
      lastKey = m[1]!;
      const list = out.get(lastKey) ?? [];
      list.push(m[2]!.trim());
      out.set(lastKey, list);
    } else if (/^\s+\S/.test(line) && lastKey) {
      const list = out.get(lastKey)!;
      list[list.length - 1] = `${list[list.length - 1]} ${line.trim()}`;
    } else {
      return new Map();
    }
  }
  return out;
}

const PIECES = [
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '\n \n',
  '\n\t\n',
  '\n\u00a0\n',
  '\n\u2028\n',
  ' ',
  '\t',
  '\r',
  'Subject line (#12)',
  'Body text, with: a colon',
  'Breakglass-Grant: g-1',
  'Breakglass-Action: approve',
  'Signed-off-by: A <a@example.com>',
  'Key:value',
  'Key:',
  '  continued',
  '-not-a-key: x',
  'Ünï: x',
  'Breakglass-Time: 2026-01-01T00:00:00Z',
  'Breakglass-Result: prod-readonly applied',
  'K:\u2028v',
  'K: a\rb',
  'K:\u00a0x\u00a0',
  '\u3000',
  '\ufeff',
  '\u2029',
  'Key',
];

/** A seeded generator of numbers in [0, 1) (the synthetic history's mulberry32). */
const rng = (seed: number): (() => number) => seeded(seed).next;

function messages(seed: number, count: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let m = '';
    for (let n = Math.floor(r() * 12); n > 0; n--) m += PIECES[Math.floor(r() * PIECES.length)];
    out.push(m);
  }
  return out;
}

/** A `git log` record (log-records.ts) carrying `message`. */
function record(message: string): Buffer {
  const f = '\x1fN';
  const head = `${'a'.repeat(40)}\x1f\x1f2026-01-01T00:00:00+00:00\x1f2026-01-01T00:00:00+00:00`;
  return Buffer.from(`${head}${f}A${f}a@example.com${f}${message}${f}\0`);
}

void describe('parseTrailers', () => {
  void it('equals the split-based reading on generated messages', () => {
    for (const m of messages(3, 30_000))
      assert.deepStrictEqual(parseTrailers(m), reference(m), JSON.stringify(m));
  });

  void it('reads the same from the bytes of a git log record', () => {
    for (const m of messages(5, 10_000)) {
      const bytes = record(m);
      const c = parseRecord(bytes, 0, bytes.length, Buffer.from('\x1fN'));
      assert.deepStrictEqual(c.trailers, reference(m), JSON.stringify(m));
      assert.equal(c.subject, m.split('\n')[0], JSON.stringify(m));
    }
  });
});
