/**
 * What a grant file says, as audit reports it: requester, bundle, reason, incident, ticket, targets
 * and extends, read from the bytes its adding commit wrote. A file that no longer passes the schema
 * (or never did) is still shown, read leniently and bounded; a file that is not safe YAML shows
 * nothing. Files in the plain subset (plain-grant.ts) skip the YAML parser: for them both readings
 * give the same fields, since the schema's bounds are within the lenient ones and ASCII text is
 * already in NFC.
 */
import { loadGrant } from '../grant/grant.js';
import { readUntrustedYaml } from '../yaml/read-yaml.js';
import { GRANT_LIMITS } from '../yaml/untrusted-text.js';
import { readPlainGrant } from './plain-grant.js';

export interface FileFields {
  requester?: string;
  bundle?: string;
  reason?: string;
  incident?: string;
  ticket?: string;
  targets?: string[];
  extends?: string;
}

const TEXT_KEYS = ['requester', 'bundle', 'reason', 'incident', 'ticket', 'extends'] as const;

/** The lenient reading of parsed YAML: string fields cut at 2,000 characters, up to 50 string targets. */
function lenient(raw: { get(k: string): unknown }): FileFields {
  const f: FileFields = {};
  for (const k of TEXT_KEYS) {
    const v = raw.get(k);
    if (typeof v === 'string') f[k] = v.slice(0, 2000);
  }
  const targets = raw.get('targets');
  if (Array.isArray(targets))
    f.targets = targets.filter((t): t is string => typeof t === 'string').slice(0, 50);
  return f;
}

export function grantFileFields(bytes: Uint8Array | undefined, path: string): FileFields {
  if (!bytes) return {};
  const plain = readPlainGrant(bytes, GRANT_LIMITS.maxBytes);
  if (plain) return lenient(plain);
  return parsedFields(bytes, path);
}

/** The reading through the hardened parser and the schema (exported for the equivalence test). */
export function parsedFields(bytes: Uint8Array, path: string): FileFields {
  const loaded = loadGrant(bytes, path);
  if (loaded.ok) {
    const g = loaded.loaded.grant;
    const f: FileFields = { requester: g.requester, bundle: g.bundle, reason: g.reason };
    for (const k of ['incident', 'ticket', 'extends'] as const) if (g[k] !== undefined) f[k] = g[k];
    if (g.targets) f.targets = [...g.targets];
    return f;
  }
  // No longer valid (or never was): still show what it says, bounded.
  const read = readUntrustedYaml(bytes, path, GRANT_LIMITS);
  if (
    !read.ok ||
    typeof read.value !== 'object' ||
    read.value === null ||
    Array.isArray(read.value)
  )
    return {};
  const raw = read.value as Record<string, unknown>;
  return lenient({ get: (k) => (Object.hasOwn(raw, k) ? raw[k] : undefined) });
}
