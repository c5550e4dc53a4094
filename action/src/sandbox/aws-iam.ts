/**
 * A stateful loopback fake of the IAM query API, answered to the real @aws-sdk/client-iam: roles and
 * users with inline policies, IAM's quotas and validation, SigV4 checking, a lagging read replica
 * (eventual consistency) and a policy evaluator for the time conditions the tool writes.
 */
import { randomUUID } from 'node:crypto';
import { HttpFake } from './http-fake.js';
import type { FakeRequest, FakeResponse, Route } from './http-fake.js';
import { IamError, namesPage, principalXml, rfc3986 } from './aws-iam-xml.js';
import { verifySigV4 } from './aws-iam-sigv4.js';
import { xmlError, xmlEscape, xmlOk } from './aws-iam-xml.js';
import type { Principal } from './aws-iam-xml.js';
import { evaluatePolicies } from './aws-iam-eval.js';
import type { EvalResult } from './aws-iam-eval.js';
import { size, validName, validateDocument } from './aws-iam-validate.js';

/** principal key (`role:name` / `user:name`) → policy name → document text as submitted. */
type PolicyState = Map<string, Map<string, string>>;

const ARN = /^arn:aws[\w-]*:iam::(\d{12}):(role|user)(\/(?:[\x21-\x7e]*\/)?)([\w+=,.@-]{1,64})$/;

/** Stateful fake IAM; one instance stands for one AWS account. */
export class FakeIam extends HttpFake {
  /** Access key id → secret; requests signed with anything else are refused like AWS refuses them. */
  readonly secrets = new Map<string, string>([['AKIDEXAMPLE', 'secret']]);
  verifySignatures = true;
  /** IAM's aggregate inline-policy quotas, non-whitespace characters. */
  roleInlineLimit = 10_240;
  userInlineLimit = 2_048;
  /** Get/List answer from the state before the last N writes (a lagging read replica, AWS-03). */
  readLagWrites = 0;
  /** When set, the lag lasts only this many Get/List requests after each write; undefined = until changed. */
  lagHealsAfterReads: number | undefined = undefined;

  private readonly principals = new Map<string, Principal>();
  private readonly denied = new Map<string, Set<string> | '*'>();
  private primary: PolicyState = new Map();
  private readonly history: PolicyState[] = [new Map()];
  private readsSinceWrite = 0;

  /** Creates a role from its ARN (path allowed); the default MaxSessionDuration is IAM's 3,600 s. */
  addRole(arn: string, opts: { maxSessionDuration?: number } = {}): this {
    return this.addPrincipal(arn, 'role', opts.maxSessionDuration ?? 3600);
  }

  /** Creates an IAM user from its ARN. */
  addUser(arn: string): this {
    return this.addPrincipal(arn, 'user', 0);
  }

  /** Makes every call on this principal (or only the listed actions) fail with AccessDenied. */
  deny(arn: string, actions?: string[]): this {
    this.denied.set(this.mustFind(arn).key, actions ? new Set(actions) : '*');
    return this;
  }

  /** Ends what deny() set for this principal: its calls succeed again. */
  allow(arn: string): this {
    this.denied.delete(this.mustFind(arn).key);
    return this;
  }

  /** The inline policies of a principal as IAM holds them now (primary, not the lagging replica). */
  policiesOf(arn: string): Record<string, string> {
    return Object.fromEntries(this.primary.get(this.mustFind(arn).key) ?? []);
  }

  /** Writes a policy directly, bypassing validation and quotas: drift made out of band. */
  plant(arn: string, policyName: string, document: string | object): this {
    const text = typeof document === 'string' ? document : JSON.stringify(document);
    this.write(this.mustFind(arn).key, (m) => m.set(policyName, text));
    return this;
  }

  /** Deletes a policy directly (out-of-band drift). */
  unplant(arn: string, policyName: string): this {
    this.write(this.mustFind(arn).key, (m) => m.delete(policyName));
    return this;
  }

  /** Aggregate inline size of a principal as IAM counts it. */
  inlineSize(arn: string): number {
    return [...(this.primary.get(this.mustFind(arn).key)?.values() ?? [])].reduce(
      (n, d) => n + size(d),
      0,
    );
  }

  /** IAM's decision for a request by this principal under its inline policies (explicit deny wins). */
  evaluate(
    principalArn: string,
    action: string,
    resource: string,
    at: Date,
    sessionIssuedAt?: Date,
    context?: Record<string, string>,
  ): EvalResult {
    const docs = [...(this.primary.get(this.mustFind(principalArn).key)?.values() ?? [])];
    return evaluatePolicies(docs, {
      action,
      resource,
      at,
      ...(sessionIssuedAt ? { sessionIssuedAt } : {}),
      ...(context ? { context } : {}),
    });
  }

  /** True when evaluate() says Allowed. */
  isAllowed(
    principalArn: string,
    action: string,
    resource: string,
    at: Date,
    sessionIssuedAt?: Date,
    context?: Record<string, string>,
  ): boolean {
    return (
      this.evaluate(principalArn, action, resource, at, sessionIssuedAt, context) === 'Allowed'
    );
  }

  protected override notFound(req: FakeRequest): FakeResponse {
    return xmlError('InvalidAction', `fake IAM: no route for ${req.method} ${req.path}`);
  }

  protected route(req: FakeRequest): Route | undefined {
    if (req.method !== 'POST' || req.path !== '/') return undefined;
    const p = new URLSearchParams(req.body);
    const action = p.get('Action') ?? 'Missing';
    return {
      op: action,
      handle: async () => {
        const rid = randomUUID();
        try {
          if (this.verifySignatures) await verifySigV4(req, this.secrets);
          return xmlOk(action, rid, this.dispatch(action, p));
        } catch (e) {
          if (e instanceof IamError) return xmlError(e.code, e.message, rid);
          throw e;
        }
      },
    };
  }

  /** Runs one action; returns the `<Result>` body, or undefined for actions without output. */
  private dispatch(action: string, p: URLSearchParams): string | undefined {
    const m = /^(Put|Get|List|Delete)(Role|User)Polic(y|ies)$/.exec(action);
    if (m) {
      const kind = m[2] === 'Role' ? 'role' : 'user';
      const pr = this.principal(kind, p, action);
      if (m[1] === 'List') return this.list(pr, p);
      const name = validName(p.get('PolicyName'), 'policyName', 128);
      if (m[1] === 'Put') return this.put(pr, name, p.get('PolicyDocument'));
      const docs = m[1] === 'Get' ? this.view() : this.primary;
      const doc = docs.get(key(pr))?.get(name);
      if (doc === undefined)
        throw new IamError('NoSuchEntity', `The ${kind} policy with name ${name} cannot be found.`);
      if (m[1] === 'Delete') {
        this.write(key(pr), (s) => s.delete(name));
        return undefined;
      }
      return `<${m[2]}Name>${pr.name}</${m[2]}Name><PolicyName>${xmlEscape(name)}</PolicyName><PolicyDocument>${rfc3986(doc)}</PolicyDocument>`;
    }
    if (action === 'GetRole') return principalXml(this.principal('role', p, action));
    if (action === 'GetUser') return principalXml(this.principal('user', p, action));
    throw new IamError(
      'InvalidAction',
      `Could not find operation ${action} for version 2010-05-08`,
    );
  }

  private list(pr: Principal, p: URLSearchParams): string {
    return namesPage([...(this.view().get(key(pr))?.keys() ?? [])].sort(), p);
  }

  private put(pr: Principal, name: string, document: string | null): undefined {
    const text = validateDocument(document);
    const others = [...(this.primary.get(key(pr)) ?? [])].filter(([n]) => n !== name);
    const total = others.reduce((n, [, d]) => n + size(d), 0) + size(text);
    const limit = pr.kind === 'role' ? this.roleInlineLimit : this.userInlineLimit;
    if (total > limit)
      throw new IamError(
        'LimitExceeded',
        `Maximum policy size of ${limit} bytes exceeded for ${pr.kind} ${pr.name}`,
      );
    this.write(key(pr), (s) => s.set(name, text));
    return undefined;
  }

  /** The principal named by RoleName/UserName, after the access check. */
  private principal(kind: 'role' | 'user', p: URLSearchParams, action: string): Principal {
    const param = kind === 'role' ? 'RoleName' : 'UserName';
    const name = validName(p.get(param), kind === 'role' ? 'roleName' : 'userName', 64);
    const pr = this.principals.get(`${kind}:${name}`);
    const deny = this.denied.get(`${kind}:${name}`);
    if (deny === '*' || deny?.has(action)) {
      throw new IamError(
        'AccessDenied',
        `User: arn:aws:sts::000000000000:assumed-role/breakglass/run is not authorized to perform: iam:${action} on resource: ${kind} ${name}`,
      );
    }
    if (!pr) throw new IamError('NoSuchEntity', `The ${kind} with name ${name} cannot be found.`);
    return pr;
  }

  /** What Get/List see: the primary, or a snapshot N writes old while the replica lags. */
  private view(): PolicyState {
    const lagging =
      this.readLagWrites > 0 &&
      (this.lagHealsAfterReads === undefined || this.readsSinceWrite < this.lagHealsAfterReads);
    this.readsSinceWrite += 1;
    if (!lagging) return this.primary;
    return this.history[Math.max(0, this.history.length - 1 - this.readLagWrites)] ?? new Map();
  }

  private write(pkey: string, change: (policies: Map<string, string>) => void): void {
    const policies = this.primary.get(pkey) ?? new Map<string, string>();
    change(policies);
    this.primary.set(pkey, policies);
    // Snapshot after every write so the replica can answer from any earlier point.
    this.history.push(new Map([...this.primary].map(([k, v]) => [k, new Map(v)])));
    this.readsSinceWrite = 0;
  }

  private addPrincipal(arn: string, kind: 'role' | 'user', maxSessionDuration: number): this {
    const m = ARN.exec(arn);
    if (!m || m[2] !== kind) throw new Error(`fake IAM: ${arn} is not a ${kind} ARN`);
    const name = m[4] ?? '';
    const id = `${kind === 'role' ? 'AROA' : 'AIDA'}${Buffer.from(name).toString('hex').toUpperCase().padEnd(17, '0').slice(0, 17)}`;
    this.principals.set(`${kind}:${name}`, {
      kind,
      arn,
      name,
      path: m[3] ?? '/',
      id,
      maxSessionDuration,
    });
    return this;
  }

  private mustFind(arn: string): Principal & { key: string } {
    const m = ARN.exec(arn);
    const pr = m ? this.principals.get(`${m[2]}:${m[4]}`) : undefined;
    if (!pr) throw new Error(`fake IAM: unknown principal ${arn}`);
    return { ...pr, key: key(pr) };
  }
}

function key(p: Principal): string {
  return `${p.kind}:${p.name}`;
}
