/**
 * AWS entries as pure data: the exact inline policy documents the tool writes, and the parser that
 * recovers an entry from a document found in IAM. No I/O, no clock: every instant is passed in as a
 * Date and re-serialised here, so a timestamp string from a grant file can never reach a policy.
 */
import type { AwsInlineEntry, AwsPolicyDocument, AwsSessionRevokeEntry } from '../cloud/model.js';
import { MANAGED_PREFIX } from '../cloud/model.js';
import { isoSeconds } from '../core/clock.js';
import type { BundleStatement } from '../policy/model.js';
import {
  CURRENT_TIME,
  END_OP,
  REVOKE_PREFIX,
  START_OP,
  TOKEN_ISSUE_TIME,
  parseConditionDate,
} from './aws-entries-parse.js';

export { parseManagedAwsPolicy, REVOKE_PREFIX } from './aws-entries-parse.js';

const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;
/** IAM's policy charset (tab, LF, CR, U+0020–U+00FF); anything else is rejected by IAM, so refuse it here. */
const IAM_CHARSET = /^[\t\n\r\u0020-\u00ff]*$/;

/** Input of awsInlineEntry: ids, dates and bundle data only (there is deliberately no field for free text). */
export interface AwsInlineInput {
  grantId: string;
  account: string;
  principalArn: string;
  statements: BundleStatement[];
  start: Date;
  expires: Date;
}

/** The grant itself: inline policy `breakglass-<id>` with the bundle's statements bounded to [start, expires). */
export function awsInlineEntry(input: AwsInlineInput): AwsInlineEntry {
  const { grantId, account, principalArn, statements, start, expires } = input;
  checkWindow(start, expires);
  if (statements.length === 0)
    throw new Error(`grant ${grantId}: an AWS inline policy needs at least one statement`);
  const sidBase = sidPrefix(grantId);
  const document: AwsPolicyDocument = {
    Version: '2012-10-17',
    Statement: statements.map((s, i) => ({
      Sid: `${sidBase}S${i + 1}`,
      Effect: 'Allow',
      Action: [...s.actions],
      Resource: [...s.resources],
      Condition: windowConditions(s.conditions, start, expires),
    })),
  };
  return {
    kind: 'aws-inline',
    grantId,
    account,
    principalArn,
    policyName: policyName(MANAGED_PREFIX, grantId),
    document: checkCharset(document, grantId),
    start: isoSeconds(ceilSecond(start)),
    expires: isoSeconds(expires),
  };
}

/** The bundle statement that lets a principal assume a pre-provisioned role; merge it into awsInlineEntry when a target has both. */
export function assumeRoleStatement(roleArn: string): BundleStatement {
  return { actions: ['sts:AssumeRole'], resources: [roleArn] };
}

/** An assume-role grant: `sts:AssumeRole` on roleArn for the requester, only within [start, expires). */
export function awsAssumeRoleEntry(input: {
  grantId: string;
  account: string;
  principalArn: string;
  roleArn: string;
  start: Date;
  expires: Date;
}): AwsInlineEntry {
  const { roleArn, ...rest } = input;
  return awsInlineEntry({ ...rest, statements: [assumeRoleStatement(roleArn)] });
}

/**
 * Ends the live sessions of an assume-role grant (the AWSRevokeOlderSessions pattern): deny everything
 * to sessions issued before revokedAt. Like the AWS pattern it also ends other sessions of that role
 * issued before revokedAt; they can simply assume the role again. The deny itself stops at removeAfter
 * (no older session can outlive it), which also lets the parser recover removeAfter from IAM.
 */
export function awsSessionRevokeEntry(input: {
  grantId: string;
  account: string;
  roleArn: string;
  revokedAt: Date;
  maxSessionSeconds: number;
}): AwsSessionRevokeEntry {
  const { grantId, account, roleArn, maxSessionSeconds } = input;
  checkDate(input.revokedAt, 'revokedAt');
  // Rounded up: a session issued in the same second as the revocation is denied too, never let through.
  const revokedAt = ceilSecond(input.revokedAt);
  if (!Number.isInteger(maxSessionSeconds) || maxSessionSeconds <= 0) {
    throw new Error(
      `grant ${grantId}: maxSessionSeconds must be a positive integer, got ${maxSessionSeconds}`,
    );
  }
  const removeAfter = new Date(revokedAt.getTime() + maxSessionSeconds * 1000);
  const document: AwsPolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: `${sidPrefix(grantId)}S1`,
        Effect: 'Deny',
        Action: ['*'],
        Resource: ['*'],
        Condition: {
          [END_OP]: {
            [TOKEN_ISSUE_TIME]: isoSeconds(revokedAt),
            [CURRENT_TIME]: isoSeconds(removeAfter),
          },
        },
      },
    ],
  };
  return {
    kind: 'aws-session-revoke',
    grantId,
    account,
    principalArn: roleArn,
    policyName: policyName(REVOKE_PREFIX, grantId),
    document: checkCharset(document, grantId),
    revokedAt: isoSeconds(revokedAt),
    removeAfter: isoSeconds(removeAfter),
  };
}

/** Size of a policy as IAM counts it against the inline quotas: characters that are not whitespace. */
export function awsInlineSize(doc: AwsPolicyDocument | string): number {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  return text.replace(/\s/g, '').length;
}

/** The bundle's own conditions plus the window; a bundle bound on the same key is kept only where it is stricter. */
function windowConditions(
  own: BundleStatement['conditions'],
  start: Date,
  expires: Date,
): Record<string, Record<string, string | string[]>> {
  const out: Record<string, Record<string, string | string[]>> = {};
  for (const [op, block] of Object.entries(own ?? {})) {
    out[op] = Object.fromEntries(
      Object.entries(block).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
    );
  }
  const lo = takeBound(out, START_OP, ceilSecond(start).getTime(), Math.max);
  const hi = takeBound(out, END_OP, expires.getTime(), Math.min);
  (out[START_OP] ??= {})[CURRENT_TIME] = isoSeconds(new Date(lo));
  (out[END_OP] ??= {})[CURRENT_TIME] = isoSeconds(new Date(hi));
  return out;
}

/** Removes a bundle's aws:CurrentTime bounds under `op` (any key case) and returns the strictest of them and ours. */
function takeBound(
  conds: Record<string, Record<string, string | string[]>>,
  op: string,
  ours: number,
  stricter: (a: number, b: number) => number,
): number {
  const block = conds[op];
  if (!block) return ours;
  let bound = ours;
  for (const [k, v] of Object.entries(block)) {
    if (k.toLowerCase() !== CURRENT_TIME.toLowerCase()) continue;
    const times = (Array.isArray(v) ? v : [v]).map(parseConditionDate);
    if (times.length === 0 || times.some((t) => t === undefined)) {
      throw new Error(`bundle condition ${op} ${k} has a value that is not a date`);
    }
    // Several values mean "any of": the widest one is the bound that key really sets.
    const nums = times as number[];
    bound = stricter(bound, op.startsWith('DateLess') ? Math.max(...nums) : Math.min(...nums));
    delete block[k];
  }
  return bound;
}

/** Whole seconds only (IAM literals); the start rounds up and the end down, so rounding never widens the window. */
function ceilSecond(d: Date): Date {
  return new Date(Math.ceil(d.getTime() / 1000) * 1000);
}

function sidPrefix(grantId: string): string {
  return `BG${grantId.replace(/[^A-Za-z0-9]/g, '')}`;
}

function policyName(prefix: string, grantId: string): string {
  const name = `${prefix}${grantId}`;
  if (!POLICY_NAME.test(name))
    throw new Error(
      `grant id ${JSON.stringify(grantId)} does not make a valid IAM policy name (${name.length} chars, [\\w+=,.@-], max 128)`,
    );
  return name;
}

function checkWindow(start: Date, expires: Date): void {
  checkDate(start, 'start');
  checkDate(expires, 'expires');
  if (expires.getTime() <= start.getTime())
    throw new Error(`expires (${isoSeconds(expires)}) must be after start (${isoSeconds(start)})`);
}

function checkDate(d: Date, what: string): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime()))
    throw new Error(`${what} is not a valid date`);
}

function checkCharset(doc: AwsPolicyDocument, grantId: string): AwsPolicyDocument {
  if (!IAM_CHARSET.test(JSON.stringify(doc)))
    throw new Error(
      `grant ${grantId}: policy has characters IAM does not accept (outside U+0020–U+00FF)`,
    );
  return doc;
}
