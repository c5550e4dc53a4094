/**
 * A fast reader for the plain shape nearly every grant file has: printable ASCII, one `key: value`
 * line per field, values plain or quoted on one line, targets as a block list. Audit reads ten
 * thousand grant files per run and the hardened YAML parser spends ~0.1 ms on each; this reads the
 * same files in a few microseconds.
 *
 * It is not a YAML parser: it recognises a deliberately narrow subset and returns undefined for
 * anything else (a comment after a value, an escape other than \" and \\, a flow collection, a
 * multi-line scalar, a non-ASCII byte, a duplicate or unknown key, ...), and the caller then reads
 * the file with the hardened parser. Within the subset the values are exactly what that parser
 * yields (YAML 1.2 core schema), and the subset passes all its checks: no byte outside 0x20-0x7e
 * and LF (so no forbidden character and no encoding question), no `{` and at most one `[` (the
 * targets list: no flow nesting), no anchors, aliases, tags or directives, one document, known
 * keys only, each once.
 * test/audit/plain-grant.test.ts compares the two on generated near-miss inputs.
 */

/** What a grant file says in the fields audit reports, typed as the YAML parser would type them. */
export type PlainGrant = ReadonlyMap<string, string | readonly string[] | NotString>;

/** A value the core schema reads as something other than a string (null, a boolean, a number). */
export const NOT_A_STRING = Symbol('not a string');
type NotString = typeof NOT_A_STRING;

/** Keys of the grant schema; any other key sends the file to the full parser. */
const KEYS = new Set([
  'requester',
  'bundle',
  'duration',
  'reason',
  'incident',
  'ticket',
  'start',
  'targets',
  'extends',
]);

const KEY_LINE = /^([a-z]+):(?: +(\S(?:.*\S)?))?$/;
const ITEM_LINE = /^( *)- (\S(?:.*\S)?)$/;
/** A plain scalar: starts alphanumeric; never `: `, ` #`, a final `:`, or a flow indicator. */
const PLAIN = /^[A-Za-z0-9](?:[^:#[\]{}]|:(?=[^ ])|(?<! )#)*$/;
/**
 * What the YAML 1.2 core schema (as the `yaml` package implements it) reads as null, a boolean or a
 * number, for values that start with a letter or digit (the only plain ones accepted here).
 */
const NOT_STRING =
  /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)$/;
const DOUBLE = /^"((?:[^"\\[]|\\["\\])*)"$/;
const SINGLE = /^'((?:[^'[]|'')*)'$/;
/** A plain item of a one-line flow list: `:` only between safe characters. */
const FLOW_PLAIN = /^[A-Za-z0-9][\w./@+=-]*(?::[\w./@+=-]+)*$/;

/**
 * Printable ASCII and LF only, no `{`, and at most one `[` (scalars here never hold one, so it can
 * only open the targets list: nesting stays at 1 wherever the text check thinks quotes are).
 */
function plainBytes(bytes: Uint8Array): boolean {
  let brackets = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x0a) || b > 0x7e || b === 0x7b) return false;
    if (b === 0x5b && ++brackets > 1) return false;
  }
  return true;
}

/** One scalar as the core schema reads it: a string, NOT_A_STRING, or undefined outside the subset. */
function scalar(text: string): string | NotString | undefined {
  const c = text.charCodeAt(0);
  if (c === 0x22) {
    const m = DOUBLE.exec(text);
    return m ? m[1]!.replace(/\\(["\\])/g, '$1') : undefined;
  }
  if (c === 0x27) {
    const m = SINGLE.exec(text);
    return m ? m[1]!.replaceAll("''", "'") : undefined;
  }
  if (!PLAIN.test(text)) return undefined;
  return NOT_STRING.test(text) ? NOT_A_STRING : text;
}

/** `[a, "b"]` on one line: strings only, no nesting, no empty entries; undefined otherwise. */
function flowList(text: string): string[] | undefined {
  if (!text.endsWith(']')) return undefined;
  const out: string[] = [];
  for (const raw of text.slice(1, -1).split(',')) {
    const item = raw.replace(/^ +| +$/g, '');
    const v =
      item.startsWith('"') || item.startsWith("'")
        ? scalar(item)
        : FLOW_PLAIN.test(item)
          ? scalar(item)
          : undefined;
    if (v === undefined || v === NOT_A_STRING) return undefined;
    out.push(v);
  }
  return out;
}

/**
 * The top-level fields of a grant file in the plain subset (a non-string value marked as such; a
 * targets list of strings), or undefined when the file is outside it or over `maxBytes`.
 */
export function readPlainGrant(bytes: Uint8Array, maxBytes: number): PlainGrant | undefined {
  if (bytes.length === 0 || bytes.length > maxBytes || !plainBytes(bytes)) return undefined;
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .split('\n');
  const out = new Map<string, string | string[] | NotString>();
  let list: string[] | undefined;
  let indent = -1;
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    if (list) {
      const item = ITEM_LINE.exec(line);
      if (item && (indent < 0 || item[1]!.length === indent)) {
        indent = item[1]!.length;
        const v = scalar(item[2]!);
        if (v === undefined || v === NOT_A_STRING) return undefined;
        list.push(v);
        continue;
      }
      if (list.length === 0) return undefined;
      list = undefined;
    }
    const m = KEY_LINE.exec(line);
    if (!m || !KEYS.has(m[1]!) || out.has(m[1]!)) return undefined;
    const key = m[1]!;
    if (m[2] === undefined) {
      if (key !== 'targets') return undefined;
      list = [];
      indent = -1;
      out.set(key, list);
      continue;
    }
    const v = key === 'targets' && m[2].startsWith('[') ? flowList(m[2]) : scalar(m[2]);
    if (v === undefined) return undefined;
    out.set(key, v);
  }
  if (list?.length === 0 || out.size === 0) return undefined;
  return out;
}
