/**
 * Benchmark 2, cold start: `node <bundle>` on the decision path (INPUT_COMMAND=validate over a
 * checkout of the example policies and one grant: loads the policies and the grant, writes the job
 * summary, no network) against `node -e 0`, in pairs run back to back so machine load hits both.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builders.js';

export interface ColdStart {
  runs: number;
  nodeMs: number;
  bundleMs: number;
  /** median(bundle) / median(node -e 0). */
  ratio: number;
  /** Median of the per-pair ratios. */
  pairRatio: number;
}

function wall(args: string[], env: Record<string, string>, cwd: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0)
    throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function coldStart(bundle: string, runs = 9): ColdStart {
  const ws = mkdtempSync(join(tmpdir(), 'breakglass-bench-cold-'));
  try {
    cpSync(join(REPO_ROOT, 'policies'), join(ws, 'policies'), { recursive: true });
    mkdirSync(join(ws, 'grants'));
    writeFileSync(
      join(ws, 'grants', 'inc-1-alice.yaml'),
      'requester: alice\nbundle: prod-readonly\nduration: 2h\nreason: "Read checkout-service logs to find the cause"\nincident: INC-1\n',
    );
    const summary = join(ws, 'summary.md');
    writeFileSync(summary, '');
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: ws,
      INPUT_COMMAND: 'validate',
      'INPUT_GITHUB-TOKEN': 'unused-for-validate',
      'INPUT_DRY-RUN': 'false',
      GITHUB_REPOSITORY: 'acme/access',
      GITHUB_WORKSPACE: ws,
      GITHUB_STEP_SUMMARY: summary,
    };
    const base = { PATH: env.PATH, HOME: ws };
    wall(['-e', '0'], base, ws);
    wall([bundle], env, ws); // warm the file cache once; not counted
    const node: number[] = [];
    const bun: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so neither always runs right after the other.
      if (i % 2 === 0) {
        node.push(wall(['-e', '0'], base, ws));
        bun.push(wall([bundle], env, ws));
      } else {
        bun.push(wall([bundle], env, ws));
        node.push(wall(['-e', '0'], base, ws));
      }
    }
    const nodeMs = median(node);
    const bundleMs = median(bun);
    return {
      runs,
      nodeMs,
      bundleMs,
      ratio: bundleMs / nodeMs,
      pairRatio: median(bun.map((b, i) => b / node[i]!)),
    };
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}
