/**
 * Who may act for a bundle outside a grant PR's own review: the people named (users, group members)
 * in the reviewer sources of the reviewed rules covering the bundle. On-call and manager sources are
 * left out on purpose: they depend on who asks and when, and these answers must hold for anyone.
 * Pure over the policy.
 */
import type { Policy } from './model.js';

/** Named reviewers (lower-case logins) of the reviewed rules that cover `bundle`. */
export function bundleReviewers(policy: Policy, bundle: string): string[] {
  const out = new Set<string>();
  for (const rule of policy.rules) {
    if (rule.approval === 'auto' || !rule.bundles.includes(bundle)) continue;
    for (const s of rule.approval.reviewers.from) {
      if ('user' in s) out.add(s.user.toLowerCase());
      else if ('group' in s) for (const m of policy.groups.get(s.group) ?? []) out.add(m.toLowerCase());
    }
  }
  return [...out].sort();
}

/**
 * Post-use reviewers of a bundle's break-glass grants: its named reviewers, or the `security` group
 * when no reviewed rule covers the bundle. Never the requester.
 */
export function postUseReviewers(policy: Policy, bundle: string, requester: string): string[] {
  const named = bundleReviewers(policy, bundle);
  const list = named.length > 0 ? named : (policy.groups.get('security') ?? []).map((l) => l.toLowerCase());
  return list.filter((l) => l !== requester.toLowerCase()).sort();
}

/**
 * Whether a GitHub account is the person `login` names in policies: same login and, when the identity
 * declares a numeric id, the same id (a renamed or recycled login must not inherit someone's rights;
 * an account whose id is unknown does not match a declared one).
 */
export function sameAccount(policy: Policy, login: string, account: { login: string; id?: number }): boolean {
  if (login.toLowerCase() !== account.login.toLowerCase()) return false;
  const declared = policy.identities.get(login.toLowerCase())?.githubId;
  return declared === undefined || declared === account.id;
}

/** `account` is one of `logins`, checked as sameAccount does. */
export function isOneOf(policy: Policy, logins: readonly string[], account: { login: string; id?: number }): boolean {
  return logins.some((l) => sameAccount(policy, l, account));
}
