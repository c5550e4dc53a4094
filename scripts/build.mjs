#!/usr/bin/env node
// Bundles the ESM TypeScript sources into one CommonJS file per entry under action/dist/ (committed).
// The action runs dist/index.cjs; `npx breakglass` runs dist/cli.cjs. Type-checking is `npm run typecheck`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const entries = { index: 'action/src/index.ts', cli: 'action/src/cli.ts' };
mkdirSync('action/dist', { recursive: true });
for (const f of readdirSync('action/dist')) rmSync(`action/dist/${f}`, { recursive: true, force: true });
for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  await build({
    entryPoints: [entry],
    outfile: `action/dist/${name}.cjs`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
    // The fakes' CEL evaluator and the IAM simulator are test/demo tools; the action bundle never needs them.
    external: name === 'index' ? ['@cloud-copilot/iam-simulate'] : ['@cloud-copilot/iam-simulate'],
  });
}
