/**
 * parseTrailers finds the last paragraph without splitting the message (it runs once per commit);
 * on generated messages it gives exactly what the split-based reading gives.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrailers } from '../../action/src/audit/trailer-format.js';
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
];

/** A seeded generator of numbers in [0, 1) (the synthetic history's mulberry32). */
const rng = (seed: number): (() => number) => seeded(seed).next;

void describe('parseTrailers', () => {
  void it('equals the split-based reading on generated messages', () => {
    const r = rng(3);
    for (let i = 0; i < 30_000; i++) {
      let m = '';
      for (let n = Math.floor(r() * 12); n > 0; n--) m += PIECES[Math.floor(r() * PIECES.length)];
      assert.deepStrictEqual(parseTrailers(m), reference(m), JSON.stringify(m));
    }
  });
});
