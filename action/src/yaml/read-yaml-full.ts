/**
 * The hardened reader behind readUntrustedYaml() (read-yaml.ts) for text that passed the byte and
 * character checks: YAML 1.2 core schema through the `yaml` package; no anchors, aliases, tags,
 * merge keys or multiple documents; duplicate keys fatal (quoted variants included); `__proto__`,
 * `constructor` and `prototype` keys rejected at any depth; every error located by line and column.
 * The bundles load it (and the `yaml` package, 0.27 MB) only for a file outside the plain subset
 * plain-yaml.ts reads (scripts/build-split.mjs, `lazySync`).
 */
import { LineCounter, parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { error, type Finding } from '../core/finding.js';
import type { DataPath, Location, YamlRead } from './read-yaml.js';
import { forbiddenCharacter } from './untrusted-text.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);

/** Parses checked `text` as one YAML document of untrusted origin. Never throws for bad input. */
export function readFullYaml(text: string, file: string): YamlRead {
  const lc = new LineCounter();
  const at = (offset: number): Location => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, {
      lineCounter: lc,
      version: '1.2',
      schema: 'core',
      merge: false,
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      keepSourceTokens: false,
    });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    return { ok: false, findings: [error('yaml/syntax', `YAML could not be parsed: ${String(e)}`, { file })] };
  }
  if (docs.length !== 1) {
    const message = docs.length === 0 ? 'file is empty' : 'file holds more than one YAML document (---)';
    return { ok: false, findings: [error('yaml/documents', message, { file, line: 1, column: 1 })] };
  }
  const doc = docs[0]!;
  const findings: Finding[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const code = e.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax';
    const message = e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once' : e.message.split('\n')[0] ?? e.message;
    findings.push(error(code, message, { file, ...at(e.pos[0]) }));
  }
  findings.push(...structuralFindings(doc, file, at));
  if (findings.length > 0) return { ok: false, findings: dedupe(findings) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    return { ok: false, findings: [error('yaml/syntax', `YAML could not be read: ${String(e)}`, { file })] };
  }
  return {
    ok: true,
    value,
    locate: (path) => {
      const node = nodeAt(doc, path);
      return node?.range ? at(node.range[0]) : undefined;
    },
  };
}

/** Anchors, aliases, explicit tags, non-string keys and forbidden key names, wherever they are. */
function structuralFindings(doc: Document.Parsed, file: string, at: (o: number) => Location): Finding[] {
  const out: Finding[] = [];
  const where = (n: { range?: readonly number[] | null | undefined }) => ({ file, ...(n.range ? at(n.range[0]!) : {}) });
  visit(doc, {
    Alias(_, n) {
      out.push(error('yaml/alias', `aliases (*${n.source}) are not allowed`, where(n)));
    },
    Node(_, n) {
      if (isAlias(n)) return;
      // A visitor's own Scalar entry would replace this one for scalars, so the escape check lives here.
      const bad = isScalar(n) && typeof n.value === 'string' ? forbiddenCharacter(n.value) : undefined;
      if (bad) out.push(error('input/forbidden-character', `forbidden ${bad.description} (written as an escape)`, where(n)));
      if (n.anchor) out.push(error('yaml/anchor', `anchors (&${n.anchor}) are not allowed`, where(n)));
      if (n.tag) {
        out.push(error('yaml/tag', `explicit tags (${n.tag}) are not allowed`, where(n)));
      }
    },
    Pair(_, p) {
      const k = p.key;
      if (!isScalar(k) || typeof k.value !== 'string') {
        // Located whatever the key is (an alias key `*a:` had no line before: found by fuzzing); a missing key falls back to its value.
        const node = [k, p.value].find((x): x is Node => isScalar(x) || isMap(x) || isSeq(x) || isAlias(x));
        const loc = node ? where(node) : { file };
        out.push(error('yaml/key', 'every key must be a plain string', loc));
        return;
      }
      if (FORBIDDEN_KEYS.has(k.value)) {
        const what = k.value === '<<' ? 'merge keys (<<) are not allowed' : `the key "${k.value}" is not allowed`;
        out.push(error('yaml/forbidden-key', what, where(k)));
      }
    },
  });
  return out;
}

function nodeAt(doc: Document.Parsed, path: DataPath): Node | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) return node as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) return node as Node;
      node = item;
    } else break;
  }
  return (node ?? undefined) as Node | undefined;
}

function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.ruleId}:${f.line}:${f.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
