/**
 * `request-from-issue` (issue 4 item 7): the grant request issue form opens a grant PR in its
 * author's name. The issue comes from the `issues: opened` payload as data; its form answers become
 * a grant file through the same renderer as `breakglass request` (values serialised, re-read with the
 * PR checks), with the issue's author as requester. The PR body names the issue with a marker, which
 * check-pr follows back to the issue through the API (github/issue-delegation.ts). Nothing is created
 * for an author who is not in policies/identities by login and GitHub id, or for a form that does not
 * read: the answer goes on the issue, located by form field. One sticky answer comment per issue.
 */
import { statusOf } from '../github/client.js';
import type { GitHubOps } from '../github/ops.js';
import type { RequestOps } from '../github/request-ops.js';
import { formErrorsFrom, formGrantFields, fromIssueMarker, readIssueForm, REQUEST_LABEL, type FormError } from '../grant/issue-form.js';
import { newGrantId, renderGrant } from '../grant/render.js';
import type { Policy } from '../policy/model.js';
import { sameAccount } from '../policy/reviewers.js';
import { code, escapeText } from '../report/markdown.js';
import type { Account } from './record-review.js';

export const ANSWER_MARKER = '<!-- breakglass:request-answer -->';

export interface RequestIssue {
  number: number;
  body: string;
  labels: string[];
  author: Account;
  createdAt: string;
}

export type RequestFromIssueResult =
  | { outcome: 'skipped'; why: string }
  | { outcome: 'refused'; why: string }
  | { outcome: 'invalid'; errors: FormError[] }
  | { outcome: 'opened' | 'exists'; grantId: string; branch: string; pr?: { number: number; url: string } };

export async function requestFromIssue(deps: { gh: GitHubOps; request: RequestOps; policy: Policy | undefined }, issue: RequestIssue): Promise<RequestFromIssueResult> {
  const { gh } = deps;
  if (!issue.labels.includes(REQUEST_LABEL)) return { outcome: 'skipped', why: `issue #${issue.number} has no ${REQUEST_LABEL} label` };
  const answer = (text: string) => gh.upsertComment(issue.number, ANSWER_MARKER, `${ANSWER_MARKER}\n${text}`);
  const refuse = async (why: string): Promise<RequestFromIssueResult> => {
    await answer(`No grant PR was opened: ${escapeText(why)}.`);
    return { outcome: 'refused', why };
  };
  if (issue.author.isBot) return { outcome: 'skipped', why: 'the issue was opened by a bot' };
  if (!deps.policy) return refuse('policies/ on the default branch are invalid; ask the access admins to fix them (`breakglass validate`)');
  const policy = deps.policy;
  const login = issue.author.login;
  if (!policy.identities.has(login.toLowerCase()) || !sameAccount(policy, login, issue.author)) return refuse(`${login} (GitHub id ${issue.author.id}) is not in policies/identities.yaml, so there is no cloud identity to grant to`);
  const form = readIssueForm(issue.body);
  const errors: FormError[] = form.ok ? [] : form.errors;
  if (form.ok) {
    const bundle = form.answers.bundle ?? '';
    if (!policy.bundles.has(bundle)) errors.push({ label: 'Bundle', message: `"${bundle}" is not a bundle in policies/ (one of: ${[...policy.bundles.keys()].join(', ')})` });
  }
  if (!form.ok || errors.length > 0) return invalid(answer, errors);
  const id = issueGrantId(login, form.answers.bundle!, issue);
  const file = renderGrant(id, formGrantFields(form.answers, login));
  if (!file.ok) return invalid(answer, formErrorsFrom(file.findings));
  const branch = `breakglass/${id}`;
  const g = file.grant;
  try {
    await deps.request.branchWithFile(branch, file.path, file.text, `grant ${id}: ${g.bundle} for ${g.duration} (from issue #${issue.number})`);
  } catch (e) {
    // A re-run of this job: the branch is there already; opening the PR below tells whether it is done.
    if (statusOf(e) !== 422) throw e;
  }
  let pr: { number: number; url: string };
  try {
    pr = await deps.request.openPull({ head: branch, title: `Break-glass: ${g.bundle} for ${g.duration}${g.incident ? ` (${g.incident})` : ''} — ${login}`, body: prBody(id, issue, g) });
  } catch (e) {
    if (statusOf(e) !== 422) throw e;
    await answer(`A grant PR for this request already exists (branch ${code(branch)}).`);
    return { outcome: 'exists', grantId: id, branch };
  }
  const opener = (await gh.getPull(pr.number)).author.login;
  const quiet = opener === 'github-actions[bot]'
    ? '\n\n⚠️ It was opened with `GITHUB_TOKEN`, whose events start no workflow: it is checked on its next event (close and reopen it, or have the admins configure `BREAKGLASS_TOKEN`).'
    : '';
  await answer(`Opened #${pr.number} for you: ${code(g.bundle)} for ${code(g.duration)} as grant ${code(id)}. On call? It is merged and applied at once; otherwise an approver reviews it.${quiet}`);
  return { outcome: 'opened', grantId: id, branch, pr };
}

async function invalid(answer: (t: string) => Promise<void>, errors: FormError[]): Promise<RequestFromIssueResult> {
  await answer(['No grant PR was opened; the form has problems:', '', ...errors.map((e) => `- **${escapeText(e.label)}**: ${escapeText(e.message)}`), '', 'Open a new request with the form once they are fixed.'].join('\n'));
  return { outcome: 'invalid', errors };
}

/** Stable for one issue (a re-run makes the same branch): when it was opened, who, what, and its number. */
export function issueGrantId(login: string, bundle: string, issue: { number: number; createdAt: string }): string {
  const at = Number.isNaN(Date.parse(issue.createdAt)) ? new Date(0) : new Date(issue.createdAt);
  const suffix = `-i${issue.number}`;
  return `${newGrantId(login, bundle, at).slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
}

function prBody(id: string, issue: RequestIssue, g: { bundle: string; duration: string; incident?: string }): string {
  return [
    fromIssueMarker(issue.number),
    `Grant request ${code(id)}, opened from issue #${issue.number} for its author ${code(issue.author.login)}.`,
    '',
    `- bundle: ${code(g.bundle)}`,
    `- duration: ${code(g.duration)}`,
    ...(g.incident ? [`- incident: ${code(g.incident)}`] : []),
    '',
    `The reason is in the grant file. Breakglass takes this PR as ${code(issue.author.login)}'s own only while the file is exactly what issue #${issue.number} asks for; a push by anyone else makes it a PR that needs review.`,
  ].join('\n');
}
