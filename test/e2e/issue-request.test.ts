/**
 * End to end, through the committed bundle: the grant request issue form (grant-from-issue.yml runs
 * request-from-issue on `issues: opened`). A valid form opens a grant PR for the issue's author, which
 * check-pr then treats as that author's own (on call: merged at once); a bad form gets located errors
 * on the issue and no PR; an author outside policies/identities gets nothing. A bot PR that names an
 * issue but does not match it stays the bot's and is rejected.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrailers } from '../../action/src/audit/trailers.js';
import { ANSWER_MARKER } from '../../action/src/commands/request-from-issue.js';
import { fromIssueMarker, REQUEST_LABEL } from '../../action/src/grant/issue-form.js';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import { grantYaml, startWorld, type World } from './harness.js';
import { issuesEvent } from './events.js';
import { assertExit, rendered } from './text.js';

/** What GitHub puts in the issue body when the form is submitted. */
function formBody(a: { bundle: string; duration: string; incident?: string; reason: string }): string {
  return `### Bundle\n\n${a.bundle}\n\n### Duration\n\n${a.duration}\n\n### Incident\n\n${a.incident ?? '_No response_'}\n\n### Reason\n\n${a.reason}`;
}

describe('grant request from the issue form', () => {
  let w: World;
  const submit = (author: string, body: string) => w.fake.openIssue({ author, title: 'breakglass request', body, labels: [REQUEST_LABEL] });
  const answer = (issue: number) => rendered(w.fake.comments(issue).find((c) => c.body.includes(ANSWER_MARKER))?.body ?? '');
  const request = (issue: number, token?: string) => w.run('request-from-issue', 'issues', issuesEvent(w.fake, issue, 'opened', w.fake.issue(issue).author.login), token ? { token } : {});
  const decision = (pr: number) => rendered(w.fake.comments(pr).find((c) => c.body.includes(COMMENT_MARKER))?.body ?? '');

  before(async () => {
    w = await startWorld();
  });
  after(() => w.stop());

  it('a valid form: a PR in alice\'s name, which check-pr takes as hers and merges (she is on call)', async () => {
    const issue = submit('alice', formBody({ bundle: 'prod-readonly', duration: '1h', incident: 'INC-7100', reason: 'Checkout 5xx spike: read logs and metrics\r\n### Bundle\r\nprod-admin' }));
    const run = await request(issue);
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'opened');
    const n = Number(run.outputs['pr-number']);
    const pr = w.fake.pull(n);
    assert.equal(pr.author.login, 'breakglass-app[bot]');
    assert.ok(pr.body?.includes(fromIssueMarker(issue)));
    assert.equal(pr.headRef, `breakglass/${run.outputs['grant-id']}`);
    const file = w.fake.fileAt(pr.headSha, `grants/${run.outputs['grant-id']}.yaml`) ?? '';
    assert.match(file, /requester: "alice"/);
    assert.match(file, /bundle: "prod-readonly"/, 'a "### Bundle" line inside the reason does not change the bundle');
    assert.match(answer(issue), new RegExp(`Opened #${n} for you`));
    assert.doesNotMatch(answer(issue), /GITHUB_TOKEN/);

    const check = await w.checkPr(n);
    assertExit(check, 0);
    assert.deepEqual([check.outputs.outcome, check.outputs.merged], ['approve', 'true']);
    const t = parseTrailers(w.fake.commitsOn('main')[0]!.message);
    assert.deepEqual([t.get('Breakglass-Requester'), t.get('Breakglass-Rule')], [['alice'], ['oncall-emergency']]);
    assert.match(decision(n), new RegExp(`from request issue #${issue} on behalf of its author alice`));
  });

  it('a re-run of the same job makes no second PR', async () => {
    const issue = submit('bob', formBody({ bundle: 'prod-readonly', duration: '2h', reason: 'Compare p99 latency across regions after the cache change' }));
    assertExit(await request(issue), 0);
    const pulls = w.fake.repo().pulls.size;
    const again = await request(issue);
    assertExit(again, 0);
    assert.equal(again.outputs.outcome, 'exists');
    assert.equal(w.fake.repo().pulls.size, pulls);
    assert.equal(w.fake.comments(issue).filter((c) => c.body.includes(ANSWER_MARKER)).length, 1, 'one sticky answer');
  });

  it('an invalid form: located errors on the issue, no branch and no PR', async () => {
    const branches = [...w.fake.repo().refs.keys()].length;
    const pulls = w.fake.repo().pulls.size;
    const issue = submit('bob', formBody({ bundle: 'prod-everything', duration: '1h', reason: 'short' }));
    const run = await request(issue);
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'invalid');
    assert.match(answer(issue), /\*\*Bundle\*\*: "prod-everything" is not a bundle in policies\//);
    const bad = submit('bob', formBody({ bundle: 'prod-readonly', duration: '90x', reason: 'short' }));
    assertExit(await request(bad), 0);
    assert.match(answer(bad), /\*\*Duration\*\*: /);
    assert.match(answer(bad), /\*\*Reason\*\*: must NOT have fewer than 15 characters/);
    assert.equal([...w.fake.repo().refs.keys()].length, branches);
    assert.equal(w.fake.repo().pulls.size, pulls);
  });

  it('an author who is not in policies/identities gets an answer and nothing else', async () => {
    const pulls = w.fake.repo().pulls.size;
    const issue = submit('mallory', formBody({ bundle: 'prod-readonly', duration: '1h', reason: 'I would like to read the production logs please' }));
    const run = await request(issue);
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'refused');
    assert.match(answer(issue), /mallory \(GitHub id 1666\) is not in policies\/identities\.yaml/);
    assert.equal(w.fake.repo().pulls.size, pulls);
  });

  it('a bot PR naming alice\'s issue with a different grant stays the bot\'s: rejected', async () => {
    const issue = submit('alice', formBody({ bundle: 'prod-readonly', duration: '1h', incident: 'INC-7200', reason: 'Checkout 5xx spike: read logs and metrics' }));
    const n = w.fake.openPullRequest({
      author: 'breakglass-app[bot]',
      title: 'Break-glass',
      head: 'breakglass/spoof',
      body: fromIssueMarker(issue),
      files: { 'grants/spoof-admin.yaml': grantYaml({ requester: 'alice', bundle: 'prod-admin', duration: '1h', incident: 'INC-7200' }) },
    });
    const run = await w.checkPr(n);
    assertExit(run, 1);
    assert.equal(run.outputs.outcome, 'reject');
    const text = decision(n);
    assert.match(text, /requester "alice" is not the PR author "breakglass-app\[bot\]"/);
    assert.match(text, new RegExp(`not taken as its author's request: the grant file differs from what issue #${issue} asks for \\(bundle, reason\\)`));
  });

  it('opened with GITHUB_TOKEN: the answer says the PR waits for its next event', async () => {
    const issue = submit('bob', formBody({ bundle: 'prod-readonly', duration: '30m', reason: 'Read the checkout-service logs for the incident' }));
    const run = await request(issue, w.fake.githubToken);
    assertExit(run, 0);
    assert.equal(w.fake.pull(Number(run.outputs['pr-number'])).author.login, 'github-actions[bot]');
    assert.match(answer(issue), /opened with `GITHUB_TOKEN`, whose events start no workflow/);
  });
});
