/** What a CLI command may touch: output streams, environment, working directory, clock. Injected so tests run commands in-process. */
import type { Clock, Sleep } from '../core/clock.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  clock: Clock;
  sleep: Sleep;
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
