/** Dispatches `breakglass <command>` to its adapter and maps failures to the exit-code contract. */
import { errorMessage, isUsageError } from '../core/errors.js';
import { EXIT, type CliIo } from './io.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Each command's code is evaluated only when it runs, so `validate` never starts Octokit; the demo
// (the sandbox's fakes) is a separate bundle file that other commands never read (scripts/build.mjs).
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  validate: { load: async () => (await import('./validate-cmd.js')).validateCmd, summary: 'check every policy and grant file' },
  decide: { load: async () => (await import('./decide-cmd.js')).decideCmd, summary: 'the decision for one grant PR' },
  plan: { load: async () => (await import('./plan-cmd.js')).planCmd, summary: 'what reconcile would change, with the exact AWS documents and GCP bindings' },
  reconcile: { load: async () => (await import('./plan-cmd.js')).reconcileCmd, summary: 'apply what is due and revoke what has expired' },
  request: { load: async () => (await import('./request-cmd.js')).requestCmd, summary: 'open a grant PR (or print the file with --dry-run)' },
  audit: { load: async () => (await import('./audit-cmd.js')).auditCmd, summary: 'the audit report from git history (exit 1 when it finds anomalies)' },
  demo: { load: async () => (await import('./demo-cmd.js')).demoCmd, summary: 'the whole lifecycle against local loopback services, narrated' },
  doctor: { load: async () => (await import('./doctor-cmd.js')).doctorCmd, summary: "name the repository's weak guardrails (exit 1 when any)" },
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
    const run = await cmd.load();
    return await run(rest, io);
  } catch (e) {
    if (isUsageError(e)) {
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
