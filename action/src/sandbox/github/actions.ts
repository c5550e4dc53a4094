/**
 * GitHub Actions surfaces: workflows (discovered from the default branch, with a scriptable
 * state), workflow_dispatch (recorded; it starts runs even when GITHUB_TOKEN sends it) and the
 * repository's workflow-permission settings (an administration read).
 */
import { json } from '../http-fake.js';
import type { RepoState, WorkflowState } from './model.js';
import { apiError, nodeId, validationFailed } from './render.js';
import { resolveCommit } from './render-git.js';
import { bool, repoRoute, str, type RouteDef } from './route.js';
import type { GitHubState } from './state.js';

const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/** Workflows of a repository: registered ones plus every workflow file on the default branch. */
export function workflowsOf(s: GitHubState, repo: RepoState): WorkflowState[] {
  const head = repo.refs.get(`heads/${repo.defaultBranch}`);
  const files = head ? repo.git.filesAt(head) : new Map();
  for (const [path, entry] of files) {
    if (!WORKFLOW_FILE.test(path) || repo.workflows.has(path)) continue;
    const text = repo.git.blobs.get(entry.sha)?.toString('utf8') ?? '';
    const name = /^name:\s*['"]?(.+?)['"]?\s*$/m.exec(text)?.[1] ?? path;
    repo.workflows.set(path, { id: s.nextId(), path, name, state: 'active', createdAt: s.now() });
  }
  return [...repo.workflows.values()];
}

/** A workflow by numeric id or file name, as the API accepts either. */
export function findWorkflow(
  s: GitHubState,
  repo: RepoState,
  key: string,
): WorkflowState | undefined {
  return workflowsOf(s, repo).find(
    (w) => String(w.id) === key || w.path === key || w.path.endsWith(`/${key}`),
  );
}

function workflowJson(s: GitHubState, repo: RepoState, w: WorkflowState): Record<string, unknown> {
  const file = w.path.slice(w.path.lastIndexOf('/') + 1);
  return {
    id: w.id,
    node_id: nodeId('W', w.id),
    name: w.name,
    path: w.path,
    state: w.state,
    created_at: w.createdAt,
    updated_at: w.createdAt,
    url: `${s.api}/repos/${repo.fullName}/actions/workflows/${w.id}`,
    html_url: `${s.web}/${repo.fullName}/blob/${repo.defaultBranch}/${w.path}`,
    badge_url: `${s.web}/${repo.fullName}/workflows/${encodeURIComponent(file)}/badge.svg`,
  };
}

/** Routes for workflows, dispatches and workflow permissions. */
export const actionRoutes: RouteDef[] = [
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
    ['actions', 'read'],
    (ctx) => {
      const w = findWorkflow(ctx.s, ctx.repo, ctx.params.workflow_id ?? '');
      return w ? json(200, workflowJson(ctx.s, ctx.repo, w)) : apiError(404, 'Not Found');
    },
  ),
  repoRoute(
    'POST',
    '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    ['actions', 'write'],
    (ctx) => {
      const { s, repo } = ctx;
      const w = findWorkflow(s, repo, ctx.params.workflow_id ?? '');
      if (!w) return apiError(404, 'Not Found');
      if (w.state !== 'active')
        return apiError(422, "Cannot trigger a 'workflow_dispatch' on a disabled workflow");
      const ref = str(ctx.body, 'ref');
      if (!ref) return validationFailed('Workflow', 'ref', 'missing_field');
      const commit = resolveCommit(repo, ref);
      if (!commit) return apiError(422, `No ref found for: ${ref}`);
      const file = repo.git.filesAt(commit.sha).get(w.path);
      const text = file ? (repo.git.blobs.get(file.sha)?.toString('utf8') ?? '') : '';
      if (!/\bworkflow_dispatch\b/.test(text))
        return apiError(422, "Workflow does not have 'workflow_dispatch' trigger");
      const inputs =
        typeof ctx.body.inputs === 'object' && ctx.body.inputs !== null
          ? (ctx.body.inputs as Record<string, unknown>)
          : {};
      if (Object.keys(inputs).length > 25)
        return apiError(
          422,
          'you may only define up to 25 `inputs` for a `workflow_dispatch` event',
        );
      const runId = s.nextId();
      repo.dispatches.push({
        workflowId: w.id,
        workflowPath: w.path,
        ref,
        inputs,
        actor: ctx.caller.user.login,
        tokenKind: ctx.caller.kind,
        at: s.now(),
        runId,
      });
      s.emit(
        repo,
        { login: ctx.caller.user.login, kind: ctx.caller.kind },
        {
          name: 'workflow_dispatch',
          ref: ref.startsWith('refs/') ? ref : `refs/heads/${ref}`,
          sha: commit.sha,
        },
      );
      if (bool(ctx.body, 'return_run_details') !== true) return { status: 204 };
      return json(200, {
        workflow_run_id: runId,
        run_url: `${s.api}/repos/${repo.fullName}/actions/runs/${runId}`,
        html_url: `${s.web}/${repo.fullName}/actions/runs/${runId}`,
      });
    },
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/actions/permissions/workflow',
    ['administration', 'read'],
    (ctx) => json(200, { ...ctx.repo.workflowPermissions }),
  ),
];
