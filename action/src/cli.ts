#!/usr/bin/env node
/** `npx breakglass`: the CLI entry. It only wires the real process to runCli. */
import { realSleep, systemClock } from './core/clock.js';
import { runCli } from './cli/main.js';

// The AWS SDK warns on every start that future releases will need Node 22. The action runs on
// node24; on a Node 20 developer machine the notice is known and only drowns the CLI's output.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = warning instanceof Error ? `${warning.name} ${warning.message}` : String(warning);
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
  if (type === 'NodeVersionSupportWarning' || text.includes('NodeVersionSupportWarning')) return;
  (emitWarning as (...a: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

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
