/**
 * Reading the access repository's files. Behind an interface because a PR run reads policies at
 * the base SHA and the grant at the head SHA through the API (as data), while the CLI reads the
 * working tree.
 */
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface RepoFiles {
  /** Paths (repo-relative, forward slashes) of regular files directly in `dir` ending in `.yaml`/`.yml`. */
  list(dir: string): Promise<string[]>;
  read(path: string): Promise<Uint8Array>;
}

/**
 * The working tree of a checkout. Symlinks are not followed: a linked grant or policy is ignored.
 * The calls are synchronous behind the async port: the files are small and local, and a validate
 * run then never starts libuv's thread pool (about 4 ms of a 30 ms cold start, issue #8).
 */
export function localRepo(root: string): RepoFiles {
  return {
    async list(dir) {
      let names: string[];
      try {
        names = readdirSync(join(root, dir));
      } catch {
        return [];
      }
      const out: string[] = [];
      for (const n of names.sort()) {
        if (!/\.ya?ml$/.test(n)) continue;
        const st = lstatSync(join(root, dir, n));
        if (st.isFile()) out.push(`${dir}/${n}`);
      }
      return out;
    },
    async read(path) {
      return readFileSync(join(root, path));
    },
  };
}
