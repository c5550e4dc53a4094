/**
 * `breakglass audit`: every grant's lifecycle and the anomalies, from git history alone. Two git
 * processes however long the history: one `git log` (history.ts) and one `git cat-file --batch` for
 * the grant files as their adding commits wrote them. Settings come from the policies on the
 * checkout; when those are invalid the defaults are used and the report says so.
 */
import { findAnomalies } from '../audit/anomalies.js';
import { historyFacts } from '../audit/facts.js';
import { buildLifecycles, grantFileSpecs } from '../audit/lifecycle.js';
import { buildReport, type AuditReport } from '../audit/report.js';
import { isoSeconds, type Clock } from '../core/clock.js';
import { formatFinding } from '../core/finding.js';
import { DEFAULT_SETTINGS, type Settings } from '../policy/model.js';
import type { BlobReader } from '../repo/blobs.js';
import type { RepoFiles } from '../repo/files.js';
import type { HistorySource } from '../repo/history.js';
import { loadPolicies } from '../repo/load-all.js';

export interface AuditDeps {
  repo: RepoFiles;
  history: HistorySource;
  blobs: BlobReader;
  clock: Clock;
}

export interface AuditOptions {
  since?: Date | undefined;
  until?: Date | undefined;
  /** The "now" of statuses and overdue checks; default the clock. */
  at?: Date | undefined;
}

async function settingsFrom(repo: RepoFiles): Promise<{ settings: Settings; warnings: string[] }> {
  const policies = await loadPolicies(repo);
  if (policies.loaded) return { settings: policies.loaded.policy.settings, warnings: [] };
  const errors = policies.findings.filter((f) => f.severity === 'error');
  const shown = errors.slice(0, 3).map(formatFinding).join('; ');
  return {
    settings: DEFAULT_SETTINGS,
    warnings: [
      `policies/ are invalid (${errors.length} error(s): ${shown}${errors.length > 3 ? '; …' : ''}); default settings were used`,
    ],
  };
}

export async function audit(deps: AuditDeps, opts: AuditOptions = {}): Promise<AuditReport> {
  const generated = deps.clock.now();
  const at = opts.at ?? generated;
  const [{ settings, warnings }, commits] = await Promise.all([
    settingsFrom(deps.repo),
    deps.history.commits(),
  ]);
  const facts = historyFacts(commits);
  const files = await deps.blobs.read(grantFileSpecs(facts));
  const grants = buildLifecycles(facts, files, { at, settings });
  const anomalies = findAnomalies(facts, grants, { at, settings });
  return buildReport({
    grants,
    anomalies,
    generatedAt: isoSeconds(generated),
    at: isoSeconds(at),
    since: opts.since && isoSeconds(opts.since),
    until: opts.until && isoSeconds(opts.until),
    settings: {
      lateRevokeMinutes: settings.lateRevokeMinutes,
      reviewDueHours: settings.review.dueHours,
      overuse: { ...settings.overuse },
    },
    warnings,
  });
}
