// Leaves modules out of a bundle: each is a bundle file of its own in action/dist, which the bundle
// loads at run time from next to itself.
// - Lazy files are reached only through `await import()` (a static import is a build error; the
//   output `require`s it inside a promise, see build.mjs): a run that never reaches it never reads, parses or runs them.
// - Shared files (packages) may be imported statically (the output `require`s them): every bundle
//   of a process then uses the same copy, which matters for module state (@actions/core's job
//   summary buffer).
// Code that two files both contain is duplicated, so no `instanceof` may cross from a lazy file to
// its loader (core/errors.ts isUsageError).
import { resolve } from 'node:path';

/**
 * @param {{ lazy?: Record<string, string>, shared?: Record<string, string> }} files
 *   lazy: bundle file name → source module; shared: package name → bundle file name
 */
export function splitPlugin({ lazy = {}, shared = {} }) {
  const lazyByPath = new Map(Object.entries(lazy).map(([name, src]) => [resolve(src), name]));
  return {
    name: 'breakglass-split',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        const name = lazyByPath.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
        if (name === undefined) return undefined;
        if (args.kind !== 'dynamic-import') {
          const text = `${args.path} must be loaded with await import() (it is the separate bundle file ${name}.cjs)`;
          return { errors: [{ text }] };
        }
        return { path: `./${name}.cjs`, external: true };
      });
      for (const [pkg, name] of Object.entries(shared)) {
        const filter = new RegExp(`^${pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
        b.onResolve({ filter }, () => ({ path: `./${name}.cjs`, external: true }));
      }
    },
  };
}
