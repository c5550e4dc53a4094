/**
 * The git data API: references (fast-forward and rule checks), commits (verified when GitHub
 * creates them), trees (base_tree, inline content, sha null deletes) and blobs.
 */
import { json, type FakeResponse } from '../http-fake.js';
import type { FileMode, FlatTree } from './git-objects.js';
import type { RepoState } from './model.js';
import { deleteRef, moveRef } from './refs.js';
import { apiError, nodeId, validationFailed } from './render.js';
import { gitCommit, resolveCommit } from './render-git.js';
import { bool, repoRoute, str, strings, type RepoCtx, type RouteDef } from './route.js';
import { WEB_FLOW, type GitHubState } from './state.js';

function refJson(
  s: GitHubState,
  repo: RepoState,
  name: string,
  sha: string,
): Record<string, unknown> {
  const api = `${s.api}/repos/${repo.fullName}`;
  return {
    ref: `refs/${name}`,
    node_id: nodeId('REF', Math.abs(hash(`${repo.id}:${name}`))),
    url: `${api}/git/refs/${name}`,
    object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
  };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

function treeEntries(
  s: GitHubState,
  repo: RepoState,
  sha: string,
  recursive: boolean,
  prefix = '',
): Record<string, unknown>[] {
  const api = `${s.api}/repos/${repo.fullName}`;
  const out: Record<string, unknown>[] = [];
  for (const e of repo.git.trees.get(sha) ?? []) {
    const path = prefix + e.name;
    const item: Record<string, unknown> = { path, mode: e.mode, type: e.type, sha: e.sha };
    if (e.type === 'blob') {
      item.size = repo.git.blobs.get(e.sha)?.length ?? 0;
      item.url = `${api}/git/blobs/${e.sha}`;
    } else if (e.type === 'tree') item.url = `${api}/git/trees/${e.sha}`;
    out.push(item);
    if (recursive && e.type === 'tree') out.push(...treeEntries(s, repo, e.sha, true, `${path}/`));
  }
  return out;
}

function treeJson(
  s: GitHubState,
  repo: RepoState,
  sha: string,
  recursive: boolean,
): Record<string, unknown> {
  return {
    sha,
    url: `${s.api}/repos/${repo.fullName}/git/trees/${sha}`,
    tree: treeEntries(s, repo, sha, recursive),
    truncated: false,
  };
}

function createTree(ctx: RepoCtx): FakeResponse {
  const { repo } = ctx;
  const baseTree = str(ctx.body, 'base_tree');
  if (baseTree !== undefined && !repo.git.trees.has(baseTree))
    return validationFailed('Tree', 'base_tree', 'invalid');
  const files: FlatTree = baseTree ? repo.git.flatten(baseTree) : new Map();
  const entries = Array.isArray(ctx.body.tree) ? (ctx.body.tree as Record<string, unknown>[]) : [];
  const dropUnder = (path: string): void => {
    for (const p of [...files.keys()]) if (p === path || p.startsWith(`${path}/`)) files.delete(p);
  };
  for (const e of entries) {
    const path = typeof e.path === 'string' ? e.path.replace(/^\/+/, '') : '';
    const mode = typeof e.mode === 'string' ? e.mode : '100644';
    if (
      path === '' ||
      path.split('/').some((seg) => seg === '' || seg === '.' || seg === '..' || seg === '.git')
    ) {
      return validationFailed('Tree', 'path', 'invalid', `tree.path ${String(e.path)} is invalid`);
    }
    if ('sha' in e && e.sha === null) {
      dropUnder(path);
      continue;
    }
    if (mode === '040000') {
      const sub = typeof e.sha === 'string' ? e.sha : '';
      if (!repo.git.trees.has(sub))
        return validationFailed('Tree', 'sha', 'invalid', `tree.sha ${sub} is not a valid tree`);
      dropUnder(path);
      for (const [p, f] of repo.git.flatten(sub)) files.set(`${path}/${p}`, f);
      continue;
    }
    let sha: string;
    if (typeof e.content === 'string') sha = repo.git.putBlob(e.content);
    else if (typeof e.sha === 'string' && (repo.git.blobs.has(e.sha) || mode === '160000'))
      sha = e.sha;
    else
      return validationFailed(
        'Tree',
        'sha',
        'invalid',
        `tree.sha ${String(e.sha)} is not a valid blob`,
      );
    files.set(path, { sha, mode: mode as FileMode });
  }
  const sha = repo.git.writeFlat(files);
  return json(201, treeJson(ctx.s, repo, sha, false));
}

function createCommit(ctx: RepoCtx): FakeResponse {
  const { s, repo, body } = ctx;
  const message = str(body, 'message');
  const tree = str(body, 'tree');
  if (message === undefined) return validationFailed('Commit', 'message', 'missing_field');
  if (!tree || !repo.git.trees.has(tree))
    return validationFailed('Commit', 'tree', 'invalid', 'Tree SHA does not exist');
  const parents = strings(body, 'parents');
  if (parents.some((p) => !repo.git.commits.has(p))) {
    return validationFailed(
      'Commit',
      'parents',
      'invalid',
      'Parent SHA does not exist or is not a commit object',
    );
  }
  const at = s.now();
  const person = (key: string): { name: string; email: string; date: string } | undefined => {
    const v = body[key] as { name?: unknown; email?: unknown; date?: unknown } | undefined;
    if (
      typeof v !== 'object' ||
      v === null ||
      typeof v.name !== 'string' ||
      typeof v.email !== 'string'
    )
      return undefined;
    return {
      name: v.name,
      email: v.email,
      date:
        typeof v.date === 'string' ? new Date(v.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : at,
    };
  };
  const author = person('author') ?? { ...s.person(ctx.caller.user), date: at };
  const committer = person('committer');
  // GitHub signs the commits it creates itself; a caller-supplied committer or signature is not GitHub's.
  const verified = committer === undefined && str(body, 'signature') === undefined;
  const commit = repo.git.putCommit({
    tree,
    parents,
    message,
    author,
    committer: committer ?? { ...WEB_FLOW, date: at },
    verified,
  });
  return json(201, gitCommit(s, repo, commit));
}

/** Routes for refs, git commits, trees and blobs. */
export const gitRoutes: RouteDef[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/git/ref/{ref}', ['contents', 'read'], (ctx) => {
    const name = (ctx.params.ref ?? '').replace(/^refs\//, '');
    const sha = ctx.repo.refs.get(name);
    return sha ? json(200, refJson(ctx.s, ctx.repo, name, sha)) : apiError(404, 'Not Found');
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/git/refs', ['contents', 'write'], (ctx) => {
    const ref = str(ctx.body, 'ref') ?? '';
    const sha = str(ctx.body, 'sha') ?? '';
    if (!/^refs\/[^/]+\/.+/.test(ref))
      return validationFailed('Reference', 'ref', 'invalid', 'Reference name is invalid');
    const name = ref.slice('refs/'.length);
    if (ctx.repo.refs.has(name))
      return validationFailed('Reference', 'ref', 'already_exists', 'Reference already exists');
    const refused = moveRef(ctx.s, ctx.repo, name, sha, ctx.caller);
    return refused
      ? apiError(refused.status, refused.message)
      : json(201, refJson(ctx.s, ctx.repo, name, sha));
  }),
  repoRoute('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', ['contents', 'write'], (ctx) => {
    const name = (ctx.params.ref ?? '').replace(/^refs\//, '');
    if (!ctx.repo.refs.has(name)) return apiError(422, 'Reference does not exist');
    const sha = str(ctx.body, 'sha') ?? '';
    const refused = moveRef(ctx.s, ctx.repo, name, sha, ctx.caller, {
      force: bool(ctx.body, 'force') ?? false,
    });
    return refused
      ? apiError(refused.status, refused.message)
      : json(200, refJson(ctx.s, ctx.repo, name, sha));
  }),
  repoRoute('DELETE', '/repos/{owner}/{repo}/git/refs/{ref}', ['contents', 'write'], (ctx) => {
    const refused = deleteRef(ctx.s, ctx.repo, ctx.params.ref ?? '', ctx.caller);
    return refused ? apiError(refused.status, refused.message) : { status: 204 };
  }),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/git/commits/{commit_sha}',
    ['contents', 'read'],
    (ctx) => {
      const c = ctx.repo.git.commits.get(ctx.params.commit_sha ?? '');
      return c ? json(200, gitCommit(ctx.s, ctx.repo, c)) : apiError(404, 'Not Found');
    },
  ),
  repoRoute('POST', '/repos/{owner}/{repo}/git/commits', ['contents', 'write'], createCommit),
  repoRoute('POST', '/repos/{owner}/{repo}/git/trees', ['contents', 'write'], createTree),
  repoRoute('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', ['contents', 'read'], (ctx) => {
    const key = ctx.params.tree_sha ?? '';
    const sha = ctx.repo.git.trees.has(key) ? key : resolveCommit(ctx.repo, key)?.tree;
    const recursive = ['1', 'true'].includes(ctx.req.query.get('recursive') ?? '');
    return sha ? json(200, treeJson(ctx.s, ctx.repo, sha, recursive)) : apiError(404, 'Not Found');
  }),
  repoRoute('POST', '/repos/{owner}/{repo}/git/blobs', ['contents', 'write'], (ctx) => {
    const content = str(ctx.body, 'content');
    if (content === undefined) return validationFailed('Blob', 'content', 'missing_field');
    const encoding = str(ctx.body, 'encoding') ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'base64')
      return validationFailed('Blob', 'encoding', 'invalid');
    const sha = ctx.repo.git.putBlob(
      Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'),
    );
    return json(201, { url: `${ctx.s.api}/repos/${ctx.repo.fullName}/git/blobs/${sha}`, sha });
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', ['contents', 'read'], (ctx) => {
    const sha = ctx.params.file_sha ?? '';
    const blob = ctx.repo.git.blobs.get(sha);
    if (!blob) return apiError(404, 'Not Found');
    const content = (blob.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');
    return json(200, {
      sha,
      node_id: nodeId('B', Math.abs(hash(sha))),
      size: blob.length,
      url: `${ctx.s.api}/repos/${ctx.repo.fullName}/git/blobs/${sha}`,
      content,
      encoding: 'base64',
    });
  }),
];
