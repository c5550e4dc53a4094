/**
 * On-call status behind one interface. A provider answers "who is on call for schedule S at time T";
 * the answer is kept verbatim as evidence. Any failure is an answer too (`ok: false`), and it means
 * "nobody shown on call": the decision then goes to review, never to auto-approve.
 */

export type OnCallProviderKind = 'roster' | 'pagerduty' | 'opsgenie';

/** One person on call, already mapped to the GitHub login declared in policies/identities. */
export interface OnCallEntry {
  login: string;
  /** Escalation level (1 = primary). Providers without levels report 1. */
  level: number;
  /** Shift window as the provider reported it (ISO UTC); open ends are omitted. */
  start?: string;
  end?: string;
  /** Provider-side identity that matched (PagerDuty user id, Opsgenie username, roster member). */
  providerUser: string;
}

/** The evidence: what a provider said about one schedule at one moment. */
export interface OnCallSnapshot {
  schedule: string;
  provider: OnCallProviderKind;
  /** Provider-side schedule reference (PagerDuty schedule id, Opsgenie schedule id/name, roster name). */
  providerRef: string;
  checkedAt: string;
  ok: boolean;
  /** When `ok` is false: what went wrong (timeout, 429, 500, unknown schedule). */
  error?: string;
  entries: OnCallEntry[];
}

export interface OnCallProvider {
  readonly kind: OnCallProviderKind;
  /** Never throws: failures come back as `ok: false` snapshots. */
  whoIsOnCall(schedule: string, at: Date): Promise<OnCallSnapshot>;
}

/** True when the snapshot shows `login` on call at `at` with a level no higher than `maxLevel`. */
export function isShownOnCall(s: OnCallSnapshot | undefined, login: string, at: Date, maxLevel = Number.POSITIVE_INFINITY): boolean {
  if (!s || !s.ok) return false;
  const t = at.getTime();
  return s.entries.some(
    (e) =>
      e.login.toLowerCase() === login.toLowerCase() &&
      e.level <= maxLevel &&
      (e.start === undefined || Date.parse(e.start) <= t) &&
      (e.end === undefined || t < Date.parse(e.end)),
  );
}
