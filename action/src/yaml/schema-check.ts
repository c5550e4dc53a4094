/**
 * JSON Schema validation of parsed YAML, with every ajv error turned into a located Finding.
 * Schemas are bundled with the code (never read from a PR); ajv runs with `$data` off and strict on.
 * The validators are compiled at build time (schema-codegen.ts): a run only loads their code.
 */
import type { ErrorObject } from 'ajv';
import { error, type Finding } from '../core/finding.js';
import validators from './generated/schema-validators.cjs';
import type { DataPath, Location } from './read-yaml.js';

/** Options are asserted by the tests (IN-12); the generated validators were compiled with them. */
export { ajvOptions } from './ajv-options.js';

export type SchemaName = 'grant' | 'policy';

/** Validates `value` against a bundled schema; findings carry file, line, column and the dotted field. */
export function checkSchema(
  name: SchemaName,
  value: unknown,
  file: string,
  locate: (path: DataPath) => Location | undefined,
): Finding[] {
  const validate = validators[name];
  if (validate(value)) return [];
  return simplify(validate.errors ?? []).map((e) => {
    const path = pointerToPath(e.instancePath);
    const missing = e.keyword === 'required' ? String((e.params as { missingProperty: string }).missingProperty) : undefined;
    const extra = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty: string }).additionalProperty) : undefined;
    const fieldPath = extra !== undefined ? [...path, extra] : missing !== undefined ? [...path, missing] : path;
    const loc = locate(extra !== undefined ? [...path, extra] : path) ?? locate([]);
    const at: Partial<Finding> = { file, field: dotted(fieldPath) || '(file)' };
    if (loc) Object.assign(at, loc);
    return error(`schema/${e.keyword}`, messageFor(e, valueAt(value, path), missing, extra), at);
  });
}

/** Keeps the errors a person can act on: drops ajv's "must match schema in if/then/oneOf" wrappers. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const meaningful = errors.filter((e) => !['if', 'oneOf', 'anyOf'].includes(e.keyword) || errors.length === 1);
  const seen = new Set<string>();
  return (meaningful.length > 0 ? meaningful : errors).filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The value at a data path (ajv's `verbose` would carry it in every error, at a quarter more generated code). */
function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const seg of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, seg) ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

function messageFor(e: ErrorObject, data: unknown, missing?: string, extra?: string): string {
  switch (e.keyword) {
    case 'required':
      return `missing required field "${missing}"`;
    case 'additionalProperties':
      return `unknown field "${extra}"`;
    case 'pattern':
      return `value does not have the expected format (${describePattern(e)})`;
    case 'type':
      return `must be ${(e.params as { type: string }).type}${hintForType(e, data)}`;
    case 'const':
      return `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case 'enum':
      return `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return e.message ?? 'is invalid';
  }
}

function hintForType(e: ErrorObject, data: unknown): string {
  const want = (e.params as { type: string }).type;
  if (want === 'string' && typeof data === 'number') return ' (put the value in quotes so YAML keeps it text)';
  if (want === 'string' && typeof data === 'boolean') return ' (YAML read a boolean; put the value in quotes)';
  return '';
}

function describePattern(e: ErrorObject): string {
  const field = e.instancePath.split('/').pop() ?? '';
  const known: Record<string, string> = {
    requester: 'a GitHub login: letters, digits and single inner hyphens, at most 39 characters',
    duration: 'like 30m, 2h, 1h30m or 1d',
    start: 'a quoted UTC time like "2026-11-22T18:00:00Z"',
    bundle: 'lowercase letters, digits and hyphens',
    account: 'a 12-digit AWS account id in quotes',
  };
  return known[field] ?? `must match ${(e.params as { pattern: string }).pattern}`;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `bundles.prod-admin.aws[0].account` */
export function dotted(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}
