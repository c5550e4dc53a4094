/** Loads policies and grants from a RepoFiles port: the shared first step of validate, decide, plan and the action. */
import { error, type Finding } from '../core/finding.js';
import { GRANTS_DIR, loadGrant, type LoadedGrant } from '../grant/grant.js';
import { loadPolicy, type LoadedPolicy } from '../policy/load.js';
import type { RepoFiles } from './files.js';

export const POLICIES_DIR = 'policies';

export async function loadPolicies(repo: RepoFiles): Promise<{ loaded?: LoadedPolicy; findings: Finding[] }> {
  const paths = await repo.list(POLICIES_DIR);
  const sources = await Promise.all(paths.map(async (path) => ({ path, bytes: await repo.read(path) })));
  const r = loadPolicy(sources);
  return r.ok ? { loaded: r.loaded, findings: r.findings } : { findings: r.findings };
}

/** Reads one grant file; a missing file is a finding, not an exception. */
export async function loadGrantFile(repo: RepoFiles, path: string): Promise<{ loaded?: LoadedGrant; findings: Finding[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await repo.read(path);
  } catch {
    return { findings: [error('grant/missing', `cannot read ${path}`, { file: path })] };
  }
  const r = loadGrant(bytes, path);
  return r.ok ? { loaded: r.loaded, findings: [] } : { findings: r.findings };
}

export async function listGrantPaths(repo: RepoFiles): Promise<string[]> {
  return (await repo.list(GRANTS_DIR)).filter((p) => p.endsWith('.yaml'));
}
