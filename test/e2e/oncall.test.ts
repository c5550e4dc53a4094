/**
 * End to end, through the committed bundle: an on-call engineer's grant PR is merged by ONE check-pr
 * run and applied by the apply job of the same workflow run; a second run on the merged PR is a no-op.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrailers } from '../../action/src/audit/trailers.js';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import { ACCOUNT, grantYaml, startWorld, type World } from './harness.js';
import { assertExit } from './text.js';

const ALICE_ROLE = `arn:aws:iam::${ACCOUNT}:role/sre-alice`;
const ID = 'inc-4242-alice';

describe('on-call grant PR: merged and applied in one workflow run', () => {
  let w: World;
  let pr: number;
  before(async () => {
    w = await startWorld();
    pr = w.openGrant('alice', ID, grantYaml({ requester: 'alice', duration: '2h', incident: 'INC-4242' }));
  });
  after(() => w.stop());

  it('check-pr merges it at once, pinned to the head SHA, with the decision trailers', async () => {
    const head = w.fake.pull(pr).headSha;
    const started = Date.now();
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'approve');
    assert.equal(run.outputs.merged, 'true');
    assert.equal(run.outputs['grant-id'], ID);
    const merges = w.fake.merges();
    assert.equal(merges.length, 1);
    assert.deepEqual([merges[0]?.number, merges[0]?.headSha, merges[0]?.method, merges[0]?.mergedBy], [pr, head, 'squash', 'breakglass-app[bot]']);
    assert.equal(run.outputs['merge-sha'], merges[0]?.sha);
    const commit = w.fake.commitsOn('main')[0]!;
    assert.equal(commit.sha, merges[0]?.sha);
    const t = parseTrailers(commit.message);
    assert.equal(t.get('Breakglass-Grant')?.[0], ID);
    assert.equal(t.get('Breakglass-Decision')?.[0], 'approve');
    assert.equal(t.get('Breakglass-Rule')?.[0], 'oncall-emergency');
    assert.equal(t.get('Breakglass-Head')?.[0], head);
    assert.match(t.get('Breakglass-On-Call')?.[0] ?? '', /^sre-primary pagerduty:PSRE001 L1 /);
    const start = Date.parse(t.get('Breakglass-Start')?.[0] ?? '');
    const expires = Date.parse(t.get('Breakglass-Expires')?.[0] ?? '');
    assert.ok(Math.abs(start - started) < 60_000, 'the window starts at the decision');
    assert.equal(expires - start, 2 * 3600_000);
    assert.equal(run.outputs['expires-at'], t.get('Breakglass-Expires')?.[0]);

    const comments = w.fake.comments(pr).filter((c) => c.body.includes(COMMENT_MARKER));
    assert.equal(comments.length, 1, 'one sticky comment');
    assert.match(comments[0]!.body, /Approved: on-call emergency access/);
    assert.deepEqual(w.fake.labels(pr), ['breakglass:auto-approved']);
    const statuses = w.fake.statuses().filter((s) => s.sha === head);
    assert.deepEqual(statuses.map((s) => [s.context, s.state]), [['breakglass', 'success']]);
  });

  it('the apply job (reconcile) applies it to AWS and GCP with the window as cloud-side expiry', async () => {
    const t = parseTrailers(w.fake.commitsOn('main')[0]!.message);
    const start = t.get('Breakglass-Start')![0]!;
    const expires = t.get('Breakglass-Expires')![0]!;
    const run = await w.apply();
    assertExit(run, 0);
    const doc = JSON.parse(w.iam.policiesOf(ALICE_ROLE)[`breakglass-${ID}`] ?? 'null') as { Statement: { Condition: Record<string, Record<string, string>> }[] };
    assert.ok(doc, `inline policy breakglass-${ID} on ${ALICE_ROLE}`);
    for (const s of doc.Statement) {
      assert.equal(s.Condition.DateLessThan?.['aws:CurrentTime'], expires);
      assert.equal(s.Condition.DateGreaterThanEquals?.['aws:CurrentTime'], start);
    }
    const bindings = w.clouds.crm.policyOf('acme-prod').bindings.filter((b) => b.condition?.title === `breakglass-${ID}`);
    assert.deepEqual(bindings.map((b) => [b.role, b.members]).sort(), [['roles/logging.viewer', ['user:alice@example.com']], ['roles/viewer', ['user:alice@example.com']]]);
    assert.ok(w.clouds.crm.hasAccess('acme-prod', 'user:alice@example.com', 'roles/viewer', new Date(Date.parse(expires) - 1000)));
    assert.ok(!w.clouds.crm.hasAccess('acme-prod', 'user:alice@example.com', 'roles/viewer', new Date(expires)));
    assert.equal(w.clouds.crm.calls('token').length, 1, 'GCP credentials came from the workload identity federation exchange');
    const record = parseTrailers(w.fake.commitsOn('main')[0]!.message);
    assert.deepEqual([record.get('Breakglass-Grant'), record.get('Breakglass-Action')], [[ID], ['apply']], 'the apply record is committed to main through the API');
  });

  it('the merge push starts reconcile.yml too, because an App made it (GH-05)', () => {
    const mergeSha = w.fake.merges()[0]?.sha;
    const push = w.fake.events.find((e) => e.name === 'push' && e.ref === 'refs/heads/main' && e.sha === mergeSha);
    assert.ok(push, 'the merge emitted a push to main');
    assert.deepEqual([push.actor, push.tokenKind, push.triggersWorkflows], ['breakglass-app[bot]', 'app', true]);
    // That second run (reconcile.yml on push) queues behind the apply job in the one apply group and
    // finds nothing to do. With GITHUB_TOKEN the push starts nothing at all (github-token.test.ts): the
    // apply job of the same workflow run is what applies the grant in both setups.
  });

  it('a second check-pr run on the merged PR is a no-op', async () => {
    const before = { comments: JSON.stringify(w.fake.comments(pr)), statuses: w.fake.statuses().length, labels: w.fake.labels(pr), merges: w.fake.merges().length };
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.match(run.stdout, new RegExp(`PR #${pr} is merged`));
    assert.equal(run.outputs.merged, 'false');
    assert.deepEqual({ comments: JSON.stringify(w.fake.comments(pr)), statuses: w.fake.statuses().length, labels: w.fake.labels(pr), merges: w.fake.merges().length }, before);
  });
});
