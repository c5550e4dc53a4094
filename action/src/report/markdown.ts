/**
 * Markdown that user-influenced text cannot break out of (IN-11): ids go in code spans, free text in
 * fenced blocks longer than any backtick run inside, and our own messages are escaped so no HTML,
 * emphasis, link or @mention can appear outside code.
 */

const MAX_TEXT = 4000;

function longestRun(s: string, ch: string): number {
  let max = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > max) max = run;
  }
  return max;
}

/** An inline code span, on one line, safe for any content. */
export function code(s: string): string {
  const text = s.replace(/[\r\n]+/g, ' ').slice(0, 300);
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block for free text; fences outnumber any run of backticks or tildes inside. */
export function block(s: string, info = 'text'): string {
  const text = s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}\n… (truncated)` : s;
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}${info}\n${text.replace(/\r/g, '')}\n${fence}`;
}

/**
 * Escapes text for Markdown outside code: HTML entities for `& < >`, backslashes for Markdown
 * punctuation, and a word joiner after `@` so no mention resolves.
 */
export function escapeText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1')
    .replace(/@/g, '@\u2060')
    .slice(0, MAX_TEXT);
}

/**
 * Markdown outside fenced blocks and code spans (CommonMark: a span closes at the next backtick
 * run of the same length), for tests and checks.
 */
export function outsideCode(md: string): string {
  const noBlocks = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1`*[ \t]*$/gm, '');
  let out = '';
  for (let i = 0; i < noBlocks.length; ) {
    if (noBlocks[i] !== '`') {
      out += noBlocks[i++];
      continue;
    }
    let run = 0;
    while (noBlocks[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = noBlocks.indexOf(fence, i + run);
    while (close !== -1 && noBlocks[close + run] === '`') {
      let skip = close;
      while (noBlocks[skip] === '`') skip++;
      close = noBlocks.indexOf(fence, skip);
    }
    if (close === -1) {
      out += fence;
      i += run;
    } else i = close + run;
  }
  return out;
}
