/** CLI adapter for `validate [--format text|json|github]`. */
import { formatFinding } from '../core/finding.js';
import { validate } from '../commands/validate.js';
import { localRepo } from '../repo/files.js';
import { findingCommand } from '../report/workflow-commands.js';
import { oneOf, parse } from './args.js';
import { EXIT, type CliIo } from './io.js';

export async function validateCmd(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { format: { type: 'string' } });
  const format = oneOf('format', values.format, ['text', 'json', 'github'] as const, 'text');
  const r = await validate(localRepo(io.cwd));
  if (format === 'json') io.out(JSON.stringify(r, null, 2));
  else if (format === 'github') for (const f of r.findings) io.out(findingCommand(f));
  else {
    for (const f of r.findings) io.out(formatFinding(f));
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    io.out(`${r.valid ? 'valid' : 'invalid'}: ${r.policyFiles} policy file(s), ${r.grantFiles} grant file(s), ${errors} error(s), ${r.findings.length - errors} warning(s)`);
  }
  return r.valid ? EXIT.ok : EXIT.failed;
}
