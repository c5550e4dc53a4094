/**
 * The grant file: `grants/<id>.yaml`, read from untrusted bytes into a typed, checked Grant.
 * The id is the file name; everything else is schema-checked data that never reaches a cloud policy.
 */
import { error, type Finding } from '../core/finding.js';
import { readUntrustedYaml, type DataPath, type Location } from '../yaml/read-yaml.js';
import { checkSchema } from '../yaml/schema-check.js';
import { GRANT_LIMITS } from '../yaml/untrusted-text.js';
import { MAX_GRANT_MINUTES, parseDuration, parseUtc } from './duration.js';

export const GRANT_PATH = /^grants\/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\.yaml$/;
export const GRANTS_DIR = 'grants';

export interface Grant {
  id: string;
  file: string;
  requester: string;
  bundle: string;
  duration: string;
  durationMinutes: number;
  reason: string;
  incident?: string;
  ticket?: string;
  /** Requested start (ISO UTC); absent means "at approval". */
  start?: string;
  /** Subset of the bundle's targets (`aws:<account>`, `gcp:<project>`); absent means all. */
  targets?: string[];
  extends?: string;
}

export interface LoadedGrant {
  grant: Grant;
  /** Line and column of a field in the file, for annotations. */
  locate: (path: DataPath) => Location | undefined;
}

export type GrantLoad = { ok: true; loaded: LoadedGrant } | { ok: false; findings: Finding[] };

/** The grant id for a path, or undefined when the path is not a grant file. */
export function grantIdFromPath(path: string): string | undefined {
  return GRANT_PATH.exec(path)?.[1];
}

/** Reads one grant file. Never throws for bad input: every problem is a located finding. */
export function loadGrant(bytes: Uint8Array | string, file: string): GrantLoad {
  const id = grantIdFromPath(file);
  if (id === undefined) {
    return {
      ok: false,
      findings: [error('grant/path', 'a grant must be a file grants/<id>.yaml where id is 1-64 of a-z, 0-9 and inner hyphens', { file })],
    };
  }
  const read = readUntrustedYaml(bytes, file, GRANT_LIMITS);
  if (!read.ok) return read;
  const schemaFindings = checkSchema('grant', read.value, file, read.locate);
  if (schemaFindings.length > 0) return { ok: false, findings: schemaFindings };
  const raw = read.value as Record<string, unknown> & { requester: string; bundle: string; duration: string; reason: string };
  const findings: Finding[] = [];
  const at = (field: string) => ({ file, field, ...(read.locate([field]) ?? {}) });
  const minutes = parseDuration(raw.duration);
  if (minutes === undefined) findings.push(error('grant/duration', 'duration must be longer than zero', at('duration')));
  else if (minutes > MAX_GRANT_MINUTES) findings.push(error('grant/duration', 'duration is over the 7-day ceiling', at('duration')));
  if (typeof raw.start === 'string' && parseUtc(raw.start) === undefined) {
    findings.push(error('grant/start', `start "${raw.start}" is not a real UTC time`, at('start')));
  }
  if (raw.reason.trim().length < 15) findings.push(error('grant/reason', 'reason must say why, in at least 15 characters', at('reason')));
  if (findings.length > 0) return { ok: false, findings };
  const grant: Grant = {
    id,
    file,
    requester: raw.requester,
    bundle: raw.bundle,
    duration: raw.duration,
    durationMinutes: minutes!,
    reason: raw.reason.normalize('NFC'),
  };
  for (const k of ['incident', 'ticket', 'extends'] as const) if (typeof raw[k] === 'string') grant[k] = raw[k] as string;
  if (typeof raw.start === 'string') grant.start = parseUtc(raw.start)!.toISOString().replace(/\.000Z$/, 'Z');
  if (Array.isArray(raw.targets)) grant.targets = raw.targets as string[];
  return { ok: true, loaded: { grant, locate: read.locate } };
}
