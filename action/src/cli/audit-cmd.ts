/**
 * CLI adapter for `audit [--since ISO] [--until ISO] [--format md|json|csv] [--at ISO]` over the
 * local checkout (run it with full history: `fetch-depth: 0` in a workflow).
 * Exit codes: 0 no anomaly in the window; 1 at least one anomaly (the report is still printed in
 * full), or the audit could not run (message on stderr); 2 usage.
 */
import { audit } from '../commands/audit.js';
import { UsageError } from '../core/errors.js';
import { reportCsv } from '../audit/report-csv.js';
import { reportMarkdown } from '../audit/report-md.js';
import { reportJson } from '../audit/report.js';
import { gitBlobs } from '../repo/blobs.js';
import { localRepo } from '../repo/files.js';
import { gitHistory } from '../repo/history.js';
import { isoFlag, oneOf, parse } from './args.js';
import { EXIT, type CliIo } from './io.js';

export async function auditCmd(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    since: { type: 'string' },
    until: { type: 'string' },
    at: { type: 'string' },
    format: { type: 'string' },
  });
  const format = oneOf('format', values.format, ['md', 'json', 'csv'] as const, 'md');
  const since = isoFlag('since', values.since);
  const until = isoFlag('until', values.until);
  if (since && until && since >= until) throw new UsageError('--since must be before --until');
  const report = await audit(
    {
      repo: localRepo(io.cwd),
      // Spooled: the one history read whose speed is measured (issue #8); nothing is revoked by it.
      history: gitHistory(io.cwd, 'HEAD', { spool: true }),
      blobs: gitBlobs(io.cwd),
      clock: io.clock,
    },
    { since, until, at: isoFlag('at', values.at) },
  );
  for (const w of report.warnings) io.err(`warning: ${w}`);
  if (format === 'json') io.out(JSON.stringify(reportJson(report), null, 2));
  else if (format === 'csv') io.out(reportCsv(report).replace(/\r\n$/, ''));
  else io.out(reportMarkdown(report));
  return report.anomalies.length > 0 ? EXIT.failed : EXIT.ok;
}
