/** Reading what the action wrote the way a person sees it, and checking how a run went. */
import assert from 'node:assert/strict';
import type { ActionRun } from './run-action.js';

/** Markdown with our escapes undone (backslash escapes, the word joiner after `@`): what GitHub renders. */
export function rendered(md: string): string {
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1').replace(/\u2060/g, '');
}

/**
 * A run's wall time must stay small: about 1.5 s on an idle machine (node start, tsx for the loopback
 * guard, the bundle, a handful of loopback calls). The bound is loose for loaded CI machines, but a
 * client-side wait (write spacing, a retry back-off) pushes a run past it.
 */
export const RUN_BUDGET_MS = 8000;

/** The exit code, with the run's output in the failure message. */
export function assertExit(run: ActionRun, code: number): void {
  assert.equal(run.code, code, `exit ${String(run.code)}, expected ${code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
  assert.ok(run.ms < RUN_BUDGET_MS, `the run took ${run.ms} ms (budget ${RUN_BUDGET_MS} ms)`);
}
