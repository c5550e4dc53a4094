/**
 * JSON shapes shared by many answers (users, repositories, node ids, errors), with every field
 * GitHub's OpenAPI description marks as required, so clients see what api.github.com returns.
 */
import { json, type FakeResponse } from '../http-fake.js';
import type { RepoState, User } from './model.js';
import type { GitHubState } from './state.js';

/** A GitHub-style global node id (`PR_kwDO…`), stable for a kind and numeric id. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`${prefix}:${id}`).toString('base64url')}`;
}

/** The numeric id inside a node id made by `nodeId`, or undefined. */
export function parseNodeId(node: string): { prefix: string; id: number } | undefined {
  const m = /^([A-Za-z]+)_kwDO([A-Za-z0-9_-]+)$/.exec(node);
  if (!m) return undefined;
  const [prefix, id] = Buffer.from(m[2] as string, 'base64url')
    .toString('utf8')
    .split(':');
  return prefix !== undefined && prefix === m[1] && id !== undefined && /^\d+$/.test(id)
    ? { prefix, id: Number(id) }
    : undefined;
}

/** GitHub's error body. */
export function apiError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): FakeResponse {
  return json(
    status,
    { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
    headers,
  );
}

/** 422 with GitHub's `errors` array. */
export function validationFailed(
  resource: string,
  field: string,
  code = 'invalid',
  message?: string,
): FakeResponse {
  const err: Record<string, string> = { resource, field, code };
  if (message !== undefined) err.message = message;
  return json(422, {
    message: 'Validation Failed',
    errors: [err],
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  });
}

/** The simple-user schema. */
export function simpleUser(s: GitHubState, u: User): Record<string, unknown> {
  const api = `${s.api}/users/${encodeURIComponent(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type === 'Bot' ? 'BOT' : u.type === 'Organization' ? 'O' : 'U', u.id),
    avatar_url:
      u.type === 'Bot'
        ? `https://avatars.githubusercontent.com/in/${u.id}?v=4`
        : `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      u.type === 'Bot' ? `${s.web}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${s.web}/${u.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** simple-user or null. */
export function maybeUser(
  s: GitHubState,
  u: User | null | undefined,
): Record<string, unknown> | null {
  return u ? simpleUser(s, u) : null;
}

/** The repository schema (as nested in pull requests). */
export function repository(s: GitHubState, r: RepoState): Record<string, unknown> {
  const api = `${s.api}/repos/${r.fullName}`;
  const html = `${s.web}/${r.fullName}`;
  const open = [...r.issues.values()].filter((i) => i.state === 'open').length;
  return {
    id: r.id,
    node_id: nodeId('R', r.id),
    name: r.name,
    full_name: r.fullName,
    owner: simpleUser(s, r.owner),
    private: r.settings.private,
    html_url: html,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${r.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${r.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 128,
    default_branch: r.defaultBranch,
    open_issues_count: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.settings.private ? 'private' : 'public',
    pushed_at: r.pushedAt,
    created_at: r.createdAt,
    updated_at: r.pushedAt,
    allow_forking: false,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: open,
    watchers: 0,
  };
}

/** The full-repository schema (GET /repos/{owner}/{repo}). */
export function fullRepository(
  s: GitHubState,
  r: RepoState,
  admin: boolean,
): Record<string, unknown> {
  return {
    ...repository(s, r),
    permissions: { admin, maintain: admin, push: true, triage: true, pull: true },
    allow_merge_commit: r.settings.allow_merge_commit,
    allow_squash_merge: r.settings.allow_squash_merge,
    allow_rebase_merge: r.settings.allow_rebase_merge,
    allow_auto_merge: r.settings.allow_auto_merge,
    delete_branch_on_merge: r.settings.delete_branch_on_merge,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
    squash_merge_commit_message: 'COMMIT_MESSAGES',
    merge_commit_title: 'MERGE_MESSAGE',
    merge_commit_message: 'PR_TITLE',
    organization: r.owner.type === 'Organization' ? simpleUser(s, r.owner) : null,
    network_count: 0,
    subscribers_count: 1,
  };
}

/** The label schema for a label name (labels applied but never created get GitHub's default colour). */
export function labelJson(s: GitHubState, repo: RepoState, name: string): Record<string, unknown> {
  const l = repo.labels.get(name.toLowerCase());
  const id = l?.id ?? 0;
  return {
    id,
    node_id: nodeId('LA', id),
    url: `${s.api}/repos/${repo.fullName}/labels/${encodeURIComponent(name)}`,
    name: l?.name ?? name,
    description: l?.description ?? null,
    color: l?.color ?? 'ededed',
    default: false,
  };
}
