/** A located problem with a file, a rule or a decision. Everything that can be wrong becomes one. */
export interface Finding {
  /** Stable identifier of the check that produced it, e.g. `yaml/duplicate-key` or `rule/max-duration`. */
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** Path relative to the repository root, with forward slashes. */
  file?: string;
  line?: number;
  column?: number;
  /** Dotted path of the field, e.g. `bundles.prod-admin.aws[0].account`. */
  field?: string;
}

export function error(ruleId: string, message: string, at: Partial<Finding> = {}): Finding {
  return { ruleId, severity: 'error', message, ...at };
}

export function warning(ruleId: string, message: string, at: Partial<Finding> = {}): Finding {
  return { ruleId, severity: 'warning', message, ...at };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Keeps text on one line: CR and LF become `\r` and `\n`, so user text never starts an output line (GH-03). */
export function oneLine(s: string): string {
  return s.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** `file:line:col: message (field)`: the one-line text form used by the CLI. */
export function formatFinding(f: Finding): string {
  // A path comes from git, where a name may hold a newline: it stays on the line like the message.
  const where = [f.file === undefined ? undefined : oneLine(f.file), f.line, f.column].filter((x) => x !== undefined).join(':');
  const field = f.field ? ` [${oneLine(f.field)}]` : '';
  return `${where ? where + ': ' : ''}${f.severity}: ${oneLine(f.message)}${field} (${f.ruleId})`;
}
