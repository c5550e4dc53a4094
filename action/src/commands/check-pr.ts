/**
 * The grant-PR flow: gather the PR pinned to its head SHA, decide, show the decision (one sticky
 * comment, a commit status, labels), then merge with the head SHA pinned, request reviews, or reject.
 * A 409 on merge means the head moved: re-evaluate from scratch, never retry blindly (RC-01).
 */
import type { Clock } from '../core/clock.js';
import type { Entry } from '../cloud/model.js';
import { decisionTrailers } from '../audit/trailers.js';
import type { Decision } from '../decision/model.js';
import { gatherPr, type GatheredPr } from '../github/pr-facts.js';
import type { GitHubOps, PublishRequest, SnapshotPrefetch } from '../github/ops.js';
import type { OnCallLookup } from '../oncall/providers.js';
import { entriesForGrant } from '../plan/desired.js';
import type { Policy } from '../policy/model.js';
import { postUseReviewers } from '../policy/reviewers.js';
import type { GrantHistory } from '../repo/grant-records.js';
import { COMMENT_MARKER, prComment } from '../report/pr-comment.js';
import { REVIEW_LABEL, reviewIssue } from '../report/review-issue.js';
import { labelChange, LABELS } from '../report/state-labels.js';
import type { RevokeDecision } from '../decision/revoke.js';
import { evaluateGrant, type EvaluateInput } from './decide.js';
import { CODEOWNERS_PATHS, type DoctorReport } from './doctor.js';
import { checkRevokePr } from './revoke-pr.js';

export interface CheckPrDeps {
  gh: GitHubOps;
  clock: Clock;
  /** Policies as on the default branch; undefined when they are invalid (every grant is then rejected). */
  policy: Policy | undefined;
  onCall: OnCallLookup;
  /** Repository guardrails, checked before any auto-merge. */
  guardrails: () => Promise<DoctorReport>;
  /**
   * Git history of the default branch (read once per run): extensions are judged and overdue post-use
   * reviews block auto-approval from it. Absent: neither is judged (library callers without a checkout).
   */
  history?: GrantHistory;
  /** Set when history should have been read but could not (or is shallow): auto-approval is then refused. */
  historyProblem?: string;
  log?: (line: string) => void;
  /**
   * Called as soon as GitHub has merged the PR, before anything is published: the caller records the
   * merge (the apply job's trigger) even if a later step of the run fails.
   */
  onMerged?: (pr: number, sha: string) => void;
}

export interface CheckPrResult {
  pr: number;
  skipped?: string;
  decision?: Decision;
  entries: Entry[];
  merged?: { sha: string };
  requested: string[];
  comment?: string;
  /** The post-use review issue opened for an auto-approved grant. */
  reviewIssue?: number;
  /** The decision on an early-revocation PR (one that only deletes grant files). */
  revoke?: RevokeDecision;
}

export { LABELS };
const MAX_ATTEMPTS = 2;
/**
 * Read with the PR, in the same request: the CODEOWNERS candidates (the guardrails read them from the
 * default branch) and the ids of the labels the decision writes.
 */
const PREFETCH: SnapshotPrefetch = { defaultBranchFiles: CODEOWNERS_PATHS, labels: [...Object.values(LABELS), REVIEW_LABEL] };

export async function checkPr(deps: CheckPrDeps, n: number): Promise<CheckPrResult> {
  for (let attempt = 1; ; attempt++) {
    const pr = await gatherPr(deps.gh, n, PREFETCH);
    if (pr.pull.state !== 'open' || pr.pull.merged) return { pr: n, skipped: `PR #${n} is ${pr.pull.merged ? 'merged' : 'closed'}`, entries: [], requested: [] };
    // Grants live on the default branch only: a decision merged into another branch would carry its
    // trailers to main with a later merge. (The snapshot names the branch; the REST path may not.)
    const defaultBranch = pr.pull.defaultBranch ?? (await deps.gh.defaultBranch());
    if (pr.pull.baseRef !== defaultBranch) return { pr: n, skipped: `PR #${n} targets ${pr.pull.baseRef}, not the default branch ${defaultBranch}; grants are decided only there`, entries: [], requested: [] };
    if (pr.kind === 'none') return { pr: n, skipped: `PR #${n} adds no grant file`, entries: [], requested: [] };
    if (pr.kind === 'revoke') {
      const r = await checkRevokePr(deps, pr);
      if (r.headMoved && attempt < MAX_ATTEMPTS) continue;
      return { pr: n, revoke: r.decision, entries: [], requested: [], ...(r.merged ? { merged: r.merged } : {}), ...(r.comment ? { comment: r.comment } : {}) };
    }
    const decision = await decideWithGuardrails(deps, pr);
    if (pr.delegation) decision.notes.push(pr.delegation.author ? `opened by ${pr.pull.author.login} from request issue #${pr.delegation.issue} on behalf of its author ${pr.delegation.author.login}` : `opened by ${pr.pull.author.login} from issue #${pr.delegation.issue}, not taken as its author's request: ${pr.delegation.refused ?? ''}`);
    const grant = pr.grant && 'grant' in pr.grant ? pr.grant.grant : undefined;
    const preview = grant && deps.policy && decision.start && decision.expires ? entriesForGrant(deps.policy, grant, new Date(decision.start), new Date(decision.expires)) : { entries: [], problems: [] };
    const result: CheckPrResult = { pr: n, decision, entries: preview.entries, requested: [] };
    let reviewIssue: PublishRequest['issue'];
    if (decision.outcome === 'approve') {
      const merge = await deps.gh.mergePull(n, { sha: pr.pull.headSha, title: `breakglass: grant ${decision.grantId} (${decision.requester} → ${decision.bundle})`, message: mergeMessage(decision, pr) });
      if (!merge.merged) {
        deps.log?.(`merge refused: ${merge.message}`);
        if (merge.reason === 'head-modified' && attempt < MAX_ATTEMPTS) continue;
        decision.outcome = 'review';
        decision.notes.push(`merge refused by GitHub (${merge.message}); re-evaluated on the next event`);
      } else {
        result.merged = { sha: merge.sha };
        deps.onMerged?.(n, merge.sha);
        // Opened in the same request that publishes the decision below.
        if (decision.approval === 'auto') reviewIssue = postUseReview(deps, decision, n, merge.sha);
      }
    }
    if (decision.outcome === 'review' && decision.review) result.requested = await requestReviews(deps.gh, n, decision, pr);
    result.comment = prComment({ decision, ...(grant ? { grant } : {}), ...(bundleDescription(deps.policy, decision) ?? {}), entries: preview.entries, ...(result.merged ? { merged: result.merged } : {}), problems: preview.problems });
    const issueNumber = await publish(deps.gh, n, pr, decision, result.comment, reviewIssue);
    if (issueNumber !== undefined) result.reviewIssue = issueNumber;
    return result;
  }
}

async function decideWithGuardrails(deps: CheckPrDeps, pr: GatheredPr): Promise<Decision> {
  const input: EvaluateInput = {
    policy: deps.policy,
    grant: pr.grant!,
    pr: pr.facts,
    reviews: pr.reviews,
    now: deps.clock.now(),
    onCall: deps.onCall,
    ...(deps.history ? { history: deps.history } : {}),
    ...(deps.historyProblem ? { autoApprovalBlocked: [`git history of the default branch is incomplete (${deps.historyProblem}), so overdue post-use reviews cannot be ruled out`] } : {}),
  };
  // Guardrails are read only when the fast path could merge without a human: when an auto rule names
  // the bundle, they are read while the rules are evaluated (the on-call lookup is a round trip too).
  const bundle = pr.grant && 'grant' in pr.grant ? pr.grant.grant.bundle : undefined;
  const early = bundle !== undefined && deps.policy?.rules.some((r) => r.approval === 'auto' && r.bundles.includes(bundle)) ? deps.guardrails() : undefined;
  if (early) void early.catch(() => {}); // awaited below only when needed; its failure surfaces there
  const first = await evaluateGrant(input);
  if (first.outcome !== 'approve' || first.approval !== 'auto') return first;
  const report = await (early ?? deps.guardrails());
  const block = deps.policy?.settings.blockAutoMergeWhenUnverified !== false;
  const blockers = [...report.weak, ...(block ? report.unverified : [])].map((c) => `repository guardrail ${c.id}: ${c.message}`);
  return blockers.length === 0 ? first : evaluateGrant({ ...input, autoApprovalBlocked: [...(input.autoApprovalBlocked ?? []), ...blockers] });
}

function bundleDescription(policy: Policy | undefined, d: Decision): { bundleDescription: string } | undefined {
  const b = policy?.bundles.get(d.bundle);
  return b ? { bundleDescription: b.description } : undefined;
}

/** The squash commit message: the decision record every later step reads (plan, reconcile, audit). */
export function mergeMessage(d: Decision, pr: GatheredPr): string {
  const evidence = d.onCall.filter((s) => s.ok).flatMap((s) => s.entries.filter((e) => e.login.toLowerCase() === d.requester.toLowerCase()).map((e) => `${s.schedule} ${s.provider}:${s.providerRef} L${e.level} ${e.start ?? ''}..${e.end ?? ''} checked ${s.checkedAt}`));
  const grant = pr.grant && 'grant' in pr.grant ? pr.grant.grant : undefined;
  return `${d.approval === 'auto' ? 'Approved at once: the requester is on call.' : `Approved by ${d.review?.approvals.join(', ')}.`}\n\n${decisionTrailers({
    grantId: d.grantId,
    decision: 'approve',
    rule: d.rule ?? '',
    requester: d.requester,
    bundle: d.bundle,
    approvedBy: d.approval === 'auto' ? [] : (d.review?.approvals ?? []),
    onCall: evidence,
    start: d.start!,
    expires: d.expires!,
    targets: grant?.targets ?? [],
    pr: String(pr.pull.number),
    head: d.headSha,
    ...(grant?.extends ? { extends: grant.extends } : {}),
  })}\n`;
}

async function requestReviews(gh: GitHubOps, n: number, d: Decision, pr: GatheredPr): Promise<string[]> {
  const already = new Set((await gh.listRequestedReviewers(n)).map((l) => l.toLowerCase()));
  const reviewed = new Set(pr.reviews.map((r) => r.login.toLowerCase()));
  const author = pr.pull.author.login.toLowerCase();
  const ask = (d.review?.eligible ?? []).filter((l) => l !== author && !already.has(l) && !reviewed.has(l)).slice(0, 15);
  if (ask.length > 0) await gh.requestReviewers(n, ask);
  return ask;
}

/** The sticky comment, the state label and (after an auto-approval) the review issue in one request, the commit status beside it. */
async function publish(gh: GitHubOps, n: number, pr: GatheredPr, d: Decision, body: string, issue: PublishRequest['issue']): Promise<number | undefined> {
  const label = d.outcome === 'approve' ? (d.approval === 'auto' ? LABELS.auto : LABELS.approved) : d.outcome === 'review' ? LABELS.review : LABELS.rejected;
  const change = labelChange(label, pr.pull.labels);
  const state = d.outcome === 'reject' ? 'failure' : d.outcome === 'review' ? 'pending' : 'success';
  const description = d.outcome === 'reject' ? `rejected: ${d.reasons.length} reason(s)` : d.outcome === 'review' ? `needs ${(d.review?.required ?? 0) - (d.review?.approvals.length ?? 0)} more approval(s)` : 'approved';
  const [published] = await Promise.all([gh.publish(n, { comment: { marker: COMMENT_MARKER, body }, labels: change, ...(issue ? { issue } : {}) }), gh.setCommitStatus(pr.pull.headSha, state, description)]);
  return published.issue;
}

/** Every break-glass (auto-approved) grant gets a post-use review issue with a due date (GOV-01). */
function postUseReview(deps: CheckPrDeps, d: Decision, pr: number, mergeSha: string): NonNullable<PublishRequest['issue']> {
  const settings = deps.policy?.settings.review;
  const reviewers = deps.policy ? postUseReviewers(deps.policy, d.bundle, d.requester) : [];
  const issue = reviewIssue(d, { pr, mergeSha, dueHours: settings?.dueHours ?? 24, reviewers });
  return { title: issue.title, body: issue.body, labels: issue.labels };
}
