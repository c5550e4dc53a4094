/** The requester named in the file is the PR author, by login and, when declared, numeric id (RC-02, IN-07). */
import { error } from '../../core/finding.js';
import { fail, pass, type GateCheck } from '../model.js';

export const requesterIsAuthor: GateCheck = {
  id: 'requester-is-author',
  check({ grant, pr, policy }) {
    const g = grant.grant;
    const at = { file: g.file, field: 'requester', ...(grant.locate(['requester']) ?? {}) };
    if (g.requester.toLowerCase() !== pr.author.login.toLowerCase()) {
      return fail(error('requester-is-author', `requester "${g.requester}" is not the PR author "${pr.author.login}"; open the PR as the person who needs access`, at));
    }
    const identity = policy.identities.get(g.requester.toLowerCase());
    if (!identity) return fail(error('requester-is-author', `"${g.requester}" has no identity in policies/, so no cloud principal to grant to`, at));
    if (identity.githubId !== undefined && pr.author.id !== undefined && identity.githubId !== pr.author.id) {
      return fail(error('requester-is-author', `the PR author's GitHub id ${pr.author.id} does not match ${g.requester}'s declared id ${identity.githubId}`, at));
    }
    return pass;
  },
};
