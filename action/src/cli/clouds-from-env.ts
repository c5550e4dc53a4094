/**
 * Cloud providers for a CLI or action run. Credentials come from the clouds' own default chains
 * (OIDC web identity for AWS, Application Default Credentials / workload identity federation for
 * GCP); endpoints can be pointed elsewhere for the demo and tests. SDKs load only when a cloud is used.
 */
import type { Clock, Sleep } from '../core/clock.js';
import type { Policy } from '../policy/model.js';
import type { Providers } from '../reconcile/execute.js';

export interface CloudEnv {
  env: Record<string, string | undefined>;
  clock: Clock;
  sleep: Sleep;
}

/** Providers for the clouds the policies use. `BREAKGLASS_CLOUDS=aws,gcp` limits them (default: whatever bundles name). */
export async function providersFromEnv(policy: Policy, io: CloudEnv): Promise<Providers> {
  const bundles = [...policy.bundles.values()];
  const wanted = (io.env.BREAKGLASS_CLOUDS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const use = (cloud: 'aws' | 'gcp', inPolicy: boolean) => (wanted.length ? wanted.includes(cloud) : inPolicy);
  const providers: Providers = {};
  if (use('aws', bundles.some((b) => b.aws.length > 0))) {
    const { AwsProvider, createAwsClientFactory } = await import('../cloud/aws/provider.js');
    const opts = {
      region: io.env.AWS_REGION ?? 'us-east-1',
      ...(io.env.BREAKGLASS_AWS_ENDPOINT ? { endpoint: io.env.BREAKGLASS_AWS_ENDPOINT } : {}),
      endpoints: perAccount(io.env, 'BREAKGLASS_AWS_ENDPOINT_'),
      profiles: perAccount(io.env, 'BREAKGLASS_AWS_PROFILE_'),
    };
    providers.aws = new AwsProvider({ clientFor: await createAwsClientFactory(opts), clock: io.clock, sleep: io.sleep });
  }
  if (use('gcp', bundles.some((b) => b.gcp.length > 0))) {
    const { GcpProvider, createGcpAuth } = await import('../cloud/gcp/provider.js');
    const root = io.env.BREAKGLASS_GCP_ROOT_URL;
    providers.gcp = new GcpProvider({ request: await createGcpAuth(), clock: io.clock, sleep: io.sleep, ...(root ? { rootUrl: root.endsWith('/') ? root : `${root}/` } : {}) });
  }
  return providers;
}

/** `PREFIX<12-digit account>=value` variables as an account → value map. */
function perAccount(env: Record<string, string | undefined>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    const account = k.startsWith(prefix) ? k.slice(prefix.length) : '';
    if (/^\d{12}$/.test(account) && v) out[account] = v;
  }
  return out;
}
