// Leaves modules out of a bundle: each is a bundle file of its own in action/dist, which the bundle
// loads at run time from next to itself.
// - Lazy files are reached only through `await import()` (a static import is a build error; the
//   output `require`s it inside a promise, see build.mjs): a run that never reaches it never reads, parses or runs them.
// - Shared files (packages) may be imported statically (the output `require`s them): every bundle
//   of a process then uses the same copy, which matters for module state (@actions/core's job
//   summary buffer).
// - Lazy-sync files are imported statically by synchronous code (the YAML fallback parser): the
//   bundle gets a stand-in module whose functions `require` the file on their first call. Each
//   such file lists the functions it exports; the stand-in has exactly those.
// Code that two files both contain is duplicated, so no `instanceof` may cross from a lazy file to
// its loader (core/errors.ts isUsageError).
import { resolve } from 'node:path';

/**
 * @param {{ lazy?: Record<string, string>, lazySync?: Record<string, { entry: string, exports: string[] }>, shared?: Record<string, string> }} files
 *   lazy: bundle file name → source module; lazySync: bundle file name → source module and the
 *   functions it exports; shared: package name → bundle file name
 */
export function splitPlugin({ lazy = {}, lazySync = {}, shared = {} }) {
  const lazyByPath = new Map(Object.entries(lazy).map(([name, src]) => [resolve(src), name]));
  const syncByPath = new Map(Object.entries(lazySync).map(([name, f]) => [resolve(f.entry), { name, ...f }]));
  return {
    name: 'breakglass-split',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        const source = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        const sync = syncByPath.get(source);
        if (sync !== undefined) return { path: sync.name, namespace: 'breakglass-lazy-sync' };
        const name = lazyByPath.get(source);
        if (name === undefined) return undefined;
        if (args.kind !== 'dynamic-import') {
          const text = `${args.path} must be loaded with await import() (it is the separate bundle file ${name}.cjs)`;
          return { errors: [{ text }] };
        }
        return { path: `./${name}.cjs`, external: true };
      });
      b.onLoad({ filter: /.*/, namespace: 'breakglass-lazy-sync' }, (args) => {
        const { exports } = lazySync[args.path];
        const load = `let loaded;\nconst load = () => (loaded ??= require('./${args.path}.cjs'));\n`;
        const fns = exports.map((f) => `export function ${f}(...args) {\n  return load().${f}(...args);\n}\n`);
        return { contents: load + fns.join(''), loader: 'js' };
      });
      b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/ }, (args) =>
        args.namespace === 'breakglass-lazy-sync' ? { path: args.path, external: true } : undefined,
      );
      for (const [pkg, name] of Object.entries(shared)) {
        const filter = new RegExp(`^${pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
        b.onResolve({ filter }, () => ({ path: `./${name}.cjs`, external: true }));
      }
    },
  };
}
