/**
 * End to end, through the committed bundle: early revocation. A PR that only deletes grant files is
 * merged at once (squash, head pinned, revoke-request trailers) when its author is the requester of
 * every deleted grant or a named approver of its bundle; the apply job then removes the access and
 * records it as `early`. Anyone else's deletion waits for normal review; a deletion that touches
 * anything else is rejected like a mixed grant PR.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseTrailers } from '../../action/src/audit/trailers.js';
import { materialize } from '../../action/src/sandbox/github-checkout.js';
import { runCliAt } from '../support/cli.js';
import { COMMENT_MARKER } from '../../action/src/report/pr-comment.js';
import { ACCOUNT, startWorld, type World } from './harness.js';
import { plantApproval } from './plant.js';
import { assertExit, rendered } from './text.js';

const BOB_ROLE = `arn:aws:iam::${ACCOUNT}:role/sre-bob`;
const ALICE_ROLE = `arn:aws:iam::${ACCOUNT}:role/sre-alice`;
const BOB = 'bob-latency';
const ALICE = 'alice-logs';

describe('early revocation PRs', () => {
  let w: World;
  const comment = (pr: number) => rendered(w.fake.comments(pr).find((c) => c.body.includes(COMMENT_MARKER))?.body ?? '');
  let branches = 0;
  const deletion = (author: string, id: string, extra: Record<string, string | null> = {}) =>
    w.fake.openPullRequest({ author, title: `revoke ${id}`, head: `revoke-${id}-${++branches}`, files: { [`grants/${id}.yaml`]: null, ...extra } });

  before(async () => {
    w = await startWorld();
    const now = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    plantApproval(w.fake, { id: BOB, requester: 'bob', approvedAt: now, minutes: 180, approvedBy: ['carol'] });
    plantApproval(w.fake, { id: ALICE, requester: 'alice', approvedAt: now, minutes: 180, approvedBy: ['carol'] });
    const apply = await w.apply();
    assertExit(apply, 0);
    assert.ok(w.iam.policiesOf(BOB_ROLE)[`breakglass-${BOB}`], 'bob holds his grant before the revocation');
    assert.ok(w.iam.policiesOf(ALICE_ROLE)[`breakglass-${ALICE}`]);
  });
  after(() => w.stop());

  it('mallory (neither requester nor approver) deleting alice\'s grant: not merged, comment says why', async () => {
    const pr = deletion('mallory', ALICE);
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged, run.outputs['grant-id']], ['review', 'false', ALICE]);
    assert.equal(w.fake.merges().length, 0);
    const text = comment(pr);
    assert.match(text, /Revocation needs review/);
    assert.match(text, /mallory is neither its requester \(alice\) nor a named approver of bundle "prod-readonly"/);
    assert.deepEqual(w.fake.labels(pr), ['breakglass:needs-review']);
    assert.equal(w.fake.statuses().at(-1)?.state, 'pending');
  });

  it('a deletion that also touches policies/ is rejected like a mixed grant PR', async () => {
    const pr = deletion('bob', BOB, { 'policies/settings.yaml': 'settings: {}\n' });
    const run = await w.checkPr(pr);
    assertExit(run, 1);
    assert.equal(run.outputs.outcome, 'reject');
    assert.equal(w.fake.merges().length, 0);
    assert.match(comment(pr), /a revocation PR may only delete grant files; it also modifies policies\/settings\.yaml/);
    assert.deepEqual(w.fake.labels(pr), ['breakglass:rejected']);
  });

  it('bob deleting his own active grant: merged at once with the revoke-request trailers', async () => {
    const pr = deletion('bob', BOB);
    const head = w.fake.pull(pr).headSha;
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged, run.outputs['grant-id']], ['approve', 'true', BOB]);
    const merges = w.fake.merges();
    assert.deepEqual(merges.map((m) => [m.number, m.headSha, m.method]), [[pr, head, 'squash']]);
    const t = parseTrailers(w.fake.commitsOn('main')[0]!.message);
    assert.deepEqual([t.get('Breakglass-Action'), t.get('Breakglass-Grant'), t.get('Breakglass-Requested-By'), t.get('Breakglass-PR'), t.get('Breakglass-Head')], [['revoke-request'], [BOB], ['bob'], [String(pr)], [head]]);
    assert.match(comment(pr), /Revoked early: merged at once/);
    assert.match(comment(pr), /`bob` \(its requester\)/);
  });

  it('the apply job of the same run removes bob\'s access and records the revocation as early', async () => {
    const run = await w.apply();
    assertExit(run, 0);
    assert.equal(w.iam.policiesOf(BOB_ROLE)[`breakglass-${BOB}`], undefined, 'bob\'s inline policy is gone');
    assert.ok(!w.clouds.crm.hasAccess('acme-prod', 'user:bob@example.com', 'roles/viewer', new Date()));
    const record = w.fake.commitsOn('main').map((c) => parseTrailers(c.message)).find((t) => t.get('Breakglass-Action')?.[0] === 'revoke' && t.get('Breakglass-Grant')?.[0] === BOB);
    assert.ok(record, 'a revocation record for bob\'s grant');
    assert.equal(record.get('Breakglass-Reason')?.[0], 'early');
    // (Checked on GCP: the harness serves every AWS account from one fake IAM keyed by role name, so a
    // second reconcile sees alice's policy under her other account's ARN too and treats it as drift.)
    assert.ok(w.clouds.crm.hasAccess('acme-prod', 'user:alice@example.com', 'roles/viewer', new Date()), 'alice keeps her grant');
  });

  it('audit reads bob\'s lifecycle back from git: revoked early, no anomaly for it', async () => {
    const dir = (await materialize(w.fake, join(w.tmp, 'audit-checkout'))).dir;
    const r = await runCliAt(['audit', '--format', 'json'], { cwd: dir, at: new Date() });
    const report = JSON.parse(r.out) as { grants: { id: string; status: string; revokeReason: string | null; removedAt: string | null }[]; anomalies: { grantId: string | null; class: string }[] };
    const bob = report.grants.find((g) => g.id === BOB);
    assert.deepEqual([bob?.status, bob?.revokeReason, typeof bob?.removedAt], ['revoked', 'early', 'string']);
    assert.deepEqual(report.anomalies.filter((a) => a.grantId === BOB), []);
  });

  it('carol, a named approver of the bundle, may revoke alice\'s grant at once', async () => {
    const pr = deletion('carol', ALICE);
    const run = await w.checkPr(pr);
    assertExit(run, 0);
    assert.deepEqual([run.outputs.outcome, run.outputs.merged], ['approve', 'true']);
    assert.match(comment(pr), /`carol` \(a named approver\)/);
    assert.deepEqual(parseTrailers(w.fake.commitsOn('main')[0]!.message).get('Breakglass-Requested-By'), ['carol']);
  });
});
