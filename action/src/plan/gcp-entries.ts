/**
 * The one GCP binding shape the tool writes, and its inverse. Pure: no I/O, no clock.
 * The IAM condition is built from a constant template and two `Date`s re-serialised here, so no
 * user text can ever reach the CEL expression (IN-09); the grant id only reaches the title.
 */
import { MANAGED_PREFIX } from '../cloud/model.js';
import type { GcpBindingEntry } from '../cloud/model.js';
import { isoSeconds } from '../core/clock.js';

/** Same shape as the grant file name (grants/<id>.yaml); repeated here so the planner stays import-light. */
const GRANT_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** Groups are refused: membership changes take hours to propagate, so expiry would be late (GCP-05). */
const MEMBER = /^(?:user|serviceAccount):[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const ROLE =
  /^(?:roles|projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/roles|organizations\/\d{1,20}\/roles)\/[A-Za-z0-9_.]{1,64}$/;
const PROJECT = /^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|\d{1,20})$/;
const TS = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ';
/** The exact template; anything else under a breakglass- title is drift. */
const TEMPLATE = new RegExp(
  `^request\\.time >= timestamp\\("(${TS})"\\) && request\\.time < timestamp\\("(${TS})"\\)$`,
);

/** What a planner knows about one (project, role, member) grant. */
export interface GcpBindingInput {
  grantId: string;
  project: string;
  role: string;
  member: string;
  start: Date | string;
  expires: Date | string;
}

/** Builds the conditional binding for one grant; throws on any input outside the accepted shapes. */
export function gcpBindingEntry(input: GcpBindingInput): GcpBindingEntry {
  const { grantId, project, role, member } = input;
  if (!GRANT_ID.test(grantId))
    throw new Error(`gcp binding: invalid grant id ${JSON.stringify(grantId)}`);
  if (!PROJECT.test(project))
    throw new Error(`gcp binding: invalid project ${JSON.stringify(project)}`);
  if (!ROLE.test(role)) throw new Error(`gcp binding: invalid role ${JSON.stringify(role)}`);
  if (!MEMBER.test(member)) {
    throw new Error(
      `gcp binding: member ${JSON.stringify(member)} must be user:EMAIL or serviceAccount:EMAIL (groups propagate too slowly for an expiry)`,
    );
  }
  // Never widen the window: start rounds up and expiry rounds down to whole seconds.
  const start = toSeconds(input.start, 'start', Math.ceil);
  const expires = toSeconds(input.expires, 'expires', Math.floor);
  if (start.getTime() >= expires.getTime()) {
    throw new Error(
      `gcp binding: start ${isoSeconds(start)} is not before expiry ${isoSeconds(expires)}`,
    );
  }
  const s = isoSeconds(start);
  const e = isoSeconds(expires);
  const expression = `request.time >= timestamp("${s}") && request.time < timestamp("${e}")`;
  // Belt and braces: the template is the contract, so prove the output matches it before it leaves.
  if (!TEMPLATE.test(expression))
    throw new Error(`gcp binding: timestamps out of range (${s}, ${e})`);
  return {
    kind: 'gcp-binding',
    grantId,
    project,
    role,
    member,
    condition: {
      title: `${MANAGED_PREFIX}${grantId}`,
      description: `Emergency access from breakglass grant ${grantId}, valid ${s} to ${e} (UTC). Managed by breakglass; do not edit.`,
      expression,
    },
    start: s,
    expires: e,
  };
}

/** A condition whose title claims the tool manages it, with its window when it matches the template. */
export type ParsedCondition =
  | { kind: 'managed'; grantId: string; start: string; expires: string }
  | { kind: 'drift'; grantId: string; reason: string };

/** Recovers grant id and window from a condition titled `breakglass-…`; undefined when the title is not ours. */
export function parseManagedCondition(
  condition: { title?: string; expression?: string } | undefined,
): ParsedCondition | undefined {
  const title = condition?.title;
  if (title === undefined || !title.startsWith(MANAGED_PREFIX)) return undefined;
  const grantId = title.slice(MANAGED_PREFIX.length);
  if (!GRANT_ID.test(grantId))
    return {
      kind: 'drift',
      grantId,
      reason: `title ${JSON.stringify(title)} is not breakglass-<grant id>`,
    };
  const m = TEMPLATE.exec(condition?.expression ?? '');
  const start = m?.[1];
  const expires = m?.[2];
  if (start === undefined || expires === undefined) {
    return {
      kind: 'drift',
      grantId,
      reason: 'condition expression does not match the breakglass template',
    };
  }
  // Round-trip through Date so impossible dates (2026-02-30) are caught rather than trusted.
  const s = new Date(start);
  const e = new Date(expires);
  if (
    Number.isNaN(s.getTime()) ||
    Number.isNaN(e.getTime()) ||
    isoSeconds(s) !== start ||
    isoSeconds(e) !== expires
  ) {
    return { kind: 'drift', grantId, reason: 'condition timestamps are not valid dates' };
  }
  if (s.getTime() >= e.getTime())
    return { kind: 'drift', grantId, reason: 'condition window is empty' };
  return { kind: 'managed', grantId, start, expires };
}

/** Strings must be ISO 8601 with an explicit zone: `new Date()` would read anything else in local time. */
const ISO_WITH_ZONE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;

function toSeconds(v: Date | string, what: string, round: (x: number) => number): Date {
  if (typeof v === 'string' && !ISO_WITH_ZONE.test(v))
    throw new Error(`gcp binding: ${what} is not an ISO time with a zone`);
  const d = typeof v === 'string' ? new Date(v) : new Date(v.getTime());
  const ms = d.getTime();
  if (Number.isNaN(ms)) throw new Error(`gcp binding: ${what} is not a valid time`);
  return new Date(round(ms / 1000) * 1000);
}
