/**
 * GitHub workflow commands (`::error file=…::message`) with data and properties escaped the way the
 * runner decodes them, so no user text can start a command of its own (GH-03).
 */
import type { Finding } from '../core/finding.js';

/** Escapes a command's message: %, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property: also `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error …::` or `::warning …::` line for a finding. */
export function findingCommand(f: Finding): string {
  const props: string[] = [];
  if (f.file) props.push(`file=${escapeProperty(f.file)}`);
  if (f.line !== undefined) props.push(`line=${f.line}`);
  if (f.column !== undefined) props.push(`col=${f.column}`);
  props.push(`title=${escapeProperty(f.ruleId)}`);
  const message = f.field ? `${f.message} [${f.field}]` : f.message;
  return `::${f.severity} ${props.join(',')}::${escapeData(message)}`;
}
