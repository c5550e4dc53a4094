/**
 * An extension (a grant with `extends:`) must extend a live grant of the same person and bundle,
 * within the rule's extension limit; it starts when the old one ends, so nothing is cut early (RC-06).
 */
import { error } from '../../core/finding.js';
import { fail, notApplicable, pass, type RuleCheck } from '../model.js';

export const extensionLimit: RuleCheck = {
  id: 'extension',
  check({ grant, extension, now }, rule) {
    const g = grant.grant;
    if (g.extends === undefined) return notApplicable;
    const at = { file: g.file, field: 'extends', ...(grant.locate(['extends']) ?? {}) };
    const found = extension?.grantId === g.extends ? extension.found : undefined;
    if (!found) return fail(error('extension', `grant "${g.extends}" was never approved, so it cannot be extended`, at));
    if (found.requester.toLowerCase() !== g.requester.toLowerCase()) return fail(error('extension', `grant "${g.extends}" belongs to ${found.requester}; only its requester can extend it`, at));
    if (found.bundle !== g.bundle) return fail(error('extension', `grant "${g.extends}" is for bundle "${found.bundle}"; an extension keeps the bundle`, at));
    if (found.revoked || Date.parse(found.expires) <= now.getTime()) return fail(error('extension', `grant "${g.extends}" has already ended; request a new grant instead`, at));
    if (found.depth + 1 > rule.maxExtensions) {
      return fail(error('extension', `rule "${rule.id}" allows ${rule.maxExtensions} extension(s); this would be extension ${found.depth + 1}`, at));
    }
    return pass;
  },
};
