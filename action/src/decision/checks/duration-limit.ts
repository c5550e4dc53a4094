/** The duration fits both the bundle's and the access rule's maximum (GOV-04). */
import { error } from '../../core/finding.js';
import { formatDuration } from '../../grant/duration.js';
import { fail, pass, type RuleCheck } from '../model.js';

export const durationLimit: RuleCheck = {
  id: 'duration-limit',
  check({ grant, policy }, rule) {
    const g = grant.grant;
    const bundle = policy.bundles.get(g.bundle);
    const limit = Math.min(rule.maxDurationMinutes, bundle?.maxDurationMinutes ?? rule.maxDurationMinutes);
    if (g.durationMinutes <= limit) return pass;
    const by = bundle && bundle.maxDurationMinutes < rule.maxDurationMinutes ? `bundle "${g.bundle}"` : `rule "${rule.id}"`;
    return fail(
      error('duration-limit', `duration ${g.duration} is over the ${formatDuration(limit)} allowed by ${by}`, {
        file: g.file,
        field: 'duration',
        ...(grant.locate(['duration']) ?? {}),
      }),
    );
  },
};
