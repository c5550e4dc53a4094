/** Runs the CLI in-process with captured output, a fixed clock and no real sleeping. */
import { ManualClock } from '../../action/src/core/clock.js';
import type { CliIo } from '../../action/src/cli/io.js';
import { runCli } from '../../action/src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** Output lines, for checks that no line starts a workflow command. */
  lines: string[];
}

export async function runCliAt(argv: string[], o: { cwd: string; at: string | Date; env?: Record<string, string | undefined> }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env: o.env ?? {}, cwd: o.cwd, clock: new ManualClock(o.at), sleep: async () => {} };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), lines: out };
}
