/**
 * The contents API: files (base64), symlinks (followed to an in-repo file, as GitHub does),
 * directories, raw media type, and file writes/deletes that become verified commits.
 */
import { json, type FakeResponse } from '../http-fake.js';
import type { FlatEntry, FlatTree } from './git-objects.js';
import type { RepoState } from './model.js';
import { moveRef } from './refs.js';
import { apiError, validationFailed } from './render.js';
import { gitCommit, resolveCommit } from './render-git.js';
import { repoRoute, str, type RepoCtx, type RouteDef } from './route.js';
import { WEB_FLOW, type GitHubState } from './state.js';

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function entryJson(
  s: GitHubState,
  repo: RepoState,
  ref: string,
  path: string,
  type: string,
  sha: string,
  size: number,
): Record<string, unknown> {
  const api = `${s.api}/repos/${repo.fullName}`;
  const url = `${api}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const git = type === 'dir' ? `${api}/git/trees/${sha}` : `${api}/git/blobs/${sha}`;
  const html = `${s.web}/${repo.fullName}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${encodePath(path)}`;
  return {
    type,
    size,
    name: path.slice(path.lastIndexOf('/') + 1),
    path,
    sha,
    url,
    git_url: git,
    html_url: html,
    download_url:
      type === 'dir'
        ? null
        : `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${encodePath(path)}`,
    _links: { self: url, git, html },
  };
}

/** GitHub wraps base64 content at 60 characters per line. */
function base64Lines(buf: Buffer): string {
  return (buf.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');
}

function fileJson(
  s: GitHubState,
  repo: RepoState,
  ref: string,
  path: string,
  e: FlatEntry,
): Record<string, unknown> {
  const blob = repo.git.blobs.get(e.sha) ?? Buffer.alloc(0);
  return {
    ...entryJson(s, repo, ref, path, 'file', e.sha, blob.length),
    content: base64Lines(blob),
    encoding: 'base64',
  };
}

function resolveLink(files: FlatTree, path: string, target: string): string | undefined {
  const parts = path.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  const resolved = parts.join('/');
  return files.get(resolved)?.mode.startsWith('100') ? resolved : undefined;
}

function getContent(ctx: RepoCtx): FakeResponse {
  const { s, repo } = ctx;
  const ref = ctx.req.query.get('ref') ?? repo.defaultBranch;
  const commit = resolveCommit(repo, ref);
  if (!commit) return apiError(404, `No commit found for the ref ${ref}`);
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const files = repo.git.flatten(commit.tree);
  const raw = /\.raw\b|vnd\.github\.raw/.test(String(ctx.req.headers.accept ?? ''));
  let entry = files.get(path);
  let shownPath = path;
  if (entry?.mode === '120000') {
    const target = (repo.git.blobs.get(entry.sha) ?? Buffer.alloc(0)).toString('utf8');
    const resolved = resolveLink(files, path, target);
    if (resolved === undefined) {
      return json(200, {
        ...entryJson(s, repo, ref, path, 'symlink', entry.sha, target.length),
        target,
      });
    }
    // GitHub answers with the target file when a symlink points at a regular file in the repository.
    entry = files.get(resolved);
    shownPath = resolved;
  }
  if (entry) {
    const blob = repo.git.blobs.get(entry.sha) ?? Buffer.alloc(0);
    if (raw)
      return {
        status: 200,
        headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
        body: blob.toString('utf8'),
      };
    return json(200, fileJson(s, repo, ref, shownPath, entry));
  }
  const prefix = `${path}/`;
  const children = new Map<string, Record<string, unknown>>();
  for (const [p, e] of files) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length);
    const name = rest.split('/')[0] as string;
    const childPath = prefix + name;
    if (rest.includes('/')) {
      if (!children.has(name))
        children.set(
          name,
          entryJson(s, repo, ref, childPath, 'dir', treeShaOf(repo, commit.tree, childPath), 0),
        );
    } else {
      const type = e.mode === '120000' ? 'symlink' : e.mode === '160000' ? 'submodule' : 'file';
      children.set(
        name,
        entryJson(s, repo, ref, childPath, type, e.sha, repo.git.blobs.get(e.sha)?.length ?? 0),
      );
    }
  }
  if (children.size === 0) return apiError(404, 'Not Found');
  return json(200, [...children.values()]);
}

function treeShaOf(repo: RepoState, root: string, dir: string): string {
  let sha = root;
  for (const seg of dir.split('/'))
    sha = repo.git.trees.get(sha)?.find((e) => e.name === seg && e.type === 'tree')?.sha ?? sha;
  return sha;
}

function writeFile(ctx: RepoCtx, content: Buffer | null): FakeResponse {
  const { s, repo, body } = ctx;
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const message = str(body, 'message');
  if (!message) return validationFailed('Commit', 'message', 'missing_field');
  const branch = str(body, 'branch') ?? repo.defaultBranch;
  const head = repo.refs.get(`heads/${branch}`);
  if (!head) return apiError(404, `Branch ${branch} not found`);
  const files = repo.git.filesAt(head);
  const existing = files.get(path);
  const sha = str(body, 'sha');
  if (content === null && !existing) return apiError(404, 'Not Found');
  if (existing && sha === undefined)
    return validationFailed(
      'Commit',
      'sha',
      'missing_field',
      'Invalid request.\n\n"sha" wasn\'t supplied.',
    );
  if (existing && sha !== existing.sha) return apiError(409, `${path} does not match ${sha ?? ''}`);
  if (content === null) files.delete(path);
  else files.set(path, { sha: repo.git.putBlob(content), mode: existing?.mode ?? '100644' });
  const person = (key: string): { name: string; email: string } | undefined => {
    const v = body[key];
    return typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string'
      ? (v as { name: string; email: string })
      : undefined;
  };
  const at = s.now();
  const author = person('author') ?? s.person(ctx.caller.user);
  const committer = person('committer');
  const commit = repo.git.putCommit({
    tree: repo.git.writeFlat(files),
    parents: [head],
    message,
    author: { ...author, date: at },
    committer: { ...(committer ?? WEB_FLOW), date: at },
    verified: committer === undefined,
  });
  const refused = moveRef(s, repo, `heads/${branch}`, commit.sha, ctx.caller, { ruleStatus: 409 });
  if (refused) return apiError(refused.status, refused.message);
  const entry = content === null ? undefined : repo.git.filesAt(commit.sha).get(path);
  const commitJson = gitCommit(s, repo, commit);
  const contentJson = entry
    ? entryJson(s, repo, branch, path, 'file', entry.sha, content?.length ?? 0)
    : null;
  return json(content === null || existing ? 200 : 201, {
    content: contentJson,
    commit: commitJson,
  });
}

/** Routes for the contents API. */
export const contentRoutes: RouteDef[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/contents/{path}', ['contents', 'read'], getContent),
  repoRoute('PUT', '/repos/{owner}/{repo}/contents/{path}', ['contents', 'write'], (ctx) => {
    const content = str(ctx.body, 'content');
    if (content === undefined) return validationFailed('Commit', 'content', 'missing_field');
    return writeFile(ctx, Buffer.from(content, 'base64'));
  }),
  repoRoute('DELETE', '/repos/{owner}/{repo}/contents/{path}', ['contents', 'write'], (ctx) =>
    writeFile(ctx, null),
  ),
];
