/**
 * The action's log lines, which the runner must never read as workflow commands. It reads a line
 * that starts with `::` (after white space) as a command, and the legacy `##[command]` form anywhere
 * in a line. Grant files, PR titles, issue forms and GitHub's own messages reach the log, so every
 * line goes through safeLogLine: CR and LF written as `\r` and `\n` (one line stays one line), a
 * leading `::` as `:\:`, and every `##[` as `##\[`.
 */
import * as core from '@actions/core';

export function safeLogLine(text: string): string {
  return text
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/^(\s*)::/, '$1:\\:')
    .replace(/##\[/g, '##\\[');
}

/** Writes `text` to the log, one safe line per line of it. */
export function info(text: string): void {
  for (const line of text.split('\n')) core.info(safeLogLine(line));
}
