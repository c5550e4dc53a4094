/**
 * Git objects in GraphQL: a Commit with `file(path:)`, the TreeEntry it answers (mode as an Int,
 * `type`, `oid`, `object`) and Blobs as GitHub shows them: `text` is UTF-8 decoded (invalid bytes
 * replaced, so it can differ from the bytes), null for binary blobs, and cut at 512,000 bytes with
 * `isTruncated`.
 */
import type { FileMode, FlatEntry } from './git-objects.js';
import { need, type Args, type Node } from './graphql-nodes.js';
import type { RepoState } from './model.js';
import { nodeId } from './render.js';
import type { Ctx } from './route.js';

/** Blob.text stops here (GitHub truncates at 512,000 bytes and sets isTruncated). */
export const BLOB_TEXT_LIMIT = 512_000;

const gid = (kind: string, sha: string): string => nodeId(kind, parseInt(sha.slice(0, 8), 16));

/** A blob; binary as git decides it (a NUL byte in the first 8,000 bytes). */
export function blobNode(repo: RepoState, sha: string): Node {
  const buf = repo.git.blobs.get(sha) ?? Buffer.alloc(0);
  const isBinary = buf.subarray(0, 8000).includes(0);
  return {
    __typename: 'Blob',
    id: gid('B', sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    byteSize: buf.length,
    isBinary,
    isTruncated: buf.length > BLOB_TEXT_LIMIT,
    text: isBinary ? null : buf.subarray(0, BLOB_TEXT_LIMIT).toString('utf8'),
  };
}

function treeEntry(
  repo: RepoState,
  path: string,
  e: FlatEntry | { sha: string; mode: '040000' },
): Node {
  const mode: FileMode | '040000' = e.mode;
  const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
  return {
    __typename: 'TreeEntry',
    name: path.split('/').at(-1),
    path,
    mode: parseInt(mode, 8),
    type,
    oid: e.sha,
    // A submodule's commit lives in another repository: GitHub cannot resolve it here.
    object:
      type === 'blob'
        ? blobNode(repo, e.sha)
        : type === 'tree'
          ? { __typename: 'Tree', id: gid('T', e.sha), oid: e.sha }
          : null,
  };
}

/** The tree entry at `path` in a commit, or null when there is none. */
function fileAt(repo: RepoState, commitSha: string, path: string): Node | null {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const files = repo.git.filesAt(commitSha);
  const file = files.get(clean);
  if (file) return treeEntry(repo, clean, file);
  let tree = repo.git.commits.get(commitSha)?.tree;
  for (const seg of clean.split('/')) {
    tree = repo.git.trees.get(tree ?? '')?.find((t) => t.name === seg && t.type === 'tree')?.sha;
    if (!tree) return null;
  }
  return clean === '' || !tree ? null : treeEntry(repo, clean, { sha: tree, mode: '040000' });
}

/** A commit; reading files needs the contents permission. */
export function commitNode(ctx: Ctx, repo: RepoState, sha: string): Node {
  return {
    __typename: 'Commit',
    id: gid('C', sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    file: (a: Args): Node | null => {
      need(ctx, repo, 'contents', 'read');
      return fileAt(repo, sha, String(a.path ?? ''));
    },
  };
}

/** Repository.object(oid:|expression:): a commit or blob by its id, a commit by a ref name; null when unknown. */
export function objectNode(ctx: Ctx, repo: RepoState, a: Args): Node | null {
  need(ctx, repo, 'contents', 'read');
  const ref =
    typeof a.oid === 'string' ? a.oid : typeof a.expression === 'string' ? a.expression : '';
  if (repo.git.commits.has(ref)) return commitNode(ctx, repo, ref);
  if (repo.git.blobs.has(ref)) return blobNode(repo, ref);
  const viaRef = repo.refs.get(`heads/${ref}`) ?? repo.refs.get(ref.replace(/^refs\//, ''));
  return viaRef ? commitNode(ctx, repo, viaRef) : null;
}
