/**
 * Benchmark 3, reconcile at scale: 10,000 active grants across 200 GCP projects and 50 AWS accounts,
 * every fake answering after `rttMs`. The policies, the grant files and the history (one commit per
 * grant with its decision record) are built in memory and go through the same buildPlan/reconcile
 * code path as a checkout; the clouds are the sandbox fakes (one FakeIam per account, reached through
 * a clientFor(account) map, as action/src/sandbox/clouds.ts does) with the real SDK clients.
 *
 * Shape: 500 people, each with a GCP member and one IAM role (in account i mod 50). 200 GCP-only
 * bundles (one project each) and 50 AWS bundles (one account each, plus one GCP project). 7,500 grants
 * take a GCP-only bundle and 2,500 an AWS one (5 inline policies per role), so each project holds
 * about 50 conditional bindings. Run twice: the second run must find everything converged.
 */
import { realSleep, systemClock } from '../../action/src/core/clock.js';
import { decisionTrailers, parseTrailers } from '../../action/src/audit/trailers.js';
import { reconcile } from '../../action/src/commands/reconcile.js';
import type { RepoFiles } from '../../action/src/repo/files.js';
import type { HistoryCommit } from '../../action/src/repo/history.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import { startSandboxClouds } from '../../action/src/sandbox/clouds.js';
import type { LoggedRequest } from '../../action/src/sandbox/http-fake.js';

export interface ScaleOptions {
  grants: number;
  projects: number;
  accounts: number;
  people: number;
  rttMs: number;
  concurrency: number;
}

export const SCALE_DEFAULTS: ScaleOptions = {
  grants: 10_000,
  projects: 200,
  accounts: 50,
  people: 500,
  rttMs: 20,
  concurrency: 8,
};

export interface ScaleRun {
  ms: number;
  planItems: number;
  failed: number;
  gcpGetCalls: number;
  gcpSetCalls: number;
  awsCalls: Record<string, number>;
  /** Projects the run changed, and the most gets / sets any one project saw. */
  changedProjects: number;
  maxGetsPerChangedProject: number;
  maxSetsPerChangedProject: number;
  writeCalls: number;
}

export interface ScaleResult {
  options: ScaleOptions;
  activeGrants: number;
  awsGrants: number;
  setupMs: number;
  first: ScaleRun;
  second: ScaleRun;
  peakRssMb: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const account = (a: number) => `9${pad(a, 11)}`;
const project = (p: number) => `bench-p${pad(p, 3)}`;
const person = (i: number) => `u${pad(i, 3)}`;

function policyFiles(o: ScaleOptions): { path: string; bytes: string }[] {
  const bundles: string[] = ['bundles:'];
  for (let p = 0; p < o.projects; p++)
    bundles.push(
      `  g${pad(p, 3)}:`,
      `    description: Read project ${p}.`,
      '    maxDuration: 1d',
      '    gcp:',
      `      - project: ${project(p)}`,
      '        roles: [roles/viewer]',
    );
  for (let a = 0; a < o.accounts; a++) {
    bundles.push(
      `  a${pad(a, 2)}:`,
      `    description: Read account ${a}.`,
      '    maxDuration: 1d',
      '    aws:',
      `      - account: "${account(a)}"`,
      '        statements:',
      '          - actions: [s3:GetObject]',
      '            resources: ["*"]',
      '    gcp:',
      `      - project: ${project((a * 4) % o.projects)}`,
      '        roles: [roles/logging.viewer]',
    );
  }
  const ids: string[] = ['identities:'];
  for (let i = 0; i < o.people; i++)
    ids.push(
      `  ${person(i)}:`,
      `    githubId: ${10_000 + i}`,
      `    aws: [arn:aws:iam::${account(i % o.accounts)}:role/${person(i)}]`,
      `    gcp: user:${person(i)}@example.com`,
    );
  ids.push(
    'groups:',
    `  everyone: [${Array.from({ length: o.people }, (_, i) => person(i)).join(', ')}]`,
  );
  const all = [
    ...Array.from({ length: o.projects }, (_, p) => `g${pad(p, 3)}`),
    ...Array.from({ length: o.accounts }, (_, a) => `a${pad(a, 2)}`),
  ];
  // A rule names at most 200 bundles: one rule per 100.
  const rules = ['rules:'];
  for (let k = 0; k * 100 < all.length; k++)
    rules.push(
      `  - id: reviewed-${k}`,
      '    description: Anyone, after one review.',
      '    who:',
      '      groups: [everyone]',
      `    bundles: [${all.slice(k * 100, k * 100 + 100).join(', ')}]`,
      '    approval:',
      '      reviewers:',
      '        count: 1',
      '        from:',
      '          - group: everyone',
      '    maxDuration: 1d',
    );
  return [
    { path: 'policies/bundles.yaml', bytes: `${bundles.join('\n')}\n` },
    { path: 'policies/identities.yaml', bytes: `${ids.join('\n')}\n` },
    { path: 'policies/rules.yaml', bytes: `${rules.join('\n')}\n` },
  ];
}

/** Grant g: person g mod people; every fourth block of `people` grants takes that person's AWS bundle. */
function grantOf(
  o: ScaleOptions,
  g: number,
): { id: string; requester: string; bundle: string; aws: boolean } {
  const i = g % o.people;
  const aws = Math.floor(g / o.people) % 4 === 0;
  return {
    id: `bench-${pad(g, 5)}`,
    requester: person(i),
    bundle: aws ? `a${pad(i % o.accounts, 2)}` : `g${pad(g % o.projects, 3)}`,
    aws,
  };
}

function memoryRepo(files: Map<string, string>): RepoFiles {
  const enc = new TextEncoder();
  return {
    async list(dir) {
      return [...files.keys()]
        .filter(
          (p) =>
            p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/') && /\.ya?ml$/.test(p),
        )
        .sort();
    },
    async read(path) {
      const f = files.get(path);
      if (f === undefined) throw new Error(`ENOENT: ${path}`);
      return enc.encode(f);
    },
  };
}

export async function scaleBench(o: ScaleOptions = SCALE_DEFAULTS): Promise<ScaleResult> {
  const setupStarted = performance.now();
  const sources = policyFiles(o);
  const loaded = loadPolicy(sources);
  if (!loaded.ok)
    throw new Error(
      `bench: generated policies do not load:\n${JSON.stringify(loaded.findings.slice(0, 5), null, 2)}`,
    );
  const policy = loaded.loaded.policy;
  const now = Date.now();
  const start = new Date(now - 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const expires = new Date(now + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files = new Map<string, string>(sources.map((s) => [s.path, s.bytes]));
  const commits: HistoryCommit[] = [];
  let awsGrants = 0;
  for (let g = 0; g < o.grants; g++) {
    const x = grantOf(o, g);
    if (x.aws) awsGrants++;
    const path = `grants/${x.id}.yaml`;
    files.set(
      path,
      `requester: ${x.requester}\nbundle: ${x.bundle}\nduration: 9h\nreason: "Benchmark grant number ${g} for the reconcile at scale run"\n`,
    );
    const message = `breakglass: grant ${x.id}\n\n${decisionTrailers({ grantId: x.id, decision: 'approve', rule: 'reviewed-0', requester: x.requester, bundle: x.bundle, approvedBy: ['u499'], onCall: [], start, expires, targets: [], pr: String(g + 1), head: pad(g, 40) })}\n`;
    const date = new Date(now - 3600_000 + g).toISOString();
    commits.push({
      sha: `c${pad(g, 39)}`,
      parents: [],
      authorName: 'bench',
      authorEmail: 'bench@example.com',
      authorDate: date,
      commitDate: date,
      subject: `breakglass: grant ${x.id}`,
      trailers: parseTrailers(message),
      changes: [{ status: 'A', path }],
    });
  }
  commits.reverse(); // newest first, as git log gives them
  const clouds = await startSandboxClouds(policy, { clock: systemClock, sleep: realSleep });
  const fakes = [clouds.crm, ...clouds.accounts.values()];
  for (const f of fakes) f.latencyMs = o.rttMs;
  const setupMs = performance.now() - setupStarted;
  try {
    const deps = {
      repo: memoryRepo(files),
      history: { commits: async () => commits },
      providers: clouds.providers,
      clock: systemClock,
      concurrency: o.concurrency,
    };
    const run = async (): Promise<ScaleRun> => {
      const marks = fakes.map((f) => f.log.length);
      const t = performance.now();
      const r = await reconcile(deps);
      const ms = performance.now() - t;
      const since = (i: number): LoggedRequest[] => fakes[i]!.log.slice(marks[i]);
      const crm = since(0);
      const aws: LoggedRequest[] = fakes.slice(1).flatMap((_, k) => since(k + 1));
      const perProject = new Map<string, { get: number; set: number }>();
      for (const c of crm) {
        const m = /\/projects\/([^:]+):(get|set)IamPolicy$/.exec(c.path);
        if (!m) continue;
        const p = perProject.get(m[1]!) ?? { get: 0, set: 0 };
        p[m[2] as 'get' | 'set']++;
        perProject.set(m[1]!, p);
      }
      const changed = [...perProject.values()].filter((p) => p.set > 0);
      const awsCalls: Record<string, number> = {};
      for (const c of aws) {
        const action = /(?:^|&)Action=([A-Za-z]+)/.exec(c.body)?.[1] ?? c.op;
        awsCalls[action] = (awsCalls[action] ?? 0) + 1;
      }
      const awsWrites = aws.filter((c) =>
        /Action=(Put|Delete|Attach|Detach|Tag|Untag)/.test(c.body),
      ).length;
      return {
        ms,
        planItems: r.plan.items.length,
        failed: r.failedApplies.length + r.failedRevocations.length + r.plan.readErrors.length,
        gcpGetCalls: crm.filter((c) => c.path.endsWith(':getIamPolicy')).length,
        gcpSetCalls: crm.filter((c) => c.path.endsWith(':setIamPolicy')).length,
        awsCalls,
        changedProjects: changed.length,
        maxGetsPerChangedProject: Math.max(0, ...changed.map((p) => p.get)),
        maxSetsPerChangedProject: Math.max(0, ...changed.map((p) => p.set)),
        writeCalls: awsWrites + crm.filter((c) => c.path.endsWith(':setIamPolicy')).length,
      };
    };
    const first = await run();
    const second = await run();
    return {
      options: o,
      activeGrants: o.grants,
      awsGrants,
      setupMs,
      first,
      second,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await clouds.stop();
  }
}
