/**
 * Loopback fake of Cloud Resource Manager v3 project IAM (getIamPolicy / setIamPolicy) and of the
 * STS token exchange used by workload identity federation. Stateful, speaks the real JSON and
 * Google's error format, and enforces the rules a careless client would trip over: etags, policy
 * versions, conditions and limits.
 */
import { createHash } from 'node:crypto';
import { HttpFake, json } from './http-fake.js';
import type { FakeRequest, FakeResponse, Route } from './http-fake.js';
import { asVersion1, grants, invalidBindings } from './gcp-crm-rules.js';
import type { FakeBinding, FakePolicy } from './gcp-crm-rules.js';

export type { FakeBinding, FakeCondition, FakePolicy } from './gcp-crm-rules.js';

const IAM_PATH = /^\/v3\/projects\/([^/:]+):(getIamPolicy|setIamPolicy)$/;
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

/** What the STS endpoint accepts: the OIDC JWT it expects and, optionally, the provider audience. */
export interface StsExpectation {
  subjectToken: string;
  audience?: string;
}

/** Fake Resource Manager v3 + STS; ops are `getIamPolicy`, `setIamPolicy` and `token` (for faults and logs). */
export class FakeCrm extends HttpFake {
  private readonly projects = new Map<string, FakePolicy>();
  private readonly tokens = new Set<string>();
  private sts: StsExpectation | undefined;
  private seq = 0;

  /** Accepts `Bearer <token>` on the IAM routes. */
  acceptToken(token: string): this {
    this.tokens.add(token);
    return this;
  }

  /** Arms the STS endpoint: only this subject token (and audience, when given) is exchanged. */
  expectSubjectToken(expectation: StsExpectation): this {
    this.sts = { ...expectation };
    return this;
  }

  /** Creates a project with an optional starting policy (a fresh etag is minted). */
  addProject(
    id: string,
    initial: { bindings?: FakeBinding[]; auditConfigs?: unknown[] } = {},
  ): this {
    const policy: FakePolicy = { version: 1, etag: '', bindings: clone(initial.bindings ?? []) };
    if (initial.auditConfigs) policy.auditConfigs = clone(initial.auditConfigs);
    this.store(id, policy);
    return this;
  }

  /** A deep copy of the stored policy (version 3 view). */
  policyOf(id: string): FakePolicy {
    return clone(this.mustGet(id));
  }

  /** Out-of-band change (drift): appends a binding as if someone used the console; the etag changes. */
  plantBinding(id: string, binding: FakeBinding): void {
    const p = this.mustGet(id);
    this.store(id, { ...p, bindings: [...p.bindings, clone(binding)] });
  }

  /**
   * IAM handing an email back in another case than it was set in (seen for external users): every
   * occurrence of `member` in the stored policy becomes `as`; the etag changes.
   */
  recaseMember(id: string, member: string, as: string): void {
    const p = this.mustGet(id);
    const bindings = p.bindings.map((b) => ({ ...clone(b), members: b.members.map((m) => (m === member ? as : m)) }));
    this.store(id, { ...p, bindings });
  }

  /** Whether IAM would let `member` use `role` on `project` at `at` (conditions evaluated with request.time). */
  hasAccess(project: string, member: string, role: string, at: Date): boolean {
    return grants(this.mustGet(project).bindings, member, role, at);
  }

  protected route(req: FakeRequest): Route | undefined {
    if (req.method !== 'POST') return undefined;
    if (req.path === '/v1/token') return { op: 'token', handle: () => this.token(req) };
    const m = IAM_PATH.exec(req.path);
    const project = m?.[1];
    if (!m || project === undefined) return undefined;
    const verb = m[2] === 'getIamPolicy' ? 'getIamPolicy' : 'setIamPolicy';
    return {
      op: verb,
      handle: () => {
        const denied = this.authenticate(req) ?? this.authorize(project);
        if (denied) return denied;
        const body = parseJson(req.body);
        if (body === undefined)
          return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
        return verb === 'getIamPolicy'
          ? this.getIamPolicy(project, body)
          : this.setIamPolicy(project, body);
      },
    };
  }

  protected override notFound(req: FakeRequest): FakeResponse {
    return googleError(
      404,
      'NOT_FOUND',
      `The requested URL ${req.path} was not found on this server.`,
    );
  }

  private getIamPolicy(id: string, body: Record<string, unknown>): FakeResponse {
    const options = body['options'] as { requestedPolicyVersion?: unknown } | undefined;
    const requested = options?.requestedPolicyVersion ?? 0;
    if (requested !== 0 && requested !== 1 && requested !== 3) {
      return googleError(
        400,
        'INVALID_ARGUMENT',
        `Invalid requested policy version ${String(requested)}; valid values are 0, 1 and 3.`,
      );
    }
    const p = this.mustGet(id);
    const conditional = p.bindings.some((b) => b.condition !== undefined);
    // Lower versions hide conditions, exactly as the docs describe ("withcond" role names).
    const bindings = conditional && requested !== 3 ? asVersion1(p.bindings) : p.bindings;
    return json(200, render({ ...p, version: conditional && requested === 3 ? 3 : 1, bindings }));
  }

  private setIamPolicy(id: string, body: Record<string, unknown>): FakeResponse {
    const policy = body['policy'];
    if (typeof policy !== 'object' || policy === null)
      return googleError(400, 'INVALID_ARGUMENT', 'policy is required');
    const { version, etag, bindings, auditConfigs } = policy as Record<string, unknown>;
    const current = this.mustGet(id);
    const conditional = current.bindings.some((b) => b.condition !== undefined);
    if (etag === undefined && conditional) {
      return googleError(
        400,
        'INVALID_ARGUMENT',
        'The policy has conditions: setIamPolicy must include the etag read with it.',
      );
    }
    if (etag !== undefined && etag !== current.etag) {
      return googleError(
        409,
        'ABORTED',
        'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.',
      );
    }
    const bad = invalidBindings(bindings, version);
    if (bad) return googleError(400, 'INVALID_ARGUMENT', bad);
    const mask =
      typeof body['updateMask'] === 'string'
        ? body['updateMask'].split(',').map((s) => s.trim())
        : ['bindings', 'etag'];
    const next: FakePolicy = {
      ...current,
      bindings: mask.includes('bindings')
        ? clone((bindings ?? []) as FakeBinding[])
        : current.bindings,
    };
    if (mask.includes('auditConfigs')) {
      if (auditConfigs === undefined) delete next.auditConfigs;
      else next.auditConfigs = clone(auditConfigs as unknown[]);
    }
    this.store(id, next);
    return json(200, render(this.mustGet(id)));
  }

  private token(req: FakeRequest): FakeResponse {
    const form = new URLSearchParams(req.body);
    const reject = (description: string): FakeResponse =>
      json(400, { error: 'invalid_grant', error_description: description });
    if (form.get('grant_type') !== TOKEN_EXCHANGE)
      return json(400, {
        error: 'unsupported_grant_type',
        error_description: 'expected token exchange',
      });
    if (form.get('subject_token_type') !== JWT_TOKEN_TYPE)
      return json(400, {
        error: 'invalid_request',
        error_description: 'subject_token_type must be jwt',
      });
    if (!this.sts || form.get('subject_token') !== this.sts.subjectToken)
      return reject('The subject token is not the expected OIDC token.');
    if (this.sts.audience !== undefined && form.get('audience') !== this.sts.audience)
      return reject('The audience does not match the provider.');
    const access = `ya29.fake-sts-${++this.seq}`;
    this.tokens.add(access);
    return json(200, {
      access_token: access,
      issued_token_type: ACCESS_TOKEN_TYPE,
      token_type: 'Bearer',
      expires_in: 3600,
    });
  }

  private authenticate(req: FakeRequest): FakeResponse | undefined {
    const m = /^Bearer (\S+)$/.exec(String(req.headers.authorization ?? ''));
    if (m?.[1] !== undefined && this.tokens.has(m[1])) return undefined;
    return googleError(
      401,
      'UNAUTHENTICATED',
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    );
  }

  /** Real CRM answers 403 for a project that does not exist, so callers cannot probe for project ids. */
  private authorize(project: string): FakeResponse | undefined {
    if (this.projects.has(project)) return undefined;
    return googleError(
      403,
      'PERMISSION_DENIED',
      `The caller does not have permission (or project ${project} does not exist).`,
    );
  }

  private store(id: string, p: FakePolicy): void {
    const etag = createHash('sha256')
      .update(`${id}:${++this.seq}`)
      .digest()
      .subarray(0, 8)
      .toString('base64');
    const conditional = p.bindings.some((b) => b.condition !== undefined);
    this.projects.set(id, { ...p, version: conditional ? 3 : 1, etag });
  }

  private mustGet(id: string): FakePolicy {
    const p = this.projects.get(id);
    if (!p) throw new Error(`FakeCrm: unknown project ${id}`);
    return p;
  }
}

/** Field order and omissions as the API's JSON: empty lists are left out. */
function render(p: FakePolicy): Record<string, unknown> {
  const out: Record<string, unknown> = { version: p.version, etag: p.etag };
  if (p.bindings.length > 0) out['bindings'] = p.bindings;
  if (p.auditConfigs && p.auditConfigs.length > 0) out['auditConfigs'] = p.auditConfigs;
  return out;
}

function googleError(code: number, status: string, message: string): FakeResponse {
  return json(code, { error: { code, message, status } });
}

function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(body === '' ? '{}' : body);
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function clone<T>(v: T): T {
  return structuredClone(v);
}
