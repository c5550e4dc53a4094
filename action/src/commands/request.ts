/**
 * `breakglass request`: one command at 3 a.m. Generates the id, writes the grant file (requester =
 * the token's user), and opens the PR through the API with the template body; or prints the file.
 */
import { UserError } from '../core/errors.js';
import { formatFinding } from '../core/finding.js';
import { newGrantId, renderGrant, type GrantFields } from '../grant/render.js';
import type { RequestOps } from '../github/request-ops.js';

export interface RequestInput extends Omit<GrantFields, 'requester'> {
  requester?: string;
  now: Date;
}

export interface RequestResult {
  id: string;
  path: string;
  text: string;
  pr?: { number: number; url: string };
}

/** Builds the file; with `gh` it also opens the PR. Invalid input never reaches GitHub. */
export async function request(input: RequestInput, gh?: RequestOps): Promise<RequestResult> {
  const me = gh ? await gh.whoAmI() : undefined;
  const requester = me?.login ?? input.requester;
  if (!requester) throw new UserError('who is asking? pass --requester LOGIN for a dry run, or set GITHUB_TOKEN to your own token');
  const { now, requester: _ignored, ...fields } = input;
  const id = newGrantId(requester, input.bundle, now);
  const file = renderGrant(id, { ...fields, requester });
  if (!file.ok) throw new UserError(`the grant would be invalid:\n${file.findings.map(formatFinding).join('\n')}`);
  const result: RequestResult = { id, path: file.path, text: file.text };
  if (!gh) return result;
  const branch = `breakglass/${id}`;
  await gh.branchWithFile(branch, file.path, file.text, `grant ${id}: ${input.bundle} for ${input.duration}`);
  result.pr = await gh.openPull({ head: branch, title: `Break-glass: ${input.bundle} for ${input.duration}${input.incident ? ` (${input.incident})` : ''}`, body: prBody(id, input) });
  return result;
}

function prBody(id: string, input: RequestInput): string {
  return [
    `Grant request \`${id}\`, opened with \`breakglass request\`.`,
    '',
    `- bundle: \`${input.bundle}\``,
    `- duration: \`${input.duration}\``,
    ...(input.incident ? [`- incident: \`${input.incident}\``] : []),
    '',
    'The reason is in the grant file. Breakglass checks this PR, approves it at once if you are on call, or asks the eligible approvers to review.',
  ].join('\n');
}
