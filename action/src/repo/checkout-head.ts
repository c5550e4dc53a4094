/** The commit a checkout is at and its tree, as git itself reads them (no network). */
import { git } from './git.js';

export async function checkoutHead(cwd: string): Promise<{ sha: string; tree: string } | undefined> {
  try {
    const [sha, tree] = (await git(cwd, ['rev-parse', 'HEAD^{commit}', 'HEAD^{tree}'])).trim().split('\n');
    return sha && tree && /^[0-9a-f]{40}$/.test(sha) && /^[0-9a-f]{40}$/.test(tree) ? { sha, tree } : undefined;
  } catch {
    return undefined;
  }
}
