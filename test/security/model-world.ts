/**
 * The world of the model-based test: the sandbox clouds (one FakeIam per account, FakeCrm, real
 * providers and SDK clients) started once, and an in-memory access repository (files, first-parent
 * history with trailers, record store) so one step costs HTTP round trips to the fakes only.
 * `reset()` returns everything to the initial state between sequences.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { decisionTrailers, parseTrailers } from '../../action/src/audit/trailers.js';
import type { ReconcileDeps } from '../../action/src/commands/reconcile.js';
import { ManualClock } from '../../action/src/core/clock.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import type { Policy } from '../../action/src/policy/model.js';
import {
  applyMessage,
  revocationMessage,
  type RecordStore,
} from '../../action/src/reconcile/record-store.js';
import type { RepoFiles } from '../../action/src/repo/files.js';
import type { FileChange, HistoryCommit } from '../../action/src/repo/history.js';
import { startSandboxClouds, type SandboxClouds } from '../../action/src/sandbox/clouds.js';

const POLICY_DIR = 'test/security/model-policy';
export const ACCOUNT = '111122223333';
export const PROJECT = 'acme-prod';
export const ROLES = ['roles/viewer', 'roles/logging.viewer'] as const;
export const PEOPLE = {
  alice: { arn: `arn:aws:iam::${ACCOUNT}:role/sre-alice`, member: 'user:alice@example.com' },
  bob: { arn: `arn:aws:iam::${ACCOUNT}:role/sre-bob`, member: 'user:bob@example.com' },
} as const;
export type Person = keyof typeof PEOPLE;
export const T0 = '2026-11-22T10:00:00Z';

const enc = new TextEncoder();
const isoS = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface ModelWorld {
  policy: Policy;
  clouds: SandboxClouds;
  clock: ManualClock;
  deps(): ReconcileDeps;
  /** Merges grants/<id>.yaml with a decision record for [now, now + minutes). */
  approve(id: string, who: Person, minutes: number): { start: string; expires: string };
  /** Deletes grants/<id>.yaml from main (early revocation). */
  remove(id: string): void;
  onMain(): Set<string>;
  reset(): void;
  stop(): Promise<void>;
}

export async function startModelWorld(): Promise<ModelWorld> {
  const policyFiles = new Map<string, Uint8Array>(
    readdirSync(POLICY_DIR).map((f) => [`policies/${f}`, readFileSync(`${POLICY_DIR}/${f}`)]),
  );
  const loaded = loadPolicy([...policyFiles].map(([path, bytes]) => ({ path, bytes })));
  if (!loaded.ok) throw new Error('model policy does not load');
  const policy = loaded.loaded.policy;
  const clock = new ManualClock(T0);
  const clouds = await startSandboxClouds(policy, {
    clock,
    sleep: async (ms) => clock.advance(ms),
    random: () => 0,
  });
  const files = new Map<string, Uint8Array>();
  let commits: HistoryCommit[] = [];
  let seq = 0;
  const commit = (message: string, changes: FileChange[]) => {
    const at = isoS(clock.now());
    const sha = (++seq).toString(16).padStart(40, '0');
    commits = [
      {
        sha,
        parents: commits[0] ? [commits[0].sha] : [],
        authorName: 'test',
        authorEmail: 't@example.com',
        authorDate: at,
        commitDate: at,
        subject: message.split('\n')[0] ?? '',
        trailers: parseTrailers(message),
        changes,
      },
      ...commits,
    ];
  };
  const repo: RepoFiles = {
    list: (dir) =>
      Promise.resolve(
        [...files.keys(), ...policyFiles.keys()]
          .filter(
            (p) =>
              p.startsWith(`${dir}/`) &&
              !p.slice(dir.length + 1).includes('/') &&
              /\.ya?ml$/.test(p),
          )
          .sort(),
      ),
    read: (path) => {
      const b = files.get(path) ?? policyFiles.get(path);
      return b ? Promise.resolve(b) : Promise.reject(new Error(`ENOENT: ${path}`));
    },
  };
  const records: RecordStore = {
    commit: (p) => {
      if (p.removePath) files.delete(p.removePath);
      commit(revocationMessage(p), p.removePath ? [{ status: 'D', path: p.removePath }] : []);
      return Promise.resolve();
    },
    commitApply: (r) => {
      commit(applyMessage(r), []);
      return Promise.resolve();
    },
  };
  const world: ModelWorld = {
    policy,
    clouds,
    clock,
    deps: () => ({
      repo,
      history: { commits: () => Promise.resolve(commits) },
      providers: clouds.providers,
      records,
      clock,
    }),
    approve(id, who, minutes) {
      const start = isoS(clock.now());
      const expires = isoS(new Date(Date.parse(start) + minutes * 60_000));
      const path = `grants/${id}.yaml`;
      files.set(
        path,
        enc.encode(
          `requester: ${who}\nbundle: prod-readonly\nduration: ${minutes}m\nreason: "Investigating elevated error rates on checkout"\n`,
        ),
      );
      const trailers = decisionTrailers({
        grantId: id,
        decision: 'approve',
        rule: 'sre-reviewed',
        requester: who,
        bundle: 'prod-readonly',
        approvedBy: ['carol'],
        onCall: [],
        start,
        expires,
        targets: [],
      });
      commit(`grant ${id}\n\n${trailers}\n`, [{ status: 'A', path }]);
      return { start, expires };
    },
    remove(id) {
      const path = `grants/${id}.yaml`;
      if (!files.delete(path)) return;
      commit(`revoke ${id} early`, [{ status: 'D', path }]);
    },
    onMain: () => new Set([...files.keys()].map((p) => p.replace(/^grants\/(.*)\.yaml$/, '$1'))),
    reset() {
      files.clear();
      commits = [];
      clock.set(T0);
      for (const fake of clouds.accounts.values()) {
        fake.clearFaults();
        fake.log.length = 0;
        for (const { arn } of Object.values(PEOPLE))
          for (const name of Object.keys(fake.policiesOf(arn))) fake.unplant(arn, name);
      }
      clouds.crm.clearFaults();
      clouds.crm.log.length = 0;
      clouds.crm.addProject(PROJECT, {
        bindings: [{ role: 'roles/owner', members: ['user:owner@example.com'] }],
      });
    },
    stop: () => clouds.stop(),
  };
  return world;
}
