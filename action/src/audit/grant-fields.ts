/**
 * What a grant file says, as audit reports it: requester, bundle, reason, incident, ticket, targets
 * and extends, read from the bytes its adding commit wrote. A file that no longer passes the schema
 * (or never did) is still shown, read leniently and bounded; a file that is not safe YAML shows
 * nothing. Files in the plain subset (plain-grant.ts) skip the YAML parser: for them both readings
 * give the same fields, since the schema's bounds are within the lenient ones and ASCII text is
 * already in NFC.
 */
import { parseDuration } from '../grant/duration.js';
import { loadGrant } from '../grant/grant.js';
import { readUntrustedYaml } from '../yaml/read-yaml.js';
import { GRANT_LIMITS } from '../yaml/untrusted-text.js';
import { readPlainGrant } from './plain-grant.js';

/**
 * Every field is present, undefined when the file does not say it: audit reads ten thousand of
 * these, and objects of one shape read fast.
 */
export interface FileFields {
  requester: string | undefined;
  bundle: string | undefined;
  reason: string | undefined;
  incident: string | undefined;
  ticket: string | undefined;
  targets: string[] | undefined;
  extends: string | undefined;
  /** The requested duration in minutes, when the file states a valid one. */
  durationMinutes: number | undefined;
}

/** A file that says nothing (missing, or not YAML). */
export const NO_FIELDS: FileFields = {
  requester: undefined,
  bundle: undefined,
  reason: undefined,
  incident: undefined,
  ticket: undefined,
  targets: undefined,
  extends: undefined,
  durationMinutes: undefined,
};

/** A string field as read leniently: cut at 2,000 characters; anything else is absent. */
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.slice(0, 2000) : undefined;

/** The lenient reading of parsed YAML: string fields cut at 2,000 characters, up to 50 string targets. */
function lenient(raw: { get(k: string): unknown }): FileFields {
  const targets = raw.get('targets');
  return {
    requester: text(raw.get('requester')),
    bundle: text(raw.get('bundle')),
    reason: text(raw.get('reason')),
    incident: text(raw.get('incident')),
    ticket: text(raw.get('ticket')),
    targets: Array.isArray(targets)
      ? targets.filter((t): t is string => typeof t === 'string').slice(0, 50)
      : undefined,
    extends: text(raw.get('extends')),
    durationMinutes: minutes(raw.get('duration')),
  };
}

/** A duration field as minutes, when it is a valid duration. */
const minutes = (v: unknown): number | undefined => (typeof v === 'string' ? parseDuration(v) : undefined);

export function grantFileFields(bytes: Uint8Array | undefined, path: string): FileFields {
  if (!bytes) return NO_FIELDS;
  const plain = readPlainGrant(bytes, GRANT_LIMITS.maxBytes);
  if (plain) return lenient(plain);
  return parsedFields(bytes, path);
}

/** The reading through the hardened parser and the schema (exported for the equivalence test). */
export function parsedFields(bytes: Uint8Array, path: string): FileFields {
  const loaded = loadGrant(bytes, path);
  if (loaded.ok) {
    const g = loaded.loaded.grant;
    return {
      requester: g.requester,
      bundle: g.bundle,
      reason: g.reason,
      incident: g.incident,
      ticket: g.ticket,
      targets: g.targets ? [...g.targets] : undefined,
      extends: g.extends,
      durationMinutes: g.durationMinutes,
    };
  }
  // No longer valid (or never was): still show what it says, bounded.
  const read = readUntrustedYaml(bytes, path, GRANT_LIMITS);
  if (
    !read.ok ||
    typeof read.value !== 'object' ||
    read.value === null ||
    Array.isArray(read.value)
  )
    return NO_FIELDS;
  const raw = read.value as Record<string, unknown>;
  return lenient({ get: (k) => (Object.hasOwn(raw, k) ? raw[k] : undefined) });
}
