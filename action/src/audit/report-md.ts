/**
 * The audit report as Markdown for a GitHub job summary. Every value that history or a grant file
 * supplies is in a code span (pipes escaped for tables) or passed through escapeText, so a hostile
 * reason, author name or path cannot add HTML, links, mentions or table cells. Job summaries are
 * capped at 1 MiB, so long tables are cut (the newest rows kept) with a pointer to the artifacts.
 */
import { code, escapeText } from '../report/markdown.js';
import { ANOMALY_CLASSES } from './anomalies.js';
import { GRANT_STATUSES, type GrantLifecycle } from './lifecycle.js';
import type { AuditReport } from './report.js';

export interface MarkdownOptions {
  maxGrantRows?: number;
  maxAnomalyRows?: number;
}

/** A table cell: a code span that cannot end the cell early; empty for nothing. */
export function cell(value: string | number | readonly string[] | undefined, max = 120): string {
  if (value === undefined) return '';
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  if (text === '') return '';
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return code(cut).replace(/\|/g, '\\|');
}

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const header = (names: readonly string[]): string[] => [row(names), row(names.map(() => '---'))];

function lastRows<T>(items: readonly T[], max: number): { shown: readonly T[]; cut: number } {
  return items.length > max
    ? { shown: items.slice(items.length - max), cut: items.length - max }
    : { shown: items, cut: 0 };
}

const windowText = (r: AuditReport): string =>
  r.since === undefined && r.until === undefined
    ? 'all history'
    : `${r.since ? code(r.since) : 'the beginning'} to ${r.until ? code(r.until) : 'now'}`;

function grantRow(g: GrantLifecycle): string {
  const revoked = g.revokedAt ? `${g.revokedAt} (${g.revokeReason ?? ''})` : undefined;
  return row([
    cell(g.id, 64),
    cell(g.status),
    cell(g.requester, 40),
    cell(g.bundle, 64),
    cell(g.decision === 'none' ? 'none' : `${g.decision}${g.rule ? ` (${g.rule})` : ''}`, 80),
    cell(g.approvers, 80),
    cell(g.pr === undefined ? undefined : `#${g.pr}`, 12),
    cell(g.approvedAt),
    cell(g.expires),
    cell(g.appliedAt),
    cell(revoked),
    cell(g.reviewedAt ? `${g.reviewedAt} by ${g.reviewer ?? ''}` : undefined, 80),
    cell(g.incident, 64),
    cell(g.reason),
  ]);
}

export function reportMarkdown(r: AuditReport, opts: MarkdownOptions = {}): string {
  const maxGrants = opts.maxGrantRows ?? 300;
  const maxAnomalies = opts.maxAnomalyRows ?? 500;
  const out: string[] = ['## Breakglass audit', ''];
  out.push(
    `Window: ${windowText(r)}. Statuses and overdue checks at ${code(r.at)}. Generated ${code(r.generatedAt)}.`,
    '',
  );
  for (const w of r.warnings) out.push(`> **Warning:** ${escapeText(w)}`, '');
  out.push(
    `**${r.counts.grants} grant(s), ${r.counts.anomalies} anomal${r.counts.anomalies === 1 ? 'y' : 'ies'}.** ` +
      `Limits: revoke within ${r.settings.lateRevokeMinutes} min of expiry; review within ${r.settings.reviewDueHours} h; at most ${r.settings.overuse.maxGrants} grants per person in ${r.settings.overuse.windowDays} days.`,
    '',
  );
  out.push(
    ...header(['status', ...GRANT_STATUSES]),
    row(['grants', ...GRANT_STATUSES.map((s) => String(r.counts.byStatus[s]))]),
    '',
  );

  out.push(`### Anomalies (${r.counts.anomalies})`, '');
  if (r.anomalies.length === 0) out.push('None found.', '');
  else {
    out.push(...header(['class', 'count']));
    for (const c of ANOMALY_CLASSES)
      if (r.counts.byClass[c] > 0) out.push(row([cell(c), String(r.counts.byClass[c])]));
    out.push('');
    const { shown, cut } = lastRows(r.anomalies, maxAnomalies);
    if (cut > 0)
      out.push(
        `Showing the ${shown.length} most recent; ${cut} earlier anomalies are in the JSON and CSV artifacts.`,
        '',
      );
    out.push(...header(['when', 'class', 'grant', 'who', 'PR', 'commit', 'detail']));
    for (const a of shown) {
      const grant = a.grantId ?? (a.grants ? a.grants.join(', ') : undefined);
      out.push(
        row([
          cell(a.when),
          cell(a.class),
          cell(grant, 160),
          cell(a.who, 60),
          cell(a.pr === undefined ? undefined : `#${a.pr}`, 12),
          cell(a.commit?.slice(0, 12)),
          escapeText(a.detail.slice(0, 400)),
        ]),
      );
    }
    out.push('');
  }

  out.push(`### Grants (${r.counts.grants})`, '');
  if (r.grants.length === 0) out.push('No grants in this window.', '');
  else {
    const { shown, cut } = lastRows(r.grants, maxGrants);
    if (cut > 0)
      out.push(
        `Showing the ${shown.length} most recent; all ${r.grants.length} are in the CSV and JSON artifacts.`,
        '',
      );
    out.push(
      ...header([
        'grant',
        'status',
        'requester',
        'bundle',
        'decision',
        'approvers',
        'PR',
        'approved',
        'expires',
        'applied',
        'revoked',
        'reviewed',
        'incident',
        'reason',
      ]),
    );
    for (const g of shown) out.push(grantRow(g));
    out.push('');
  }
  return out.join('\n');
}
