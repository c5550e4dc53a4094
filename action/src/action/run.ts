/**
 * The action: inputs and event → deps → the same command functions the CLI uses. The only catch that
 * fails the step; the job summary is written even when the run fails. validate runs from this file;
 * every other command is in run-github.ts, which a validate run never loads (cold start, issue #8).
 */
import { appendFileSync } from 'node:fs';
import * as core from '@actions/core';
import { errorMessage } from '../core/errors.js';
import { validate } from '../commands/validate.js';
import { localRepo } from '../repo/files.js';
import { readContext } from './event.js';
import { readInputs } from './inputs.js';
import { annotate } from './report.js';

export async function runAction(env: Record<string, string | undefined> = process.env): Promise<void> {
  try {
    const inputs = readInputs();
    const ctx = readContext(env);
    if (inputs.command === 'validate') {
      const r = await validate(localRepo(ctx.workspace));
      annotate(r.findings);
      core.summary.addHeading('Breakglass: validate', 3).addRaw(`${r.valid ? '✅ valid' : '❌ invalid'}: ${r.policyFiles} policy file(s), ${r.grantFiles} grant file(s)\n\n`);
      if (!r.valid) core.setFailed(`${r.findings.filter((f) => f.severity === 'error').length} invalid input(s)`);
      return;
    }
    // A separate bundle file: Octokit, the decision and the reconcile code load only from here on.
    const { runGitHubCommand } = await import('./run-github.js');
    await runGitHubCommand(inputs, ctx, env);
  } catch (e) {
    core.setFailed(`breakglass failed: ${errorMessage(e)}`);
  } finally {
    try {
      writeSummary(env);
    } catch (e) {
      core.warning(`could not write the job summary: ${errorMessage(e)}`);
    }
  }
}

/**
 * Appends the job summary to $GITHUB_STEP_SUMMARY, as core.summary.write() does, but synchronously:
 * its fs.promises calls would start libuv's thread pool for one small append (cold start, issue #8).
 */
function writeSummary(env: Record<string, string | undefined>): void {
  const path = env.GITHUB_STEP_SUMMARY;
  const text = core.summary.stringify();
  if (!path) {
    if (text) throw new Error('GITHUB_STEP_SUMMARY is not set');
    return;
  }
  appendFileSync(path, text);
  core.summary.emptyBuffer();
}
