#!/usr/bin/env node
// Bundles the ESM TypeScript sources into CommonJS files under action/dist/ (committed).
// The action runs dist/index.cjs; `npx breakglass` runs dist/cli.cjs. Type-checking is `npm run typecheck`.
//
// The action's cloud providers (and with them the AWS SDK and google-auth-library, half of the code)
// are separate files, dist/aws.cjs and dist/gcp.cjs, which index.cjs requires only when a cloud call
// is about to happen (the `await import()` in cli/clouds-from-env.ts): a check-pr or validate run
// never parses them. The CLI keeps one file (its sandbox imports the SDKs directly).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const entries = { index: 'action/src/index.ts', cli: 'action/src/cli.ts' };
/** Modules bundled on their own for the action, by the file index.cjs loads them from. */
const split = { aws: 'action/src/cloud/aws/provider.ts', gcp: 'action/src/cloud/gcp/provider.ts' };

/** In index.cjs, `import('…/cloud/aws/provider.js')` becomes `require('./aws.cjs')`, resolved next to index.cjs. */
const splitPlugin = {
  name: 'breakglass-split-clouds',
  setup(b) {
    const byPath = new Map(
      Object.entries(split).map(([name, src]) => [resolve(src), `./${name}.cjs`]),
    );
    b.onResolve({ filter: /\/cloud\/(aws|gcp)\/provider\.js$/ }, (args) => {
      const target = byPath.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      if (!target) return undefined;
      if (args.kind !== 'dynamic-import')
        return {
          errors: [
            {
              text: `${args.path} must be loaded with await import() (it is a separate bundle file)`,
            },
          ],
        };
      return { path: target, external: true };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  // The fakes' CEL evaluator and the IAM simulator are test/demo tools; the action bundle never needs them.
  external: ['@cloud-copilot/iam-simulate'],
};

mkdirSync('action/dist', { recursive: true });
for (const f of readdirSync('action/dist'))
  rmSync(`action/dist/${f}`, { recursive: true, force: true });
for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  await build({
    ...common,
    entryPoints: [entry],
    outfile: `action/dist/${name}.cjs`,
    plugins: name === 'index' ? [splitPlugin] : [],
  });
}
for (const [name, entry] of Object.entries(split)) {
  await build({ ...common, entryPoints: [entry], outfile: `action/dist/${name}.cjs` });
}
