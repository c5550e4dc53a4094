/**
 * Each anomaly class on small in-memory histories, at its boundaries: what is flagged, what is not,
 * and the fields (when, who, pr, commit) an auditor reads. Settings are the defaults: revoke within
 * 30 min of expiry, review within 24 h, at most 3 grants per person in 7 days.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blobSpec } from '../../action/src/audit/lifecycle.js';
import { overuseEpisodes } from '../../action/src/audit/overuse.js';
import { formatTrailers, T } from '../../action/src/audit/trailers.js';
import { DEFAULT_SETTINGS as DEFAULTS } from '../../action/src/policy/model.js';
import { grantYaml } from '../support/builders.js';
import { analyse, at, classes, DAY, History, HOUR, MIN } from './history-builder.js';

const S = 1000;

void describe('no-decision-record', () => {
  void it('flags a grant file added without a (complete, matching) decision record, once per adding commit', () => {
    const h = new History();
    h.root();
    const plain = h.commit({
      at: at(0),
      author: 'mallory',
      message: 'add grant (#77)',
      changes: [{ status: 'A', path: 'grants/sneaky.yaml' }],
    });
    h.commit({
      at: at(HOUR),
      author: 'bob',
      message: `add\n\n${formatTrailers([
        [T.grant, 'half'],
        [T.action, 'approve'],
        [T.decision, 'approve'],
      ])}`,
      changes: [{ status: 'A', path: 'grants/half.yaml' }],
    });
    h.approve('fine', { at: at(2 * HOUR), expires: at(3 * HOUR) });
    h.apply('fine', at(2 * HOUR));
    h.revoke('fine', at(3 * HOUR + MIN));
    h.commit({
      at: at(4 * HOUR),
      message: 'docs',
      changes: [{ status: 'A', path: 'grants/README.md' }],
    });
    const { grants, anomalies } = analyse(h, at(DAY));
    assert.deepEqual(classes(anomalies), ['no-decision-record:sneaky', 'no-decision-record:half']);
    assert.deepEqual(
      { ...anomalies[0], detail: undefined },
      {
        class: 'no-decision-record',
        when: at(0),
        grantId: 'sneaky',
        who: 'mallory',
        pr: '77',
        commit: plain.sha,
        detail: undefined,
      },
    );
    assert.equal(anomalies[1]!.pr, undefined, 'a direct push has no PR');
    const sneaky = grants.find((g) => g.id === 'sneaky')!;
    assert.equal(sneaky.status, 'unapproved');
    assert.equal(sneaky.decision, 'none');
    assert.equal(sneaky.approvedAt, undefined);
  });
});

void describe('apply and revoke timing', () => {
  const base = (build: (h: History) => void) => {
    const h = new History();
    h.root();
    h.approve('g1', { at: at(0), expires: at(HOUR), approvedBy: ['carol'] });
    build(h);
    return h;
  };

  void it('applied-after-expiry: at expiry is flagged, one second before is not', () => {
    const late = analyse(
      base((h) => (h.apply('g1', at(HOUR)), h.revoke('g1', at(HOUR + MIN)))),
      at(DAY),
    );
    assert.deepEqual(classes(late.anomalies), ['applied-after-expiry:g1']);
    assert.equal(late.anomalies[0]!.when, at(HOUR));
    assert.equal(late.anomalies[0]!.who, 'alice');
    assert.equal(late.anomalies[0]!.pr, '1');
    const ok = analyse(
      base((h) => (h.apply('g1', at(HOUR - S)), h.revoke('g1', at(HOUR + MIN)))),
      at(DAY),
    );
    assert.deepEqual(ok.anomalies, []);
  });

  void it('GH-05 F-11 never-applied: approved and expired with no apply record; not before expiry; not when revoked early', () => {
    const h = base((x) => x.revoke('g1', at(HOUR + MIN)));
    assert.deepEqual(classes(analyse(h, at(DAY)).anomalies), ['never-applied:g1']);
    assert.equal(analyse(h, at(DAY)).anomalies[0]!.when, at(HOUR));
    const running = base(() => {});
    assert.deepEqual(analyse(running, at(HOUR - S)).anomalies, []);
    const early = base(
      (x) => (
        x.commit({
          at: at(10 * MIN),
          message: 'revoke early (#9)',
          changes: [{ status: 'D', path: 'grants/g1.yaml' }],
        }),
        x.revoke('g1', at(12 * MIN), 'early')
      ),
    );
    const r = analyse(early, at(DAY));
    assert.deepEqual(r.anomalies, []);
    assert.equal(r.grants[0]!.removedAt, at(10 * MIN));
    assert.equal(r.grants[0]!.revokeReason, 'early');
  });

  void it('revoked-late: expired reason only, strictly more than lateRevokeMinutes after expiry', () => {
    const onTime = analyse(
      base((h) => (h.apply('g1', at(0)), h.revoke('g1', at(HOUR + 30 * MIN)))),
      at(DAY),
    );
    assert.deepEqual(onTime.anomalies, []);
    const late = analyse(
      base((h) => (h.apply('g1', at(0)), h.revoke('g1', at(HOUR + 30 * MIN + S)))),
      at(DAY),
    );
    assert.deepEqual(classes(late.anomalies), ['revoked-late:g1']);
    assert.equal(late.anomalies[0]!.when, at(HOUR + 30 * MIN + S));
    const earlyLate = analyse(
      base((h) => (h.apply('g1', at(0)), h.revoke('g1', at(3 * HOUR), 'early'))),
      at(DAY),
    );
    assert.deepEqual(earlyLate.anomalies, []);
    const custom = analyse(
      base((h) => (h.apply('g1', at(0)), h.revoke('g1', at(HOUR + 10 * MIN)))),
      at(DAY),
      { ...DEFAULTS, lateRevokeMinutes: 5 },
    );
    assert.deepEqual(classes(custom.anomalies), ['revoked-late:g1']);
  });

  void it('not-revoked: no revocation recorded once lateRevokeMinutes have passed at `at`', () => {
    const h = base((x) => x.apply('g1', at(0)));
    assert.deepEqual(analyse(h, at(HOUR + 30 * MIN)).anomalies, []);
    const r = analyse(h, at(HOUR + 30 * MIN + S));
    assert.deepEqual(classes(r.anomalies), ['not-revoked:g1']);
    assert.equal(r.anomalies[0]!.when, at(HOUR + 30 * MIN));
    assert.equal(r.grants[0]!.status, 'expired-unrevoked');
  });
});

void describe('review-overdue', () => {
  const auto = (build: (h: History) => void) => {
    const h = new History();
    h.root();
    h.approve('e1', { at: at(0), expires: at(HOUR) });
    h.apply('e1', at(0));
    h.revoke('e1', at(HOUR + MIN));
    build(h);
    return h;
  };

  void it('GOV-01 flags an auto-approved grant with no review once reviewDue has passed', () => {
    const h = auto(() => {});
    assert.deepEqual(analyse(h, at(24 * HOUR)).anomalies, [], 'due, not yet overdue');
    const r = analyse(h, at(24 * HOUR + S));
    assert.deepEqual(classes(r.anomalies), ['review-overdue:e1']);
    assert.equal(r.anomalies[0]!.when, at(24 * HOUR));
    assert.equal(r.grants[0]!.reviewDue, at(24 * HOUR));
  });

  void it('a recorded review clears it, even a late one; reviewed grants are never flagged; dueHours comes from settings', () => {
    assert.deepEqual(
      analyse(
        auto((h) => h.review('e1', at(30 * HOUR))),
        at(40 * HOUR),
      ).anomalies,
      [],
    );
    const reviewed = new History();
    reviewed.root();
    reviewed.approve('r1', { at: at(0), expires: at(HOUR), approvedBy: ['carol'] });
    reviewed.apply('r1', at(0));
    reviewed.revoke('r1', at(HOUR));
    assert.deepEqual(analyse(reviewed, at(10 * DAY)).anomalies, []);
    const r = analyse(
      auto(() => {}),
      at(2 * HOUR + S),
      { ...DEFAULTS, review: { dueHours: 2, blockOnOverdue: true } },
    );
    assert.deepEqual(classes(r.anomalies), ['review-overdue:e1']);
  });
});

void describe('overuse', () => {
  const limit = { maxGrants: 3, windowDays: 7 };
  const g = (id: string, t: number, requester = 'alice') => ({
    id,
    requester,
    mergedAt: at(t),
    status: 'revoked' as const,
    targets: [],
    decision: 'reviewers' as const,
    approvers: [],
    onCall: [],
    extensions: 0,
  });

  void it('GOV-03 4 grants in 7 days is one episode with all of them, at the 4th', () => {
    const eps = overuseEpisodes([g('a', 0), g('b', DAY), g('c', 2 * DAY), g('d', 6 * DAY)], limit);
    assert.deepEqual(eps, [
      {
        who: 'alice',
        when: at(6 * DAY),
        from: at(0),
        to: at(6 * DAY),
        grants: ['a', 'b', 'c', 'd'],
      },
    ]);
  });

  void it('the window is (t − 7 days, t]: a 4th grant exactly 7 days after the 1st is not overuse', () => {
    assert.deepEqual(
      overuseEpisodes([g('a', 0), g('b', DAY), g('c', 2 * DAY), g('d', 7 * DAY)], limit),
      [],
    );
    assert.deepEqual(
      overuseEpisodes([g('a', 0), g('b', DAY), g('c', 2 * DAY), g('d', 7 * DAY - S)], limit).length,
      1,
    );
  });

  void it('a sustained run is one episode; a 7-day pause starts another; people are separate, logins case-insensitive', () => {
    const daily = Array.from({ length: 20 }, (_, i) =>
      g(`x${String(i).padStart(2, '0')}`, i * DAY),
    );
    const one = overuseEpisodes(daily, limit);
    assert.equal(one.length, 1);
    assert.equal(one[0]!.grants.length, 20);
    assert.equal(one[0]!.when, at(3 * DAY));
    const two = overuseEpisodes(
      [
        g('a', 0),
        g('b', HOUR),
        g('c', 2 * HOUR),
        g('d', 3 * HOUR),
        g('e', 20 * DAY),
        g('f', 20 * DAY + HOUR),
        g('h', 20 * DAY + 2 * HOUR),
        g('i', 20 * DAY + 3 * HOUR),
      ],
      limit,
    );
    assert.deepEqual(
      two.map((e) => e.grants),
      [
        ['a', 'b', 'c', 'd'],
        ['e', 'f', 'h', 'i'],
      ],
    );
    const mixed = overuseEpisodes(
      [
        g('a', 0, 'Alice'),
        g('b', HOUR, 'alice'),
        g('c', 2 * HOUR, 'bob'),
        g('d', 3 * HOUR, 'ALICE'),
        g('e', 4 * HOUR, 'alice'),
      ],
      limit,
    );
    assert.deepEqual(mixed, [
      {
        who: 'alice',
        when: at(4 * HOUR),
        from: at(0),
        to: at(4 * HOUR),
        grants: ['a', 'b', 'd', 'e'],
      },
    ]);
  });

  void it('is reported through findAnomalies with who and grants, and counts grants without a decision record too', () => {
    const h = new History();
    h.root();
    for (let i = 0; i < 3; i++) {
      h.approve(`o${i}`, { at: at(i * HOUR), expires: at(i * HOUR + HOUR), approvedBy: ['carol'] });
      h.apply(`o${i}`, at(i * HOUR));
      h.revoke(`o${i}`, at(i * HOUR + HOUR));
    }
    const sneak = h.commit({
      at: at(5 * HOUR),
      author: 'alice',
      message: 'sneak',
      changes: [{ status: 'A', path: 'grants/o3.yaml' }],
    });
    const files = new Map([
      [blobSpec(sneak.sha, 'grants/o3.yaml'), Buffer.from(grantYaml({ requester: 'Alice' }))],
    ]);
    const r = analyse(h, at(DAY), DEFAULTS, files);
    const overuse = r.anomalies.filter((a) => a.class === 'overuse');
    assert.deepEqual(
      overuse.map((a) => [a.who, a.when, a.grants, a.grantId]),
      [['alice', at(5 * HOUR), ['o0', 'o1', 'o2', 'o3'], undefined]],
    );
    assert.equal(
      analyse(h, at(DAY)).anomalies.filter((a) => a.class === 'overuse').length,
      0,
      'without its file, the unapproved grant has no known requester',
    );
  });
});

void describe('control-change', () => {
  void it('flags every non-root commit touching policies/, .github/, CODEOWNERS or action/, with author and PR', () => {
    const h = new History();
    h.root();
    const p = h.commit({
      at: at(0),
      author: 'grace',
      message: 'Loosen rules (#42)',
      changes: [{ status: 'M', path: 'policies/rules.yaml' }],
    });
    const w = h.commit({
      at: at(HOUR),
      author: 'mallory',
      message: 'ci tweak',
      changes: [
        { status: 'A', path: '.github/workflows/x.yml' },
        { status: 'A', path: 'README.md' },
      ],
    });
    h.commit({
      at: at(2 * HOUR),
      author: 'heidi',
      message: 'owners (#43) (#44)',
      changes: [{ status: 'M', path: 'CODEOWNERS' }],
    });
    h.commit({
      at: at(3 * HOUR),
      author: 'heidi',
      message: 'owners',
      changes: [{ status: 'A', path: 'docs/CODEOWNERS' }],
    });
    h.commit({
      at: at(4 * HOUR),
      author: 'heidi',
      message: 'action',
      changes: [{ status: 'D', path: 'action/src/x.ts' }],
    });
    h.commit({
      at: at(5 * HOUR),
      author: 'bob',
      message: 'docs',
      changes: [
        { status: 'M', path: 'README.md' },
        { status: 'A', path: 'docs/policies.md' },
        { status: 'A', path: 'src/CODEOWNERS' },
      ],
    });
    const r = analyse(h, at(DAY));
    assert.deepEqual(
      r.anomalies.map((a) => [a.class, a.who, a.pr ?? null]),
      [
        ['control-change', 'grace', '42'],
        ['control-change', 'mallory', null],
        ['control-change', 'heidi', '44'],
        ['control-change', 'heidi', null],
        ['control-change', 'heidi', null],
      ],
    );
    assert.equal(r.anomalies[0]!.commit, p.sha);
    assert.equal(r.anomalies[1]!.commit, w.sha);
    assert.match(r.anomalies[1]!.detail, /\.github\/workflows\/x\.yml/);
    assert.doesNotMatch(r.anomalies[1]!.detail, /README/);
  });

  void it('flags a grant file edited in place (check-pr only adds and deletes them)', () => {
    const h = new History();
    h.root();
    const edit = h.commit({ at: at(0), author: 'mallory', message: 'wider', changes: [{ status: 'M', path: 'grants/inc-1.yaml' }] });
    h.commit({ at: at(HOUR), author: 'alice', message: 'done', changes: [{ status: 'D', path: 'grants/inc-1.yaml' }] });
    const r = analyse(h, at(DAY));
    assert.deepEqual(r.anomalies.map((a) => [a.class, a.who, a.commit]), [['control-change', 'mallory', edit.sha]]);
    assert.match(r.anomalies[0]!.detail, /grants\/inc-1\.yaml/);
  });
});

void describe('record-not-applied', () => {
  void it('flags a grant file added again after its grant was revoked (plan does not apply it)', () => {
    const h = new History();
    h.root();
    h.approve('inc-r', { at: at(0), expires: at(2 * HOUR) });
    h.apply('inc-r', at(MIN));
    h.commit({ at: at(10 * MIN), author: 'alice', message: 'done early', changes: [{ status: 'D', path: 'grants/inc-r.yaml' }] });
    h.revoke('inc-r', at(11 * MIN), 'early', false);
    const again = h.approve('inc-r', { at: at(HOUR), expires: at(2 * HOUR) });
    const r = analyse(h, at(90 * MIN));
    assert.deepEqual(
      r.anomalies.filter((a) => a.class === 'record-not-applied').map((a) => [a.grantId, a.when, a.detail]),
      [['inc-r', again.commitDate.replace('+00:00', 'Z'), 'the grant was revoked before this file was added again: plan does not apply it']],
    );
  });
});

void describe('history-rewritten and unexplained-access', () => {
  void it('GOV-02 F-18 flags records whose approval or grant file is not on the main line, once per id at its earliest record', () => {
    const h = new History();
    h.root();
    const a = h.apply('ghost', at(0));
    h.revoke('ghost', at(HOUR));
    const rv = h.review('lost', at(2 * HOUR));
    const rk = h.revoke('never-added', at(3 * HOUR), 'early');
    const ap = h.commit({
      at: at(4 * HOUR),
      message: `approve\n\n${formatTrailers([
        [T.grant, 'fileless'],
        [T.action, 'approve'],
        [T.decision, 'approve'],
        [T.start, at(4 * HOUR)],
        [T.expires, at(5 * HOUR)],
        [T.approvedBy, 'carol'],
      ])}`,
    });
    h.apply('fileless', at(4 * HOUR));
    h.revoke('fileless', at(5 * HOUR));
    h.approve('fine', { at: at(6 * HOUR), expires: at(7 * HOUR), approvedBy: ['carol'] });
    h.apply('fine', at(6 * HOUR));
    h.revoke('fine', at(7 * HOUR));
    const r = analyse(h, at(DAY));
    assert.deepEqual(
      r.anomalies.map((x) => [x.class, x.grantId, x.when, x.commit]),
      [
        ['history-rewritten', 'ghost', at(0), a.sha],
        ['history-rewritten', 'lost', at(2 * HOUR), rv.sha],
        ['history-rewritten', 'never-added', at(3 * HOUR), rk.sha],
        ['history-rewritten', 'fileless', at(4 * HOUR), ap.sha],
      ],
    );
    assert.match(
      r.anomalies[0]!.detail,
      /apply, revoke record\(s\) for ghost, but no approve record and grants\/ghost\.yaml was never added/,
    );
    const fileless = r.grants.find((g) => g.id === 'fileless');
    assert.ok(fileless, 'an approval without a file is still listed');
    assert.equal(fileless.approvedAt, at(4 * HOUR));
    assert.equal(fileless.mergedAt, undefined);
    assert.deepEqual(r.grants.map((g) => g.id).sort(), ['fileless', 'fine']);
  });

  void it('a drift revocation of an id git never approved is unexplained access, not rewritten history', () => {
    const h = new History();
    h.root();
    const d = h.revoke('stray', at(0), 'drift');
    const r = analyse(h, at(DAY));
    assert.deepEqual(
      r.anomalies.map((x) => [x.class, x.grantId, x.when, x.commit]),
      [['unexplained-access', 'stray', at(0), d.sha]],
    );
    assert.deepEqual(r.grants, []);
  });
});
