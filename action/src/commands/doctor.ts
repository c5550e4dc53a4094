/**
 * `breakglass doctor`: reads the repository's guardrails through the API and names each weak one.
 * A setting the token cannot read is reported as unverified, never guessed (GH-06, GH-08, GH-09, GH-11).
 */
import { errorMessage } from '../core/errors.js';
import type { GitHubOps, Readable } from '../github/ops.js';

export type CheckStatus = 'ok' | 'weak' | 'unverified';

export interface DoctorCheck {
  id: string;
  status: CheckStatus;
  message: string;
}

export interface DoctorReport {
  checks: DoctorCheck[];
  weak: DoctorCheck[];
  unverified: DoctorCheck[];
}

export const APPLY_ENVIRONMENT = 'breakglass-apply';
export const RECONCILE_WORKFLOW = 'reconcile.yml';
/** Where GitHub looks for CODEOWNERS, in its order. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;
const MUST_OWN = ['policies/', '.github/', 'action/'];
const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

async function readable<T>(fn: () => Promise<Readable<T>>): Promise<Readable<T>> {
  try {
    return await fn();
  } catch (e) {
    return { ok: false, status: 0, message: errorMessage(e) };
  }
}

export async function doctor(gh: GitHubOps): Promise<DoctorReport> {
  const branch = await gh.defaultBranch();
  const [rules, perms, env, workflow, owners] = await Promise.all([
    readable(() => gh.getBranchRules(branch)),
    readable(() => gh.getWorkflowPermissions()),
    readable(() => gh.getEnvironmentBranchPolicy(APPLY_ENVIRONMENT)),
    readable(() => gh.getWorkflowState(RECONCILE_WORKFLOW)),
    readCodeowners(gh, branch),
  ]);
  const checks: DoctorCheck[] = [];
  const cannot = (id: string, r: { status: number; message: string }) =>
    checks.push({ id, status: 'unverified', message: `cannot read (${r.status || 'error'}: ${r.message}); the token may lack permission` });
  if (!rules.ok) cannot('branch-rules', rules);
  else {
    const pr = rules.value.pullRequest;
    const need: [string, boolean, string][] = [
      ['required-review', (pr?.requiredApprovingReviewCount ?? 0) >= 1, `pull requests to ${branch} require at least one approving review`],
      ['dismiss-stale-reviews', pr?.dismissStaleReviewsOnPush === true, 'new pushes dismiss stale approvals'],
      ['code-owner-review', pr?.requireCodeOwnerReview === true, 'code owners must review'],
      ['last-push-approval', pr?.requireLastPushApproval === true, 'the last push must be approved by someone else'],
      ['no-force-push', rules.value.blocksForcePush, `force pushes to ${branch} are blocked (git history is the audit log)`],
      ['no-deletion', rules.value.blocksDeletion, `${branch} cannot be deleted`],
    ];
    for (const [id, ok, what] of need) checks.push({ id, status: ok ? 'ok' : 'weak', message: ok ? what : `not enforced: ${what}` });
  }
  if (!perms.ok) cannot('actions-cannot-approve', perms);
  else {
    const bad = perms.value.canApprovePullRequestReviews;
    checks.push({ id: 'actions-cannot-approve', status: bad ? 'weak' : 'ok', message: bad ? '"Allow GitHub Actions to create and approve pull requests" is on: a workflow could satisfy a required review' : 'GitHub Actions cannot approve pull requests' });
  }
  if (!env.ok) cannot('apply-environment', env);
  else {
    const v = env.value;
    // Custom policies count only when they name exactly the default branch, with no pattern.
    const custom = v.customPolicies ?? [];
    const onlyDefault = v.customBranches && custom.length > 0 && custom.every((c) => c.type === 'branch' && c.name === branch);
    const ok = v.exists && (v.protectedBranchesOnly || onlyDefault);
    const message = !v.exists
      ? `environment ${APPLY_ENVIRONMENT} does not exist: cloud credentials are not limited to ${branch}`
      : ok
        ? `environment ${APPLY_ENVIRONMENT} is limited to ${v.protectedBranchesOnly ? 'protected branches' : branch}`
        : v.customBranches
          ? `environment ${APPLY_ENVIRONMENT} may deploy from ${custom.map((c) => `${c.type} ${c.name}`).join(', ') || 'no named branch'}, not only ${branch}`
          : `environment ${APPLY_ENVIRONMENT} allows any branch to deploy`;
    checks.push({ id: 'apply-environment', status: ok ? 'ok' : 'weak', message });
  }
  if (!workflow.ok) cannot('reconcile-workflow', workflow);
  else checks.push({ id: 'reconcile-workflow', status: workflow.value === 'active' ? 'ok' : 'weak', message: workflow.value === 'active' ? 'the reconcile workflow is active' : `the reconcile workflow is ${workflow.value}: expired grants are not cleaned up (the clouds still enforce expiry)` });
  checks.push(owners);
  return { checks, weak: checks.filter((c) => c.status === 'weak'), unverified: checks.filter((c) => c.status === 'unverified') };
}

async function readCodeowners(gh: GitHubOps, branch: string): Promise<DoctorCheck> {
  try {
    for (const path of CODEOWNERS_PATHS) {
      const entry = await gh.getContent(path, branch);
      if (!entry) continue;
      if (entry.type !== 'file') return { id: 'codeowners', status: 'weak', message: `${path} is a ${entry.type}, not a file` };
      if (entry.content.length >= CODEOWNERS_MAX_BYTES) return { id: 'codeowners', status: 'weak', message: `${path} is over 3 MB, so GitHub ignores it` };
      const missing = MUST_OWN.filter((dir) => !covers(new TextDecoder().decode(entry.content), dir));
      return missing.length === 0
        ? { id: 'codeowners', status: 'ok', message: `${path} assigns owners to ${MUST_OWN.join(', ')}` }
        : { id: 'codeowners', status: 'weak', message: `${path} assigns no owner to ${missing.join(', ')}` };
    }
    return { id: 'codeowners', status: 'weak', message: 'no CODEOWNERS file: changes to policies/, .github/ and action/ need no owner review' };
  } catch (e) {
    return { id: 'codeowners', status: 'unverified', message: `cannot read CODEOWNERS: ${errorMessage(e)}` };
  }
}

/**
 * Whether CODEOWNERS leaves the whole directory owned, read as GitHub reads it: the last matching line
 * wins, and a line without owners takes ownership away. Only `*`, `**`, `dir`, `dir/` and `dir/**`
 * own all of it (`dir/*` stops at its direct files). A later owner-less line that may match any file
 * in it (a path inside it, or a pattern not anchored to another directory, such as `*.yml`)
 * un-owns it: part of it then needs no owner review.
 */
export function covers(codeowners: string, dir: string): boolean {
  const bare = dir.replace(/\/$/, '');
  let owned = false;
  for (const raw of codeowners.split('\n')) {
    const [pattern, ...owners] = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (!pattern) continue;
    const p = pattern.replace(/^\//, '');
    const whole = p === '*' || p === '**' || p === bare || p === `${bare}/` || p === `${bare}/**`;
    if (whole) owned = owners.length > 0;
    else if (owners.length === 0 && (p.startsWith(`${bare}/`) || mayMatchInside(p))) owned = false;
  }
  return owned;
}

/**
 * Whether a pattern may match files under some other directory: one without a directory part (a
 * trailing `/` aside) matches at any depth, and an anchored one only reaches there through a glob in
 * its first segment (`**\/x.yml`).
 */
function mayMatchInside(p: string): boolean {
  const trimmed = p.replace(/\/$/, '');
  if (!trimmed.includes('/')) return true;
  return /[*?[]/.test(trimmed.split('/')[0] ?? '');
}
