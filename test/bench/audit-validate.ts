/**
 * Benchmarks 4 and 5.
 * Audit: the synthetic 10,000-grant history (test/support/synthetic-history.ts); `breakglass audit`
 * through the committed CLI bundle (a whole process, start-up included) against ONE plain
 * `git log --name-status` over the same repository, in pairs, medians. Three more figures show where
 * the floor lies: that git log with its output read through a pipe; a Node process that only reads
 * audit's own git log (the same arguments, the same transport) and parses nothing; and one that also
 * parses every commit with audit's own parser (repo/history.ts) and keeps nothing. Both are bundled
 * from the sources here, as the CLI is.
 * Validate: 1,000 grant files in a checkout of the example policies; `validate` in process (time per
 * file) and the committed CLI bundle's `validate` as a whole process.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../action/src/commands/validate.js';
import { localRepo } from '../../action/src/repo/files.js';
import { REPO_ROOT } from '../support/builders.js';
import { syntheticHistory } from '../support/synthetic-history.js';
import { median } from './cold-start.js';

export const CLI = join(REPO_ROOT, 'action', 'dist', 'cli.cjs');

/** Wall time of one run of `cmd`; its output is discarded, or read into this process with `'pipe'`. */
function timed(
  cmd: string,
  args: string[],
  cwd: string,
  okCodes: number[] = [0],
  stdout: 'ignore' | 'pipe' = 'ignore',
): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', stdout, 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, TZ: 'UTC' },
  });
  const ms = performance.now() - t;
  if (!okCodes.includes(r.status ?? -1))
    throw new Error(
      `bench: ${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`,
    );
  return ms;
}

export interface AuditBench {
  grants: number;
  commits: number;
  generateMs: number;
  runs: number;
  auditMs: number;
  gitLogMs: number;
  ratio: number;
  /** The same git log, its output read through a pipe by the bench (as a pager or a script would). */
  gitLogPipedMs: number;
  /**
   * The floor under any reader of audit's log: a Node process that runs audit's own `git log`
   * (logArgs), reads it as audit does (git-stream.ts) and discards it, with no parsing.
   */
  readLogOnlyMs: number;
  /**
   * The floor under audit's own reading: a Node process that reads audit's log and parses every
   * commit into what plan and audit receive (history.ts), keeping none of them.
   */
  parseLogOnlyMs: number;
}

/**
 * Bundles, as scripts/build.mjs bundles the CLI, a program that runs `body` in the checkout it is
 * started in (with gitStream, gitHistory, logArgs and newMarks in scope, and a counter `n`) and
 * exits 1 when it read nothing.
 */
async function floorProgram(dir: string, name: string, body: string): Promise<string> {
  const outfile = join(dir, `${name}.cjs`);
  const src = (file: string) => JSON.stringify(join(REPO_ROOT, 'action', 'src', 'repo', file));
  await build({
    stdin: {
      contents:
        `import { gitStream } from ${src('git-stream.ts')};\n` +
        `import { gitHistory } from ${src('history.ts')};\n` +
        `import { logArgs, newMarks } from ${src('log-records.ts')};\n` +
        `let n = 0;\n` +
        `${body}.then(() => { process.exitCode = n > 0 ? 0 : 1; }, (e) => { console.error(e); process.exitCode = 1; });\n`,
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    keepNames: true,
    logLevel: 'warning',
    outfile,
  });
  return outfile;
}

export async function auditBench(grants = 10_000, runs = 3): Promise<AuditBench> {
  const s = await syntheticHistory({ grants, policiesDir: join(REPO_ROOT, 'policies') });
  const work = mkdtempSync(join(tmpdir(), 'breakglass-bench-floor-'));
  try {
    const at = s.at.toISOString();
    // Exit 1 = anomalies found (the synthetic history plants them); the report is still complete.
    const audit = () =>
      timed(process.execPath, [CLI, 'audit', '--format', 'json', '--at', at], s.dir, [0, 1]);
    const gitLog = () => timed('git', ['log', '--name-status'], s.dir);
    const gitLogPiped = () => timed('git', ['log', '--name-status'], s.dir, [0], 'pipe');
    // Both read the log as audit does (spooled: repo/git-stream.ts); one also parses it.
    const readOnly = await floorProgram(
      work,
      'read-log-only',
      `gitStream(process.cwd(), logArgs(newMarks(), 'HEAD'), (c) => { n += c.length; }, { spool: true })`,
    );
    const parseOnly = await floorProgram(
      work,
      'parse-log-only',
      `gitHistory(process.cwd(), 'HEAD', { spool: true }).forEach(() => { n++; })`,
    );
    const readLogOnly = () => timed(process.execPath, [readOnly], s.dir);
    const parseLogOnly = () => timed(process.execPath, [parseOnly], s.dir);
    audit();
    gitLog(); // warm the page cache for both
    const a: number[] = [];
    const g: number[] = [];
    const gp: number[] = [];
    const r: number[] = [];
    const p: number[] = [];
    for (let i = 0; i < runs; i++) {
      g.push(gitLog());
      a.push(audit());
      gp.push(gitLogPiped());
      r.push(readLogOnly());
      p.push(parseLogOnly());
    }
    const auditMs = median(a);
    const gitLogMs = median(g);
    return {
      grants: s.stats.grants,
      commits: s.stats.commits,
      generateMs: s.stats.generateMs,
      runs,
      auditMs,
      gitLogMs,
      ratio: auditMs / gitLogMs,
      gitLogPipedMs: median(gp),
      readLogOnlyMs: median(r),
      parseLogOnlyMs: median(p),
    };
  } finally {
    s.remove();
    rmSync(work, { recursive: true, force: true });
  }
}

export interface ValidateBench {
  files: number;
  inProcessMs: number;
  msPerFile: number;
  cliMs: number;
  cliMsPerFile: number;
}

export async function validateBench(files = 1_000, runs = 3): Promise<ValidateBench> {
  const ws = mkdtempSync(join(tmpdir(), 'breakglass-bench-validate-'));
  try {
    cpSync(join(REPO_ROOT, 'policies'), join(ws, 'policies'), { recursive: true });
    mkdirSync(join(ws, 'grants'));
    const people = ['alice', 'bob', 'carol', 'grace'];
    for (let i = 0; i < files; i++) {
      const who = people[i % people.length]!;
      writeFileSync(
        join(ws, 'grants', `bench-${String(i).padStart(4, '0')}-${who}.yaml`),
        `requester: ${who}\nbundle: prod-readonly\nduration: 2h\nreason: "Benchmark grant ${i}: read the checkout-service logs"\nincident: INC-${1000 + i}\n`,
      );
    }
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      const r = await validate(localRepo(ws));
      t.push(performance.now() - s);
      if (r.grantFiles !== files)
        throw new Error(`bench: validate saw ${r.grantFiles} grant files, not ${files}`);
      if (!r.valid)
        throw new Error(
          `bench: validate found errors: ${r.findings
            .filter((f) => f.severity === 'error')
            .slice(0, 3)
            .map((f) => f.message)
            .join('; ')}`,
        );
    }
    const cli: number[] = [];
    for (let i = 0; i < runs; i++) cli.push(timed(process.execPath, [CLI, 'validate'], ws));
    const inProcessMs = median(t);
    const cliMs = median(cli);
    return {
      files,
      inProcessMs,
      msPerFile: inProcessMs / files,
      cliMs,
      cliMsPerFile: cliMs / files,
    };
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}
