/**
 * The loopback clouds as one sandbox: fake IAM and Resource Manager seeded with every principal and
 * project the policies name, and real providers (real SDK clients) pointed at them. Used by the
 * tests and by `breakglass demo`; production builds providers from the environment instead.
 */
import type { Clock, Sleep } from '../core/clock.js';
import type { Policy } from '../policy/model.js';
import type { Providers } from '../reconcile/execute.js';
import { FakeIam } from './aws-iam.js';
import { FakeCrm } from './gcp-crm.js';

export const SANDBOX_GCP_TOKEN = 'sandbox-access-token';
const ACCESS_KEY = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

export interface SandboxClouds {
  /** One fake IAM per AWS account, as IAM is per account. */
  iam(account: string): FakeIam;
  accounts: Map<string, FakeIam>;
  crm: FakeCrm;
  providers: Providers;
  stop(): Promise<void>;
}

/** Starts both fakes, seeds them from policies, and builds providers with the real SDK clients. */
export async function startSandboxClouds(policy: Policy, deps: { clock: Clock; sleep: Sleep; random?: () => number }): Promise<SandboxClouds> {
  const accounts = new Map<string, FakeIam>();
  for (const account of accountsOf(policy)) accounts.set(account, await new FakeIam().start());
  const crm = await new FakeCrm().start();
  crm.acceptToken(SANDBOX_GCP_TOKEN);
  seed(policy, accounts, crm);
  const iam = (account: string): FakeIam => {
    const fake = accounts.get(account);
    if (!fake) throw new Error(`sandbox: no AWS account ${account} in policies`);
    return fake;
  };
  const [{ IAMClient }, { OAuth2Client }, { AwsProvider }, { GcpProvider }] = await Promise.all([
    import('@aws-sdk/client-iam'),
    import('google-auth-library'),
    import('../cloud/aws/provider.js'),
    import('../cloud/gcp/provider.js'),
  ]);
  const clients = new Map<string, InstanceType<typeof IAMClient>>();
  const clientFor = (account: string) => {
    let c = clients.get(account);
    if (!c) {
      c = new IAMClient({ region: 'us-east-1', endpoint: iam(account).url, credentials: ACCESS_KEY, maxAttempts: 1 });
      clients.set(account, c);
    }
    return c;
  };
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: SANDBOX_GCP_TOKEN, expiry_date: Date.now() + 24 * 3600_000 });
  const retryDeps = { clock: deps.clock, sleep: deps.sleep, ...(deps.random ? { random: deps.random } : {}) };
  const providers: Providers = {
    aws: new AwsProvider({ clientFor, ...retryDeps }),
    gcp: new GcpProvider({ request: auth, rootUrl: `${crm.url}/`, ...retryDeps }),
  };
  return {
    iam,
    accounts,
    crm,
    providers,
    async stop() {
      for (const c of clients.values()) c.destroy();
      await Promise.all([...[...accounts.values()].map((f) => f.stop()), crm.stop()]);
    },
  };
}

/** Every AWS account the bundles or identities name. */
export function accountsOf(policy: Policy): string[] {
  const out = new Set<string>();
  for (const b of policy.bundles.values()) for (const t of b.aws) out.add(t.account);
  for (const id of policy.identities.values()) for (const arn of id.aws) out.add(arn.split(':')[4] ?? '');
  return [...out].filter(Boolean).sort();
}

/** Every role and user the identities name, every assume-role target, every bundle project. */
export function seed(policy: Policy, accounts: Map<string, FakeIam>, crm: FakeCrm): void {
  const seen = new Set<string>();
  const add = (arn: string, maxSessionDuration?: number) => {
    const iam = accounts.get(arn.split(':')[4] ?? '');
    if (seen.has(arn) || !iam) return;
    seen.add(arn);
    if (arn.includes(':user/')) iam.addUser(arn);
    else iam.addRole(arn, maxSessionDuration ? { maxSessionDuration } : {});
  };
  for (const id of policy.identities.values()) for (const arn of id.aws) add(arn);
  const projects = new Set<string>();
  for (const b of policy.bundles.values()) {
    for (const t of b.aws) if (t.assumeRole) add(t.assumeRole.roleArn, t.assumeRole.maxSessionSeconds);
    for (const t of b.gcp) projects.add(t.project);
  }
  for (const p of projects) crm.addProject(p, { bindings: [{ role: 'roles/owner', members: ['user:owner@example.com'] }] });
}
