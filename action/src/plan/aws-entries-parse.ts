/**
 * The reverse of aws-entries.ts: recovers an entry from a `breakglass-*` inline policy found in IAM,
 * and the constants both sides share. Pure: no I/O, no clock.
 */
import type { AwsPolicyDocument, AwsStatement, Entry } from '../cloud/model.js';
import { MANAGED_PREFIX } from '../cloud/model.js';
import { isoSeconds } from '../core/clock.js';

/** Prefix of the deny policy that ends live sessions of an assume-role grant. */
export const REVOKE_PREFIX = `${MANAGED_PREFIX}revoke-`;
/** The condition keys the tool writes. */
export const CURRENT_TIME = 'aws:CurrentTime';
/** The key the session-revoke deny compares: when the caller's temporary credentials were issued. */
export const TOKEN_ISSUE_TIME = 'aws:TokenIssueTime';
/** `Equals` on the lower bound so the window is exactly [start, expires): allowed at start, denied at expires. */
export const START_OP = 'DateGreaterThanEquals';
/** The upper bound: denied from `expires` on. */
export const END_OP = 'DateLessThan';

/**
 * Recovers an entry from a managed inline policy found in IAM. Returns undefined when the name is not
 * managed or the document is not one the tool could have written with an expiry (unbounded Allow,
 * unreadable dates, not JSON): callers treat that as drift to report and remove.
 */
export function parseManagedAwsPolicy(
  principalArn: string,
  policyName: string,
  documentJson: string,
): Entry | undefined {
  if (!policyName.startsWith(MANAGED_PREFIX)) return undefined;
  const account = /^arn:aws[\w-]*:iam::(\d{12}):/.exec(principalArn)?.[1];
  const doc = parseDocument(documentJson);
  if (!account || !doc) return undefined;
  const revoke = policyName.startsWith(REVOKE_PREFIX) ? parseRevoke(doc) : undefined;
  if (revoke) {
    const grantId = policyName.slice(REVOKE_PREFIX.length);
    return {
      kind: 'aws-session-revoke',
      grantId,
      account,
      principalArn,
      policyName,
      document: doc,
      ...revoke,
    };
  }
  let start = Infinity;
  let expires = -Infinity;
  for (const s of doc.Statement) {
    if (s.Effect !== 'Allow') return undefined;
    const lo = dateValue(s.Condition, START_OP) ?? dateValue(s.Condition, 'DateGreaterThan');
    const hi = dateValue(s.Condition, END_OP);
    // Any Allow without both bounds would grant open-ended access: not something the tool wrote.
    if (lo === undefined || hi === undefined) return undefined;
    // Widest window over the statements, so an out-of-band extension of one statement is visible.
    start = Math.min(start, lo);
    expires = Math.max(expires, hi);
  }
  const grantId = policyName.slice(MANAGED_PREFIX.length);
  return {
    kind: 'aws-inline',
    grantId,
    account,
    principalArn,
    policyName,
    document: doc,
    start: isoSeconds(new Date(start)),
    expires: isoSeconds(new Date(expires)),
  };
}

function parseRevoke(
  doc: AwsPolicyDocument,
): { revokedAt: string; removeAfter: string } | undefined {
  const [s] = doc.Statement;
  if (!s || doc.Statement.length !== 1 || s.Effect !== 'Deny') return undefined;
  const issued = dateValue(s.Condition, END_OP, TOKEN_ISSUE_TIME);
  const until = dateValue(s.Condition, END_OP);
  if (issued === undefined || until === undefined) return undefined;
  return { revokedAt: isoSeconds(new Date(issued)), removeAfter: isoSeconds(new Date(until)) };
}

function parseDocument(json: string): AwsPolicyDocument | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const d = raw as { Version?: unknown; Statement?: unknown };
  if (d.Version !== '2012-10-17') return undefined;
  const list = Array.isArray(d.Statement) ? d.Statement : [d.Statement];
  if (list.length === 0 || !list.every((s) => typeof s === 'object' && s !== null))
    return undefined;
  return { Version: '2012-10-17', Statement: list as AwsStatement[] };
}

/** The single date under operator/key (keys are case-insensitive in IAM); an array means "any of", i.e. the widest bound. */
function dateValue(
  cond: AwsStatement['Condition'],
  op: string,
  key = CURRENT_TIME,
): number | undefined {
  const block = cond?.[op];
  if (!block) return undefined;
  const found = Object.entries(block).find(([k]) => k.toLowerCase() === key.toLowerCase());
  if (!found) return undefined;
  const times = (Array.isArray(found[1]) ? found[1] : [found[1]]).map(parseConditionDate);
  if (times.length === 0 || times.some((t) => t === undefined)) return undefined;
  const nums = times as number[];
  return op.startsWith('DateLess') ? Math.max(...nums) : Math.min(...nums);
}

/** IAM date values: ISO 8601 or epoch seconds; undefined when unreadable. */
export function parseConditionDate(v: string): number | undefined {
  const t = /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}
