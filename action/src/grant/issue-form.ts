/**
 * The grant request issue form (.github/ISSUE_TEMPLATE/grant-request.yml) read back from an issue
 * body as data. GitHub renders a submitted form as `### <label>\n\n<value>` sections in field order,
 * with `_No response_` for an empty optional field. Only the form's own labels are read, in the
 * form's order; the last field (Reason) takes the rest of the body, so a reason that itself contains
 * `### …` lines can never add or replace a field. Pure.
 */
import type { Finding } from '../core/finding.js';
import type { GrantFields } from './render.js';

/** The label the form applies (and the issue workflow filters on). */
export const REQUEST_LABEL = 'breakglass-request';

/** The form's fields: label as rendered → grant field. Order matters (it is the form's order). */
export const FORM_FIELDS = [
  { label: 'Bundle', key: 'bundle', required: true },
  { label: 'Duration', key: 'duration', required: true },
  { label: 'Incident', key: 'incident', required: false },
  { label: 'Reason', key: 'reason', required: true },
] as const;

type FormKey = (typeof FORM_FIELDS)[number]['key'];

/** A form problem, located by the form field's label (what the person saw), not by a file line. */
export interface FormError {
  label: string;
  message: string;
}

const NO_RESPONSE = '_No response_';

/** The answers of a submitted form, or what is wrong with its shape. Values are trimmed; empty optional fields are absent. */
export function readIssueForm(body: string): { ok: true; answers: Partial<Record<FormKey, string>> } | { ok: false; errors: FormError[] } {
  const text = body.replace(/\r\n?/g, '\n');
  const answers: Partial<Record<FormKey, string>> = {};
  const errors: FormError[] = [];
  let cursor = 0;
  const positions: { key: FormKey; label: string; required: boolean; start: number; valueStart: number }[] = [];
  for (const f of FORM_FIELDS) {
    const heading = new RegExp(`^### ${f.label}[ \\t]*$`, 'm');
    const m = heading.exec(text.slice(cursor));
    if (!m) {
      errors.push({ label: f.label, message: `the "${f.label}" section is missing; submit the request with the issue form` });
      continue;
    }
    const start = cursor + m.index;
    positions.push({ key: f.key, label: f.label, required: f.required, start, valueStart: start + m[0].length });
    cursor = start + m[0].length;
  }
  if (errors.length > 0) return { ok: false, errors };
  if (text.slice(0, positions[0]!.start).trim() !== '') errors.push({ label: 'Form', message: 'the issue body must start with the form\'s first section ("### Bundle")' });
  positions.forEach((p, i) => {
    const end = i + 1 < positions.length ? positions[i + 1]!.start : text.length;
    const value = text.slice(p.valueStart, end).trim();
    if (value === '' || value === NO_RESPONSE) {
      if (p.required) errors.push({ label: p.label, message: 'this field is required' });
      return;
    }
    answers[p.key] = value;
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

/** The grant fields the answers ask for, with `requester` set by the caller (the issue's author). */
export function formGrantFields(answers: Partial<Record<FormKey, string>>, requester: string): GrantFields {
  const fields: GrantFields = { requester, bundle: answers.bundle ?? '', duration: answers.duration ?? '', reason: answers.reason ?? '' };
  if (answers.incident !== undefined) fields.incident = answers.incident;
  return fields;
}

/** Grant-file findings from renderGrant, located by the form field they come from. */
export function formErrorsFrom(findings: readonly Finding[]): FormError[] {
  return findings.map((f) => {
    const top = (f.field ?? '').replace(/^\//, '').split(/[./[]/)[0] ?? '';
    const field = FORM_FIELDS.find((x) => x.key === top);
    return { label: field?.label ?? (top === 'requester' ? 'Author' : 'Form'), message: f.message };
  });
}

/** The marker a PR opened from issue N carries in its body. */
export function fromIssueMarker(issue: number): string {
  return `<!-- breakglass:from-issue ${issue} -->`;
}

/** The issue number a PR body names with the marker; undefined when absent or named more than once (ambiguous). */
export function readFromIssueMarker(body: string): number | undefined {
  const all = [...body.matchAll(/<!-- breakglass:from-issue (\d{1,9}) -->/g)].map((m) => Number(m[1]));
  const distinct = [...new Set(all)];
  return distinct.length === 1 ? distinct[0] : undefined;
}
