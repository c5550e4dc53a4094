/**
 * Files as git stores them in one commit, read through GraphQL's `Commit.file(path:)`: the tree
 * entry's mode (a symlink or submodule must be refused, and the PR files API has no modes) and the
 * blob's bytes. GraphQL gives the blob as UTF-8 `text`, which is lossy for bytes that are not UTF-8
 * and cut at 512,000 bytes, so the text is taken only when its bytes hash to the blob's git object id;
 * otherwise the exact bytes come from GET git/blobs/{oid}, checked against the same id.
 * Reads of one commit made in the same tick go out as one query.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './ops.js';

/** A tree entry as GraphQL shows it: `mode` is an Int (0o100644 = 33188). */
export interface GqlTreeEntry {
  mode: number;
  type: string;
  oid: string;
  object: { byteSize?: number; isBinary?: boolean | null; isTruncated?: boolean; text?: string | null } | null;
}

/** The selection that reads a tree entry and, for a blob, its text. */
export const TREE_ENTRY = 'mode type oid object { ... on Blob { byteSize isBinary isTruncated text } }';

/** The id git gives a blob with these bytes. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The blob's bytes from its GraphQL text, only when they are provably the blob (same git id). */
export function exactText(e: GqlTreeEntry): Uint8Array | undefined {
  const b = e.object;
  if (!b || b.isBinary !== false || b.isTruncated !== false || typeof b.text !== 'string') return undefined;
  const bytes = new Uint8Array(Buffer.from(b.text, 'utf8'));
  return bytes.length === b.byteSize && gitBlobId(bytes) === e.oid ? bytes : undefined;
}

/** Git's mode string for GraphQL's Int (`100644`, `100755`, `120000`, `160000`, `040000`). */
export const modeString = (mode: number): string => mode.toString(8).padStart(6, '0');

/** A regular file git can give bytes for (what a grant must be). */
export const isRegularFile = (e: GqlTreeEntry): boolean => e.type === 'blob' && (modeString(e.mode) === '100644' || modeString(e.mode) === '100755');

export type TreeFile = { mode: string; content?: Uint8Array } | undefined;

interface Pending {
  paths: Map<string, { resolve: (f: TreeFile) => void; reject: (e: unknown) => void }[]>;
}

export function fileOps(o: GitHubClient, repo: RepoRef) {
  const r = { owner: repo.owner, repo: repo.repo };
  const pending = new Map<string, Pending>();

  /** The exact bytes of a blob through the git-data API, checked against its id. */
  const readBlob = async (oid: string): Promise<Uint8Array> => {
    const { data } = await o.rest.git.getBlob({ ...r, file_sha: oid });
    const bytes = new Uint8Array(data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8'));
    if (gitBlobId(bytes) !== oid) throw new Error(`blob ${oid.slice(0, 7)} came back with other bytes; refusing to read it`);
    return bytes;
  };

  const settle = async (e: GqlTreeEntry | null): Promise<TreeFile> => {
    if (!e) return undefined;
    const mode = modeString(e.mode);
    if (!isRegularFile(e)) return { mode };
    return { mode, content: exactText(e) ?? (await readBlob(e.oid)) };
  };

  const flush = async (sha: string, p: Pending): Promise<void> => {
    const paths = [...p.paths.keys()];
    const fail = (e: unknown) => paths.forEach((path) => p.paths.get(path)!.forEach((w) => w.reject(e)));
    try {
      const defs = paths.map((_, i) => `$p${i}: String!`).join(', ');
      const files = paths.map((_, i) => `f${i}: file(path: $p${i}) { ${TREE_ENTRY} }`).join(' ');
      const query = `query($owner: String!, $name: String!, $oid: GitObjectID!, ${defs}) { repository(owner: $owner, name: $name) { object(oid: $oid) { __typename ... on Commit { ${files} } } } }`;
      const vars = Object.fromEntries(paths.map((path, i) => [`p${i}`, path]));
      const data = await o.graphql<{ repository: { object: ({ __typename: string } & Record<string, GqlTreeEntry | null | string>) | null } | null }>(query, { owner: r.owner, name: r.repo, oid: sha, ...vars });
      const commit = data.repository?.object;
      if (commit?.__typename !== 'Commit') throw new Error(`commit ${sha.slice(0, 7)} cannot be read from GitHub`);
      await Promise.all(
        paths.map(async (path, i) => {
          const waiting = p.paths.get(path)!;
          try {
            const f = await settle((commit[`f${i}`] as GqlTreeEntry | null | undefined) ?? null);
            waiting.forEach((w) => w.resolve(f));
          } catch (e) {
            waiting.forEach((w) => w.reject(e));
          }
        }),
      );
    } catch (e) {
      fail(e);
    }
  };

  return {
    readTreeFile(sha: string, path: string): Promise<TreeFile> {
      return new Promise<TreeFile>((resolve, reject) => {
        let p = pending.get(sha);
        if (!p) {
          const fresh: Pending = { paths: new Map() };
          pending.set(sha, fresh);
          p = fresh;
          queueMicrotask(() => {
            pending.delete(sha);
            void flush(sha, fresh);
          });
        }
        const list = p.paths.get(path) ?? [];
        list.push({ resolve, reject });
        p.paths.set(path, list);
      });
    },
  };
}
