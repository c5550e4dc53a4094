#!/usr/bin/env node
// `npm run test:security`: runs every test file the threat/fault registry (test/security/registry.ts)
// names, with node's test runner, then prints one line per row (id, title, status, proof or reason)
// and ends with `threats covered N/M` and `faults survived N/F`. A row is covered only when a test
// whose title carries its id passed in THIS run. Exits non-zero if any test failed or a row is not covered.
// Run with tsx (`node --import tsx scripts/security-report.mjs`) so the registry can be imported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_ROWS, FAULTS, THREATS, titleHasId } from '../test/security/registry.ts';

const files = [
  ...new Set([
    'test/security/model.test.ts',
    'test/security/fuzz.test.ts',
    ...ALL_ROWS.flatMap((r) => r.files),
  ]),
].sort();
const dir = mkdtempSync(join(tmpdir(), 'breakglass-security-'));
const out = join(dir, 'results.jsonl');
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--import',
    './test/support/loopback-only.ts',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=dot',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/security-reporter.mjs',
    `--test-reporter-destination=${out}`,
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', BREAKGLASS_TEST: '1' } },
);
let results = [];
try {
  results = readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
} catch {
  /* no results: every row is uncovered below */
}
rmSync(dir, { recursive: true, force: true });

const failed = results.filter((r) => !r.pass && !r.skip);
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const rows = ALL_ROWS.map((row) => {
  const mine = results.filter((r) => titleHasId(r.name, row.id));
  const passed = mine.filter((r) => r.pass);
  const failing = mine.filter((r) => !r.pass && !r.skip);
  const status =
    failing.length > 0
      ? 'FAILED'
      : passed.length > 0
        ? row.notHere
          ? 'covered (config)'
          : 'covered'
        : 'NOT covered';
  return { row, status, passed, failing };
});

console.log('\nThreat model coverage (THREAT-MODEL.md), proved by tests named with the id\n');
console.log(`${'id'.padEnd(7)}${'status'.padEnd(18)}${'tests'.padStart(5)}  title / proof`);
for (const { row, status, passed } of rows) {
  console.log(
    `${row.id.padEnd(7)}${status.padEnd(18)}${String(passed.length).padStart(5)}  ${clip(row.title, 90)}`,
  );
  console.log(`${' '.repeat(32)}proof: ${clip(row.proof, 110)}`);
  if (row.notHere) console.log(`${' '.repeat(32)}not runnable here: ${clip(row.notHere, 100)}`);
  for (const p of passed.slice(0, 3)) console.log(`${' '.repeat(32)}✓ ${clip(p.name, 100)}`);
  if (passed.length > 3) console.log(`${' '.repeat(32)}  … and ${passed.length - 3} more`);
}
if (failed.length > 0) {
  console.log(`\n${failed.length} test(s) failed:`);
  for (const r of failed)
    console.log(
      `  ✗ ${r.name} (${r.file ?? '?'})\n      ${clip((r.error ?? '').replace(/\s+/g, ' '), 300)}`,
    );
}
const count = (list) =>
  rows.filter((x) => list.includes(x.row) && x.status.startsWith('covered')).length;
console.log(`\n${results.length} tests ran, ${failed.length} failed`);
console.log(`threats covered ${count(THREATS)}/${THREATS.length}`);
console.log(`faults survived ${count(FAULTS)}/${FAULTS.length}`);
const uncovered = rows.filter((x) => !x.status.startsWith('covered'));
process.exit(
  run.status !== 0 || failed.length > 0 || uncovered.length > 0 || results.length === 0 ? 1 : 0,
);
