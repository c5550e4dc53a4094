/**
 * Byte- and character-level checks that run before any YAML parsing, so that hostile input
 * (huge files, bad encodings, invisible or direction-changing characters, deep nesting) is
 * rejected cheaply and with a location.
 */
import { error, type Finding } from '../core/finding.js';

export interface TextLimits {
  maxBytes: number;
  /** Deepest flow nesting ([ and {) allowed. */
  maxDepth: number;
}

export const GRANT_LIMITS: TextLimits = { maxBytes: 16 * 1024, maxDepth: 16 };
export const POLICY_LIMITS: TextLimits = { maxBytes: 512 * 1024, maxDepth: 32 };

/**
 * Characters never accepted anywhere in a grant or policy file: C0 controls other than TAB, LF and CR;
 * DEL and C1 controls; zero-width and word-joiner characters; bidi embeddings, overrides and isolates
 * ("Trojan Source"); the BOM; line and paragraph separators.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u;

/**
 * The first forbidden character in an already-decoded string (a YAML escape such as "\u202E" or "\0"
 * yields one the raw-text check cannot see), described for a message; undefined when there is none.
 */
export function forbiddenCharacter(s: string): { index: number; description: string } | undefined {
  const m = FORBIDDEN.exec(s);
  return m ? { index: m.index, description: describe(m[0]) } : undefined;
}

function describe(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp === 0) return `NUL (${hex})`;
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f) {
    return `bidirectional control ${hex}`;
  }
  if ((cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff) return `invisible character ${hex}`;
  return `control character ${hex}`;
}

/** Decodes bytes as strict UTF-8 and checks size, characters and nesting. Returns the text or findings. */
export function checkUntrustedText(
  input: Uint8Array | string,
  file: string,
  limits: TextLimits,
): { ok: true; text: string } | { ok: false; findings: Finding[] } {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length > limits.maxBytes) {
    return fail('input/too-large', `file is ${bytes.length} bytes; the limit is ${limits.maxBytes} bytes`, file, 1, 1);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('input/encoding', 'invalid encoding: UTF-16 byte order mark; files must be UTF-8', file, 1, 1);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail('input/encoding', `invalid encoding: not valid UTF-8 (byte offset ${at.offset})`, file, at.line, at.column);
  }
  // One native scan of the whole text (CR is not in the class, so CRLF files need no special case).
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const at = lineAndColumn(text, bad.index);
    return fail('input/forbidden-character', `forbidden ${describe(bad[0])}`, file, at.line, at.column);
  }
  const lines = text.split('\n');
  const depth = flowDepth(text);
  if (depth.max > limits.maxDepth) {
    return fail('input/too-deep', `nesting deeper than ${limits.maxDepth} levels`, file, depth.line, depth.column);
  }
  const compact = compactDepth(lines);
  if (compact.max > limits.maxDepth) {
    return fail('input/too-deep', `nesting deeper than ${limits.maxDepth} levels`, file, compact.line, compact.column);
  }
  return { ok: true, text };
}

function fail(ruleId: string, message: string, file: string, line?: number, column?: number) {
  const at: Partial<Finding> = { file };
  if (line !== undefined) at.line = line;
  if (column !== undefined) at.column = column;
  return { ok: false as const, findings: [error(ruleId, message, at)] };
}

/** Where the first invalid UTF-8 sequence starts, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = len > 0 && i + len <= bytes.length;
    for (let k = 1; valid && k < len; k++) valid = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (valid && len > 1) valid = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(i, i + len)) !== '\uFFFD';
    if (!valid) return { offset: i, line, column };
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += len;
  }
  return { offset: bytes.length, line, column };
}

/**
 * Deepest compact block nesting on one line (`- - - - a`, `? ? a`): each indicator opens a level
 * without any indentation, so 8,000 of them in 16 KB overflowed the parser's stack (found by fuzzing).
 */
function compactDepth(lines: string[]): { max: number; line: number; column: number } {
  let best = { max: 0, line: 1, column: 1 };
  for (let i = 0; i < lines.length; i++) {
    const m = /^[ \t]*((?:[-?:][ \t]+)+)/.exec(lines[i] ?? '');
    if (!m) continue;
    const n = (m[1]!.match(/[-?:]/g) ?? []).length;
    if (n > best.max) best = { max: n, line: i + 1, column: 1 };
  }
  return best;
}

/** 1-based line and column (in UTF-16 code units, as the parser counts) of a string offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: offset - start + 1 };
}

/** The characters flowDepth() acts on; everything between them is skipped by the regex engine. */
const FLOW_SIGNIFICANT = /[\n\\"'#[\]{}]/g;

/**
 * Deepest [ / { nesting outside quotes and comments. Block nesting is bounded by the byte cap and
 * indentation; flow nesting is what turns a 20 KB file into a stack overflow, so it is capped here.
 * It visits only the significant characters (a file runs cold, in the interpreter, every time).
 */
function flowDepth(text: string): { max: number; line: number; column: number } {
  let depth = 0;
  let max = 0;
  let line = 1;
  let lineStart = 0;
  let at = { line: 1, column: 1 };
  let quote: '"' | "'" | null = null;
  let comment = false;
  const re = new RegExp(FLOW_SIGNIFICANT);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      comment = false;
      continue;
    }
    if (comment) continue;
    if (quote) {
      if (c === '\\' && quote === '"') re.lastIndex = i + 2;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ' '))) comment = true;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > max) {
        max = depth;
        at = { line, column: i - lineStart + 1 };
      }
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return { max, ...at };
}
