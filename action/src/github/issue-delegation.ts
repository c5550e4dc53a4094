/**
 * A grant PR opened by the tool's bot from a request issue counts as authored by the issue's author,
 * and only under proof. The trust argument:
 *
 * - GitHub authenticates the issue's author: only that account can open an issue in its name, and
 *   the issue (number, author login and numeric id, labels, body) is read here through the API, never
 *   from the PR. The PR body only says WHICH issue (the marker); it is not believed for anything else.
 * - The issue is open (closing it withdraws the request), carries the request label (the form applies
 *   it), and its author is a person, not a bot.
 * - The grant file must be exactly what the issue asked for: the form's answers are rendered again
 *   with the issue's author as requester and compared field by field with the file at the head
 *   (no `targets`, `start`, `extends` or `ticket`, which the form cannot set). So whoever opened the
 *   PR (our bot from grant-from-issue.yml, which runs only the default branch's definition on
 *   `issues: opened`, or any other bot) can only produce the grant the issue's author asked for, to
 *   that author's own principal.
 * - The PR comes from a branch of this repository (not a fork) and its author is a Bot account. Anyone
 *   else who pushed to it stays a contributor: auto-approval is then refused and they cannot approve.
 *
 * Every other bot-authored PR keeps the bot as its author, so "requester is the PR author" rejects it.
 */
import type { GrantFields } from '../grant/render.js';
import { renderGrant } from '../grant/render.js';
import type { Grant } from '../grant/grant.js';
import { formGrantFields, readFromIssueMarker, readIssueForm, REQUEST_LABEL } from '../grant/issue-form.js';
import type { GitHubOps, PullFacts } from './ops.js';

export interface Delegation {
  issue: number;
  /** The issue's author when every condition holds. */
  author?: { login: string; id: number };
  /** Why the PR is not taken as the issue author's, when it is not. */
  refused?: string;
}

const COMPARED = ['requester', 'bundle', 'duration', 'reason', 'incident', 'ticket', 'start', 'extends'] as const;

/** Undefined unless the PR is a bot's and names a request issue; then the delegation or why it was refused. */
export async function issueDelegation(gh: GitHubOps, pull: PullFacts, grant: Grant): Promise<Delegation | undefined> {
  if (!pull.author.isBot) return undefined;
  const n = readFromIssueMarker(pull.body);
  if (n === undefined) return undefined;
  const refuse = (why: string): Delegation => ({ issue: n, refused: why });
  if (pull.fromFork) return refuse('the PR comes from a fork');
  const issue = await gh.getIssue(n);
  if (!issue || issue.isPull) return refuse(`#${n} is not an issue`);
  // Closing the request withdraws it: a PR that names a closed request speaks for nobody.
  if (issue.state !== 'open') return refuse(`issue #${n} is closed`);
  if (!issue.labels.includes(REQUEST_LABEL)) return refuse(`issue #${n} does not carry the ${REQUEST_LABEL} label`);
  if (issue.author.isBot) return refuse(`issue #${n} was opened by a bot`);
  if (issue.author.login.toLowerCase() !== grant.requester.toLowerCase()) return refuse(`issue #${n} was opened by ${issue.author.login}, not by the requester ${grant.requester}`);
  const form = readIssueForm(issue.body);
  if (!form.ok) return refuse(`issue #${n} is not a readable request form (${form.errors.map((e) => `${e.label}: ${e.message}`).join('; ')})`);
  const asked = renderGrant(grant.id, formGrantFields(form.answers, issue.author.login));
  if (!asked.ok) return refuse(`issue #${n} does not ask for a valid grant`);
  const differs: string[] = COMPARED.filter((k) => !same(asked.grant, grant, k));
  if (grant.targets !== undefined) differs.push('targets');
  if (differs.length > 0) return refuse(`the grant file differs from what issue #${n} asks for (${differs.join(', ')})`);
  return { issue: n, author: { login: issue.author.login, id: issue.author.id } };
}

function same(a: Grant, b: Grant, k: (typeof COMPARED)[number] & keyof GrantFields): boolean {
  const x = a[k];
  const y = b[k];
  return k === 'requester' ? String(x).toLowerCase() === String(y).toLowerCase() : x === y;
}
