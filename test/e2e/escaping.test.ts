/**
 * End to end, through the committed bundle: grant text written to fool reviewers or the runner stays
 * data. The PR comment (and job summary) has no live @mention or raw HTML outside code (IN-11), and no
 * stdout line that the runner would read as a workflow command comes from grant text (GH-03).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import { outsideCode } from '../../action/src/report/markdown.js';
import { APP_TOKEN, grantYaml, startWorld, type World } from './harness.js';
import { commandLines, type ActionRun } from './run-action.js';
import { assertExit } from './text.js';

const REASON = '**APPROVED by @org/security** &#64;admin <img src=//x>\n::add-mask::x\n::error::pwned';
/** HTML our own template uses (the marker, a collapsible section); nothing else may appear. */
const OUR_HTML = /^<(!-- breakglass:decision --|\/?details|\/?summary|\/?b)>$/;

describe('grant text is data in comments and logs', () => {
  let w: World;
  before(async () => {
    w = await startWorld();
  });
  after(() => w.stop());

  function commentOf(pr: number): string {
    const c = w.fake.comments(pr).filter((x) => x.body.includes(COMMENT_MARKER));
    assert.equal(c.length, 1);
    return c[0]!.body;
  }

  function assertSafeMarkdown(md: string): void {
    const outside = outsideCode(md);
    assert.doesNotMatch(outside, /@[A-Za-z0-9]/, 'no live @mention outside code');
    assert.doesNotMatch(outside, /&#/, 'no HTML entity from user text outside code');
    for (const tag of outside.match(/<[^>]*>/g) ?? []) assert.match(tag, OUR_HTML, `raw HTML outside code: ${tag}`);
    assert.doesNotMatch(outside, /\*\*APPROVED/, 'no user-made emphasis outside code');
  }

  function assertNoInjectedCommands(run: ActionRun): void {
    for (const line of commandLines(run.stdout)) {
      assert.doesNotMatch(line, /^::(error|warning)::pwned/, `a command from grant text: ${line}`);
      if (line.startsWith('::add-mask::')) assert.ok([APP_TOKEN, w.pd.token].includes(line.slice('::add-mask::'.length)), `add-mask from grant text: ${line}`);
    }
    assert.doesNotMatch(run.stdout, /^\s*::add-mask::x\s*$/m);
    for (const [name, value] of Object.entries(run.outputs)) assert.doesNotMatch(value, /\n|::/, `output ${name} carries grant text`);
  }

  it('the reason of a grant in review is fenced; mentions, entities and HTML stay inert', async () => {
    const pr = w.openGrant('bob', 'bob-evil', grantYaml({ requester: 'bob', reason: REASON }));
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.equal(run.outputs.outcome, 'review');
    const md = commentOf(pr);
    assert.ok(md.includes('&#64;admin <img src=//x>'), 'the reason is shown verbatim, inside a code block');
    assertSafeMarkdown(md);
    assertSafeMarkdown(run.summary);
    assertNoInjectedCommands(run);
  });

  it('a rejected grant whose path and unknown field carry markup and commands', async () => {
    const path = 'grants/evil\n::add-mask::x.yaml';
    const yaml = `${grantYaml({ requester: 'bob', reason: REASON })}"@admin <img src=//x>\\n::error::pwned": 1\n`;
    const pr = w.fake.openPullRequest({ author: 'bob', title: 'breakglass: evil', head: 'grant-evil', files: { [path]: yaml } });
    const run = await w.checkPr(pr);
    assertExit(run, 1);
    assert.equal(run.outputs.outcome, 'reject');
    assert.equal(w.fake.merges().length, 0);
    assertSafeMarkdown(commentOf(pr));
    assertSafeMarkdown(run.summary);
    assertNoInjectedCommands(run);
  });
});
