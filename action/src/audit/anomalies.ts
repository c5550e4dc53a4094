/**
 * The anomalies auditors ask about, each a precise rule over history facts and lifecycles. Pure.
 * `at` is the report's "now" (the CLI's --at): only rules about something overdue depend on it.
 *
 * - no-decision-record: a commit added grants/<id>.yaml to main without a valid decision record for
 *   that id (Breakglass-Action: approve with start and expiry). One per such commit. Plan and
 *   reconcile never apply such a grant.
 * - applied-after-expiry: the first apply record is at or after the grant's expiry.
 * - never-applied: approved, expired by `at`, no apply record, and not revoked early.
 * - revoked-late: revoked for reason `expired` more than settings.lateRevokeMinutes after expiry.
 * - not-revoked: approved, no revocation recorded, and `at` is more than lateRevokeMinutes past expiry.
 * - review-overdue: auto-approved (break-glass), no review record, and `at` is past reviewDue
 *   (approval + settings.review.dueHours). A review recorded late clears it.
 * - overuse: see overuse.ts (one per person and episode).
 * - control-change: a commit other than the root touched policies/, .github/, CODEOWNERS or action/;
 *   who = its author, pr = the `(#N)` of its subject.
 * - history-rewritten: a grant id that has a record (approve, apply, review, or a revocation other
 *   than drift) but no approve record anywhere on the main line, or whose grant file was never added
 *   on the main line: the commit that recorded it is no longer reachable. One per grant id, at its
 *   earliest such record.
 * - unexplained-access: a revocation for reason `drift` of an id with no approve record: reconcile
 *   found and removed cloud access named like a grant that git never approved (made outside the
 *   tool, or its approval was rewritten away). One per grant id, at its first drift revocation.
 */
import { isoSeconds } from '../core/clock.js';
import type { Settings } from '../policy/model.js';
import {
  isoTime,
  prFromSubject,
  RECORD_KINDS,
  type GrantFacts,
  type HistoryFacts,
  type RecordRef,
} from './facts.js';
import type { GrantLifecycle } from './lifecycle.js';
import { overuseEpisodes } from './overuse.js';

export const ANOMALY_CLASSES = [
  'no-decision-record',
  'applied-after-expiry',
  'never-applied',
  'revoked-late',
  'not-revoked',
  'review-overdue',
  'overuse',
  'control-change',
  'history-rewritten',
  'unexplained-access',
  'record-not-applied',
] as const;
export type AnomalyClass = (typeof ANOMALY_CLASSES)[number];

export interface Anomaly {
  class: AnomalyClass;
  /** ISO UTC seconds: the moment the anomaly happened (or became overdue). */
  when: string;
  grantId?: string;
  /** The person concerned: the requester, or the author of the commit. */
  who?: string;
  pr?: string;
  commit?: string;
  /** Overuse: every grant in the episode. */
  grants?: string[];
  detail: string;
}

const MIN = 60_000;
const ms = (iso: string): number => Date.parse(iso);
const iso = (t: number): string => isoSeconds(new Date(t));
const when = (c: RecordRef): string => isoTime(c.commitDate) ?? iso(0);

function withOpt(
  a: Anomaly,
  extra: {
    grantId?: string | undefined;
    who?: string | undefined;
    pr?: string | undefined;
    commit?: string | undefined;
  },
): Anomaly {
  for (const k of ['grantId', 'who', 'pr', 'commit'] as const)
    if (extra[k] !== undefined) a[k] = extra[k];
  return a;
}

/** One anomaly of a grant's lifecycle, onto `out`. */
function flag(out: Anomaly[], g: GrantLifecycle, cls: AnomalyClass, t: string, detail: string) {
  out.push(withOpt({ class: cls, when: t, detail }, { grantId: g.id, who: g.requester, pr: g.pr }));
}

/** The anomalies of one grant's lifecycle, onto `out`. */
function grantAnomalies(g: GrantLifecycle, at: number, settings: Settings, out: Anomaly[]): void {
  if (g.refused !== undefined)
    flag(out, g, 'record-not-applied', g.mergedAt ?? g.approvedAt ?? iso(0), `${g.refused}: plan does not apply it`);
  if (g.decision === 'none' || !g.expires) return;
  const expires = ms(g.expires);
  const late = settings.lateRevokeMinutes * MIN;
  if (g.appliedAt !== undefined && ms(g.appliedAt) >= expires)
    flag(
      out,
      g,
      'applied-after-expiry',
      g.appliedAt,
      `first applied at ${g.appliedAt}, at or after its expiry ${g.expires}`,
    );
  if (g.appliedAt === undefined && expires <= at && g.revokeReason !== 'early')
    flag(
      out,
      g,
      'never-applied',
      g.expires,
      `approved${g.approvedAt ? ` at ${g.approvedAt}` : ''} and expired at ${g.expires} with no apply record`,
    );
  if (
    g.revokeReason === 'expired' &&
    g.revokedAt !== undefined &&
    ms(g.revokedAt) > expires + late
  ) {
    flag(
      out,
      g,
      'revoked-late',
      g.revokedAt,
      `revoked at ${g.revokedAt}, ${Math.round((ms(g.revokedAt) - expires) / MIN)} min after its expiry ${g.expires} (limit ${settings.lateRevokeMinutes} min)`,
    );
  }
  if (g.revokedAt === undefined && at > expires + late)
    flag(
      out,
      g,
      'not-revoked',
      iso(expires + late),
      `expired at ${g.expires}; no revocation recorded more than ${settings.lateRevokeMinutes} min later`,
    );
  if (
    g.decision === 'auto' &&
    g.reviewDue !== undefined &&
    g.reviewedAt === undefined &&
    at > ms(g.reviewDue)
  ) {
    flag(
      out,
      g,
      'review-overdue',
      g.reviewDue,
      `auto-approved${g.approvedAt ? ` at ${g.approvedAt}` : ''}; post-use review was due ${g.reviewDue} and none is recorded`,
    );
  }
}

/** history-rewritten for an id without an approval or an add; none when no record of it counts. */
function rewrittenAnomaly(f: GrantFacts): Anomaly | undefined {
  const records = f.records ?? [];
  const present = RECORD_KINDS.filter((kind) => records.some((r) => r.kind === kind));
  if (present.length === 0) return undefined;
  // By kind, then oldest first: the earliest by date wins, and the first of equals.
  const commits = present.flatMap((kind) =>
    records.filter((r) => r.kind === kind).map((r) => r.commit),
  );
  const earliest = commits.reduce((a, b) => (ms(b.commitDate) < ms(a.commitDate) ? b : a));
  const missing = [
    !f.approval ? 'no approve record' : '',
    !f.add ? `grants/${f.id}.yaml was never added on the main line` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return {
    class: 'history-rewritten',
    when: when(earliest),
    grantId: f.id,
    commit: earliest.sha,
    detail: `${present.join(', ')} record(s) for ${f.id}, but ${missing}: the commit that recorded it is no longer reachable`,
  };
}

/** unexplained-access for an id without an approval; none without a drift revocation. */
function unexplainedAccess(f: GrantFacts): Anomaly | undefined {
  const drift = f.drift;
  if (!drift) return undefined;
  return {
    class: 'unexplained-access',
    when: isoTime(drift.record.time) ?? when(drift.commit),
    grantId: f.id,
    commit: drift.commit.sha,
    detail: `reconcile removed cloud access named for ${f.id}, which git never approved (${drift.record.results.slice(0, 3).join('; ') || 'no details'})`,
  };
}

/** The anomalies of ids without an approval or an add on the main line (a handful of thousands). */
function unapproved(facts: HistoryFacts): Anomaly[] {
  const out: Anomaly[] = [];
  for (const f of facts.grants.values()) {
    if (f.approval && f.add) continue;
    const rewrite = rewrittenAnomaly(f);
    if (rewrite) out.push(rewrite);
    const access = f.approval ? undefined : unexplainedAccess(f);
    if (access) out.push(access);
  }
  return out;
}

export function findAnomalies(
  facts: HistoryFacts,
  grants: readonly GrantLifecycle[],
  opts: { at: Date; settings: Settings },
): Anomaly[] {
  const at = opts.at.getTime();
  const out: Anomaly[] = [];
  for (const a of facts.unapprovedAdds) {
    out.push(
      withOpt(
        {
          class: 'no-decision-record',
          when: when(a.commit),
          detail: `${a.path} was added to main by commit ${a.commit.sha.slice(0, 12)} without a decision record; plan and reconcile never apply it`,
        },
        {
          grantId: a.grantId,
          who: a.commit.authorName,
          pr: prFromSubject(a.commit.subject),
          commit: a.commit.sha,
        },
      ),
    );
  }
  for (const g of grants) grantAnomalies(g, at, opts.settings, out);
  const { maxGrants, windowDays } = opts.settings.overuse;
  for (const e of overuseEpisodes(grants, opts.settings.overuse)) {
    out.push({
      class: 'overuse',
      when: e.when,
      who: e.who,
      grants: e.grants,
      detail: `${e.grants.length} grants between ${e.from} and ${e.to}: more than ${maxGrants} in ${windowDays} days`,
    });
  }
  for (const { commit, paths } of facts.controlChanges) {
    const shown =
      paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');
    out.push(
      withOpt(
        {
          class: 'control-change',
          when: when(commit),
          detail: `${commit.sha.slice(0, 12)} changed ${shown}`,
        },
        { who: commit.authorName, pr: prFromSubject(commit.subject), commit: commit.sha },
      ),
    );
  }
  out.push(...unapproved(facts));
  return out.sort(compareAnomalies);
}

export function compareAnomalies(a: Anomaly, b: Anomaly): number {
  return (
    a.when.localeCompare(b.when) ||
    ANOMALY_CLASSES.indexOf(a.class) - ANOMALY_CLASSES.indexOf(b.class) ||
    (a.grantId ?? '').localeCompare(b.grantId ?? '') ||
    (a.who ?? '').localeCompare(b.who ?? '') ||
    (a.commit ?? '').localeCompare(b.commit ?? '')
  );
}
