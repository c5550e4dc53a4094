/**
 * The checks real IAM makes on Put*Policy requests, with its error codes and wording, so the fake
 * refuses exactly what AWS would refuse (and the provider's failure paths meet realistic errors).
 */
import { IamError } from './aws-iam-xml.js';

const NAME = /^[\w+=,.@-]+$/;
const SID = /^[A-Za-z0-9]*$/;
const CHARSET = /^[\t\n\r\u0020-\u00ff]+$/;

/** Non-whitespace characters: how IAM counts policy size. */
export function size(doc: string): number {
  return doc.replace(/\s/g, '').length;
}

/** A RoleName/UserName/PolicyName parameter, checked for presence, length and charset (ValidationError). */
export function validName(v: string | null, field: string, max: number): string {
  if (v === null || v === '')
    throw new IamError(
      'ValidationError',
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  if (v.length > max)
    throw new IamError(
      'ValidationError',
      `1 validation error detected: Value '${v}' at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  if (!NAME.test(v))
    throw new IamError(
      'ValidationError',
      `1 validation error detected: Value '${v}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  return v;
}

/** The checks IAM applies to a Put*Policy document (presence, charset, grammar); returns the text when valid. */
export function validateDocument(text: string | null): string {
  if (text === null || text === '') {
    throw new IamError(
      'ValidationError',
      "1 validation error detected: Value null at 'policyDocument' failed to satisfy constraint: Member must not be null",
    );
  }
  if (!CHARSET.test(text)) {
    throw new IamError(
      'ValidationError',
      "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new IamError('MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  const d = doc as { Version?: unknown; Statement?: unknown } | null;
  if (typeof d !== 'object' || d === null || Array.isArray(d))
    throw new IamError('MalformedPolicyDocument', 'Syntax errors in policy.');
  if (d.Version !== '2012-10-17' && d.Version !== '2008-10-17')
    throw new IamError('MalformedPolicyDocument', 'The policy must contain a valid version string');
  const list = Array.isArray(d.Statement)
    ? d.Statement
    : d.Statement === undefined
      ? []
      : [d.Statement];
  if (list.length === 0)
    throw new IamError(
      'MalformedPolicyDocument',
      'Policy statement must contain at least one statement.',
    );
  const sids = new Set<string>();
  for (const s of list as Record<string, unknown>[]) {
    if (typeof s !== 'object' || s === null)
      throw new IamError('MalformedPolicyDocument', 'Syntax errors in policy.');
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny')
      throw new IamError('MalformedPolicyDocument', 'Policy statement must contain an effect');
    if (s.Action === undefined && s.NotAction === undefined)
      throw new IamError('MalformedPolicyDocument', 'Policy statement must contain actions.');
    if (s.Resource === undefined && s.NotResource === undefined)
      throw new IamError('MalformedPolicyDocument', 'Policy statement must contain resources.');
    if (s.Sid !== undefined) {
      if (typeof s.Sid !== 'string' || !SID.test(s.Sid))
        throw new IamError(
          'MalformedPolicyDocument',
          'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
        );
      if (sids.has(s.Sid))
        throw new IamError(
          'MalformedPolicyDocument',
          'Statement IDs (SID) in a single policy must be unique.',
        );
      sids.add(s.Sid);
    }
  }
  return text;
}
