/**
 * The shortcuts audit takes on hot paths give exactly what the general code gives: code-unit order
 * where localeCompare is replaced (grant ids and UTC stamps), and isoTime's as-written return for
 * UTC second stamps (against Date.parse, including the dates it rolls over).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isoTime } from '../../action/src/audit/iso-time.js';
import { allIds, allStamps, byCodeUnit } from '../../action/src/audit/text-order.js';
import { isoSeconds } from '../../action/src/core/clock.js';
import { rng as seeded } from '../support/synthetic/factory.js';

/** A seeded generator of numbers in [0, 1) (the synthetic history's mulberry32). */
const rng = (seed: number): (() => number) => seeded(seed).next;

const sign = (n: number) => Math.sign(n);

void describe('audit shortcuts', () => {
  void it('code-unit order equals localeCompare for grant ids and for UTC stamps', () => {
    const r = rng(7);
    const word = () => {
      const chars = 'abcmxyz0159-';
      let s = '';
      for (let n = Math.floor(r() * 10); n > 0; n--) s += chars[Math.floor(r() * chars.length)];
      return s;
    };
    const iso = (ms: number) => isoSeconds(new Date(ms));
    const stamp = () => (r() < 0.05 ? '' : iso(Math.floor(r() * 4e12)));
    for (const make of [word, stamp]) {
      for (let i = 0; i < 20_000; i++) {
        const a = make();
        const near = () =>
          make === word
            ? a.slice(0, Math.floor(r() * a.length)) + make()
            : a && iso(Date.parse(a) + Math.floor(r() * 1e7));
        const b = r() < 0.5 ? near() : make();
        assert.ok(make === word ? allIds([a, b]) : allStamps([a, b]), `${a} ${b}`);
        assert.equal(sign(byCodeUnit(a, b)), sign(a.localeCompare(b)), `${a} vs ${b}`);
      }
    }
    for (const other of ['G-1', 'g_1', 'é', 'g 1', 'g:1'])
      assert.equal(allIds(['g-1', other]), false, other);
    assert.equal(allStamps(['2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z']), false);
  });

  void it('isoTime equals Date.parse + isoSeconds on stamps, offsets and impossible dates', () => {
    const slow = (t: string) => {
      const ms = Date.parse(t);
      return Number.isNaN(ms) ? undefined : isoSeconds(new Date(ms));
    };
    const r = rng(11);
    const two = (n: number) => String(n).padStart(2, '0');
    const cases = [
      '2025-02-29T00:00:00Z',
      '2024-02-29T12:00:00Z',
      '2100-02-29T00:00:00Z',
      '2000-02-29T00:00:00+00:00',
      '2025-04-31T00:00:00Z',
      '2025-01-01T24:00:00Z',
      '2025-01-01T23:60:00Z',
      '2025-01-01T23:59:60Z',
      '2025-13-01T00:00:00Z',
      '2025-00-10T00:00:00Z',
      '2025-01-00T00:00:00Z',
      '0999-01-01T00:00:00Z',
      '2025-12-31T21:03:43+02:00',
      '2025-12-31T21:03:43-00:00',
      '2025-12-31T21:03:43.5Z',
      '2025-12-31 21:03:43Z',
      'yesterday',
      '',
    ];
    for (let i = 0; i < 20_000; i++) {
      const y = 1990 + Math.floor(r() * 130);
      const mo = Math.floor(r() * 14);
      const d = Math.floor(r() * 33);
      const h = Math.floor(r() * 26);
      const tail = r() < 0.5 ? 'Z' : '+00:00';
      cases.push(
        `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(Math.floor(r() * 61))}:${two(Math.floor(r() * 61))}${tail}`,
      );
    }
    for (const c of cases) assert.equal(isoTime(c), slow(c), c);
  });
});
