/** An incident id is present and well-formed where the rule requires one (GOV-03). */
import { error } from '../../core/finding.js';
import { fail, notApplicable, pass, type RuleCheck } from '../model.js';

export const incidentRequired: RuleCheck = {
  id: 'incident',
  check({ grant }, rule) {
    const g = grant.grant;
    const at = { file: g.file, field: 'incident', ...(grant.locate(['incident']) ?? grant.locate([]) ?? {}) };
    if (g.incident === undefined) {
      return rule.incident.required ? fail(error('incident', `rule "${rule.id}" requires an incident id`, at)) : notApplicable;
    }
    if (rule.incident.pattern !== undefined && !new RegExp(rule.incident.pattern, 'u').test(g.incident)) {
      return fail(error('incident', `incident "${g.incident}" does not match the format ${rule.incident.pattern} required by rule "${rule.id}"`, at));
    }
    return pass;
  },
};
