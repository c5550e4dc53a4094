/**
 * Reads the trailer block of a commit message back the way `git interpret-trailers --parse` does:
 * the last paragraph, every line `Key: value`. Every commit's message goes through here (tens of
 * thousands in an audit), so it walks the lines with indexOf instead of splitting and matching.
 */
import type { Trailers } from './trailer-format.js';

/** JavaScript's \s (and what trim() removes): Unicode white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isKeyStart = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isKeyChar = (c: number): boolean => isKeyStart(c) || c === 0x2d;

/** Only white space in text[start, end). */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Parses the trailer block of a commit message (its last paragraph) like `git interpret-trailers
 * --parse`: after CRLFs become LFs and trailing white space goes, the last paragraph is what follows
 * the last blank line (a run of white space holding two LFs), and every one of its lines must be
 * `Key: value` (key `[A-Za-z0-9][A-Za-z0-9-]*`; the value trimmed, and without line terminators) or
 * a continuation (white space, then more of the previous value). Anything else, or no blank line:
 * no trailers.
 */
export function parseTrailers(message: string): Trailers {
  const text = message.includes('\r') ? message.replace(/\r\n/g, '\n') : message;
  return trailersOf(text, (start, end) => text.slice(start, end));
}

/**
 * parseTrailers of a text without CRLFs, each value (or part of one) made by `value(start, end)`:
 * text[start, end) as a slice, or as a string of its own when the caller can make one from the
 * bytes the text was decoded from (a slice keeps the whole message alive as long as the value).
 *
 * Every commit's message goes through here (tens of thousands in an audit), so it walks the lines
 * with indexOf instead of splitting and matching: it starts after the last `\n\n` (usually the
 * blank line itself) and starts again after any later blank line, one of white space between two
 * LFs. test/audit/trailer-parse.test.ts compares it with the split-and-match reading.
 */
export function trailersOf(text: string, value: (start: number, end: number) => string): Trailers {
  let stop = text.length;
  while (stop > 0 && isSpace(text.charCodeAt(stop - 1))) stop--;
  // A value may not hold a line terminator other than LF (the reference's `.` stops at them).
  const breaks = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
  const doubleLf = stop < 2 ? -1 : text.lastIndexOf('\n\n', stop - 2);
  let inParagraph = doubleLf >= 0;
  let out: Trailers = new Map();
  let last: string[] | undefined;
  let bad = false;
  for (let line = inParagraph ? doubleLf + 2 : 0; line < stop;) {
    let eol = text.indexOf('\n', line);
    if (eol < 0 || eol > stop) eol = stop;
    if (line > 0 && eol < stop && blank(text, line, eol)) {
      // White space between two LFs: a blank line; the last paragraph starts after it.
      inParagraph = true;
      out = new Map();
      last = undefined;
      bad = false;
    } else if (inParagraph && !bad) {
      last = parseLine(text, line, eol, breaks, value, out, last);
      bad = last === undefined;
    }
    line = eol + 1;
  }
  return inParagraph && !bad ? out : new Map();
}

/**
 * Adds the trailer line text[start, end) to `out`: the values list it added to (the one a
 * continuation extends), or undefined when the line is neither a trailer nor a continuation.
 */
function parseLine(
  text: string,
  start: number,
  end: number,
  breaks: boolean,
  value: (start: number, end: number) => string,
  out: Trailers,
  last: string[] | undefined,
): string[] | undefined {
  let k = start;
  if (isKeyStart(text.charCodeAt(k))) while (++k < end && isKeyChar(text.charCodeAt(k)));
  let v = k + 1;
  let w = end;
  if (k > start && k < end && text.charCodeAt(k) === 0x3a) {
    // `Key:`, at most one white space (which may be a line terminator), then no line terminator.
    const rest = v < w && isSpace(text.charCodeAt(v)) ? v + 1 : v;
    if (breaks && /[\r\u2028\u2029]/.test(text.slice(rest, w))) return undefined;
    while (v < w && isSpace(text.charCodeAt(v))) v++;
    while (w > v && isSpace(text.charCodeAt(w - 1))) w--;
    const key = text.slice(start, k);
    const list = out.get(key);
    if (list) {
      list.push(value(v, w));
      return list;
    }
    const added = [value(v, w)];
    out.set(key, added);
    return added;
  }
  // A continuation: white space, then something else.
  v = start;
  while (v < end && isSpace(text.charCodeAt(v))) v++;
  if (v === start || v === end || !last) return undefined;
  while (w > v && isSpace(text.charCodeAt(w - 1))) w--;
  last[last.length - 1] = `${last[last.length - 1]} ${value(v, w)}`;
  return last;
}
