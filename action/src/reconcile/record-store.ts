/**
 * Where revocation records go. Locally: a commit in the checkout (the grant file leaves grants/ in the
 * same commit). On GitHub: a commit made through the API, so GitHub signs it (github/record-store.ts).
 */
import { applyTrailers, revocationTrailers, type ApplyRecord } from '../audit/trailers.js';
import { git } from '../repo/git.js';
import type { PendingRecord } from './records.js';

export interface RecordStore {
  commit(pending: PendingRecord): Promise<void>;
  /** An empty commit recording that a grant is now in place in every target. */
  commitApply(record: ApplyRecord): Promise<void>;
}

export function applyMessage(r: ApplyRecord): string {
  return `breakglass: applied ${r.grantId}\n\n${applyTrailers(r)}\n`;
}

/** The commit message of a revocation: a subject for people, trailers for machines. */
export function revocationMessage(p: PendingRecord): string {
  const r = p.record;
  return `breakglass: revoke ${r.grantId} (${r.reason})\n\n${revocationTrailers(r)}\n`;
}

/** Commits in a local checkout as the breakglass identity. */
export function localRecordStore(cwd: string): RecordStore {
  const identity = ['-c', 'user.name=breakglass', '-c', 'user.email=breakglass@users.noreply.github.com'];
  return {
    async commit(p) {
      if (p.removePath) await git(cwd, ['rm', '-q', '--', p.removePath]);
      await git(cwd, [...identity, 'commit', '-q', '--allow-empty', '--no-verify', '-F', '-'], revocationMessage(p));
    },
    async commitApply(r) {
      await git(cwd, [...identity, 'commit', '-q', '--allow-empty', '--no-verify', '-F', '-'], applyMessage(r));
    },
  };
}
