/**
 * Branch rules as GitHub enforces them: which rulesets and classic protections apply to a branch,
 * who bypasses them, how approvals count (latest review per user, write access, code owners,
 * last-push approval) and the violations that block a merge or a direct ref update.
 */
import type { PullState, RepoState, ReviewState, RuleSpec, RulesetState, User } from './model.js';
import type { GitHubState } from './state.js';
import { diffTrees } from './changes.js';

/** Where GitHub looks for CODEOWNERS, in order; files of 3 MB or more are ignored. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const CODEOWNERS_LIMIT = 3 * 1024 * 1024;

/** The review requirements in force for one actor on one branch. */
export interface Requirements {
  pullRequestRequired: boolean;
  count: number;
  codeOwner: boolean;
  lastPush: boolean;
  dismissStale: boolean;
  nonFastForward: boolean;
  deletion: boolean;
}

function globToRegex(glob: string): string {
  return glob
    .replace(/[.+^$()|[\]\\{}]/g, '\\$&')
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*\*/g, '\u0001')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\u0000/g, '(?:.*/)?')
    .replace(/\u0001/g, '.*');
}

function refMatches(repo: RepoState, pattern: string, branch: string): boolean {
  if (pattern === '~ALL') return true;
  if (pattern === '~DEFAULT_BRANCH') return branch === repo.defaultBranch;
  return new RegExp(`^${globToRegex(pattern)}$`).test(`refs/heads/${branch}`);
}

/** Active rulesets whose conditions include the branch. */
export function rulesetsFor(repo: RepoState, branch: string): RulesetState[] {
  return repo.rulesets.filter(
    (r) =>
      r.enforcement === 'active' &&
      r.include.some((p) => refMatches(repo, p, branch)) &&
      !r.exclude.some((p) => refMatches(repo, p, branch)),
  );
}

/** Active rules on a branch, with the ruleset each came from. */
export function rulesFor(
  repo: RepoState,
  branch: string,
): Array<{ rule: RuleSpec; ruleset: RulesetState }> {
  return rulesetsFor(repo, branch).flatMap((ruleset) =>
    ruleset.rules.map((rule) => ({ rule, ruleset })),
  );
}

/** Requirements on `branch` for `actor`; rulesets the actor may bypass do not apply. */
export function requirements(
  repo: RepoState,
  branch: string,
  actor: string | undefined,
): Requirements {
  const req: Requirements = {
    pullRequestRequired: false,
    count: 0,
    codeOwner: false,
    lastPush: false,
    dismissStale: false,
    nonFastForward: false,
    deletion: false,
  };
  for (const rs of rulesetsFor(repo, branch)) {
    if (actor !== undefined && rs.bypass.some((b) => b.toLowerCase() === actor.toLowerCase()))
      continue;
    for (const rule of rs.rules) {
      const p = rule.parameters ?? {};
      if (rule.type === 'non_fast_forward') req.nonFastForward = true;
      if (rule.type === 'deletion') req.deletion = true;
      if (rule.type !== 'pull_request') continue;
      req.pullRequestRequired = true;
      req.count = Math.max(
        req.count,
        typeof p.required_approving_review_count === 'number'
          ? p.required_approving_review_count
          : 0,
      );
      req.codeOwner ||= p.require_code_owner_review === true;
      req.lastPush ||= p.require_last_push_approval === true;
      req.dismissStale ||= p.dismiss_stale_reviews_on_push === true;
    }
  }
  const bp = repo.protections.get(branch);
  const admin = actor !== undefined && repo.owner.login.toLowerCase() === actor.toLowerCase();
  if (bp && (bp.enforce_admins || !admin)) {
    req.pullRequestRequired = true;
    req.count = Math.max(req.count, bp.required_approving_review_count);
    req.codeOwner ||= bp.require_code_owner_reviews;
    req.lastPush ||= bp.require_last_push_approval;
    req.dismissStale ||= bp.dismiss_stale_reviews;
    req.nonFastForward ||= !bp.allow_force_pushes;
    req.deletion ||= !bp.allow_deletions;
  }
  return req;
}

/** The latest review per user that is not a plain comment (what GitHub's review summary uses). */
export function latestReviews(pr: PullState): ReviewState[] {
  const latest = new Map<string, ReviewState>();
  for (const r of pr.reviews) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(r.user.login.toLowerCase(), r);
  }
  return [...latest.values()];
}

function hasWrite(s: GitHubState, repo: RepoState, login: string): boolean {
  const role = s.role(repo, login);
  return role === 'admin' || role === 'maintain' || role === 'write';
}

/** The CODEOWNERS text GitHub would use on a branch, or undefined. */
export function codeownersText(repo: RepoState, branch: string): string | undefined {
  const head = repo.refs.get(`heads/${branch}`);
  if (!head) return undefined;
  const files = repo.git.filesAt(head);
  for (const p of CODEOWNERS_PATHS) {
    const e = files.get(p);
    const blob = e ? repo.git.blobs.get(e.sha) : undefined;
    if (blob) return blob.length < CODEOWNERS_LIMIT ? blob.toString('utf8') : undefined;
  }
  return undefined;
}

/** Owners of a path: the last matching CODEOWNERS line wins. */
export function ownersOf(text: string, path: string): string[] {
  let owners: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.replace(/#.*$/, '').trim();
    if (t === '') continue;
    const [pattern, ...who] = t.split(/\s+/);
    if (!pattern) continue;
    const inner = pattern.replace(/^\//, '').replace(/\/$/, '');
    const anchored = pattern.startsWith('/') || inner.includes('/');
    const tail = pattern.endsWith('/') ? '/.*' : '(?:/.*)?';
    if (new RegExp(`^${anchored ? '' : '(?:.*/)?'}${globToRegex(inner)}${tail}$`).test(path))
      owners = who;
  }
  return owners;
}

function isOwner(s: GitHubState, owner: string, user: User): boolean {
  const o = owner.replace(/^@/, '').toLowerCase();
  if (o.includes('/'))
    return (s.teams.get(o) ?? []).some((m) => m.toLowerCase() === user.login.toLowerCase());
  return o === user.login.toLowerCase() || o === user.email.toLowerCase();
}

/** Why `actor` (undefined: nobody's bypass applies) cannot merge under the branch rules; [] when they can. */
export function mergeViolations(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
  actor: string | undefined,
): string[] {
  const req = requirements(repo, pr.baseRef, actor);
  if (!req.pullRequestRequired) return [];
  const out: string[] = [];
  const lastPusher = pr.pushes[pr.pushes.length - 1]?.pusher.toLowerCase();
  const approvals = latestReviews(pr).filter(
    (r) =>
      r.state === 'APPROVED' &&
      r.user.login.toLowerCase() !== pr.author.login.toLowerCase() &&
      hasWrite(s, repo, r.user.login) &&
      (!req.lastPush || (r.commitId === pr.headSha && r.user.login.toLowerCase() !== lastPusher)),
  );
  if (approvals.length < req.count) {
    out.push(
      `At least ${req.count} approving review${req.count === 1 ? ' is' : 's are'} required by reviewers with write access.`,
    );
  }
  if (
    latestReviews(pr).some(
      (r) => r.state === 'CHANGES_REQUESTED' && hasWrite(s, repo, r.user.login),
    )
  ) {
    out.push('Changes must be addressed: a reviewer with write access requested changes.');
  }
  const text = req.codeOwner ? codeownersText(repo, pr.baseRef) : undefined;
  if (text !== undefined) {
    const base = repo.refs.get(`heads/${pr.baseRef}`);
    const mb = base ? repo.git.mergeBase(base, pr.headSha) : undefined;
    const changed = diffTrees(mb ? repo.git.filesAt(mb) : new Map(), repo.git.filesAt(pr.headSha));
    const missing = new Set<string>();
    for (const c of changed) {
      for (const path of [c.path, ...(c.previousPath ? [c.previousPath] : [])]) {
        const owners = ownersOf(text, path);
        if (owners.length > 0 && !approvals.some((a) => owners.some((o) => isOwner(s, o, a.user))))
          owners.forEach((o) => missing.add(o));
      }
    }
    if (missing.size > 0)
      out.push(`Waiting on code owner review from ${[...missing].sort().join(', ')}.`);
  }
  return out;
}

/** On a push, approvals are dismissed when the base branch dismisses stale reviews. */
export function dismissStale(repo: RepoState, pr: PullState): void {
  if (!requirements(repo, pr.baseRef, undefined).dismissStale) return;
  for (const r of pr.reviews) if (r.state === 'APPROVED') r.state = 'DISMISSED';
}
