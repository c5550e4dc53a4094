/**
 * Shared setup for the reconcile-level fault tests (THREAT-MODEL 3.3): fresh loopback clouds per test
 * driven by the real SDK clients, a manual clock that the injected sleep advances (every wait is
 * recorded), a temporary access repository, and the invariant checks of section 3.2.
 */
import { afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { IAMClient } from '@aws-sdk/client-iam';
import { OAuth2Client } from 'google-auth-library';
import type { DecisionRecord } from '../../action/src/audit/trailers.js';
import { AwsProvider } from '../../action/src/cloud/aws/provider.js';
import { GcpProvider } from '../../action/src/cloud/gcp/provider.js';
import { MANAGED_PREFIX } from '../../action/src/cloud/model.js';
import {
  reconcile,
  type ReconcileDeps,
  type ReconcileReport,
} from '../../action/src/commands/reconcile.js';
import { ManualClock } from '../../action/src/core/clock.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import type { Policy } from '../../action/src/policy/model.js';
import type { Providers } from '../../action/src/reconcile/execute.js';
import { localRecordStore } from '../../action/src/reconcile/record-store.js';
import { localRepo } from '../../action/src/repo/files.js';
import { gitHistory } from '../../action/src/repo/history.js';
import {
  SANDBOX_GCP_TOKEN,
  startSandboxClouds,
  type SandboxClouds,
} from '../../action/src/sandbox/clouds.js';
import { grantYaml, tempRepo, type TempRepo } from '../support/git-repo.js';

process.env.METADATA_SERVER_DETECTION = 'none';

export const T0 = '2026-11-22T10:00:00Z';
export const ACCOUNT = '111122223333';
export const ALICE_ROLE = `arn:aws:iam::${ACCOUNT}:role/sre-alice`;
export const BOB_ROLE = `arn:aws:iam::${ACCOUNT}:role/sre-bob`;
export const ALICE = 'user:alice@example.com';
export const BOB = 'user:bob@example.com';
export const PROJECT = 'acme-prod';
/** What prod-readonly lets do: one AWS action it allows and its two GCP roles. */
export const AWS_ACTION = {
  action: 'logs:GetLogEvents',
  resource: 'arn:aws:logs:eu-west-1:111122223333:log-group:x',
};
export const GCP_ROLES = ['roles/viewer', 'roles/logging.viewer'] as const;
/** A policy and a binding nobody in this repository owns: INV-4 says they never change. */
export const TEAM_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
};
export const TEAM_BINDING = {
  role: 'roles/viewer',
  members: ['user:team-lead@example.com'],
  condition: {
    title: 'team-temporary',
    expression: 'request.time < timestamp("2030-01-01T00:00:00Z")',
  },
};

export function examplePolicy(): Policy {
  const r = loadPolicy(
    readdirSync('policies').map((f) => ({
      path: `policies/${f}`,
      bytes: readFileSync(`policies/${f}`),
    })),
  );
  assert.ok(r.ok);
  return r.loaded.policy;
}

export const iso = (d: string | Date, plusMs = 0): Date => new Date(new Date(d).getTime() + plusMs);

/** Registers per-test hooks and hands back the world every fault test runs in. */
export function useFaultWorld() {
  const policy = examplePolicy();
  const w = {
    policy,
    clouds: undefined as unknown as SandboxClouds,
    repo: undefined as unknown as TempRepo,
    clock: new ManualClock(T0),
    /** Every wait the code asked for, in ms, in order. */
    sleeps: [] as number[],
    extra: [] as IAMClient[],
    /** Jitter source for every provider of the world; 0 pins each wait to its floor (Retry-After). */
    random: (): number => 0,

    deps(over: Partial<ReconcileDeps> = {}): ReconcileDeps {
      return {
        repo: localRepo(w.repo.dir),
        history: gitHistory(w.repo.dir),
        providers: w.clouds.providers,
        records: localRecordStore(w.repo.dir),
        clock: w.clock,
        ...over,
      };
    },
    run(over: Partial<ReconcileDeps> = {}): Promise<ReconcileReport> {
      return reconcile(w.deps(over));
    },
    iam() {
      return w.clouds.iam(ACCOUNT);
    },
    crm() {
      return w.clouds.crm;
    },
    /** Writes made to any cloud so far: IAM Put/Delete and Resource Manager sets. */
    writes(): number {
      const aws = [...w.clouds.accounts.values()].reduce(
        (n, f) => n + f.calls(/^(Put|Delete)(Role|User)Policy$/).length,
        0,
      );
      return aws + w.clouds.crm.calls('setIamPolicy').length;
    },
    /** Approves `id` for `requester` on prod-readonly over [start, expires) with a decision record. */
    async approve(
      id: string,
      opts: {
        requester?: string;
        start?: string;
        expires?: string;
        targets?: string[];
        bundle?: string;
        extends?: string;
      } = {},
    ) {
      const requester = opts.requester ?? 'alice';
      const bundle = opts.bundle ?? 'prod-readonly';
      const record: Omit<DecisionRecord, 'grantId' | 'decision'> = {
        rule: 'sre-reviewed',
        requester,
        bundle,
        approvedBy: ['carol'],
        onCall: [],
        start: opts.start ?? T0,
        expires: opts.expires ?? '2026-11-22T12:00:00Z',
        targets: opts.targets ?? [],
        ...(opts.extends ? { extends: opts.extends } : {}),
      };
      const y = grantYaml({
        requester,
        bundle,
        duration: '2h',
        ...(opts.targets ? { targets: opts.targets } : {}),
        ...(opts.extends ? { extends: opts.extends } : {}),
      });
      await w.repo.approve(id, y, record);
    },
    /** Everything the tool does not own, serialised: INV-4 compares it before and after. */
    foreign(): string {
      const out: Record<string, unknown> = {};
      for (const [account, fake] of w.clouds.accounts) {
        for (const arn of principalsOf(policy).filter((a) => a.split(':')[4] === account)) {
          out[arn] = Object.entries(fake.policiesOf(arn)).filter(
            ([n]) => !n.startsWith(MANAGED_PREFIX),
          );
        }
      }
      for (const project of ['acme-prod', 'acme-data']) {
        const p = w.clouds.crm.policyOf(project);
        out[project] = {
          bindings: p.bindings.filter((b) => !b.condition?.title?.startsWith(MANAGED_PREFIX)),
          auditConfigs: p.auditConfigs,
        };
      }
      return JSON.stringify(out);
    },
    /** INV-1: one second after `expires`, no evaluator lets `member`/`role` in, whatever reconcile did. */
    assertNoAccessAfter(expires: string, who: { roleArn?: string; member?: string } = {}) {
      const after = iso(expires, 1000);
      const roleArn = who.roleArn ?? ALICE_ROLE;
      const member = who.member ?? ALICE;
      assert.equal(
        w.iam().isAllowed(roleArn, AWS_ACTION.action, AWS_ACTION.resource, after),
        false,
        `INV-1: AWS denies ${roleArn} at expiry + 1 s`,
      );
      for (const role of GCP_ROLES) {
        assert.equal(
          w.crm().hasAccess(PROJECT, member, role, after),
          false,
          `INV-1: GCP denies ${member} ${role} at expiry + 1 s`,
        );
      }
    },
    /** INV-6: another run right now plans nothing and writes nothing. */
    async assertConverged(over: Partial<ReconcileDeps> = {}) {
      const before = w.writes();
      const r = await w.run(over);
      assert.deepEqual(
        r.plan.items.map((i) => `${i.reason} ${i.grantId}`),
        [],
        'INV-6: nothing left to change',
      );
      assert.equal(w.writes(), before, 'INV-6: a second reconcile makes zero writes');
      return r;
    },
    /** Fresh providers on the same fakes: a second, independent reconciler. */
    otherProviders(): Providers {
      const clients = new Map<string, IAMClient>();
      const clientFor = (account: string) => {
        let c = clients.get(account);
        if (!c) {
          c = new IAMClient({
            region: 'us-east-1',
            endpoint: w.clouds.iam(account).url,
            credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
            maxAttempts: 1,
          });
          clients.set(account, c);
          w.extra.push(c);
        }
        return c;
      };
      const auth = new OAuth2Client();
      auth.setCredentials({ access_token: SANDBOX_GCP_TOKEN, expiry_date: Date.now() + 3600_000 });
      const deps = { clock: w.clock, sleep: w.sleep, random: () => w.random() };
      return {
        aws: new AwsProvider({ clientFor, ...deps }),
        gcp: new GcpProvider({ request: auth, rootUrl: `${w.clouds.crm.url}/`, ...deps }),
      };
    },
    sleep: async (ms: number) => {
      w.sleeps.push(ms);
      w.clock.advance(ms);
    },
  };
  beforeEach(async () => {
    w.clock = new ManualClock(T0);
    w.sleeps = [];
    w.random = () => 0;
    w.clouds = await startSandboxClouds(policy, {
      clock: w.clock,
      sleep: (ms) => w.sleep(ms),
      random: () => w.random(),
    });
    w.repo = await tempRepo();
    w.iam().plant(ALICE_ROLE, 'team-readonly', TEAM_POLICY);
    w.crm().plantBinding(PROJECT, TEAM_BINDING);
  });
  afterEach(async () => {
    for (const c of w.extra.splice(0)) c.destroy();
    await w.clouds.stop();
    w.repo.remove();
  });
  return w;
}

function principalsOf(policy: Policy): string[] {
  const out = new Set<string>();
  for (const id of policy.identities.values()) for (const a of id.aws) out.add(a);
  for (const b of policy.bundles.values())
    for (const t of b.aws) if (t.assumeRole) out.add(t.assumeRole.roleArn);
  return [...out];
}

/** Status per target, e.g. `aws:…/sre-alice breakglass-x done`. */
export function statuses(r: ReconcileReport): string[] {
  return r.results.map((x) => {
    const e = x.item.change.entry;
    const target = e.kind === 'gcp-binding' ? `gcp ${e.role}` : `aws ${e.policyName}`;
    return `${x.item.change.op} ${target} ${x.result.status}`;
  });
}

/** When the fault tests' grants end. */
export const EXPIRES = '2026-11-22T12:00:00Z';

/** A Google API error body, as Resource Manager sends it. */
export const googleError = (code: number, status: string, message: string): string => JSON.stringify({ error: { code, message, status } });
