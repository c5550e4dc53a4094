/**
 * End to end, through the committed bundle: check-pr reads the default branch's git history (the
 * check job checks out with fetch-depth: 0). An overdue post-use review takes away the requester's
 * next automatic approval until it is recorded; an extension within the rule's limit merges with
 * Breakglass-Extends and starts when the grant it extends ends; one past the limit goes to review.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrailers } from '../../action/src/audit/trailers.js';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import { grantYaml, startWorld, type World } from './harness.js';
import { plantApproval, plantReview } from './plant.js';
import { assertExit, rendered } from './text.js';

const comment = (w: World, pr: number) => rendered(w.fake.comments(pr).find((c) => c.body.includes(COMMENT_MARKER))?.body ?? '');

describe('overdue post-use review: no automatic approval until it is recorded', () => {
  let w: World;
  let pr: number;
  const OLD = 'inc-4100-alice-old';
  before(async () => {
    w = await startWorld();
    // Two days ago alice got break-glass access at once (no approvers); nobody reviewed it (due 24 h later).
    plantApproval(w.fake, { id: OLD, requester: 'alice', approvedAt: new Date(Date.now() - 48 * 3600_000), minutes: 60, incident: 'INC-4100' });
  });
  after(() => w.stop());

  it('alice is on call, but her next PR goes to review with a note naming the overdue review', async () => {
    pr = w.openGrant('alice', 'inc-4242-alice', grantYaml({ requester: 'alice', incident: 'INC-4242' }));
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged], ['review', 'false']);
    assert.equal(w.fake.merges().length, 0);
    const text = comment(w, pr);
    assert.match(text, /Needs review/);
    assert.match(text, new RegExp(`rule "oncall-emergency" would approve at once, but the post-use review of ${OLD} was due \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ and is not done`));
    assert.match(text, /Rule \| `sre-reviewed`/);
    assert.ok(w.fake.requestedReviewers(pr).includes('carol'));
  });

  it('once the review is recorded in git, the same PR is approved at once on its next event', async () => {
    plantReview(w.fake, OLD, 'carol', new Date());
    const run = await w.checkPr(pr, { action: 'synchronize' });
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged], ['approve', 'true']);
    const t = parseTrailers(w.fake.commitsOn('main')[0]!.message);
    assert.deepEqual([t.get('Breakglass-Rule'), t.get('Breakglass-Approved-By')], [['oncall-emergency'], undefined]);
  });
});

describe('extension: within the rule limit it merges at once and starts at the old expiry', () => {
  let w: World;
  const A = 'inc-5000-alice';
  const B = 'inc-5000-alice-ext1';
  const C = 'inc-5000-alice-ext2';
  let aExpires = '';
  before(async () => {
    w = await startWorld();
    const pr = w.openGrant('alice', A, grantYaml({ requester: 'alice', duration: '1h', incident: 'INC-5000' }));
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.equal(run.outputs.merged, 'true');
    aExpires = run.outputs['expires-at'] ?? '';
  });
  after(() => w.stop());

  it('the first extension (oncall-emergency allows 1) merges with Breakglass-Extends, starting when A ends', async () => {
    const pr = w.openGrant('alice', B, `${grantYaml({ requester: 'alice', duration: '1h', incident: 'INC-5000' })}extends: ${A}\n`);
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged], ['approve', 'true']);
    const t = parseTrailers(w.fake.commitsOn('main')[0]!.message);
    assert.deepEqual([t.get('Breakglass-Grant'), t.get('Breakglass-Extends'), t.get('Breakglass-Rule')], [[B], [A], ['oncall-emergency']]);
    assert.equal(t.get('Breakglass-Start')?.[0], aExpires, 'the extension starts exactly when the extended grant ends');
    assert.equal(Date.parse(t.get('Breakglass-Expires')![0]!) - Date.parse(aExpires), 3600_000);
  });

  it('a second extension is past the on-call rule limit: it goes to review under sre-reviewed', async () => {
    const pr = w.openGrant('alice', C, `${grantYaml({ requester: 'alice', duration: '1h', incident: 'INC-5000' })}extends: ${B}\n`);
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged], ['review', 'false']);
    assert.match(comment(w, pr), /rule "oncall-emergency" does not apply: rule "oncall-emergency" allows 1 extension\(s\); this would be extension 2/);
  });

  it('an extension of a grant git never approved is rejected', async () => {
    const pr = w.openGrant('alice', 'inc-5000-alice-bogus', `${grantYaml({ requester: 'alice', duration: '1h', incident: 'INC-5000' })}extends: never-approved\n`);
    const run = await w.checkPr(pr);
    assertExit(run, 1);
    assert.equal(run.outputs.outcome, 'reject');
    assert.match(comment(w, pr), /grant "never-approved" was never approved, so it cannot be extended/);
  });
});

