/**
 * End to end, through the committed bundle, in the small setup: no GitHub App, the workflow's
 * GITHUB_TOKEN for every call, a ruleset that only blocks force pushes and deletion. A reviewed grant
 * merged with GITHUB_TOKEN starts no `push` workflow (GH-05): reconcile.yml never hears of it, and
 * the apply job of the same workflow run (grant-flow.yml, `needs: check`, merged == 'true') is what
 * applies it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decisionTrailers, parseTrailers } from '../../action/src/audit/trailers.js';
import { isoSeconds } from '../../action/src/core/clock.js';
import { ACCOUNT, grantYaml, startWorld, strongRuleset, type World } from './harness.js';
import { assertExit } from './text.js';

const ID = 'bob-cache';
const BOB_ROLE = `arn:aws:iam::${ACCOUNT}:role/sre-bob`;
const ALICE_ROLE = `arn:aws:iam::${ACCOUNT}:role/sre-alice`;

describe('GITHUB_TOKEN setup: a merge that starts no workflow is applied by the same run', () => {
  let w: World;
  let token: string;
  before(async () => {
    w = await startWorld({ ruleset: { id: 1, name: 'main history', nonFastForward: true, deletion: true } });
    token = w.fake.githubToken;
  });
  after(() => w.stop());

  it('merged by github-actions[bot]: the push starts no workflow; the apply job applies the grant', async () => {
    const pr = w.openGrant('bob', ID, grantYaml({ requester: 'bob', duration: '1h', reason: 'Inspect the cache cluster after the failover drill' }));
    const head = w.fake.pull(pr).headSha;
    w.fake.review(pr, 'dave', 'APPROVED');
    const check = await w.checkRelay(head, 'dave', { token });
    assertExit(check, 0);
    assert.deepEqual([check.outputs.outcome, check.outputs.merged], ['approve', 'true']);
    const merge = w.fake.merges()[0];
    assert.deepEqual([merge?.number, merge?.headSha, merge?.mergedBy], [pr, head, 'github-actions[bot]']);

    const push = w.fake.events.find((e) => e.name === 'push' && e.ref === 'refs/heads/main' && e.sha === merge?.sha);
    assert.deepEqual([push?.actor, push?.tokenKind, push?.triggersWorkflows], ['github-actions[bot]', 'github-token', false]);
    const startedByMain = () => w.fake.workflowRuns().filter((e) => e.name === 'push' && e.ref === 'refs/heads/main' && e.seq >= (push?.seq ?? 0));
    assert.deepEqual(startedByMain(), [], 'no workflow run for the merge: reconcile.yml on push never starts');

    const apply = await w.apply({ token });
    assertExit(apply, 0);
    const t = parseTrailers(w.fake.commitsOn('main').find((c) => c.sha === merge?.sha)!.message);
    const doc = JSON.parse(w.iam.policiesOf(BOB_ROLE)[`breakglass-${ID}`] ?? 'null') as { Statement: { Condition: { DateLessThan: Record<string, string> } }[] } | null;
    assert.equal(doc?.Statement[0]?.Condition.DateLessThan['aws:CurrentTime'], t.get('Breakglass-Expires')?.[0]);
    assert.ok(w.clouds.crm.hasAccess('acme-prod', 'user:bob@example.com', 'roles/logging.viewer', new Date()));
    assert.deepEqual(startedByMain(), [], 'the apply record commit (GITHUB_TOKEN) starts nothing either');
  });

  it('with a ruleset requiring pull requests, GITHUB_TOKEN cannot commit the apply record: the run fails and says what to change', async () => {
    w.fake.setRuleset(strongRuleset());
    const now = new Date();
    const record = decisionTrailers({ grantId: 'alice-db', decision: 'approve', rule: 'sre-reviewed', requester: 'alice', bundle: 'prod-readonly', approvedBy: ['carol'], onCall: [], start: isoSeconds(now), expires: isoSeconds(new Date(now.getTime() + 3600_000)), targets: [], pr: '99' });
    // The squash merge as it lands on main (made here by the repository owner, outside the flow).
    w.fake.commitFiles('main', { 'grants/alice-db.yaml': grantYaml({ requester: 'alice', duration: '1h' }) }, `breakglass: grant alice-db (#99)\n\n${record}\n`, 'acme');
    const apply = await w.apply({ token });
    assertExit(apply, 1);
    assert.ok(w.iam.policiesOf(ALICE_ROLE)['breakglass-alice-db'], 'the clouds are applied all the same');
    assert.match(apply.stdout, /main refuses commits from this token \(Repository rule violations found Changes must be made through a pull request\.\)/);
    assert.match(apply.stdout, /GitHub App token whose app is on the ruleset's bypass list \(secret BREAKGLASS_TOKEN\)/);
    assert.equal(w.fake.commitsOn('main')[0]?.message.includes('Breakglass-Action: apply'), false, 'no record was written');
  });
});
