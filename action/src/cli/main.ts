/** Dispatches `breakglass <command>` to its adapter and maps failures to the exit-code contract. */
import { errorMessage, UsageError } from '../core/errors.js';
import { auditCmd } from './audit-cmd.js';
import { decideCmd } from './decide-cmd.js';
import { demoCmd } from './demo-cmd.js';
import { doctorCmd } from './doctor-cmd.js';
import { EXIT, type CliIo } from './io.js';
import { planCmd, reconcileCmd } from './plan-cmd.js';
import { requestCmd } from './request-cmd.js';
import { validateCmd } from './validate-cmd.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  validate: { run: validateCmd, summary: 'check every policy and grant file' },
  decide: { run: decideCmd, summary: 'the decision for one grant PR' },
  plan: { run: planCmd, summary: 'what reconcile would change, with the exact AWS documents and GCP bindings' },
  reconcile: { run: reconcileCmd, summary: 'apply what is due and revoke what has expired' },
  request: { run: requestCmd, summary: 'open a grant PR (or print the file with --dry-run)' },
  audit: { run: auditCmd, summary: 'the audit report from git history (exit 1 when it finds anomalies)' },
  demo: { run: demoCmd, summary: 'the whole lifecycle against local loopback services, narrated' },
  doctor: { run: doctorCmd, summary: "name the repository's weak guardrails (exit 1 when any)" },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return ['usage: breakglass <command> [options]', '', ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`)].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.err(`unknown command "${name}"\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`breakglass ${name}: ${e.message}`);
      return EXIT.usage;
    }
    io.err(`breakglass ${name} failed: ${errorMessage(e)}`);
    if (io.env.SHOW_STACK_TRACE === 'true' && e instanceof Error) io.err(e.stack ?? '');
    return EXIT.failed;
  }
}

/** Exported for the command table tests and the demo. */
export const commandNames = (): string[] => Object.keys(COMMANDS);
