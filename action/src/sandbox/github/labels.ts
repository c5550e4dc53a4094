/**
 * Labels on issues and pull requests: GitHub creates a label the first time it is applied.
 */
import { json, type FakeResponse } from '../http-fake.js';
import type { IssueState, RepoState, TokenKind } from './model.js';
import { apiError, labelJson, validationFailed } from './render.js';
import { actor, numParam, repoRoute, strings, type RepoCtx, type RouteDef } from './route.js';
import type { GitHubState } from './state.js';

/** Applies label names to an issue, creating unknown labels as GitHub does. */
export function addLabels(
  s: GitHubState,
  repo: RepoState,
  issue: IssueState,
  names: string[],
): void {
  for (const name of names) {
    if (!repo.labels.has(name.toLowerCase()))
      repo.labels.set(name.toLowerCase(), {
        id: s.nextId(),
        name,
        color: 'ededed',
        description: null,
      });
    if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(name);
  }
}

/** The `labeled` / `unlabeled` event of an issue or pull request. */
export function emitLabelEvent(
  s: GitHubState,
  repo: RepoState,
  issue: IssueState,
  action: 'labeled' | 'unlabeled',
  by: { login: string; kind: TokenKind },
): void {
  s.emit(repo, by, {
    name: issue.isPull ? 'pull_request' : 'issues',
    action,
    number: issue.number,
  });
}

/** Takes a label off an issue and emits `unlabeled`; false when it was not applied. */
export function removeLabel(
  s: GitHubState,
  repo: RepoState,
  issue: IssueState,
  name: string,
  by: { login: string; kind: TokenKind },
): boolean {
  const idx = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (idx < 0) return false;
  issue.labels.splice(idx, 1);
  emitLabelEvent(s, repo, issue, 'unlabeled', by);
  return true;
}

/** The issue (or pull request) named by the path, or GitHub's 404. */
export function findIssue(ctx: RepoCtx): IssueState | FakeResponse {
  return ctx.repo.issues.get(numParam(ctx, 'issue_number')) ?? apiError(404, 'Not Found');
}

function labelsOf(ctx: RepoCtx, i: IssueState): FakeResponse {
  return json(
    200,
    i.labels.map((l) => labelJson(ctx.s, ctx.repo, l)),
  );
}

/** Routes for the labels of an issue. */
export const labelRoutes: RouteDef[] = [
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    ['issues', 'read'],
    (ctx) => {
      const i = findIssue(ctx);
      return 'status' in i ? i : labelsOf(ctx, i);
    },
  ),
  repoRoute(
    'POST',
    '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    ['issues', 'write'],
    (ctx) => {
      const i = findIssue(ctx);
      if ('status' in i) return i;
      const names = Array.isArray(ctx.raw)
        ? ctx.raw.filter((x): x is string => typeof x === 'string')
        : strings(ctx.body, 'labels');
      if (names.length === 0) return validationFailed('Label', 'labels', 'missing_field');
      addLabels(ctx.s, ctx.repo, i, names);
      emitLabelEvent(ctx.s, ctx.repo, i, 'labeled', actor(ctx));
      return labelsOf(ctx, i);
    },
  ),
  repoRoute(
    'DELETE',
    '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
    ['issues', 'write'],
    (ctx) => {
      const i = findIssue(ctx);
      if ('status' in i) return i;
      if (!removeLabel(ctx.s, ctx.repo, i, ctx.params.name ?? '', actor(ctx)))
        return apiError(404, 'Label does not exist');
      return labelsOf(ctx, i);
    },
  ),
];
