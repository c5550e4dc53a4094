/**
 * The planted anomalies, each with the exact anomaly audit must report. Grant-level ones start from
 * a well-behaved grant and change one thing; the others add commits of their own.
 */
import {
  applyTrailers,
  reviewTrailers,
  revocationTrailers,
} from '../../../action/src/audit/trailers.js';
import { DAY, HOUR, MIN, normalGrant } from './factory.js';
import type { CommitSpec } from './fast-import.js';
import { iso, type GrantPlan } from './grants.js';
import type { World } from './world.js';

/** Planted grant-level anomalies per class. */
export const PLANT = {
  unapproved: 6,
  lateApply: 5,
  neverApplied: 4,
  lateRevoke: 6,
  notRevoked: 3,
  reviewOverdue: 5,
  shortFile: 2,
} as const;
export type Planted = keyof typeof PLANT;

/** Overuse bursts on people of their own; burst-d and burst-e are near misses that must not be flagged. */
export function plantBursts(w: World): void {
  const B = w.T0 + 30 * DAY;
  const bursts: [string, number[], number[][]][] = [
    ['burst-a', [0, 9, 18, 27, 36].map((h) => B + h * HOUR), [[0, 1, 2, 3, 4]]],
    ['burst-b', [0, 36, 72, 144].map((h) => B + 50 * DAY + h * HOUR), [[0, 1, 2, 3]]],
    [
      'burst-c',
      [0, 5, 10, 15, 960, 965, 970, 975].map((h) => B + 100 * DAY + h * HOUR),
      [
        [0, 1, 2, 3],
        [4, 5, 6, 7],
      ],
    ],
    ['burst-d', [0, 8, 16].map((h) => B + 150 * DAY + h * HOUR), []],
    ['burst-e', [0, 2, 4, 7].map((d) => B + 200 * DAY + d * DAY), []],
  ];
  for (const [who, times, episodes] of bursts) {
    const mine = times.map((t) =>
      normalGrant(w.r, w.ids, who, t, { kind: 'reviewers', revoke: 'expired', noSchedule: true }),
    );
    w.plans.push(...mine);
    for (const ep of episodes) {
      const grants = ep.map((i) => mine[i]!);
      w.expect({
        class: 'overuse',
        when: iso(grants[3]!.mergedAt),
        who,
        grants: grants.map((p) => p.id),
        detail: '',
      });
    }
  }
}

/** Records whose approval is not on the main line (rewritten history), and drift revocations of ids git never approved. */
export function plantRecordsWithoutApproval(w: World): void {
  const ghost = (id: string, t: number, records: ((t: number) => string)[]) => {
    const commits = records.map((message, i) => w.bot(t + i * HOUR, message(t + i * HOUR)));
    w.expect(() => ({
      class: 'history-rewritten',
      when: iso(t),
      grantId: id,
      commit: commits[0]!.sha!,
      detail: '',
    }));
  };
  ghost('ghost-apply', w.T0 + 40 * DAY, [
    (t) =>
      `breakglass: apply ghost-apply\n\n${applyTrailers({ grantId: 'ghost-apply', time: iso(t), results: ['applied'] })}\n`,
    (t) =>
      `breakglass: revoke ghost-apply (expired)\n\n${revocationTrailers({ grantId: 'ghost-apply', reason: 'expired', time: iso(t), results: [] })}\n`,
  ]);
  ghost('ghost-review', w.T0 + 80 * DAY, [
    (t) =>
      `breakglass: review of ghost-review done\n\n${reviewTrailers({ grantId: 'ghost-review', time: iso(t), reviewer: 'carol' })}\n`,
  ]);
  ghost('ghost-revoke', w.T0 + 120 * DAY, [
    (t) =>
      `breakglass: revoke ghost-revoke (early)\n\n${revocationTrailers({ grantId: 'ghost-revoke', reason: 'early', time: iso(t), results: [] })}\n`,
  ]);
  // An approval recorded on a commit that adds no grant file: listed as a grant, and flagged.
  const fileless = normalGrant(w.r, w.ids, 'ghost-user', w.T0 + 160 * DAY, {
    kind: 'reviewers',
    revoke: 'expired',
    noSchedule: true,
  });
  fileless.noAdd = true;
  w.plans.push(fileless);
  w.expect(() => ({
    class: 'history-rewritten',
    when: iso(fileless.mergedAt),
    grantId: fileless.id,
    commit: fileless.written.add!.sha!,
    detail: '',
  }));
  for (const [i, id] of ['stray-one', 'stray-two', 'stray-three'].entries()) {
    const t = w.T0 + (200 + i * 40) * DAY + 7 * MIN;
    const results = [`aws:arn:aws:iam::111122223333:role/sre-bob breakglass-${id} removed`];
    const c = w.bot(
      t,
      `breakglass: revoke ${id} (drift)\n\n${revocationTrailers({ grantId: id, reason: 'drift', time: iso(t), results })}\n`,
    );
    w.expect(() => ({
      class: 'unexplained-access',
      when: iso(t),
      grantId: id,
      commit: c.sha!,
      detail: '',
    }));
  }
}

/** Policy, workflow, CODEOWNERS and action edits through PRs and direct pushes (the root commit is not one). */
export function plantControlChanges(w: World, original: Map<string, string>): void {
  const edits: [string, string, boolean][] = [
    ['policies/rules.yaml', 'grace', true],
    ['.github/workflows/extra.yml', 'heidi', true],
    ['.github/CODEOWNERS', 'mallory', false],
    ['CODEOWNERS', 'grace', true],
    ['action/README.md', 'mallory', false],
    ['policies/settings.yaml', 'heidi', true],
    ['.github/workflows/extra.yml', 'mallory', false],
    ['policies/rules.yaml|action/README.md', 'grace', true],
    ['.github/CODEOWNERS', 'heidi', true],
    ['docs/CODEOWNERS', 'mallory', false],
  ];
  edits.forEach(([paths, who, viaPr], i) => {
    const t = w.T0 + w.r.int(2 * DAY, 360 * DAY);
    const pr = viaPr ? w.ids.pr() : undefined;
    // Policies stay valid: an edit appends a comment to the original file.
    const files = paths
      .split('|')
      .map((p): [string, string] => [p, `${original.get(p) ?? ''}# edit ${i}\n`]);
    const c: CommitSpec = {
      time: t,
      authorTime: t - 600,
      author: who,
      authorEmail: `${who}@example.com`,
      committer: 'GitHub',
      committerEmail: 'noreply@github.com',
      message: `Update ${paths.replace('|', ' and ')}${pr ? ` (#${pr})` : ''}\n`,
      files,
      seq: w.seq(),
    };
    w.specs.push(c);
    w.expect(() => ({
      class: 'control-change',
      when: iso(t),
      who,
      ...(pr ? { pr: String(pr) } : {}),
      commit: c.sha!,
      detail: '',
    }));
  });
}

/** Turns a well-behaved grant into the `n`-th (1-based) planted anomaly of `kind`. */
export function plantGrantAnomaly(w: World, kind: Planted, n: number, p: GrantPlan): GrantPlan {
  const late = w.settings.lateRevokeMinutes * MIN;
  const base = { grantId: p.id, who: p.requester, pr: String(p.pr), detail: '' };
  if (kind === 'unapproved') {
    p.unapproved = n <= 2 ? 'incomplete' : 'none';
    if (n % 3 === 0) delete p.pr; // a direct push: no PR
    p.decision = 'none';
    p.approvers = [];
    p.onCall = [];
    for (const k of [
      'rule',
      'head',
      'applyAt',
      'revokeAt',
      'revokeReason',
      'reviewAt',
      'reviewer',
      'deleteAt',
    ] as const)
      delete p[k];
    w.expect(() => ({
      class: 'no-decision-record',
      when: iso(p.mergedAt),
      grantId: p.id,
      who: p.requester,
      ...(p.pr !== undefined ? { pr: String(p.pr) } : {}),
      commit: p.written.add!.sha!,
      detail: '',
    }));
  } else if (kind === 'lateApply') {
    p.applyAt = p.expires + w.r.int(MIN, 20 * MIN);
    p.revokeAt = p.applyAt + w.r.int(30, 120);
    w.expect({ class: 'applied-after-expiry', when: iso(p.applyAt), ...base });
  } else if (kind === 'neverApplied') {
    delete p.applyAt;
    w.expect({ class: 'never-applied', when: iso(p.expires), ...base });
  } else if (kind === 'lateRevoke') {
    p.revokeAt = p.expires + w.r.int(late + 1, 10 * HOUR);
    w.expect({ class: 'revoked-late', when: iso(p.revokeAt), ...base });
  } else if (kind === 'notRevoked') {
    delete p.revokeAt;
    delete p.revokeReason;
    w.expect({ class: 'not-revoked', when: iso(p.expires + late), ...base });
  } else if (kind === 'shortFile') {
    // The record's window is longer than the duration its file asks for: not what check-pr writes.
    p.fileMinutes = Math.max(1, Math.floor(p.minutes / 2));
    w.expect({ class: 'record-not-applied', when: iso(p.mergedAt), ...base });
  } else {
    delete p.reviewAt;
    delete p.reviewer;
    w.expect({
      class: 'review-overdue',
      when: iso(p.mergedAt + w.settings.review.dueHours * HOUR),
      ...base,
    });
  }
  return p;
}
