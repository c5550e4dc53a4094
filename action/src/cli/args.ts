/** Strict argument parsing: unknown flags and stray words are usage errors (exit 2), never ignored. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';
import { parseUtc } from '../grant/duration.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** `--at` and friends: a UTC ISO time. */
export function isoFlag(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = parseUtc(value.replace(/\.\d{3}Z$/, 'Z'));
  if (!d) throw new UsageError(`--${flag} must be a UTC time like 2026-11-22T10:00:00Z (got "${value}")`);
  return d;
}

export function required(flag: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new UsageError(`--${flag} is required`);
  return value;
}
