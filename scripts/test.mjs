#!/usr/bin/env node
// Runs every test/**/*.test.ts with node:test + tsx. Node 20's --test does not expand globs, so the
// file list is built here. Every file runs with the loopback-only network guard preloaded.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (p.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = collect('test').filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--import', './test/support/loopback-only.ts', '--test', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', BREAKGLASS_TEST: '1' } },
);
process.exit(result.status ?? 1);
