/**
 * Writes a grant file from fields (for `breakglass request` and the issue form). Values are
 * serialised by the YAML library, never concatenated, and the result is re-read with the same
 * checks a PR gets, so a generated file is valid or not written at all.
 */
import { stringify } from 'yaml';
import type { Finding } from '../core/finding.js';
import { loadGrant, type Grant } from './grant.js';

/** A grant as a person writes it: everything but what the file name and parser derive. */
export type GrantFields = Omit<Grant, 'id' | 'file' | 'durationMinutes'>;

const SCHEMA_LINE = '# yaml-language-server: $schema=../action/schemas/grant.schema.json';

/** A grant id that sorts by time and says who and what: `20261122-1030-alice-prod-readonly`. */
export function newGrantId(requester: string, bundle: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const id = `${stamp}-${requester}-${bundle}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/-+/g, '-');
  return id.slice(0, 64).replace(/-+$/, '');
}

export function renderGrant(id: string, f: GrantFields): { ok: true; path: string; text: string; grant: Grant } | { ok: false; findings: Finding[] } {
  const ordered: Record<string, unknown> = { requester: f.requester, bundle: f.bundle, duration: f.duration, reason: f.reason };
  for (const k of ['incident', 'ticket', 'start', 'extends'] as const) if (f[k] !== undefined) ordered[k] = f[k];
  if (f.targets && f.targets.length > 0) ordered.targets = f.targets;
  const body = stringify(ordered, { version: '1.2', defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const text = `${SCHEMA_LINE}\n${body}`;
  const path = `grants/${id}.yaml`;
  const r = loadGrant(text, path);
  return r.ok ? { ok: true, path, text, grant: r.loaded.grant } : { ok: false, findings: r.findings };
}
