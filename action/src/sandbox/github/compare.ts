/**
 * GET /compare/{base}...{head}: the commits reachable from head but not from base (chronological,
 * at most the newest 250 without paging parameters) and the files changed from their merge base to
 * head, at most 300 for the whole comparison and shown on the first page only, as GitHub documents.
 */
import { json, type FakeResponse } from '../http-fake.js';
import { diffTrees } from './changes.js';
import { apiError } from './render.js';
import { commitItem, diffEntry, resolveCommit } from './render-git.js';
import { paginate, repoRoute, type RepoCtx, type RouteDef } from './route.js';

/** Commits listed when the request has no paging parameter; the newest ones are kept. */
export const COMPARE_COMMITS_CAP = 250;
/** Files listed for a whole comparison. */
export const COMPARE_FILES_CAP = 300;

function compare(ctx: RepoCtx): FakeResponse {
  const m = /^(.+?)\.\.\.?(.+)$/.exec(ctx.params.basehead ?? '');
  // `owner:branch` names a ref in another repository of the network; the fake has one repository per name.
  const strip = (ref: string): string => ref.replace(/^[^:]+:/, '');
  const base = m ? resolveCommit(ctx.repo, strip(m[1] as string)) : undefined;
  const head = m ? resolveCommit(ctx.repo, strip(m[2] as string)) : undefined;
  if (!base || !head) return apiError(404, 'Not Found');
  const git = ctx.repo.git;
  const mb = git.mergeBase(base.sha, head.sha);
  const ahead = git.commitsBetween(base.sha, head.sha);
  const behind = git.commitsBetween(head.sha, base.sha);
  const paged = ctx.req.query.has('per_page') || ctx.req.query.has('page');
  const listed = paged
    ? paginate(ctx, ahead)
    : { page: ahead.slice(-COMPARE_COMMITS_CAP), headers: {} };
  const firstPage = !paged || (ctx.req.query.get('page') ?? '1') === '1';
  const files = diffTrees(mb ? git.filesAt(mb) : new Map(), git.filesAt(head.sha)).slice(
    0,
    COMPARE_FILES_CAP,
  );
  const web = `${ctx.s.web}/${ctx.repo.fullName}`;
  const spec = `${base.sha}...${head.sha}`;
  const status =
    ahead.length > 0 && behind.length > 0
      ? 'diverged'
      : ahead.length > 0
        ? 'ahead'
        : behind.length > 0
          ? 'behind'
          : 'identical';
  const body: Record<string, unknown> = {
    url: `${ctx.s.api}/repos/${ctx.repo.fullName}/compare/${spec}`,
    html_url: `${web}/compare/${spec}`,
    permalink_url: `${web}/compare/${ctx.repo.owner.login}:${spec}`,
    diff_url: `${web}/compare/${spec}.diff`,
    patch_url: `${web}/compare/${spec}.patch`,
    base_commit: commitItem(ctx.s, ctx.repo, base),
    merge_base_commit: commitItem(ctx.s, ctx.repo, (mb && git.commits.get(mb)) || base),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: listed.page.map((c) => commitItem(ctx.s, ctx.repo, c)),
  };
  if (firstPage) body.files = files.map((f) => diffEntry(ctx.s, ctx.repo, head.sha, f));
  return json(200, body, listed.headers);
}

/** The compare route. */
export const compareRoutes: RouteDef[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/compare/{basehead}', ['contents', 'read'], compare),
];
