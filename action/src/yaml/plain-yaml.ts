/**
 * A fast, strict reader for the conservative subset of YAML the repository's own policy and grant
 * files are written in, so that a cold start reading them never loads the `yaml` library (loading it
 * alone costs more than the whole start-up budget).
 *
 * It is not a YAML parser. It recognises a deliberately narrow subset and returns undefined for
 * anything else; the caller then reads the text with the hardened reader (readUntrustedYaml,
 * read-yaml-full.ts), which also writes every error message. Within the subset the value is exactly what the hardened reader gives
 * (YAML 1.2 core schema as the `yaml` package implements it) and `locate` answers exactly as its
 * `locate` does; test/yaml/plain-yaml.test.ts checks both on every input it can think of.
 *
 * The subset, line by line (no tabs anywhere; CRLF line ends allowed; blank and `#` comment lines
 * anywhere; a top-level block mapping starting in column 1):
 * - `key: value` and `key:` followed by a more-indented block, or by a block sequence at the key's
 *   own indentation; a key with no value at all (null) is outside;
 * - `- value` and `- key: value` (a compact mapping whose further keys align with the first);
 * - keys: plain, or quoted on one line; they must be strings, unique, and not `__proto__`,
 *   `constructor`, `prototype` or `<<`;
 * - values on one line: plain, `'single'` (`''` escape), `"double"` (only `\"` and `\\` escapes), or a
 *   flow collection `[a, "b"]` / `{ k: v }` (nesting up to 4), then spaces and an optional ` # comment`;
 * - plain scalars start with an ASCII letter, digit, `_` or `/` (so no indicator: no anchor, alias,
 *   tag, block scalar, directive or document marker can appear) and hold no `: `, no final `:` and
 *   no `[ ] { }` (nor `,` `#` ` :` in flow); they resolve to null, booleans, decimal integers or
 *   strings, and any other core-schema number (0x1F, 0o7, 1.5, 1e3) is outside.
 * The text is expected to have passed checkUntrustedText (size, encoding, forbidden characters).
 */
import type { DataPath, Location } from './read-yaml.js';

export interface PlainYaml {
  value: unknown;
  locate: (path: DataPath) => Location | undefined;
}

/**
 * A node: its value, where it starts (what the hardened reader's `range[0]` gives: a block mapping's
 * first key, a block sequence's first `-`, a flow collection's bracket, a scalar's first character or
 * opening quote) and its children, for `locate`.
 */
interface Node {
  value: unknown;
  line: number;
  column: number;
  keys?: Map<string, Node>;
  items?: Node[];
}

/** Thrown (one shared instance) when the text leaves the subset; readPlainYaml then returns undefined. */
const OUTSIDE = new Error('outside the plain YAML subset');
function outside(): never {
  throw OUTSIDE;
}

const MAX_BLOCK_DEPTH = 64;
const MAX_FLOW_DEPTH = 4;
/** The `yaml` package rejects implicit keys longer than 1024 characters; stay well below. */
const MAX_KEY = 1000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
/** For telling whether a sequence item is a compact mapping (never written to). */
const NO_KEYS = new Map<string, Node>();

/**
 * Plain scalars: a first character that is no indicator, then no `[ ] { }`. A flow scalar also holds
 * no `,` or `#`, a key no `,`, `#` or quote (`a"b: c` is valid YAML but nobody means it). All three
 * are checked apart for `: `, ` :` (flow and keys) and a final `:`.
 */
const BLOCK_PLAIN = /^[A-Za-z0-9_/][^[\]{}]*$/;
const FLOW_PLAIN = /^[A-Za-z0-9_/][^[\]{},#]*$/;
const KEY_PLAIN = /^[A-Za-z0-9_/][^[\]{},#'"]*$/;
/** Core-schema plain scalars that are not strings (only forms starting with a letter or digit). */
const NULL = /^(?:[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT = /^[0-9]+$/;
const OTHER_NUMBER =
  /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+)$/;

/** A plain scalar's value under the core schema; numbers other than decimal integers are outside. */
function resolve(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    if (INT.test(s)) return parseInt(s, 10); // what the package does for `^[-+]?[0-9]+$`
    if (OTHER_NUMBER.test(s)) outside();
    return s;
  }
  if (NULL.test(s)) return null;
  if (TRUE.test(s)) return true;
  if (FALSE.test(s)) return false;
  return s;
}

/** The index of the first character at or after `j` that is not a space. */
function spaces(s: string, j: number): number {
  while (s.charCodeAt(j) === 0x20) j++;
  return j;
}

/** `-` followed by a space or the line end at column `m` (0-based): a block sequence item. */
function isItem(s: string, m: number): boolean {
  return s.charCodeAt(m) === 0x2d && (s.length === m + 1 || s.charCodeAt(m + 1) === 0x20);
}

/** A single- or double-quoted scalar starting at `p` and closed on the same line. */
function quoted(s: string, p: number): { value: string; end: number } {
  let out = '';
  let j = p + 1;
  if (s.charCodeAt(p) === 0x27) {
    for (;;) {
      const k = s.indexOf("'", j);
      if (k < 0) outside();
      out += s.slice(j, k);
      if (s.charCodeAt(k + 1) !== 0x27) return { value: out, end: k + 1 };
      out += "'";
      j = k + 2;
    }
  }
  for (;;) {
    let k = j;
    while (k < s.length && s.charCodeAt(k) !== 0x22 && s.charCodeAt(k) !== 0x5c) k++;
    if (k >= s.length) outside();
    out += s.slice(j, k);
    if (s.charCodeAt(k) === 0x22) return { value: out, end: k + 1 };
    const e = s.charCodeAt(k + 1); // only \" and \\: every other escape is outside
    if (e !== 0x22 && e !== 0x5c) outside();
    out += e === 0x22 ? '"' : '\\';
    j = k + 2;
  }
}

/** A key that must be a string (plain or quoted) and allowed; throws otherwise. */
function checkKey(text: string, length: number, keys: Map<string, Node>): string {
  if (length > MAX_KEY || FORBIDDEN_KEYS.has(text) || keys.has(text)) outside();
  return text;
}

/**
 * A block key at `p`: its text and the index after its `:` (which is followed by a space or the
 * line end), undefined when the line holds no key there; throws for a key outside the subset.
 */
function blockKey(
  s: string,
  p: number,
  keys: Map<string, Node>,
): { text: string; end: number } | undefined {
  const c = s.charCodeAt(p);
  if (c === 0x5b || c === 0x7b) return undefined;
  if (c === 0x22 || c === 0x27) {
    const q = quoted(s, p);
    if (s.charCodeAt(q.end) !== 0x3a || (q.end + 1 < s.length && s.charCodeAt(q.end + 1) !== 0x20))
      return undefined;
    return { text: checkKey(q.value, q.end - p, keys), end: q.end + 1 };
  }
  let colon = s.indexOf(': ', p);
  if (colon < 0 && s.charCodeAt(s.length - 1) === 0x3a) colon = s.length - 1;
  const hash = s.indexOf(' #', p);
  if (colon < p || (hash >= 0 && hash < colon)) return undefined;
  const text = s.slice(p, colon);
  if (!KEY_PLAIN.test(text) || text.includes(' :') || text.endsWith(' ') || text.endsWith(':'))
    outside();
  if (typeof resolve(text) !== 'string') outside();
  return { text: checkKey(text, colon - p, keys), end: colon + 1 };
}

/** A plain scalar in a flow collection at `j`: scanned to `, [ ] { }` or `: `, trailing spaces dropped. */
function flowPlain(s: string, j: number): { text: string; end: number } {
  let k = j;
  for (; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d) break;
    if (ch === 0x3a && s.charCodeAt(k + 1) === 0x20) break;
  }
  let e = k;
  while (e > j && s.charCodeAt(e - 1) === 0x20) e--;
  const text = s.slice(j, e);
  if (!FLOW_PLAIN.test(text) || text.includes(' :') || text.endsWith(':')) outside();
  return { text, end: e };
}

/** One flow value at `j` (nested collection, quoted or plain scalar) and the index after it. */
function flowValue(s: string, j: number, line: number, depth: number): { node: Node; end: number } {
  const c = s.charCodeAt(j);
  if (c === 0x5b || c === 0x7b) return flow(s, j, line, depth + 1);
  const q = c === 0x22 || c === 0x27 ? quoted(s, j) : undefined;
  if (q) return { node: { value: q.value, line, column: j + 1 }, end: q.end };
  const t = flowPlain(s, j);
  return { node: { value: resolve(t.text), line, column: j + 1 }, end: t.end };
}

/** `[a, b]` or `{ k: v }` at `p`, closed on the same line: no empty entries, `: ` after each key. */
function flow(s: string, p: number, line: number, depth: number): { node: Node; end: number } {
  if (depth > MAX_FLOW_DEPTH) outside();
  const isMap = s.charCodeAt(p) === 0x7b;
  const close = isMap ? 0x7d : 0x5d;
  const obj: Record<string, unknown> = {};
  const arr: unknown[] = [];
  const keys = new Map<string, Node>();
  const items: Node[] = [];
  const node: Node = isMap
    ? { value: obj, line, column: p + 1, keys }
    : { value: arr, line, column: p + 1, items };
  let j = spaces(s, p + 1);
  if (s.charCodeAt(j) === close) return { node, end: j + 1 };
  for (;;) {
    if (isMap) {
      const c = s.charCodeAt(j);
      const q = c === 0x22 || c === 0x27 ? quoted(s, j) : undefined;
      const k = q ? { text: q.value, end: q.end } : flowPlain(s, j);
      if (!q && typeof resolve(k.text) !== 'string') outside();
      if (s.charCodeAt(k.end) !== 0x3a || s.charCodeAt(k.end + 1) !== 0x20) outside();
      const key = checkKey(k.text, k.end - j, keys);
      const v = flowValue(s, spaces(s, k.end + 2), line, depth);
      keys.set(key, v.node);
      obj[key] = v.node.value;
      j = v.end;
    } else {
      const v = flowValue(s, j, line, depth);
      items.push(v.node);
      arr.push(v.node.value);
      j = v.end;
    }
    j = spaces(s, j);
    const c = s.charCodeAt(j);
    if (c === close) return { node, end: j + 1 };
    if (c !== 0x2c) outside();
    j = spaces(s, j + 1);
  }
}

/** A value on the rest of line `s` from `p` (not a space): scalar or flow, then only a comment. */
function inline(s: string, p: number, line: number): Node {
  const c = s.charCodeAt(p);
  let r: { node: Node; end: number };
  if (c === 0x5b || c === 0x7b) r = flow(s, p, line, 1);
  else if (c === 0x22 || c === 0x27) {
    const q = quoted(s, p);
    r = { node: { value: q.value, line, column: p + 1 }, end: q.end };
  } else {
    let e = s.indexOf(' #', p);
    if (e < 0) e = s.length;
    while (e > p && s.charCodeAt(e - 1) === 0x20) e--;
    const t = s.slice(p, e);
    if (!BLOCK_PLAIN.test(t) || t.includes(': ') || t.endsWith(':')) outside();
    return { value: resolve(t), line, column: p + 1 };
  }
  const q = spaces(s, r.end);
  if (q < s.length && !(q > r.end && s.charCodeAt(q) === 0x23)) outside();
  return r.node;
}

/** Line-based recursive descent over block mappings and sequences. */
class Reader {
  private i = 0;
  private readonly lines: string[];

  constructor(lines: string[]) {
    this.lines = lines;
  }

  /** The whole text: one block mapping at column 1, nothing after it. */
  document(): Node {
    if (this.skip() !== 0 || isItem(this.lines[this.i]!, 0)) outside();
    return this.map(0, 0); // returns only at the end of the text
  }

  /** Moves to the next line that is not blank or a comment; its indentation, or -1 at the end. */
  private skip(): number {
    for (; this.i < this.lines.length; this.i++) {
      const s = this.lines[this.i]!;
      const p = spaces(s, 0);
      if (p < s.length && s.charCodeAt(p) !== 0x23) return p;
    }
    return -1;
  }

  /** A block mapping whose first key is at column `k` of the current line. */
  private map(k: number, depth: number): Node {
    if (depth > MAX_BLOCK_DEPTH) outside();
    const value: Record<string, unknown> = {};
    const keys = new Map<string, Node>();
    const node: Node = { value, line: this.i + 1, column: k + 1, keys };
    for (;;) {
      const s = this.lines[this.i]!;
      const key = blockKey(s, k, keys) ?? outside();
      const p = spaces(s, key.end);
      let child: Node;
      if (p < s.length && s.charCodeAt(p) !== 0x23) {
        child = inline(s, p, this.i + 1);
        this.i++;
      } else {
        // `key:` (perhaps with a comment): a more-indented block, or a sequence at this indentation.
        this.i++;
        const ind = this.skip();
        if (ind > k) child = this.block(ind, depth + 1);
        else if (ind === k && isItem(this.lines[this.i]!, k)) child = this.seq(k, depth + 1);
        else outside(); // a null value
      }
      keys.set(key.text, child);
      value[key.text] = child.value;
      const ind = this.skip();
      if (ind < k) return node;
      if (ind > k) outside(); // a continuation line, or a wrongly indented one
    }
  }

  /** A block sequence or mapping starting at column `ind` of the current line. */
  private block(ind: number, depth: number): Node {
    return isItem(this.lines[this.i]!, ind) ? this.seq(ind, depth) : this.map(ind, depth);
  }

  /** A block sequence whose first `-` is at column `m` of the current line. */
  private seq(m: number, depth: number): Node {
    if (depth > MAX_BLOCK_DEPTH) outside();
    const value: unknown[] = [];
    const items: Node[] = [];
    const node: Node = { value, line: this.i + 1, column: m + 1, items };
    for (;;) {
      const s = this.lines[this.i]!;
      const p = spaces(s, m + 1);
      if (p >= s.length || s.charCodeAt(p) === 0x23) outside(); // `-` with nothing after it
      let child: Node;
      if (blockKey(s, p, NO_KEYS)) child = this.map(p, depth + 1);
      else {
        child = inline(s, p, this.i + 1);
        this.i++;
      }
      items.push(child);
      value.push(child.value);
      const ind = this.skip();
      if (ind === m && isItem(this.lines[this.i]!, m)) continue;
      if (ind > m) outside();
      return node; // the parent mapping checks what follows
    }
  }
}

/**
 * The value and locator of `text` when it lies in the subset, else undefined (read it with
 * readUntrustedYaml instead). Never throws.
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
  if (text.includes('\t')) return undefined;
  const lines = text.split('\n');
  if (text.includes('\r')) {
    for (let n = 0; n < lines.length - 1; n++)
      if (lines[n]!.endsWith('\r')) lines[n] = lines[n]!.slice(0, -1);
    if (lines.some((s) => s.includes('\r'))) return undefined; // a CR not ending a line
  }
  let root: Node;
  try {
    root = new Reader(lines).document();
  } catch {
    return undefined; // outside the subset (or a bug here): the hardened reader decides
  }
  return {
    value: root.value,
    // As nodeAt in read-yaml-full.ts: the deepest node the path reaches; a missing key or index gives
    // the collection, a path going on past a scalar gives the scalar.
    locate: (path) => {
      let node = root;
      for (const seg of path) {
        const next =
          node.keys !== undefined
            ? typeof seg === 'string'
              ? node.keys.get(seg)
              : undefined
            : node.items !== undefined && typeof seg === 'number'
              ? node.items[seg]
              : undefined;
        if (!next) break;
        node = next;
      }
      return { line: node.line, column: node.column };
    },
  };
}
