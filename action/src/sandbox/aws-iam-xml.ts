/**
 * The IAM query protocol as the fake speaks it: XML answers in the 2010-05-08 namespace, XML error
 * documents with the status real IAM uses, and RFC 3986 encoding of policy documents.
 */
import { randomUUID } from 'node:crypto';
import type { Fault, FakeResponse } from './http-fake.js';

/** The XML namespace of every IAM answer. */
export const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** IAM error codes the fake produces, with the HTTP status and fault type real IAM answers with. */
export const IAM_ERRORS = {
  NoSuchEntity: [404, 'Sender'],
  LimitExceeded: [409, 'Sender'],
  EntityAlreadyExists: [409, 'Sender'],
  MalformedPolicyDocument: [400, 'Sender'],
  ValidationError: [400, 'Sender'],
  InvalidInput: [400, 'Sender'],
  InvalidAction: [400, 'Sender'],
  Throttling: [400, 'Sender'],
  AccessDenied: [403, 'Sender'],
  SignatureDoesNotMatch: [403, 'Sender'],
  InvalidClientTokenId: [403, 'Sender'],
  MissingAuthenticationToken: [403, 'Sender'],
  ServiceFailure: [500, 'Receiver'],
} as const satisfies Record<string, readonly [number, 'Sender' | 'Receiver']>;

/** One of the error codes above. */
export type IamErrorCode = keyof typeof IAM_ERRORS;

/** Thrown inside a handler to answer with an IAM error document. */
export class IamError extends Error {
  constructor(
    readonly code: IamErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Escapes text for an XML element body. */
export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3986 percent-encoding, the way IAM returns PolicyDocument (encodeURIComponent leaves !'()* alone). */
export function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A successful answer `<{Action}Response>` with an optional `<{Action}Result>` body. */
export function xmlOk(action: string, requestId: string, result?: string): FakeResponse {
  const body =
    `<${action}Response xmlns="${IAM_NS}">` +
    (result === undefined ? '' : `<${action}Result>${result}</${action}Result>`) +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
  return {
    status: 200,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body,
  };
}

/** An `<ErrorResponse>` with IAM's status for the code. */
export function xmlError(
  code: IamErrorCode,
  message: string,
  requestId: string = randomUUID(),
  headers: Record<string, string> = {},
): FakeResponse {
  const [status, type] = IAM_ERRORS[code];
  const body =
    `<ErrorResponse xmlns="${IAM_NS}"><Error><Type>${type}</Type><Code>${code}</Code>` +
    `<Message>${xmlEscape(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId, ...headers },
    body,
  };
}

/** A scripted fault for HttpFake.fail() that looks like a real IAM error (e.g. Throttling with Retry-After). */
export function iamFault(
  code: IamErrorCode,
  opts: { message?: string; headers?: Record<string, string>; afterCommit?: boolean } = {},
): Fault {
  const r = xmlError(
    code,
    opts.message ?? `fake: injected ${code}`,
    randomUUID(),
    opts.headers ?? {},
  );
  const f: Fault = { status: r.status, body: r.body ?? '' };
  if (r.headers) f.headers = r.headers;
  if (opts.afterCommit) f.afterCommit = true;
  return f;
}

/** A role or user as the fake holds it. */
export interface Principal {
  kind: 'role' | 'user';
  arn: string;
  name: string;
  path: string;
  id: string;
  maxSessionDuration: number;
}

/** The `<Role>` of GetRole or the `<User>` of GetUser. */
export function principalXml(p: Principal): string {
  const common =
    `<Path>${xmlEscape(p.path)}</Path><Arn>${xmlEscape(p.arn)}</Arn>` +
    `<CreateDate>2024-01-01T00:00:00Z</CreateDate>`;
  if (p.kind === 'user') {
    return `<User><UserName>${p.name}</UserName><UserId>${p.id}</UserId>${common}</User>`;
  }
  const trust = rfc3986(JSON.stringify({ Version: '2012-10-17', Statement: [] }));
  return (
    `<Role><RoleName>${p.name}</RoleName><RoleId>${p.id}</RoleId>${common}` +
    `<AssumeRolePolicyDocument>${trust}</AssumeRolePolicyDocument>` +
    `<MaxSessionDuration>${p.maxSessionDuration}</MaxSessionDuration></Role>`
  );
}

/** One page of a List*Policies answer: MaxItems (1–1000, default 100) and an opaque Marker. */
export function namesPage(names: readonly string[], p: URLSearchParams): string {
  const max = Number(p.get('MaxItems') ?? '100');
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    throw new IamError(
      'ValidationError',
      `1 validation error detected: Value '${p.get('MaxItems')}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  }
  const marker = p.get('Marker');
  const from = marker === null ? 0 : Number(Buffer.from(marker, 'base64').toString('utf8'));
  if (!Number.isInteger(from) || from < 0) throw new IamError('InvalidInput', 'Invalid Marker.');
  const page = names.slice(from, from + max);
  const more = from + max < names.length;
  const next = more ? `<Marker>${Buffer.from(String(from + max)).toString('base64')}</Marker>` : '';
  const items = page.map((i) => `<member>${xmlEscape(i)}</member>`).join('');
  return `<PolicyNames>${items}</PolicyNames><IsTruncated>${more}</IsTruncated>${next}`;
}
