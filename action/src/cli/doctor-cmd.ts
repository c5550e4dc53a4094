/** CLI adapter for `doctor [--repo owner/name] [--format text|json]`: exit 1 when any guardrail is weak. */
import { doctor } from '../commands/doctor.js';
import { oneOf, parse } from './args.js';
import { githubFromEnv } from './github-from-env.js';
import { EXIT, type CliIo } from './io.js';

const MARK = { ok: 'ok  ', weak: 'WEAK', unverified: '??  ' } as const;

export async function doctorCmd(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { repo: { type: 'string' }, format: { type: 'string' } });
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const report = await doctor(githubFromEnv(io, values.repo));
  if (format === 'json') io.out(JSON.stringify(report, null, 2));
  else {
    for (const c of report.checks) io.out(`${MARK[c.status]} ${c.id}: ${c.message}`);
    io.out(`${report.weak.length} weak, ${report.unverified.length} unverified (a token that cannot read a setting is reported, never guessed)`);
  }
  return report.weak.length > 0 ? EXIT.failed : EXIT.ok;
}
