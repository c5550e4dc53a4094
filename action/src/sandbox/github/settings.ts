/**
 * Repository settings and identity reads: the repository, active branch rules, classic branch
 * protection (an administration read), collaborator permission, environments, organisation team
 * members (a members read GITHUB_TOKEN lacks) and the authenticated user.
 */
import { json } from '../http-fake.js';
import type { User } from './model.js';
import { apiError, fullRepository, nodeId, simpleUser } from './render.js';
import { plainRoute, repoRoute, type RouteDef } from './route.js';
import { rulesFor } from './rules.js';

const PERMISSION: Record<string, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

/** Routes for settings, rules, collaborators, environments, teams and the authenticated user. */
export const settingsRoutes: RouteDef[] = [
  repoRoute('GET', '/repos/{owner}/{repo}', undefined, (ctx) => {
    const admin =
      ctx.caller.kind === 'user' ? ctx.s.role(ctx.repo, ctx.caller.user.login) === 'admin' : false;
    return json(200, fullRepository(ctx.s, ctx.repo, admin));
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/rules/branches/{branch}', undefined, (ctx) =>
    json(
      200,
      rulesFor(ctx.repo, ctx.params.branch ?? '').map(({ rule, ruleset }) => ({
        ...rule,
        ruleset_source_type: 'Repository',
        ruleset_source: ctx.repo.fullName,
        ruleset_id: ruleset.id,
      })),
    ),
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/branches/{branch}/protection',
    ['administration', 'read'],
    (ctx) => {
      const branch = ctx.params.branch ?? '';
      const bp = ctx.repo.protections.get(branch);
      if (!bp) return apiError(404, 'Branch not protected');
      const url = `${ctx.s.api}/repos/${ctx.repo.fullName}/branches/${encodeURIComponent(branch)}/protection`;
      return json(200, {
        url,
        required_pull_request_reviews: {
          url: `${url}/required_pull_request_reviews`,
          dismiss_stale_reviews: bp.dismiss_stale_reviews,
          require_code_owner_reviews: bp.require_code_owner_reviews,
          required_approving_review_count: bp.required_approving_review_count,
          require_last_push_approval: bp.require_last_push_approval,
        },
        enforce_admins: { url: `${url}/enforce_admins`, enabled: bp.enforce_admins },
        required_signatures: { url: `${url}/required_signatures`, enabled: false },
        required_linear_history: { enabled: false },
        allow_force_pushes: { enabled: bp.allow_force_pushes },
        allow_deletions: { enabled: bp.allow_deletions },
        block_creations: { enabled: false },
        required_conversation_resolution: { enabled: false },
        lock_branch: { enabled: false },
        allow_fork_syncing: { enabled: false },
      });
    },
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/collaborators/{username}/permission',
    undefined,
    (ctx) => {
      const user = ctx.s.user(ctx.params.username ?? '');
      if (!user) return apiError(404, 'Not Found');
      const role = ctx.s.role(ctx.repo, user.login);
      const permission = role
        ? (PERMISSION[role] as string)
        : ctx.repo.settings.private
          ? 'none'
          : 'read';
      const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(
        role ?? (permission === 'read' ? 'read' : 'none'),
      );
      return json(200, {
        permission,
        role_name: role ?? permission,
        user: {
          ...simpleUser(ctx.s, user),
          role_name: role ?? permission,
          permissions: {
            pull: rank >= 0,
            triage: rank >= 1,
            push: rank >= 2,
            maintain: rank >= 3,
            admin: rank >= 4,
          },
        },
      });
    },
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/environments/{environment_name}', undefined, (ctx) => {
    const env = ctx.repo.environments.get(ctx.params.environment_name ?? '');
    if (!env) return apiError(404, 'Not Found');
    const rules: Record<string, unknown>[] = [];
    if (env.waitTimer > 0)
      rules.push({
        id: env.id + 1,
        node_id: nodeId('GA', env.id + 1),
        type: 'wait_timer',
        wait_timer: env.waitTimer,
      });
    if (env.reviewers.length > 0) {
      const reviewers = env.reviewers
        .map((l) => ctx.s.user(l))
        .filter((u): u is User => u !== undefined);
      rules.push({
        id: env.id + 2,
        node_id: nodeId('GA', env.id + 2),
        type: 'required_reviewers',
        prevent_self_review: true,
        reviewers: reviewers.map((u) => ({ type: 'User', reviewer: simpleUser(ctx.s, u) })),
      });
    }
    if (env.deploymentBranchPolicy)
      rules.push({ id: env.id + 3, node_id: nodeId('GA', env.id + 3), type: 'branch_policy' });
    return json(200, {
      id: env.id,
      node_id: nodeId('EN', env.id),
      name: env.name,
      url: `${ctx.s.api}/repos/${ctx.repo.fullName}/environments/${encodeURIComponent(env.name)}`,
      html_url: `${ctx.s.web}/${ctx.repo.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
      created_at: env.createdAt,
      updated_at: env.createdAt,
      protection_rules: rules,
      deployment_branch_policy: env.deploymentBranchPolicy,
    });
  }),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    undefined,
    (ctx) => {
      const env = ctx.repo.environments.get(ctx.params.environment_name ?? '');
      if (!env) return apiError(404, 'Not Found');
      const policies = env.branchPolicies.map((name, i) => ({
        id: env.id + 10 + i,
        node_id: nodeId('DBP', env.id + 10 + i),
        name,
        type: 'branch',
      }));
      return json(200, { total_count: policies.length, branch_policies: policies });
    },
  ),
  plainRoute('GET', '/orgs/{org}/teams/{team_slug}/members', ['members', 'read'], (ctx) => {
    const members = ctx.s.teams.get(
      `${ctx.params.org ?? ''}/${ctx.params.team_slug ?? ''}`.toLowerCase(),
    );
    if (!members) return apiError(404, 'Not Found');
    const users = members.map((l) => ctx.s.user(l)).filter((u): u is User => u !== undefined);
    return json(
      200,
      users.map((u) => simpleUser(ctx.s, u)),
    );
  }),
  plainRoute('GET', '/user', undefined, (ctx) => {
    if (ctx.caller.kind !== 'user') return apiError(403, 'Resource not accessible by integration');
    const u = ctx.caller.user;
    return json(200, {
      ...simpleUser(ctx.s, u),
      name: u.name,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      notification_email: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z',
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { collaborators: 0, name: 'pro', space: 976562499, private_repos: 9999 },
    });
  }),
];
