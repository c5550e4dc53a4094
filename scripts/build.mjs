#!/usr/bin/env node
// Bundles the ESM TypeScript sources into CommonJS files under action/dist/ (committed), after
// generating the precompiled schema validators (scripts/schema-validators.mjs). Type-checking is
// `npm run typecheck`.
//
// Cold start (issue #8): a run parses only the code its command needs. In the table below, `lazy`
// names the files a bundle loads with `await import()` instead of containing them, and `shared`
// bundles require actions-core.cjs instead of containing @actions/core (scripts/build-split.mjs);
// every bundle gets a trimmed @actions/core (scripts/build-trim.mjs). The files:
//   index.cjs         the action (action.yml `main`): reads the inputs and runs `validate`;
//   run-github.cjs    the action's other commands: Octokit, the decision and reconcile code;
//   actions-core.cjs  @actions/core, shared by the two so a run has one job summary;
//   yaml-full.cjs     the hardened YAML reader with the `yaml` package, for files outside the plain
//                     subset (`lazySync`: required on the first call, see build-split.mjs);
//   cli.cjs           `npx breakglass` (package.json `bin`): every command but the demo, each
//                     evaluated only when it runs;
//   demo.cjs          `breakglass demo`: the sandbox's loopback fakes. Self-contained: the sandbox
//                     hands its own SDK clients to the providers, so they must be one copy;
//   aws.cjs, gcp.cjs  the cloud providers with the AWS SDK and google-auth-library, loaded when a
//                     cloud call is about to happen (cli/clouds-from-env.ts).
// A validate run of the action reads index.cjs and actions-core.cjs only.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { splitPlugin } from './build-split.mjs';
import { trimActionsCore } from './build-trim.mjs';
import { writeSchemaValidators } from './schema-validators.mjs';

const files = {
  index: { entry: 'action/src/index.ts', lazy: ['run-github'], lazySync: ['yaml-full'], shared: true },
  'run-github': {
    entry: 'action/src/action/run-github.ts',
    lazy: ['aws', 'gcp'],
    lazySync: ['yaml-full'],
    shared: true,
  },
  'actions-core': { package: '@actions/core' },
  'yaml-full': { entry: 'action/src/yaml/read-yaml-full.ts', exports: ['readFullYaml'] },
  cli: { entry: 'action/src/cli.ts', lazy: ['demo', 'aws', 'gcp'], lazySync: ['yaml-full'] },
  demo: { entry: 'action/src/cli/demo-cmd.ts' },
  aws: { entry: 'action/src/cloud/aws/provider.ts' },
  gcp: { entry: 'action/src/cloud/gcp/provider.ts' },
};
const shared = { '@actions/core': 'actions-core' };

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  // `await import('./aws.cjs')` becomes `Promise.resolve().then(() => require('./aws.cjs'))`. A real
  // import() of a CommonJS file goes through the ESM loader, which first scans the whole file for its
  // export names (cjs-module-lexer): about 100 ms of an apply run for the two cloud files (issue #8).
  supported: { 'dynamic-import': false },
  // The fakes' CEL evaluator and the IAM simulator are test/demo tools; the action bundle never needs them.
  external: ['@cloud-copilot/iam-simulate'],
};

await writeSchemaValidators();
mkdirSync('action/dist', { recursive: true });
for (const f of readdirSync('action/dist'))
  rmSync(`action/dist/${f}`, { recursive: true, force: true });
for (const [name, file] of Object.entries(files)) {
  const lazy = Object.fromEntries((file.lazy ?? []).map((n) => [n, files[n].entry]));
  const lazySync = Object.fromEntries((file.lazySync ?? []).map((n) => [n, files[n]]));
  await build({
    ...common,
    ...(file.package
      ? { stdin: { contents: `export * from '${file.package}';`, resolveDir: process.cwd() } }
      : { entryPoints: [file.entry] }),
    outfile: `action/dist/${name}.cjs`,
    plugins: [trimActionsCore, splitPlugin({ lazy, lazySync, shared: file.shared ? shared : {} })],
  });
}
