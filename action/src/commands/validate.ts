/** `breakglass validate`: every policy and grant file, with cross-references. */
import { hasErrors, type Finding } from '../core/finding.js';
import { crossCheckGrant } from '../grant/crosscheck.js';
import type { RepoFiles } from '../repo/files.js';
import { listGrantPaths, loadGrantFile, loadPolicies } from '../repo/load-all.js';

export interface ValidateResult {
  valid: boolean;
  policyFiles: number;
  grantFiles: number;
  findings: Finding[];
}

export async function validate(repo: RepoFiles): Promise<ValidateResult> {
  const policyFiles = (await repo.list('policies')).length;
  const { loaded, findings } = await loadPolicies(repo);
  const grants = await listGrantPaths(repo);
  for (const path of grants) {
    const g = await loadGrantFile(repo, path);
    findings.push(...g.findings);
    if (g.loaded && loaded) findings.push(...crossCheckGrant(g.loaded, loaded.policy));
  }
  return { valid: !hasErrors(findings), policyFiles, grantFiles: grants.length, findings };
}
