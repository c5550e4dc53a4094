/**
 * End to end, through the committed bundle: the scheduled sweep (sweep.yml). Overdue post-use reviews
 * get the overdue label and one comment; grant PRs not approved within staleRequestHours are closed
 * with a comment; a second run changes nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OVERDUE_LABEL, REVIEW_LABEL } from '../../action/src/report/review-issue.js';
import { STALE_MARKER } from '../../action/src/commands/sweep.js';
import { grantYaml, startWorld, type World } from './harness.js';
import { assertExit } from './text.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const marker = (grant: string, due: number) => `<!-- breakglass:review grant=${grant} requester=alice due=${iso(due)} -->\nPost-use review.`;

describe('sweep: overdue reviews escalated, stale grant requests closed, idempotent', () => {
  let w: World;
  const n: Record<string, number> = {};
  const scheduled = () => w.run('sweep', 'schedule', { schedule: '41 * * * *' });
  const age = (pr: number, hours: number) => {
    const at = iso(Date.now() - hours * 3600_000);
    w.fake.pull(pr).createdAt = at;
    w.fake.issue(pr).createdAt = at;
  };

  before(async () => {
    w = await startWorld();
    const bot = 'breakglass-app[bot]';
    n.overdue = w.fake.openIssue({ author: bot, title: 'Post-use review: old', body: marker('inc-1-old', Date.now() - 3600_000), labels: [REVIEW_LABEL] });
    n.due = w.fake.openIssue({ author: bot, title: 'Post-use review: new', body: marker('inc-2-new', Date.now() + 3600_000), labels: [REVIEW_LABEL] });
    n.human = w.fake.openIssue({ author: 'bob', title: 'fake review', body: marker('inc-3-fake', Date.now() - 3600_000), labels: [REVIEW_LABEL] });
    n.stale = w.openGrant('bob', 'bob-stale', grantYaml({ requester: 'bob' }));
    age(n.stale, 13);
    n.fresh = w.openGrant('bob', 'bob-fresh', grantYaml({ requester: 'bob' }));
    age(n.fresh, 11);
    n.docs = w.fake.openPullRequest({ author: 'bob', title: 'docs', head: 'docs', files: { 'README.md': 'hello\n' } });
    age(n.docs, 48);
  });
  after(() => w.stop());

  it('first run: escalates the overdue review and closes the stale grant PR only', async () => {
    const run = await scheduled();
    assertExit(run, 0);
    assert.deepEqual(w.fake.labels(n.overdue!).sort(), [REVIEW_LABEL, OVERDUE_LABEL].sort());
    assert.equal(w.fake.comments(n.overdue).length, 1);
    assert.match(w.fake.comments(n.overdue)[0]!.body, /Overdue/);
    for (const k of ['due', 'human'] as const) {
      assert.deepEqual(w.fake.labels(n[k]!), [REVIEW_LABEL], `${k} is not escalated`);
      assert.equal(w.fake.comments(n[k]).length, 0);
    }
    assert.equal(w.fake.pull(n.stale!).state, 'closed');
    assert.match(w.fake.comments(n.stale).find((c) => c.body.includes(STALE_MARKER))?.body ?? '', /was not approved within 12 h/);
    assert.equal(w.fake.pull(n.fresh!).state, 'open');
    assert.equal(w.fake.pull(n.docs!).state, 'open', 'a PR that adds no grant is never closed');
    assert.match(run.summary, /Stale grant requests closed: #\d+/);
  });

  it('second run: nothing new (the label and the closed state are the idempotence keys)', async () => {
    const before = JSON.stringify({ c: w.fake.comments(), l: [n.overdue, n.stale].map((x) => w.fake.labels(x!)) });
    const run = await scheduled();
    assertExit(run, 0);
    assert.equal(JSON.stringify({ c: w.fake.comments(), l: [n.overdue, n.stale].map((x) => w.fake.labels(x!)) }), before);
    assert.equal(run.outputs.outcome, 'escalated 0, closed 0');
  });
});
