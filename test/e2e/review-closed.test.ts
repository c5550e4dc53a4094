/**
 * End to end, through the committed bundle: closing a post-use review issue (review-closed.yml,
 * `issues: closed`) records the review in git, but only when a post-use reviewer of the bundle closed
 * it. The requester or anyone else closing it gets it reopened with the reason; a second close of a
 * recorded review records nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrailers } from '../../action/src/audit/trailers.js';
import { REVIEW_LABEL } from '../../action/src/report/review-issue.js';
import { grantYaml, startWorld, type World } from './harness.js';
import { issuesEvent } from './events.js';
import { assertExit, rendered } from './text.js';

const ID = 'inc-6000-alice';

describe('post-use review issue closed: record-review', () => {
  let w: World;
  let issue: number;
  const close = async (login: string) => {
    w.fake.setIssueState(issue, login, 'closed');
    return w.run('record-review', 'issues', issuesEvent(w.fake, issue, 'closed', login));
  };
  const lastComment = () => rendered(w.fake.comments(issue).at(-1)?.body ?? '');
  const reviewRecords = () => w.fake.commitsOn('main').map((c) => parseTrailers(c.message)).filter((t) => t.get('Breakglass-Action')?.[0] === 'review');

  before(async () => {
    w = await startWorld();
    const pr = w.openGrant('alice', ID, grantYaml({ requester: 'alice', incident: 'INC-6000' }));
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.equal(run.outputs.merged, 'true');
    const opened = w.fake.issues().filter((i) => i.labels.includes(REVIEW_LABEL));
    assert.equal(opened.length, 1, 'the auto-approval opened one review issue');
    issue = opened[0]!.number;
    assert.equal(opened[0]!.author.login, 'breakglass-app[bot]');
  });
  after(() => w.stop());

  it('the requester closing her own review: reopened, nothing recorded', async () => {
    const run = await close('alice');
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'reopened');
    assert.equal(w.fake.issue(issue).state, 'open');
    assert.match(lastComment(), /`alice` is the requester, and nobody reviews their own access/);
    assert.equal(reviewRecords().length, 0);
  });

  it('someone who is not a reviewer of the bundle closing it: reopened with the reviewers named', async () => {
    const run = await close('bob');
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'reopened');
    assert.equal(w.fake.issue(issue).state, 'open');
    assert.match(lastComment(), /`bob` is not a reviewer for bundle `prod-readonly` \(reviewers: `carol`, `dave`\)/);
    assert.equal(reviewRecords().length, 0);
  });

  it('carol (security) closing it: a review record on main with Breakglass-Issue, and a comment', async () => {
    const run = await close('carol');
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'recorded');
    assert.equal(w.fake.issue(issue).state, 'closed');
    const records = reviewRecords();
    assert.equal(records.length, 1);
    const t = records[0]!;
    assert.deepEqual([t.get('Breakglass-Grant'), t.get('Breakglass-Reviewer'), t.get('Breakglass-Issue')], [[ID], ['carol'], [String(issue)]]);
    assert.ok(!Number.isNaN(Date.parse(t.get('Breakglass-Time')?.[0] ?? '')));
    const head = w.fake.commitsOn('main')[0]!;
    assert.equal(head.verified, true, 'committed through the API, so GitHub signed it');
    assert.match(lastComment(), /Review by `carol` recorded in git at .* as commit `[0-9a-f]{12}`/);
  });

  it('closed again (a re-run, or reopened and closed by dave): nothing new is recorded', async () => {
    w.fake.setIssueState(issue, 'carol', 'open');
    const comments = w.fake.comments(issue).length;
    const run = await close('dave');
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'already-recorded');
    assert.equal(reviewRecords().length, 1);
    assert.equal(w.fake.comments(issue).length, comments);
  });

  it('an issue that is not a review issue is left alone', async () => {
    const other = w.fake.openIssue({ author: 'bob', title: 'question', body: '<!-- breakglass:review grant=inc-6000-alice requester=alice due=2020-01-01T00:00:00Z -->', labels: [REVIEW_LABEL] });
    w.fake.setIssueState(other, 'carol', 'closed');
    const run = await w.run('record-review', 'issues', issuesEvent(w.fake, other, 'closed', 'carol'));
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'skipped');
    assert.equal(w.fake.issue(other).state, 'closed');
    assert.equal(w.fake.comments(other).length, 0);
  });
});
