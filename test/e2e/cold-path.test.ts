/**
 * Cold start (issue #8): a validate run of the committed bundles reads only the files it needs.
 * index.cjs leaves the other commands (run-github.cjs), the clouds (aws.cjs, gcp.cjs) and the
 * parts of @actions/core it never uses out (scripts/build.mjs, scripts/build-trim.mjs); cli.cjs
 * leaves the demo out. Whatever file or built-in a run loaded is reported by a preloaded probe.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { REPO_ROOT } from '../support/builders.js';

const DIST = join(REPO_ROOT, 'action', 'dist');
/** Built-ins only the heavy paths need: HTTP clients, git, hashing (`net` is not here: piped stdio loads it). */
const HEAVY_BUILTINS = ['child_process', 'crypto', 'http', 'https', 'tls'];

const ws = mkdtempSync(join(tmpdir(), 'breakglass-cold-path-'));
cpSync(join(REPO_ROOT, 'policies'), join(ws, 'policies'), { recursive: true });
mkdirSync(join(ws, 'grants'));
writeFileSync(join(ws, 'grants', 'inc-1-alice.yaml'), 'requester: alice\nbundle: prod-readonly\nduration: 2h\nreason: "Read checkout-service logs to find the cause"\nincident: INC-1\n');
const probe = join(ws, 'probe.cjs');
const report = join(ws, 'loaded.json');
writeFileSync(
  probe,
  `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ files: Object.keys(require.cache), builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)) })));\n`,
);

function loaded(args: string[], env: Record<string, string>): { files: string[]; builtins: string[] } {
  const r = spawnSync(process.execPath, ['--require', probe, ...args], { cwd: ws, env: { PATH: process.env.PATH ?? '', HOME: ws, ...env }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(readFileSync(report, 'utf8')) as { files: string[]; builtins: string[] };
  return { files: out.files.filter((f) => f !== probe).map((f) => basename(f)).sort(), builtins: out.builtins };
}

describe('cold start: what a validate run loads', () => {
  after(() => rmSync(ws, { recursive: true, force: true }));

  it('the action (index.cjs) reads index.cjs and actions-core.cjs only, and no network or process built-ins', () => {
    const summary = join(ws, 'summary.md');
    writeFileSync(summary, '');
    const env = { INPUT_COMMAND: 'validate', 'INPUT_GITHUB-TOKEN': 'unused', 'INPUT_DRY-RUN': 'false', GITHUB_REPOSITORY: 'acme/access', GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summary };
    const r = loaded([join(DIST, 'index.cjs')], env);
    assert.deepEqual(r.files, ['actions-core.cjs', 'index.cjs']);
    assert.deepEqual(HEAVY_BUILTINS.filter((m) => r.builtins.includes(m)), []);
    assert.match(readFileSync(summary, 'utf8'), /valid: 5 policy file\(s\), 1 grant file\(s\)/);
  });

  it('the CLI (cli.cjs validate) reads cli.cjs only', () => {
    const r = loaded([join(DIST, 'cli.cjs'), 'validate'], {});
    assert.deepEqual(r.files, ['cli.cjs']);
    assert.deepEqual(HEAVY_BUILTINS.filter((m) => r.builtins.includes(m)), []);
  });
});
