/**
 * Runs the COMMITTED action bundle (action/dist/index.cjs) as the runner does: a child process with
 * INPUT_* (hyphens kept), GITHUB_* and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), and the
 * event payload read from GITHUB_EVENT_PATH. The loopback guard (test/support/loopback-only.ts) is
 * preloaded, so the child can only reach 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../support/builders.js';

export const BUNDLE = join(REPO_ROOT, 'action', 'dist', 'index.cjs');
const GUARD = pathToFileURL(join(REPO_ROOT, 'test', 'support', 'loopback-only.ts')).href;
/**
 * tsx loads the .ts guard and nothing else: `tsImport` registers a loader scoped to that one import.
 * (`--import tsx` would put the 4 MB bundle through tsx's hooks too: 1.5 s more per run.)
 */
const PRELOAD = `data:text/javascript,${encodeURIComponent(`import { tsImport } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; await tsImport(${JSON.stringify(GUARD)}, ${JSON.stringify(GUARD)});`)}`;
/** A child that takes longer than this is killed; the flow must stay fast (each run well under 3 s). */
const KILL_AFTER_MS = 20_000;

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export interface RunSpec {
  /** INPUT_* values by input name as in action.yml (`github-token`, `pr-number`…). */
  inputs: Record<string, string>;
  eventName: string;
  payload: unknown;
  repository: string;
  apiUrl: string;
  workspace: string;
  tmp: string;
  /** Extra environment (cloud endpoints and credentials for the apply job). */
  env?: Record<string, string>;
  /** Preload the loopback guard (default). The benchmark turns it off to time the bundle alone. */
  guard?: boolean;
}

/** Fails with a clear message when the bundle was never built. */
export function assertBundleBuilt(): void {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before the end-to-end tests (they run the committed bundle)`);
}

let seq = 0;

export async function runAction(spec: RunSpec): Promise<ActionRun> {
  assertBundleBuilt();
  const id = `${process.pid}-${++seq}`;
  const files = { event: join(spec.tmp, `event-${id}.json`), output: join(spec.tmp, `output-${id}`), summary: join(spec.tmp, `summary-${id}.md`) };
  writeFileSync(files.event, JSON.stringify(spec.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: spec.tmp,
    TZ: 'UTC',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: spec.repository,
    GITHUB_API_URL: spec.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: spec.tmp,
    METADATA_SERVER_DETECTION: 'none',
    ...spec.env,
  };
  for (const [name, value] of Object.entries(spec.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const args = spec.guard === false ? [BUNDLE] : ['--import', PRELOAD, BUNDLE];
    const child = spawn(process.execPath, args, { cwd: spec.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve({ code: c, stdout: out, stderr: err });
    });
  });
  return { code, stdout, stderr, outputs: parseOutputFile(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8'), ms: performance.now() - started };
}

/** GITHUB_OUTPUT as the runner reads it: `name<<DELIMITER` … `DELIMITER` blocks (and plain `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: ${name} has no closing delimiter`);
      out[name] = value.join('\n');
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

/** Workflow-command lines (`::name …::`) the runner would act on. */
export function commandLines(stdout: string): string[] {
  return stdout.split(/\r?\n/).filter((l) => l.startsWith('::'));
}
