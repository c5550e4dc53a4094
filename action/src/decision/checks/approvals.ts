/**
 * Counts approvals the way an auditor would (RC-01, RC-03, GH-06): each reviewer's latest state only;
 * APPROVED only on the current head SHA; only eligible approvers; never the author, anyone who
 * pushed to the PR, or a bot; CHANGES_REQUESTED blocks.
 */
import { isShownOnCall } from '../../oncall/model.js';
import type { AccessRule, ReviewApproval } from '../../policy/model.js';
import { sameAccount } from '../../policy/reviewers.js';
import type { DecisionInput, ReviewState } from '../model.js';

/** Logins allowed to approve this grant under the rule, before exclusions. */
export function eligibleApprovers(input: DecisionInput, approval: ReviewApproval): string[] {
  const { policy, grant, now, onCall } = input;
  const out = new Set<string>();
  for (const s of approval.from) {
    if ('user' in s) out.add(s.user);
    else if ('group' in s) for (const m of policy.groups.get(s.group) ?? []) out.add(m);
    else if ('onCall' in s) {
      const snap = onCall.find((x) => x.schedule === s.onCall);
      for (const e of snap?.ok ? snap.entries : []) if (isShownOnCall(snap, e.login, now)) out.add(e.login.toLowerCase());
    } else {
      const manager = policy.identities.get(grant.grant.requester.toLowerCase())?.manager;
      if (manager) out.add(manager);
    }
  }
  const excluded = excludedApprovers(input);
  return [...out].filter((l) => !excluded.has(l)).sort();
}

/** The author and every contributor to the PR. */
export function excludedApprovers(input: DecisionInput): Set<string> {
  return new Set([input.pr.author.login, input.grant.grant.requester, ...input.pr.contributors].map((l) => l.toLowerCase()));
}

/** Review state for a rule; `ignored` explains every review that did not count. */
export function countApprovals(input: DecisionInput, rule: AccessRule): { state: ReviewState; ignored: { login: string; why: string }[] } {
  if (rule.approval === 'auto') throw new Error(`rule ${rule.id} has no reviewers`);
  const eligible = new Set(eligibleApprovers(input, rule.approval.reviewers));
  const excluded = excludedApprovers(input);
  const latest = new Map<string, DecisionInput['reviews'][number]>();
  const ordered = [...input.reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  for (const r of ordered) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(r.login.toLowerCase(), r);
  }
  const approvals: string[] = [];
  const blockedBy: string[] = [];
  const ignored: { login: string; why: string }[] = [];
  for (const [login, r] of latest) {
    if (r.state === 'CHANGES_REQUESTED') {
      blockedBy.push(login);
      continue;
    }
    if (r.state !== 'APPROVED') continue;
    const why = r.isBot || login.endsWith('[bot]')
      ? 'bots never count as approvers'
      : excluded.has(login)
        ? 'the requester and people who pushed to the PR cannot approve it'
        : !eligible.has(login)
          ? `not an eligible approver under rule "${rule.id}"`
          : !sameAccount(input.policy, login, { login: r.login, ...(r.id !== undefined ? { id: r.id } : {}) })
            ? `the reviewing account${r.id !== undefined ? ` (GitHub id ${r.id})` : ''} is not the one policies/ declares for ${login}`
          : r.commitId !== input.pr.headSha
            ? `approved an older commit ${r.commitId.slice(0, 7)}, not the head ${input.pr.headSha.slice(0, 7)}`
            : undefined;
    if (why) ignored.push({ login, why });
    else approvals.push(login);
  }
  return {
    state: { required: rule.approval.reviewers.count, approvals: approvals.sort(), eligible: [...eligible], blockedBy: blockedBy.sort() },
    ignored,
  };
}
