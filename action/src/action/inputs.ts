/** The action's inputs, read in one place into a frozen object; tokens are masked the moment they are read. */
import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';

export const COMMANDS = ['check-pr', 'reconcile', 'doctor', 'validate', 'record-review', 'sweep', 'request-from-issue'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export interface ActionInputs {
  command: ActionCommand;
  token: string;
  prNumber?: number;
  pagerdutyToken?: string;
  opsgenieApiKey?: string;
  dryRun: boolean;
  awsRegion: string;
}

function secret(name: string): string | undefined {
  const v = core.getInput(name);
  if (!v) return undefined;
  core.setSecret(v);
  return v;
}

export function readInputs(): Readonly<ActionInputs> {
  const command = core.getInput('command', { required: true });
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`input command must be one of ${COMMANDS.join(', ')} (got "${command}")`);
  const token = secret('github-token');
  if (!token) throw new UsageError('input github-token is empty');
  const pr = core.getInput('pr-number').trim();
  // `12abc` and `1e3` are refused: the string must round-trip exactly.
  if (pr !== '' && String(Number.parseInt(pr, 10)) !== pr) throw new UsageError(`input pr-number must be a whole number (got "${pr}")`);
  const inputs: ActionInputs = {
    command: command as ActionCommand,
    token,
    dryRun: core.getBooleanInput('dry-run'),
    awsRegion: core.getInput('aws-region') || 'us-east-1',
  };
  if (pr !== '') inputs.prNumber = Number(pr);
  const pd = secret('pagerduty-token');
  if (pd) inputs.pagerdutyToken = pd;
  const og = secret('opsgenie-api-key');
  if (og) inputs.opsgenieApiKey = og;
  return Object.freeze(inputs);
}
