/** Revocation records committed through the GitHub API, so GitHub signs them; the grant file leaves grants/ in the same commit. */
import type { RecordStore } from '../reconcile/record-store.js';
import { applyMessage, revocationMessage } from '../reconcile/record-store.js';
import type { GitHubOps } from './ops.js';

export function githubRecordStore(gh: GitHubOps, branch: () => Promise<string>): RecordStore {
  return {
    async commit(p) {
      await gh.commitOnBranch(await branch(), { message: revocationMessage(p), removePaths: p.removePath ? [p.removePath] : [] });
    },
    async commitApply(r) {
      await gh.commitOnBranch(await branch(), { message: applyMessage(r), removePaths: [] });
    },
  };
}
