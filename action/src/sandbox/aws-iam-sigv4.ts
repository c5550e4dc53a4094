/**
 * SigV4 checking for the IAM fake, with the SDK's own signer, so a wrongly signed request fails
 * here as it would at AWS.
 */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { FakeRequest } from './http-fake.js';
import { IamError } from './aws-iam-xml.js';

/** SHA-256 / HMAC-SHA-256 in the shape @smithy/signature-v4 wants (the @aws-crypto package is not installed). */
class Sha256 {
  private readonly h;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.h.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
}

function toBuffer(d: string | ArrayBuffer | ArrayBufferView): Buffer {
  if (typeof d === 'string') return Buffer.from(d, 'utf8');
  if (ArrayBuffer.isView(d)) return Buffer.from(d.buffer, d.byteOffset, d.byteLength);
  return Buffer.from(d);
}

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/,]+)\/(\d{8})\/([^/,]+)\/([^/,]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/**
 * Checks a request's SigV4 signature by re-signing the signed headers and body with the secret the
 * fake knows for the access key. Throws IamError when the request would be refused by AWS.
 */
export async function verifySigV4(
  req: FakeRequest,
  secrets: ReadonlyMap<string, string>,
  service = 'iam',
): Promise<string> {
  const auth = header(req, 'authorization');
  if (!auth)
    throw new IamError('MissingAuthenticationToken', 'Request is missing Authentication Token');
  const m = AUTH.exec(auth);
  if (!m)
    throw new IamError('SignatureDoesNotMatch', 'Authorization header is not AWS4-HMAC-SHA256');
  const [, keyId = '', day = '', region = '', svc = '', signed = '', signature = ''] = m;
  const secret = secrets.get(keyId);
  if (secret === undefined)
    throw new IamError(
      'InvalidClientTokenId',
      'The security token included in the request is invalid.',
    );
  const amzDate = header(req, 'x-amz-date') ?? '';
  const dm = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!dm || !amzDate.startsWith(day) || svc !== service) {
    throw new IamError(
      'SignatureDoesNotMatch',
      'Credential scope does not match x-amz-date or service',
    );
  }
  // The signer trusts x-amz-content-sha256, so check it against the body ourselves.
  const bodyHash = createHash('sha256').update(req.body, 'utf8').digest('hex');
  const claimed = header(req, 'x-amz-content-sha256');
  if (claimed !== undefined && claimed !== bodyHash)
    throw new IamError('SignatureDoesNotMatch', 'Payload hash does not match the body');
  const headers: Record<string, string> = {};
  for (const name of signed.split(';')) {
    const v = header(req, name);
    if (v === undefined)
      throw new IamError('SignatureDoesNotMatch', `Signed header ${name} is missing`);
    headers[name] = v;
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId: keyId, secretAccessKey: secret },
    region,
    service,
    sha256: Sha256,
  });
  const [, y, mo, d, h, mi, s] = dm;
  const signingDate = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)),
  );
  const host = headers.host ?? '127.0.0.1';
  const again = await signer.sign(
    {
      method: req.method,
      protocol: 'http:',
      hostname: host.split(':')[0] ?? host,
      path: req.path,
      query: Object.fromEntries(req.query),
      headers,
      body: req.body,
    },
    { signingDate, signingRegion: region, signingService: service },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(again.headers.authorization))?.[1];
  if (expected !== signature) {
    throw new IamError(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    );
  }
  return keyId;
}

function header(req: FakeRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}
