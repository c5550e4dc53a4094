/**
 * The decision for one grant PR: approve (merge now), review (ask eligible approvers) or reject.
 * Pure: all facts come in through DecisionInput, including time and on-call evidence. Any check
 * that throws rejects (fail closed); auto-approval needs a provider's positive answer.
 */
import { isoSeconds } from '../core/clock.js';
import { error, type Finding } from '../core/finding.js';
import { errorMessage } from '../core/errors.js';
import { isShownOnCall } from '../oncall/model.js';
import type { AccessRule } from '../policy/model.js';
import { countApprovals } from './checks/approvals.js';
import { bundleAndTargets } from './checks/bundle-targets.js';
import { durationLimit } from './checks/duration-limit.js';
import { extensionLimit } from './checks/extension.js';
import { incidentRequired } from './checks/incident.js';
import { prScope } from './checks/pr-scope.js';
import { namedInRule } from './checks/requester-matches.js';
import { requesterIsAuthor } from './checks/requester-is-author.js';
import { startWindow } from './checks/start-window.js';
import type { CheckResult, Decision, DecisionInput, GateCheck, RuleCheck } from './model.js';

/** Checks that hold whatever rule matches, in order. */
export const GATE_CHECKS: readonly GateCheck[] = [prScope, requesterIsAuthor, bundleAndTargets, startWindow];
/** Checks of the request against each candidate rule. */
export const RULE_CHECKS: readonly RuleCheck[] = [durationLimit, incidentRequired, extensionLimit];

/** Runs a check; a check that throws becomes a failing finding (never a pass). */
export function runCheck(id: string, file: string, fn: () => CheckResult): Finding[] {
  try {
    const r = fn();
    return r.status === 'fail' ? r.findings : [];
  } catch (e) {
    return [error(id, `check "${id}" failed to run: ${errorMessage(e)}; refusing to approve`, { file })];
  }
}

/** Start and expiry of the grant if approved at `now`. */
export function grantWindow(input: DecisionInput): { start: string; expires: string } {
  const g = input.grant.grant;
  const now = input.now.getTime();
  const extendsUntil = input.extendsUntil ?? (g.extends && input.extension?.grantId === g.extends ? input.extension.found?.expires : undefined);
  const requested = Math.max(g.start ? Date.parse(g.start) : now, extendsUntil ? Date.parse(extendsUntil) : now, now);
  const start = new Date(Math.floor(requested / 1000) * 1000);
  return { start: isoSeconds(start), expires: isoSeconds(new Date(start.getTime() + g.durationMinutes * 60_000)) };
}

export function decide(input: DecisionInput): Decision {
  const g = input.grant.grant;
  const base: Decision = {
    outcome: 'reject',
    grantId: g.id,
    file: g.file,
    requester: g.requester,
    bundle: g.bundle,
    headSha: input.pr.headSha,
    reasons: [],
    notes: [],
    onCall: input.onCall,
    ignoredApprovals: [],
    decidedAt: isoSeconds(input.now),
  };
  const gateFindings = GATE_CHECKS.flatMap((c) => runCheck(c.id, g.file, () => c.check(input)));
  if (gateFindings.length > 0) return { ...base, reasons: gateFindings };

  const window = grantWindow(input);
  const notes: string[] = [];
  let firstFailure: Finding[] | undefined;
  for (const rule of input.policy.rules) {
    if (!rule.bundles.includes(g.bundle)) continue;
    if (!requesterQualifies(input, rule, notes)) continue;
    const findings = RULE_CHECKS.flatMap((c) => runCheck(c.id, g.file, () => c.check(input, rule)));
    if (findings.length > 0) {
      notes.push(`rule "${rule.id}" does not apply: ${findings.map((f) => f.message).join('; ')}`);
      firstFailure ??= findings;
      continue;
    }
    const matched = { ...base, ...window, rule: rule.id, notes };
    if (rule.approval === 'auto') {
      const blockers = [...autoBlockers(input), ...laterStart(input, rule, window.start)];
      if (blockers.length > 0) {
        notes.push(`rule "${rule.id}" would approve at once, but ${blockers.join('; ')}`);
        continue;
      }
      notes.push(`${g.requester} is on call for ${rule.who.onCall!.schedule} (level ≤ ${rule.who.onCall!.maxLevel})`);
      return { ...matched, outcome: 'approve', approval: 'auto' };
    }
    try {
      const { state, ignored } = countApprovals(input, rule);
      const enough = state.approvals.length >= state.required && state.blockedBy.length === 0;
      if (state.blockedBy.length > 0) notes.push(`changes requested by ${state.blockedBy.join(', ')}`);
      if (state.eligible.length < state.required) notes.push(`only ${state.eligible.length} eligible approver(s) for ${state.required} required approval(s)`);
      return { ...matched, outcome: enough ? 'approve' : 'review', approval: 'reviewers', review: state, ignoredApprovals: ignored };
    } catch (e) {
      return { ...base, reasons: [error('approvals', `counting approvals failed: ${errorMessage(e)}; refusing to approve`, { file: g.file })], notes };
    }
  }
  const reasons = firstFailure ?? [
    error('no-rule', `no access rule lets ${g.requester} request bundle "${g.bundle}"${notes.length ? ` (${notes.join('; ')})` : ''}`, {
      file: g.file,
      field: 'bundle',
      ...(input.grant.locate(['bundle']) ?? {}),
    }),
  ];
  return { ...base, reasons, notes };
}

/** Named in the rule, or, for an on-call rule, shown on call right now by the provider. */
function requesterQualifies(input: DecisionInput, rule: AccessRule, notes: string[]): boolean {
  const login = input.grant.grant.requester;
  if (!rule.who.onCall) return namedInRule(input.policy, rule, login);
  const { schedule, maxLevel } = rule.who.onCall;
  const snap = input.onCall.find((s) => s.schedule === schedule);
  if (isShownOnCall(snap, login, input.now, maxLevel)) return true;
  const why = !snap
    ? `schedule ${schedule} was not consulted`
    : !snap.ok
      ? `${snap.provider} could not confirm on-call status (${snap.error ?? 'error'}); treated as not on call`
      : isShownOnCall(snap, login, input.now)
        ? `${login} is on call for ${schedule} only above level ${maxLevel}`
        : `${login} is not on call for ${schedule}`;
  notes.push(`rule "${rule.id}" not used: ${why}`);
  return false;
}

/**
 * On-call status approves access for the shift it was seen in: a window that starts later (a future
 * `start`, or an extension that begins when the old grant ends) needs the provider, asked about that
 * moment (`onCallAtStart`), to show the requester on call then too; else it goes to review. A shift
 * end reported now is not enough: an override may begin before it, and Opsgenie reports none.
 */
function laterStart(input: DecisionInput, rule: AccessRule, start: string): string[] {
  const at = new Date(start);
  if (at.getTime() <= input.now.getTime() || !rule.who.onCall) return [];
  const { schedule, maxLevel } = rule.who.onCall;
  const snap = input.onCallAtStart?.find((s) => s.schedule === schedule);
  if (isShownOnCall(snap, input.grant.grant.requester, at, maxLevel)) return [];
  const why = !snap ? 'was not asked about that time' : !snap.ok ? `could not confirm it (${snap.error ?? 'error'})` : `does not show ${input.grant.grant.requester} on call then`;
  return [`the grant starts at ${start}, and ${schedule} ${why}`];
}

/** Reasons an otherwise matching on-call rule may not approve at once; each sends the PR to review. */
function autoBlockers(input: DecisionInput): string[] {
  const out: string[] = [];
  if (input.pr.fromFork) out.push('the PR comes from a fork');
  const author = input.pr.author.login.toLowerCase();
  const others = input.pr.contributors.filter((c) => c.toLowerCase() !== author);
  if (others.length > 0) out.push(`commits by others (${others.join(', ')}) are on the PR`);
  out.push(...(input.autoApprovalBlocked ?? []));
  return out;
}
