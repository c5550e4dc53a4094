/**
 * When a bot's grant PR counts as the request issue author's (github/issue-delegation.ts): only with
 * the marker, from this repository, for an open issue with the request label opened by the requester,
 * and with a grant file that is exactly what the issue's form asks for.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { issueDelegation } from '../../action/src/github/issue-delegation.js';
import type { GitHubOps, IssueFacts, PullFacts } from '../../action/src/github/ops.js';
import { fromIssueMarker, REQUEST_LABEL } from '../../action/src/grant/issue-form.js';
import { grantFrom } from '../support/builders.js';

const FORM = '### Bundle\n\nprod-readonly\n\n### Duration\n\n1h\n\n### Incident\n\nINC-1234\n\n### Reason\n\nPrimary database replica is lagging; need to read the logs.';
const grant = (extra: Record<string, string | string[]> = {}) => grantFrom({ requester: 'alice', ...extra }, 'grants/20261122-1030-alice-prod-readonly-i7.yaml').grant;

function issue(o: Partial<IssueFacts> = {}): IssueFacts {
  return { number: 7, state: 'open', title: 'breakglass request', body: FORM, author: { login: 'alice', id: 1001, isBot: false }, labels: [REQUEST_LABEL], createdAt: '2026-11-22T10:30:00Z', isPull: false, ...o };
}
function pull(o: Partial<PullFacts> = {}): PullFacts {
  return { number: 8, state: 'open', merged: false, draft: false, title: 't', body: fromIssueMarker(7), author: { login: 'breakglass-app[bot]', id: 99, isBot: true }, headSha: 'a'.repeat(40), headRef: 'breakglass/x', baseRef: 'main', baseSha: 'b'.repeat(40), fromFork: false, createdAt: '2026-11-22T10:31:00Z', labels: [], ...o };
}
const gh = (i: IssueFacts | undefined) => ({ getIssue: async () => i }) as unknown as GitHubOps;

describe('issue delegation', () => {
  it('the bot PR that is exactly what alice\'s issue asks for counts as alice\'s (by login and id)', async () => {
    assert.deepEqual(await issueDelegation(gh(issue()), pull(), grant()), { issue: 7, author: { login: 'alice', id: 1001 } });
  });

  it('does not apply to people\'s PRs or to bot PRs without the marker', async () => {
    assert.equal(await issueDelegation(gh(issue()), pull({ author: { login: 'alice', id: 1001, isBot: false } }), grant()), undefined);
    assert.equal(await issueDelegation(gh(issue()), pull({ body: 'no marker' }), grant()), undefined);
  });

  const refused = async (why: RegExp, i: IssueFacts | undefined, p = pull(), g = grant()) => {
    const d = await issueDelegation(gh(i), p, g);
    assert.equal(d?.author, undefined);
    assert.match(d?.refused ?? '', why);
  };

  it('refuses forks, missing issues, PRs posing as issues, unlabelled, bot-opened and closed issues', async () => {
    await refused(/fork/, issue(), pull({ fromFork: true }));
    await refused(/#7 is not an issue/, undefined);
    await refused(/#7 is not an issue/, issue({ isPull: true }));
    await refused(/does not carry the breakglass-request label/, issue({ labels: [] }));
    await refused(/opened by a bot/, issue({ author: { login: 'alice', id: 1001, isBot: true } }));
    await refused(/issue #7 is closed/, issue({ state: 'closed' }));
  });

  it('refuses an issue by someone else, an unreadable form, and any difference from the form', async () => {
    await refused(/opened by bob, not by the requester alice/, issue({ author: { login: 'bob', id: 1002, isBot: false } }));
    await refused(/not a readable request form/, issue({ body: 'please give me access' }));
    await refused(/differs from what issue #7 asks for \(duration\)/, issue(), pull(), grant({ duration: '2h' }));
    await refused(/differs from what issue #7 asks for \(targets\)/, issue(), pull(), grant({ targets: ['gcp:acme-prod'] }));
  });
});
