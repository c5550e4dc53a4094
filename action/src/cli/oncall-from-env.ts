/**
 * On-call providers for CLI and action runs, from the environment: tokens are secrets, never in the
 * repository. Without a token, that provider's schedules show nobody on call (decisions go to review).
 */
import { createOnCallLookup, type OnCallLookup } from '../oncall/providers.js';
import type { Policy } from '../policy/model.js';
import type { CliIo } from './io.js';

export function onCallFromEnv(policy: Policy, io: Pick<CliIo, 'env' | 'clock' | 'sleep'>): OnCallLookup {
  const e = io.env;
  return createOnCallLookup({
    schedules: policy.schedules,
    identities: policy.identities,
    pagerduty: e.BREAKGLASS_PAGERDUTY_TOKEN ? { token: e.BREAKGLASS_PAGERDUTY_TOKEN, baseUrl: e.BREAKGLASS_PAGERDUTY_URL } : undefined,
    opsgenie: e.BREAKGLASS_OPSGENIE_API_KEY ? { apiKey: e.BREAKGLASS_OPSGENIE_API_KEY, baseUrl: e.BREAKGLASS_OPSGENIE_URL } : undefined,
    clock: io.clock,
    sleep: io.sleep,
  });
}
