/**
 * What an @aws-sdk/client-iam error means for us: retry it, treat it as already done, or stop and
 * tell a person. The SDK runs with maxAttempts 1, so this classification is the whole retry policy.
 */
import type { Classified } from '../retry.js';
import { parseRetryAfter } from '../retry.js';
import { errorMessage } from '../../core/errors.js';

/** The fields of an SDK (or network) error that classification looks at. */
interface SdkErrorLike {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $response?: { statusCode?: number; headers?: Record<string, string | undefined> };
}

const RETRYABLE_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'ServiceFailure',
  'ServiceUnavailable',
  'InternalFailure',
  'InternalError',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);
/** Node/undici socket errors: the request may or may not have arrived; every call we retry is idempotent. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
]);

/** The IAM error code of an SDK error (`NoSuchEntity`, `Throttling`, ...), or the error name for non-service errors. */
export function awsErrorCode(e: unknown): string {
  const x = asLike(e);
  return x.Code ?? x.code ?? (x.name?.replace(/Exception$/, '') || 'Error');
}

/** The HTTP status of an SDK error, if the request got an answer. */
export function awsHttpStatus(e: unknown): number | undefined {
  const x = asLike(e);
  return x.$metadata?.httpStatusCode ?? x.$response?.statusCode;
}

/** The IAM RequestId of a failed call, for the audit record. */
export function awsErrorRequestId(e: unknown): string | undefined {
  return asLike(e).$metadata?.requestId;
}

/** Classifies an SDK error for withRetry. `op` matters: NoSuchEntity on a Delete means the work is already done. */
export function classifyAwsError(e: unknown, op: string, now: Date): Classified {
  const x = asLike(e);
  const code = awsErrorCode(e);
  const status = awsHttpStatus(e);
  if (code === 'NoSuchEntity') return { kind: op.startsWith('Delete') ? 'already-done' : 'fatal' };
  const retryable =
    RETRYABLE_CODES.has(code) ||
    RETRYABLE_CODES.has(x.name ?? '') ||
    NETWORK_CODES.has(x.code ?? '') ||
    status === 429 ||
    (status !== undefined && status >= 500) ||
    // No HTTP answer at all and not an error we raised ourselves: the connection broke.
    (status === undefined &&
      x.$fault === undefined &&
      /socket hang up|network|timed? ?out|ECONN/i.test(x.message ?? ''));
  if (!retryable) return { kind: 'fatal' };
  const header = x.$response?.headers?.['retry-after'];
  const retryAfterMs = parseRetryAfter(header, now);
  return retryAfterMs === undefined ? { kind: 'retryable' } : { kind: 'retryable', retryAfterMs };
}

/** What a person should know about a code, appended to the message. */
function hint(code: string, principalArn: string): string {
  const user = principalArn.includes(':user/');
  switch (code) {
    case 'LimitExceeded':
      return user
        ? "the user's inline policies exceed 2,048 characters"
        : "the role's inline policies exceed 10,240 characters";
    case 'MalformedPolicyDocument':
      return 'IAM rejected the generated document; check the bundle statements in policies/';
    case 'AccessDenied':
    case 'AccessDeniedException':
      return "breakglass's AWS role lacks this IAM permission on the principal; check its permissions policy";
    case 'NoSuchEntity':
      return 'the role or user does not exist; check the identity mapping in policies/';
    case 'SignatureDoesNotMatch':
    case 'InvalidClientTokenId':
    case 'ExpiredToken':
      return "breakglass's AWS credentials are invalid or expired";
    case 'ValidationError':
    case 'InvalidInput':
      return 'IAM rejected a parameter';
    default:
      return '';
  }
}

/**
 * One actionable line, e.g. "PutRolePolicy breakglass-x on arn:... failed: LimitExceeded: ... (non-retryable;
 * the role's inline policies exceed 10,240 characters)".
 */
export function describeAwsFailure(
  op: string,
  policyName: string,
  principalArn: string,
  e: unknown,
  c: Classified,
): string {
  const code = awsErrorCode(e);
  const status = awsHttpStatus(e);
  const what =
    c.kind === 'fatal'
      ? 'non-retryable'
      : 'retryable; retried until the attempts or the deadline ran out, the next reconcile retries again';
  const why = hint(code, principalArn);
  const raw = errorMessage(e);
  const text =
    raw && raw !== code && raw !== 'Unknown'
      ? `${code}: ${raw}`
      : `${code}${status ? ` (HTTP ${status})` : ''}`;
  return `${op} ${policyName} on ${principalArn} failed: ${text} (${what}${why ? `; ${why}` : ''})`;
}

function asLike(e: unknown): SdkErrorLike {
  return typeof e === 'object' && e !== null ? (e as SdkErrorLike) : { message: String(e) };
}
