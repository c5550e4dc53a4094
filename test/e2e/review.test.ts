/**
 * End to end, through the committed bundle: a grant PR by an SRE who is not on call goes to review;
 * approvals on an old commit and the author's own never count; a valid approval on the head (relayed
 * through workflow_run, the PR found by its head SHA) merges it, and the apply job applies it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrailers } from '../../action/src/audit/trailers.js';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import { ACCOUNT, grantYaml, startWorld, type World } from './harness.js';
import { assertExit, rendered } from './text.js';

const BOB_ROLE = `arn:aws:iam::${ACCOUNT}:role/sre-bob`;
const ID = 'bob-latency';

describe('reviewed grant PR: review, stale and own approvals ignored, then merge and apply', () => {
  let w: World;
  let pr: number;
  const comment = () => {
    const mine = w.fake.comments(pr).filter((c) => c.body.includes(COMMENT_MARKER));
    assert.equal(mine.length, 1, 'exactly one sticky comment');
    return mine[0]!.body;
  };
  before(async () => {
    w = await startWorld();
    pr = w.openGrant('bob', ID, grantYaml({ requester: 'bob', duration: '3h', reason: 'Compare p99 latency across regions after the cache change' }));
  });
  after(() => w.stop());

  it('opened: needs review; reviews are requested from eligible approvers, never the author', async () => {
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged], ['review', 'false']);
    const requested = w.fake.requestedReviewers(pr);
    assert.ok(requested.includes('carol') && requested.includes('dave'), `requested ${requested.join(', ')}`);
    assert.ok(!requested.includes('bob'));
    assert.match(comment(), /Needs review/);
    assert.match(rendered(comment()), /Rule \| `sre-reviewed`/);
    assert.deepEqual(w.fake.labels(pr), ['breakglass:needs-review']);
    assert.equal(w.fake.statuses().at(-1)?.state, 'pending');
    assert.equal(w.fake.merges().length, 0);
  });

  it('an approval of an old commit and the author approving his own PR never merge it', async () => {
    const s1 = w.fake.pull(pr).headSha;
    w.fake.review(pr, 'carol', 'APPROVED');
    const s2 = w.fake.push(pr, { [`grants/${ID}.yaml`]: grantYaml({ requester: 'bob', duration: '4h', reason: 'Compare p99 latency across regions after the cache change' }) }, 'bob');
    assert.notEqual(s2, s1);
    assert.equal(w.fake.pull(pr).reviews[0]?.state, 'DISMISSED', 'GitHub dismissed the stale approval (ruleset)');
    // A stale browser tab: GitHub accepts an approval naming an older commit of the PR.
    w.fake.review(pr, 'carol', 'APPROVED', s1);
    // GitHub refuses self-approval; the action must not depend on that, so the review is planted.
    assert.throws(() => w.fake.review(pr, 'bob', 'APPROVED'), /Can not approve your own pull request/);
    w.fake.pull(pr).reviews.push({ id: w.fake.state.nextId(), user: w.fake.state.mustUser('bob'), state: 'APPROVED', body: 'LGTM', commitId: s2, submittedAt: w.fake.state.now() });

    const run = await w.checkRelay(s2, 'bob');
    assertExit(run, 0);
    assert.deepEqual([run.outputs['pr-number'], run.outputs.outcome, run.outputs.merged], [String(pr), 'review', 'false']);
    assert.equal(w.fake.merges().length, 0);
    const text = rendered(comment());
    assert.match(text, /Approvals\*\* 0\/1/);
    assert.match(text, new RegExp(`approval by \`carol\` not counted: approved an older commit ${s1.slice(0, 7)}`));
    assert.match(text, /approval by `bob` not counted: the requester and people who pushed to the PR cannot approve it/);
    assert.ok(!w.fake.requestedReviewers(pr).includes('bob'));
  });

  it('an eligible approval on the head merges it; the apply job of the same run applies it', async () => {
    const head = w.fake.pull(pr).headSha;
    w.fake.review(pr, 'carol', 'APPROVED');
    const run = await w.checkRelay(head, 'carol');
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged], ['approve', 'true']);
    const merges = w.fake.merges();
    assert.deepEqual(merges.map((m) => [m.number, m.headSha, m.method, m.mergedBy]), [[pr, head, 'squash', 'breakglass-app[bot]']]);
    const t = parseTrailers(w.fake.commitsOn('main')[0]!.message);
    assert.deepEqual([t.get('Breakglass-Rule'), t.get('Breakglass-Approved-By'), t.get('Breakglass-Head')], [['sre-reviewed'], ['carol'], [head]]);
    assert.match(comment(), /Approved by review/);
    assert.deepEqual(w.fake.labels(pr), ['breakglass:approved']);

    const apply = await w.apply();
    assertExit(apply, 0);
    const doc = JSON.parse(w.iam.policiesOf(BOB_ROLE)[`breakglass-${ID}`] ?? 'null') as { Statement: { Condition: { DateLessThan: Record<string, string> } }[] } | null;
    assert.equal(doc?.Statement[0]?.Condition.DateLessThan['aws:CurrentTime'], t.get('Breakglass-Expires')?.[0]);
    assert.ok(w.clouds.crm.hasAccess('acme-prod', 'user:bob@example.com', 'roles/viewer', new Date()));
  });
});
