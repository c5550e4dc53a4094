/**
 * Checks that policies agree with themselves: every reference resolves, limits fit inside each
 * other, auto-approval is tied to on-call, and no rule is dead (shadowed by an earlier one).
 */
import { error, warning, type Finding } from '../core/finding.js';
import { MAX_GRANT_MINUTES } from '../grant/duration.js';
import type { Where } from './load.js';
import type { AccessRule, Policy } from './model.js';

/** Cross-reference findings for a merged policy. Pure. */
export function crossCheckPolicy(p: Policy, where: Where): Finding[] {
  const out: Finding[] = [];
  for (const b of p.bundles.values()) checkBundle(p, b.id, where, out);
  p.rules.forEach((r, i) => checkRule(p, r, i, where, out));
  const seenIds = new Map<string, number>();
  p.rules.forEach((r, i) => {
    if (seenIds.has(r.id)) out.push(error('policy/duplicate-id', `rule id "${r.id}" is used twice`, where('rules', i, 'id')));
    seenIds.set(r.id, i);
  });
  checkDeadRules(p, where, out);
  for (const [login, id] of p.identities) {
    const accounts = new Set<string>();
    id.aws.forEach((arn, k) => {
      const account = arn.split(':')[4] ?? '';
      if (accounts.has(account)) out.push(error('policy/identity', `${login} has two AWS principals in account ${account}; one per account`, where('identities', id.login, 'aws', k)));
      accounts.add(account);
    });
    if (id.manager && !p.identities.has(id.manager)) out.push(error('policy/unknown-identity', `manager "${id.manager}" has no identity`, where('identities', id.login, 'manager')));
  }
  for (const [g, members] of p.groups) {
    members.forEach((m, k) => {
      if (!p.identities.has(m)) out.push(warning('policy/unknown-identity', `group member "${m}" has no identity, so no cloud principal`, where('groups', g, k)));
    });
  }
  for (const s of p.schedules.values()) {
    if (s.provider !== 'roster') continue;
    s.layers.forEach((l, k) =>
      l.members.forEach((m, j) => {
        if (!p.identities.has(m)) out.push(error('policy/unknown-identity', `roster member "${m}" has no identity`, where('schedules', s.id, 'layers', k, 'members', j)));
      }),
    );
    s.overrides.forEach((o, k) => {
      if (Date.parse(o.end) <= Date.parse(o.start)) out.push(error('policy/roster', 'override ends before it starts', where('schedules', s.id, 'overrides', k)));
      if (!p.identities.has(o.login)) out.push(error('policy/unknown-identity', `override user "${o.login}" has no identity`, where('schedules', s.id, 'overrides', k, 'user')));
    });
  }
  return out;
}

function checkBundle(p: Policy, id: string, where: Where, out: Finding[]): void {
  const b = p.bundles.get(id)!;
  if (b.maxDurationMinutes <= 0 || b.maxDurationMinutes > MAX_GRANT_MINUTES) out.push(error('policy/duration', 'maxDuration must be between 1m and 7d', where('bundles', id, 'maxDuration')));
  const accounts = new Set<string>();
  b.aws.forEach((t, k) => {
    if (accounts.has(t.account)) out.push(error('policy/bundle', `account ${t.account} is listed twice`, where('bundles', id, 'aws', k, 'account')));
    accounts.add(t.account);
    const roleAccount = t.assumeRole?.roleArn.split(':')[4];
    if (roleAccount !== undefined && roleAccount !== t.account) out.push(error('policy/bundle', `assumeRole role is in account ${roleAccount}, not ${t.account}`, where('bundles', id, 'aws', k, 'assumeRole', 'roleArn')));
  });
  const projects = new Set<string>();
  b.gcp.forEach((t, k) => {
    if (projects.has(t.project)) out.push(error('policy/bundle', `project ${t.project} is listed twice`, where('bundles', id, 'gcp', k, 'project')));
    projects.add(t.project);
  });
}

function checkRule(p: Policy, r: AccessRule, i: number, where: Where, out: Finding[]): void {
  r.bundles.forEach((b, k) => {
    if (!p.bundles.has(b)) out.push(error('policy/unknown-bundle', `unknown bundle "${b}"`, where('rules', i, 'bundles', k)));
  });
  r.who.groups.forEach((g, k) => {
    if (!p.groups.has(g)) out.push(error('policy/unknown-group', `unknown group "${g}"`, where('rules', i, 'who', 'groups', k)));
  });
  r.who.users.forEach((u, k) => {
    if (!p.identities.has(u)) out.push(warning('policy/unknown-identity', `user "${u}" has no identity, so no cloud principal`, where('rules', i, 'who', 'users', k)));
  });
  if (r.who.onCall && !p.schedules.has(r.who.onCall.schedule)) out.push(error('policy/unknown-schedule', `unknown schedule "${r.who.onCall.schedule}"`, where('rules', i, 'who', 'onCall', 'schedule')));
  if (r.approval === 'auto' && (!r.who.onCall || r.who.users.length > 0 || r.who.groups.length > 0)) {
    out.push(error('policy/auto-needs-on-call', 'approval: auto is only allowed when who is exactly an onCall schedule (a provider must confirm the requester on call)', where('rules', i, 'approval')));
  }
  if (r.approval !== 'auto') {
    r.approval.reviewers.from.forEach((s, k) => {
      if ('group' in s && !p.groups.has(s.group)) out.push(error('policy/unknown-group', `unknown group "${s.group}"`, where('rules', i, 'approval', 'reviewers', 'from', k)));
      if ('onCall' in s && !p.schedules.has(s.onCall)) out.push(error('policy/unknown-schedule', `unknown schedule "${s.onCall}"`, where('rules', i, 'approval', 'reviewers', 'from', k)));
      if ('user' in s && !p.identities.has(s.user)) out.push(warning('policy/unknown-identity', `reviewer "${s.user}" has no identity`, where('rules', i, 'approval', 'reviewers', 'from', k)));
    });
  }
  if (r.maxDurationMinutes <= 0 || r.maxDurationMinutes > MAX_GRANT_MINUTES) out.push(error('policy/duration', 'maxDuration must be between 1m and 7d', where('rules', i, 'maxDuration')));
  if (r.incident.pattern !== undefined) {
    try {
      new RegExp(r.incident.pattern, 'u');
    } catch (e) {
      out.push(error('policy/incident-pattern', `incident pattern is not a valid regular expression: ${String(e)}`, where('rules', i, 'incident', 'pattern')));
    }
  }
  if (r.approval === 'auto') {
    const fallback = p.rules.slice(i + 1).some((later) => later.approval !== 'auto' && r.bundles.every((b) => later.bundles.includes(b)));
    if (!fallback) out.push(warning('policy/no-fallback', 'no later review rule covers these bundles: if the on-call provider is down, the request is rejected instead of going to review', where('rules', i, 'id')));
  }
}

/** A rule is dead when an earlier rule with unconditional requesters covers all its requesters and bundles. */
function checkDeadRules(p: Policy, where: Where, out: Finding[]): void {
  const members = (r: AccessRule) => new Set([...r.who.users, ...r.who.groups.flatMap((g) => p.groups.get(g) ?? [])]);
  p.rules.forEach((r, i) => {
    if (r.who.onCall) return;
    const mine = members(r);
    for (const earlier of p.rules.slice(0, i)) {
      if (earlier.who.onCall) continue;
      const theirs = members(earlier);
      const coversPeople = [...mine].every((m) => theirs.has(m));
      const coversBundles = r.bundles.every((b) => earlier.bundles.includes(b));
      if (coversPeople && coversBundles) {
        out.push(error('policy/dead-rule', `rule "${r.id}" can never match: rule "${earlier.id}" comes first and covers all its requesters and bundles`, where('rules', i, 'id')));
        return;
      }
    }
    if (mine.size === 0) out.push(error('policy/dead-rule', `rule "${r.id}" can never match: it names no requester`, where('rules', i, 'who')));
  });
}
