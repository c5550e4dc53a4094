#!/usr/bin/env node
// Cuts GitHub's published OpenAPI description down to the operations FakeGitHub serves, plus every
// #/components/... entry they reference (transitively), and writes test/fixtures/github-openapi-subset.json.
// The full description (@octokit/openapi, 385 MB unpacked) is not a dependency: install it only to
// regenerate the subset, without saving, e.g.
//   npm i --no-save @octokit/openapi@23.0.2 && node scripts/extract-github-openapi.mjs
// or point at a copy installed elsewhere:
//   node scripts/extract-github-openapi.mjs /tmp/x/node_modules/@octokit/openapi/generated/api.github.com.json
// Run it again whenever a route is added to action/src/sandbox/github (test/github/fake-openapi.test.ts
// fails on any served operation missing from the subset).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'test/fixtures/github-openapi-subset.json');
// Served by the fake but not part of the REST description.
const NOT_REST = new Set(['POST /graphql']);
// Annotation keywords ajv does not need; dropping them keeps the subset small.
const ANNOTATIONS = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'externalDocs',
  'title',
]);

function specPath() {
  const arg = process.argv[2] ?? process.env.OCTOKIT_OPENAPI_JSON;
  if (arg) return arg;
  try {
    return createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  } catch {
    console.error('extract-github-openapi: @octokit/openapi is not installed.');
    console.error(
      'Run: npm i --no-save @octokit/openapi@23.0.2   (or pass the api.github.com.json path)',
    );
    process.exit(2);
  }
}

/** Copies a spec node without annotations and x- extensions; property-name maps keep every key. */
function strip(node, keyIsName = false) {
  if (Array.isArray(node)) return node.map((x) => strip(x));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (!keyIsName && (ANNOTATIONS.has(k) || k.startsWith('x-'))) continue;
    out[k] = strip(
      v,
      !keyIsName &&
        (k === 'properties' ||
          k === 'patternProperties' ||
          k === 'schemas' ||
          k === 'responses' ||
          k === 'parameters' ||
          k === 'content' ||
          k === 'headers' ||
          k === 'mapping'),
    );
  }
  return out;
}

function collectRefs(node, out) {
  if (Array.isArray(node)) node.forEach((x) => collectRefs(x, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else collectRefs(v, out);
    }
  }
}

const { FakeGitHub } = await tsImport('../action/src/sandbox/github/index.ts', import.meta.url);
const file = specPath();
const spec = JSON.parse(readFileSync(file, 'utf8'));
let source = 'unknown';
try {
  source = `@octokit/openapi@${JSON.parse(readFileSync(join(dirname(file), '..', 'package.json'), 'utf8')).version}`;
} catch {
  // A copy outside its package keeps the "unknown" source label.
}

const paths = {};
const missing = [];
for (const op of FakeGitHub.operations) {
  if (NOT_REST.has(op)) continue;
  const [method, path] = op.split(' ');
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation) {
    missing.push(op);
    continue;
  }
  paths[path] ??= {};
  paths[path][method.toLowerCase()] = strip({
    operationId: operation.operationId,
    parameters: operation.parameters,
    requestBody: operation.requestBody,
    responses: operation.responses,
  });
}
if (missing.length > 0) {
  console.error(`extract-github-openapi: not in the description: ${missing.join(', ')}`);
  process.exit(1);
}

const components = {};
const queue = [];
collectRefs(paths, queue);
const seen = new Set();
while (queue.length > 0) {
  const ref = queue.shift();
  if (seen.has(ref)) continue;
  seen.add(ref);
  const m = /^#\/components\/([^/]+)\/(.+)$/.exec(ref);
  if (!m) throw new Error(`unexpected $ref ${ref}`);
  const [, kind, name] = m;
  const target = spec.components?.[kind]?.[name];
  if (target === undefined) throw new Error(`dangling $ref ${ref}`);
  const copy = strip(target);
  components[kind] ??= {};
  components[kind][name] = copy;
  collectRefs(copy, queue);
}
for (const kind of Object.keys(components)) {
  components[kind] = Object.fromEntries(
    Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)),
  );
}

const subset = {
  openapi: spec.openapi,
  info: {
    title: 'GitHub REST API subset served by FakeGitHub',
    version: spec.info?.version ?? 'unknown',
    'x-source': source,
  },
  paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
  components,
};
// Formatted like the rest of the repository so `npm run format:check` stays green.
const options = (await prettier.resolveConfig(OUT)) ?? {};
const text = await prettier.format(JSON.stringify(subset), { ...options, filepath: OUT });
writeFileSync(OUT, text);
const ops = Object.values(paths).reduce((n, p) => n + Object.keys(p).length, 0);
const schemas = Object.keys(components.schemas ?? {}).length;
console.log(
  `wrote ${OUT}: ${ops} operations, ${schemas} schemas, ${(text.length / 1024).toFixed(0)} KiB (from ${source})`,
);
