/**
 * End to end, through the committed bundle: an on-call grant is NOT auto-merged when the repository's
 * guardrails are weak or cannot be verified with the token given (GH-06, GH-08); the comment and the
 * decision name the guardrail, and the PR goes to review instead.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import { grantYaml, startWorld, strongRuleset, type World } from './harness.js';
import type { ActionRun } from './run-action.js';
import { assertExit, rendered } from './text.js';

describe('weak repository guardrails block auto-merge', () => {
  let w: World;
  let pr: number;
  before(async () => {
    w = await startWorld({ canApprove: true });
    pr = w.openGrant('alice', 'inc-11-alice', grantYaml({ requester: 'alice', incident: 'INC-11' }));
  });
  after(() => w.stop());

  function assertBlocked(run: ActionRun, guardrail: string, status: 'weak' | 'unverified'): void {
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged], ['review', 'false']);
    assert.equal(w.fake.merges().length, 0, 'not merged');
    const comment = w.fake.comments(pr).filter((c) => c.body.includes(COMMENT_MARKER));
    assert.equal(comment.length, 1);
    const text = rendered(comment[0]!.body);
    assert.match(text, /Needs review/);
    assert.match(text, new RegExp(`repository guardrail ${guardrail}: `));
    // The decision's notes are in the run log as well.
    assert.match(run.stdout, new RegExp(`^note: .*repository guardrail ${guardrail}: `, 'm'));
    if (status === 'unverified') assert.match(text, new RegExp(`${guardrail}: cannot read`));
    assert.deepEqual(w.fake.labels(pr), ['breakglass:needs-review']);
    assert.ok(w.fake.requestedReviewers(pr).includes('carol'), 'review is requested instead');
  }

  it('"Allow GitHub Actions to approve pull requests" on → actions-cannot-approve', async () => {
    assertBlocked(await w.checkPr(pr), 'actions-cannot-approve', 'weak');
  });

  it('a ruleset that keeps stale approvals → dismiss-stale-reviews', async () => {
    w.fake.setWorkflowPermissions({ can_approve_pull_request_reviews: false });
    w.fake.setRuleset(strongRuleset({ dismiss_stale_reviews_on_push: false }));
    assertBlocked(await w.checkPr(pr), 'dismiss-stale-reviews', 'weak');
  });

  it('settings GITHUB_TOKEN cannot read (workflow permissions) block it too (blockAutoMergeWhenUnverified)', async () => {
    w.fake.setRuleset(strongRuleset());
    assertBlocked(await w.checkPr(pr, { token: w.fake.githubToken }), 'actions-cannot-approve', 'unverified');
  });
});
