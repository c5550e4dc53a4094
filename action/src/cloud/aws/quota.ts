/** IAM's inline-policy quotas, checked before any write, and the stand-in for an unreadable managed policy. */
import type { Entry } from '../model.js';
import { MANAGED_PREFIX } from '../model.js';
import { awsInlineSize } from '../../plan/aws-entries.js';
import { opName } from './iam-calls.js';
import type { AwsPrincipal } from './iam-calls.js';

/** IAM aggregate inline-policy quotas (non-whitespace characters). */
export const INLINE_LIMIT = { role: 10_240, user: 2_048 } as const;

/**
 * IAM's aggregate quota checked before any write: every other inline policy of the principal plus the
 * new document, whitespace not counted. Returns the refusal message, or undefined when it fits.
 */
export function preflight(
  p: AwsPrincipal,
  name: string,
  doc: string,
  current: Map<string, string>,
): string | undefined {
  const others = [...current]
    .filter(([n]) => n !== name)
    .reduce((n, [, d]) => n + awsInlineSize(d), 0);
  const size = awsInlineSize(doc);
  const limit = INLINE_LIMIT[p.kind];
  if (others + size <= limit) return undefined;
  return (
    `${opName(p, 'Put')} ${name} on ${p.arn} not attempted: the ${p.kind}'s inline policies would total ` +
    `${fmt(others + size)} non-whitespace characters (existing ${fmt(others)} + this grant ${fmt(size)}; ` +
    `IAM limit ${fmt(limit)}). Remove or shrink inline policies on this ${p.kind}, or split the bundle.`
  );
}

/** An already-expired stand-in for a managed policy whose document cannot be parsed, so reconcile removes it. */
export function expiredStandIn(p: AwsPrincipal, policyName: string): Entry {
  const epoch = '1970-01-01T00:00:00Z';
  return {
    kind: 'aws-inline',
    grantId: policyName.slice(MANAGED_PREFIX.length),
    account: p.account,
    principalArn: p.arn,
    policyName,
    document: { Version: '2012-10-17', Statement: [] },
    start: epoch,
    expires: epoch,
  };
}


function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
