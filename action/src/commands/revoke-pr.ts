/**
 * The early-revocation flow of check-pr: read each deleted grant at the PR's base commit (git tree,
 * as data), decide (decision/revoke.ts), then merge at once with the head SHA pinned and the
 * revoke-request trailers, or leave it to normal review, or reject a mixed PR. The apply job of the
 * same run (or the next reconcile) revokes the grants and records them as `early`.
 */
import { isoSeconds, type Clock } from '../core/clock.js';
import { revokeRequestTrailers } from '../audit/trailers.js';
import { decideRevoke, type DeletedGrant, type RevokeDecision } from '../decision/revoke.js';
import { GRANT_PATH, loadGrant } from '../grant/grant.js';
import type { GitHubOps } from '../github/ops.js';
import type { GatheredPr } from '../github/pr-facts.js';
import type { Policy } from '../policy/model.js';
import { COMMENT_MARKER } from '../report/pr-comment.js';
import { revokeComment } from '../report/revoke-comment.js';
import { labelChange, LABELS } from '../report/state-labels.js';

export interface RevokePrResult {
  decision: RevokeDecision;
  merged?: { sha: string };
  /** The head moved under the merge (409): the caller re-evaluates from scratch. */
  headMoved?: boolean;
  comment?: string;
}

export async function checkRevokePr(deps: { gh: GitHubOps; clock: Clock; policy: Policy | undefined; log?: (l: string) => void }, pr: GatheredPr): Promise<RevokePrResult> {
  const { gh } = deps;
  const deleted = await readDeleted(gh, pr);
  const decision = decideRevoke({ policy: deps.policy, author: pr.pull.author, headSha: pr.pull.headSha, files: pr.facts.files, deleted, now: deps.clock.now() });
  const result: RevokePrResult = { decision };
  let note: string | undefined;
  if (decision.outcome === 'approve') {
    const ids = decision.grants.map((g) => g.grantId);
    const message = `Early revocation of ${ids.join(', ')}, asked for by ${decision.author}.\n\n${revokeRequestTrailers({ grantIds: ids, requestedBy: decision.author, time: isoSeconds(deps.clock.now()), pr: String(pr.pull.number), head: pr.pull.headSha })}\n`;
    const merge = await gh.mergePull(pr.pull.number, { sha: pr.pull.headSha, title: `breakglass: revoke ${ids.join(', ')} early (${decision.author})`, message });
    if (merge.merged) result.merged = { sha: merge.sha };
    else {
      deps.log?.(`merge refused: ${merge.message}`);
      if (merge.reason === 'head-modified') return { decision, headMoved: true };
      decision.outcome = 'review';
      note = `merge refused by GitHub (${merge.message}); re-evaluated on the next event`;
    }
  }
  result.comment = revokeComment(decision, result.merged, note);
  const label = decision.outcome === 'approve' ? LABELS.approved : decision.outcome === 'review' ? LABELS.review : LABELS.rejected;
  const change = labelChange(label, pr.pull.labels);
  const state = decision.outcome === 'reject' ? 'failure' : decision.outcome === 'review' ? 'pending' : 'success';
  const description = decision.outcome === 'reject' ? `rejected: ${decision.reasons.length} reason(s)` : decision.outcome === 'review' ? 'revocation needs review' : 'revoked early';
  await Promise.all([gh.publish(pr.pull.number, { comment: { marker: COMMENT_MARKER, body: result.comment }, labels: change }), gh.setCommitStatus(pr.pull.headSha, state, description)]);
  return result;
}

/** Each deleted grant file as it is at the PR's base commit: merged content, read from the git tree. */
async function readDeleted(gh: GitHubOps, pr: GatheredPr): Promise<DeletedGrant[]> {
  const paths = pr.facts.files.filter((f) => f.status === 'removed' && GRANT_PATH.test(f.path)).map((f) => f.path);
  return Promise.all(
    paths.map(async (path): Promise<DeletedGrant> => {
      const blob = await gh.readTreeFile(pr.pull.baseSha, path);
      if (!blob) return { path, problem: `${path} is not on the base branch at ${pr.pull.baseSha.slice(0, 7)}; nothing to revoke` };
      if (!blob.content) return { path, problem: `${path} is not a regular file on the base branch (git mode ${blob.mode})` };
      const loaded = loadGrant(blob.content, path);
      return loaded.ok ? { path, grant: loaded.loaded.grant } : { path, problem: `${path} on the base branch cannot be read (${loaded.findings[0]?.message ?? 'invalid'}), so its requester is unknown` };
    }),
  );
}
