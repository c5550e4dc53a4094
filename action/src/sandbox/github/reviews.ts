/**
 * Pull request reviews (bound to a commit id) and review requests, with GitHub's refusals: no
 * self-approval, and no approval by GITHUB_TOKEN unless the repository allows it.
 */
import { json, type FakeResponse } from '../http-fake.js';
import { tryAutoMerge } from './merge.js';
import type { PullState, RepoState, ReviewState, TokenKind, User } from './model.js';
import { nodeId, simpleUser, validationFailed } from './render.js';
import { pullSimple } from './pull-view.js';
import { findPull } from './pulls.js';
import { paginate, repoRoute, str, strings, type RouteDef } from './route.js';
import type { GitHubState } from './state.js';

const EVENT_STATE: Record<string, ReviewState['state']> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
};

/** The pull-request-review schema. */
export function reviewJson(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
  r: ReviewState,
): Record<string, unknown> {
  const html = `${s.web}/${repo.fullName}/pull/${pr.number}#pullrequestreview-${r.id}`;
  const prUrl = `${s.api}/repos/${repo.fullName}/pulls/${pr.number}`;
  const role = s.role(repo, r.user.login);
  return {
    id: r.id,
    node_id: nodeId('PRR', r.id),
    user: simpleUser(s, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: prUrl,
    _links: { html: { href: html }, pull_request: { href: prUrl } },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
    author_association:
      repo.owner.login === r.user.login ? 'OWNER' : role ? 'COLLABORATOR' : 'NONE',
  };
}

/** Stores a review, or returns GitHub's 422; approvals may complete an armed auto-merge. */
export function submitReview(
  s: GitHubState,
  repo: RepoState,
  pr: PullState,
  reviewer: { user: User; kind: TokenKind },
  state: ReviewState['state'],
  opts: { commitId?: string; body?: string } = {},
): ReviewState | FakeResponse {
  const own = reviewer.user.login.toLowerCase() === pr.author.login.toLowerCase();
  if (own && state === 'APPROVED')
    return validationFailed(
      'PullRequestReview',
      'event',
      'custom',
      'Can not approve your own pull request',
    );
  if (own && state === 'CHANGES_REQUESTED') {
    return validationFailed(
      'PullRequestReview',
      'event',
      'custom',
      'Can not request changes on your own pull request',
    );
  }
  if (
    state === 'APPROVED' &&
    reviewer.kind === 'github-token' &&
    !repo.workflowPermissions.can_approve_pull_request_reviews
  ) {
    return validationFailed(
      'PullRequestReview',
      'event',
      'custom',
      'GitHub Actions is not permitted to approve pull requests.',
    );
  }
  const commitId = opts.commitId ?? pr.headSha;
  if (!repo.git.commits.has(commitId))
    return validationFailed('PullRequestReview', 'commit_id', 'invalid');
  const review: ReviewState = {
    id: s.nextId(),
    user: reviewer.user,
    state,
    body: opts.body ?? '',
    commitId,
    submittedAt: s.now(),
  };
  pr.reviews.push(review);
  pr.requestedReviewers = pr.requestedReviewers.filter(
    (l) => l.toLowerCase() !== reviewer.user.login.toLowerCase(),
  );
  if (state !== 'PENDING') {
    s.emit(
      repo,
      { login: reviewer.user.login, kind: reviewer.kind },
      { name: 'pull_request_review', action: 'submitted', number: pr.number, sha: commitId },
    );
  }
  if (state === 'APPROVED') tryAutoMerge(s, repo, pr);
  return review;
}

/** Routes for reviews and review requests. */
export const reviewRoutes: RouteDef[] = [
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    ['pull_requests', 'read'],
    (ctx) => {
      const pr = findPull(ctx);
      if ('status' in pr) return pr;
      const visible = pr.reviews.filter(
        (r) => r.state !== 'PENDING' || r.user.id === ctx.caller.user.id,
      );
      const { page, headers } = paginate(ctx, visible);
      return json(
        200,
        page.map((r) => reviewJson(ctx.s, ctx.repo, pr, r)),
        headers,
      );
    },
  ),
  repoRoute(
    'POST',
    '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    ['pull_requests', 'write'],
    (ctx) => {
      const pr = findPull(ctx);
      if ('status' in pr) return pr;
      const event = str(ctx.body, 'event');
      const state = event === undefined ? 'PENDING' : EVENT_STATE[event];
      if (!state) return validationFailed('PullRequestReview', 'event', 'invalid');
      const opts: { commitId?: string; body?: string } = {};
      const commitId = str(ctx.body, 'commit_id');
      const body = str(ctx.body, 'body');
      if (commitId !== undefined) opts.commitId = commitId;
      if (body !== undefined) opts.body = body;
      const r = submitReview(
        ctx.s,
        ctx.repo,
        pr,
        { user: ctx.caller.user, kind: ctx.caller.kind },
        state,
        opts,
      );
      return 'status' in r ? r : json(200, reviewJson(ctx.s, ctx.repo, pr, r));
    },
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    ['pull_requests', 'read'],
    (ctx) => {
      const pr = findPull(ctx);
      if ('status' in pr) return pr;
      const users = pr.requestedReviewers
        .map((l) => ctx.s.user(l))
        .filter((u): u is User => u !== undefined);
      return json(200, { users: users.map((u) => simpleUser(ctx.s, u)), teams: [] });
    },
  ),
  repoRoute(
    'POST',
    '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    ['pull_requests', 'write'],
    (ctx) => {
      const pr = findPull(ctx);
      if ('status' in pr) return pr;
      const logins = strings(ctx.body, 'reviewers');
      for (const login of logins) {
        if (login.toLowerCase() === pr.author.login.toLowerCase()) {
          return validationFailed(
            'PullRequest',
            'reviewers',
            'custom',
            'Review cannot be requested from pull request author.',
          );
        }
        const user = ctx.s.user(login);
        if (!user || ctx.s.role(ctx.repo, login) === undefined) {
          return validationFailed(
            'PullRequest',
            'reviewers',
            'custom',
            `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${ctx.repo.fullName} repository.`,
          );
        }
      }
      for (const login of logins) {
        const user = ctx.s.user(login) as User;
        if (!pr.requestedReviewers.some((l) => l.toLowerCase() === login.toLowerCase()))
          pr.requestedReviewers.push(user.login);
        ctx.s.emit(
          ctx.repo,
          { login: ctx.caller.user.login, kind: ctx.caller.kind },
          { name: 'pull_request', action: 'review_requested', number: pr.number },
        );
      }
      pr.requestedTeams.push(
        ...strings(ctx.body, 'team_reviewers').filter((t) => !pr.requestedTeams.includes(t)),
      );
      return json(201, pullSimple(ctx.s, ctx.repo, pr));
    },
  ),
  repoRoute(
    'DELETE',
    '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    ['pull_requests', 'write'],
    (ctx) => {
      const pr = findPull(ctx);
      if ('status' in pr) return pr;
      const drop = new Set(strings(ctx.body, 'reviewers').map((l) => l.toLowerCase()));
      pr.requestedReviewers = pr.requestedReviewers.filter((l) => !drop.has(l.toLowerCase()));
      const teams = new Set(strings(ctx.body, 'team_reviewers'));
      pr.requestedTeams = pr.requestedTeams.filter((t) => !teams.has(t));
      return json(200, pullSimple(ctx.s, ctx.repo, pr));
    },
  ),
];
