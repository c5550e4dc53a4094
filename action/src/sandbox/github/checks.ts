/**
 * Check runs (created only by GitHub Apps and GITHUB_TOKEN, with annotations kept for assertions)
 * and commit statuses.
 */
import { json, type FakeResponse } from '../http-fake.js';
import type { Annotation, CheckRunState, RepoState, StatusState, User } from './model.js';
import { apiError, nodeId, simpleUser, validationFailed } from './render.js';
import { numParam, repoRoute, str, type RepoCtx, type RouteDef } from './route.js';
import type { GitHubState } from './state.js';

const MAX_ANNOTATIONS = 50;

function appJson(s: GitHubState, repo: RepoState, bot: User): Record<string, unknown> {
  const slug = bot.login.replace(/\[bot\]$/, '');
  const actions = slug === 'github-actions';
  return {
    id: actions ? 15368 : bot.id,
    slug,
    node_id: nodeId('A', bot.id),
    client_id: `Iv1.${bot.id.toString(16).padStart(16, '0')}`,
    owner: simpleUser(s, actions ? (s.user('github') ?? repo.owner) : repo.owner),
    name: actions ? 'GitHub Actions' : slug,
    description: actions ? 'Automate your workflow from idea to production' : null,
    external_url: actions ? 'https://help.github.com/en/actions' : `${s.web}/apps/${slug}`,
    html_url: `${s.web}/apps/${slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      checks: 'write',
      contents: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: ['check_run', 'pull_request', 'push'],
  };
}

/** The check-run schema. */
export function checkRunJson(
  s: GitHubState,
  repo: RepoState,
  c: CheckRunState,
): Record<string, unknown> {
  const api = `${s.api}/repos/${repo.fullName}`;
  const repoRef = { id: repo.id, url: api, name: repo.name };
  const prs = [...repo.pulls.values()].filter((p) => p.state === 'open' && p.headSha === c.headSha);
  return {
    id: c.id,
    head_sha: c.headSha,
    node_id: nodeId('CR', c.id),
    external_id: c.externalId,
    url: `${api}/check-runs/${c.id}`,
    html_url: `${s.web}/${repo.fullName}/runs/${c.id}`,
    details_url: c.detailsUrl,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: {
      ...c.output,
      annotations_count: c.annotations.length,
      annotations_url: `${api}/check-runs/${c.id}/annotations`,
    },
    name: c.name,
    check_suite: { id: c.id + 1 },
    app: appJson(s, repo, c.app),
    pull_requests: prs.map((p) => ({
      id: p.id,
      number: p.number,
      url: `${api}/pulls/${p.number}`,
      head: { ref: p.headRef, sha: p.headSha, repo: repoRef },
      base: { ref: p.baseRef, sha: repo.refs.get(`heads/${p.baseRef}`) ?? '', repo: repoRef },
    })),
  };
}

/** Applies create/update fields to a check run; undefined when valid, else GitHub's 422. */
function applyFields(ctx: RepoCtx, run: CheckRunState): FakeResponse | undefined {
  const b = ctx.body;
  const output = (typeof b.output === 'object' && b.output !== null ? b.output : {}) as Record<
    string,
    unknown
  >;
  const annotations = Array.isArray(output.annotations) ? (output.annotations as Annotation[]) : [];
  if (annotations.length > MAX_ANNOTATIONS)
    return validationFailed(
      'CheckRun',
      'annotations',
      'custom',
      `Only ${MAX_ANNOTATIONS} annotations allowed per request`,
    );
  if (b.output !== undefined && typeof output.summary !== 'string')
    return validationFailed('CheckRun', 'output.summary', 'missing_field');
  run.name = str(b, 'name') ?? run.name;
  run.detailsUrl = str(b, 'details_url') ?? run.detailsUrl;
  run.externalId = str(b, 'external_id') ?? run.externalId;
  run.status = str(b, 'status') ?? run.status;
  run.startedAt = str(b, 'started_at') ?? run.startedAt;
  const conclusion = str(b, 'conclusion');
  if (conclusion !== undefined) {
    run.conclusion = conclusion;
    run.status = 'completed';
    run.completedAt = str(b, 'completed_at') ?? ctx.s.now();
  }
  if (run.status === 'completed' && run.conclusion === null)
    return validationFailed('CheckRun', 'conclusion', 'missing_field');
  if (b.output !== undefined) {
    run.output = {
      title: (output.title as string | undefined) ?? null,
      summary: output.summary as string,
      text: (output.text as string | undefined) ?? null,
    };
    run.annotations.push(...annotations);
  }
  return undefined;
}

function isRun(x: CheckRunState | FakeResponse): x is CheckRunState {
  return typeof x.status === 'string';
}

function findRun(ctx: RepoCtx): CheckRunState | FakeResponse {
  return (
    ctx.repo.checkRuns.find((c) => c.id === numParam(ctx, 'check_run_id')) ??
    apiError(404, 'Not Found')
  );
}

/** Routes for check runs and commit statuses. */
export const checkRoutes: RouteDef[] = [
  repoRoute('POST', '/repos/{owner}/{repo}/check-runs', ['checks', 'write'], (ctx) => {
    if (ctx.caller.kind === 'user') return apiError(403, 'You must authenticate via a GitHub App.');
    const headSha = str(ctx.body, 'head_sha') ?? '';
    const name = str(ctx.body, 'name');
    if (!name) return validationFailed('CheckRun', 'name', 'missing_field');
    if (!ctx.repo.git.commits.has(headSha))
      return validationFailed(
        'CheckRun',
        'head_sha',
        'invalid',
        `No commit found for SHA: ${headSha}`,
      );
    const run: CheckRunState = {
      id: ctx.s.nextId(),
      name,
      headSha,
      status: 'queued',
      conclusion: null,
      startedAt: ctx.s.now(),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      app: ctx.caller.user,
    };
    const invalid = applyFields(ctx, run);
    if (invalid) return invalid;
    ctx.repo.checkRuns.push(run);
    return json(201, checkRunJson(ctx.s, ctx.repo, run));
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}', ['checks', 'read'], (ctx) => {
    const run = findRun(ctx);
    return isRun(run) ? json(200, checkRunJson(ctx.s, ctx.repo, run)) : run;
  }),
  repoRoute(
    'PATCH',
    '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    ['checks', 'write'],
    (ctx) => {
      const run = findRun(ctx);
      if (!isRun(run)) return run;
      if (run.app.id !== ctx.caller.user.id)
        return apiError(
          403,
          'Invalid app_id `0` - check run can only be modified by the GitHub App that created it.',
        );
      const invalid = applyFields(ctx, run);
      return invalid ?? json(200, checkRunJson(ctx.s, ctx.repo, run));
    },
  ),
  repoRoute('POST', '/repos/{owner}/{repo}/statuses/{sha}', ['statuses', 'write'], (ctx) => {
    const sha = ctx.params.sha ?? '';
    const state = str(ctx.body, 'state');
    if (state !== 'error' && state !== 'failure' && state !== 'pending' && state !== 'success')
      return validationFailed('Status', 'state', 'invalid');
    if (!ctx.repo.git.commits.has(sha))
      return validationFailed('Status', 'sha', 'invalid', `No commit found for SHA: ${sha}`);
    const at = ctx.s.now();
    const st: StatusState = {
      id: ctx.s.nextId(),
      sha,
      state,
      context: str(ctx.body, 'context') ?? 'default',
      description: str(ctx.body, 'description') ?? null,
      targetUrl: str(ctx.body, 'target_url') ?? null,
      creator: ctx.caller.user,
      createdAt: at,
    };
    ctx.repo.statuses.push(st);
    return json(201, {
      url: `${ctx.s.api}/repos/${ctx.repo.fullName}/statuses/${sha}`,
      avatar_url: simpleUser(ctx.s, st.creator).avatar_url,
      id: st.id,
      node_id: nodeId('SC', st.id),
      state: st.state,
      description: st.description,
      target_url: st.targetUrl,
      context: st.context,
      created_at: at,
      updated_at: at,
      creator: simpleUser(ctx.s, st.creator),
    });
  }),
];
