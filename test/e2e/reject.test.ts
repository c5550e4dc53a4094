/**
 * End to end, through the committed bundle: grant PRs that also touch policies/ or .github/, and a PR
 * whose grant names someone else as requester, are rejected: a failing status, annotations on the
 * grant file, every reason in the comment, exit code 1, nothing merged (RC-04, GH-09, RC-02).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import { grantYaml, startWorld, type World } from './harness.js';
import { commandLines, type ActionRun } from './run-action.js';
import { assertExit, rendered } from './text.js';

/** The `file=` property of an `::error …::` annotation line (properties are `,`-separated, escaped). */
function annotationFile(line: string): string | undefined {
  const m = /^::error ([^:]*)::/.exec(line);
  return m?.[1]?.split(',').find((p) => p.startsWith('file='))?.slice('file='.length);
}

describe('rejected grant PRs', () => {
  let w: World;
  before(async () => {
    w = await startWorld();
  });
  after(() => w.stop());

  function assertRejected(pr: number, run: ActionRun, file: string): string {
    assertExit(run, 1);
    assert.equal(run.outputs.outcome, 'reject');
    assert.equal(run.outputs.merged, 'false');
    assert.equal(w.fake.merges().length, 0, 'nothing merged');
    const head = w.fake.pull(pr).headSha;
    assert.deepEqual(w.fake.statuses().filter((s) => s.sha === head).map((s) => [s.context, s.state]), [['breakglass', 'failure']]);
    assert.ok(commandLines(run.stdout).some((l) => annotationFile(l) === file), `an annotation on ${file}:\n${run.stdout}`);
    assert.deepEqual(w.fake.labels(pr), ['breakglass:rejected']);
    const comments = w.fake.comments(pr).filter((c) => c.body.includes(COMMENT_MARKER));
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /Rejected/);
    assert.match(run.summary, /Rejected/, 'the job summary carries the decision');
    return rendered(comments[0]!.body);
  }

  it('a grant plus a change to policies/rules.yaml', async () => {
    const rules = w.fake.fileAt('main', 'policies/rules.yaml')!.replace('maxDuration: 4h', 'maxDuration: 720h');
    const pr = w.openGrant('alice', 'inc-7-alice', grantYaml({ requester: 'alice', duration: '2h', incident: 'INC-7' }), { 'policies/rules.yaml': rules });
    const run = await w.checkPr(pr);
    const text = assertRejected(pr, run, 'grants/inc-7-alice.yaml');
    assert.match(text, /a grant PR may only add grants\/inc-7-alice\.yaml; it also modifies policies\/rules\.yaml/);
    assert.ok(commandLines(run.stdout).some((l) => annotationFile(l) === 'grants/inc-7-alice.yaml' && l.includes('policies/rules.yaml')));
  });

  it('a grant plus a new workflow under .github/', async () => {
    const pr = w.openGrant('alice', 'inc-8-alice', grantYaml({ requester: 'alice', incident: 'INC-8' }), { '.github/workflows/x.yml': 'on: push\njobs: {}\n' });
    const run = await w.checkPr(pr);
    const text = assertRejected(pr, run, 'grants/inc-8-alice.yaml');
    assert.match(text, /it also adds \.github\/workflows\/x\.yml/);
  });

  it("bob's PR asking for access as alice (requester spoofing)", async () => {
    const pr = w.openGrant('bob', 'inc-9-alice', grantYaml({ requester: 'alice', incident: 'INC-9' }));
    const run = await w.checkPr(pr);
    const text = assertRejected(pr, run, 'grants/inc-9-alice.yaml');
    assert.match(text, /requester/i);
    assert.match(text, /bob/);
    assert.equal(w.fake.requestedReviewers(pr).length, 0, 'a rejected grant asks nobody to review');
  });
});
