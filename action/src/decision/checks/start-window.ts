/** A requested start may not lie in the past beyond the tolerated skew, nor more than 7 days ahead (GOV-04). */
import { error } from '../../core/finding.js';
import { fail, notApplicable, pass, type GateCheck } from '../model.js';

const MAX_AHEAD_MS = 7 * 24 * 3600_000;

export const startWindow: GateCheck = {
  id: 'start-window',
  check({ grant, now, policy }) {
    const start = grant.grant.start;
    if (start === undefined) return notApplicable;
    const at = { file: grant.grant.file, field: 'start', ...(grant.locate(['start']) ?? {}) };
    const t = Date.parse(start);
    if (t < now.getTime() - policy.settings.clockSkewSeconds * 1000) {
      return fail(error('start-window', `start ${start} is in the past; leave it out to start at approval`, at));
    }
    if (t > now.getTime() + MAX_AHEAD_MS) return fail(error('start-window', `start ${start} is more than 7 days ahead`, at));
    return pass;
  },
};
