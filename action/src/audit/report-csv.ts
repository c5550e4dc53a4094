/**
 * The audit report as CSV for spreadsheets: one row per grant (columns = the JSON grant keys, then
 * `anomalies`, the classes flagged for that grant). RFC 4180: CRLF line ends, a field is quoted when
 * it holds a quote, comma, CR or LF, quotes doubled. Formula-injection guard: a cell whose text
 * starts with = + - @ (or TAB / CR) gets a leading single quote, so no spreadsheet evaluates it.
 * Lists are joined with "; ".
 */
import type { AuditReport } from './report.js';
import { GRANT_FIELDS } from './report.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, guarded and quoted as needed. */
export function csvCell(value: string | number | readonly string[] | undefined): string {
  let text = value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(
  cells: readonly (string | number | readonly string[] | undefined)[],
): string {
  return cells.map(csvCell).join(',');
}

export function reportCsv(r: AuditReport): string {
  const flagged = new Map<string, string[]>();
  for (const a of r.anomalies) {
    const ids = a.grantId !== undefined ? [a.grantId] : (a.grants ?? []);
    for (const id of ids) {
      const list = flagged.get(id) ?? [];
      if (!list.includes(a.class)) list.push(a.class);
      flagged.set(id, list);
    }
  }
  const lines = [csvRow([...GRANT_FIELDS, 'anomalies'])];
  for (const g of r.grants)
    lines.push(csvRow([...GRANT_FIELDS.map((k) => g[k]), flagged.get(g.id) ?? []]));
  return `${lines.join('\r\n')}\r\n`;
}
