#!/usr/bin/env node
/** `npx breakglass`: the CLI entry. It only wires the real process to runCli. */
import { realSleep, systemClock } from './core/clock.js';
import { runCli } from './cli/main.js';

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  env: process.env,
  cwd: process.cwd(),
  clock: systemClock,
  sleep: realSleep,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`breakglass: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
