/**
 * Reads untrusted YAML (grant files from PRs, and policies) into plain data, safely. Every input
 * first passes the byte and character checks (untrusted-text.ts). Text in the plain subset the
 * repository's own files are written in is read by plain-yaml.ts, which gives exactly what the
 * hardened reader would (test/yaml/plain-yaml.test.ts) without loading the `yaml` package; anything
 * else goes to the hardened reader (read-yaml-full.ts: YAML 1.2 core schema, no anchors, aliases,
 * tags, merge keys or duplicate keys, every error located). `locate()` maps a data path to its line.
 */
import { readPlainYaml } from './plain-yaml.js';
import { readFullYaml } from './read-yaml-full.js';
import { checkUntrustedText, type TextLimits } from './untrusted-text.js';
import type { Finding } from '../core/finding.js';

export type DataPath = readonly (string | number)[];

export interface Location {
  line: number;
  column: number;
}

export type YamlRead =
  | { ok: true; value: unknown; locate: (path: DataPath) => Location | undefined }
  | { ok: false; findings: Finding[] };

/** Parses `input` as one YAML document of untrusted origin. Never throws for bad input. */
export function readUntrustedYaml(input: Uint8Array | string, file: string, limits: TextLimits): YamlRead {
  const checked = checkUntrustedText(input, file, limits);
  if (!checked.ok) return checked;
  const plain = readPlainYaml(checked.text);
  return plain ? { ok: true, ...plain } : readFullYaml(checked.text, file);
}
