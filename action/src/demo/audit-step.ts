/** The demo's last step: the audit report of the sandbox repository, as `breakglass audit --format md` prints it. */
import { ManualClock } from '../core/clock.js';
import { runCli } from '../cli/main.js';

export async function auditStep(dir: string, now: Date): Promise<string> {
  const lines: string[] = [];
  await runCli(['audit', '--format', 'md', '--at', now.toISOString().replace(/\.\d{3}Z$/, 'Z')], {
    out: (t) => lines.push(t),
    err: (t) => lines.push(t),
    env: {},
    cwd: dir,
    clock: new ManualClock(now),
    sleep: async () => {},
  });
  return lines.join('\n');
}
