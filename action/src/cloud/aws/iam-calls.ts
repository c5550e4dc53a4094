/**
 * Thin, single-attempt IAM calls for one principal (role or user), with @aws-sdk/client-iam loaded
 * lazily so commands that never touch AWS (validate, decide) never load the SDK. Retrying is the
 * provider's job (withRetry); these functions only translate between IAM's shapes and ours.
 */
import type { IAMClient } from '@aws-sdk/client-iam';

type IamSdk = typeof import('@aws-sdk/client-iam');
let sdk: Promise<IamSdk> | undefined;

/** The SDK module, imported on first use. Bundlers with code splitting may hand back only `.default`. */
export function loadIamSdk(): Promise<IamSdk> {
  sdk ??= import('@aws-sdk/client-iam').then(
    (m) => (m as IamSdk & { default?: IamSdk }).default ?? m,
  );
  return sdk;
}

/** A role or user named by its ARN; IAM calls take the name, which is the last path segment. */
export interface AwsPrincipal {
  kind: 'role' | 'user';
  account: string;
  arn: string;
  name: string;
}

const PRINCIPAL_ARN =
  /^arn:aws[\w-]*:iam::(\d{12}):(role|user)\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]{1,64})$/;

/** Parses `arn:aws:iam::<account>:role/<path/>name` or `...:user/<path/>name`; undefined for anything else. */
export function parsePrincipalArn(arn: string): AwsPrincipal | undefined {
  const m = PRINCIPAL_ARN.exec(arn);
  if (!m) return undefined;
  return { kind: m[2] === 'user' ? 'user' : 'role', account: m[1] ?? '', arn, name: m[3] ?? '' };
}

/** The IAM operation name for a verb on this principal, e.g. PutRolePolicy or ListUserPolicies. */
export function opName(p: AwsPrincipal, verb: 'Put' | 'Get' | 'List' | 'Delete'): string {
  return `${verb}${p.kind === 'role' ? 'Role' : 'User'}${verb === 'List' ? 'Policies' : 'Policy'}`;
}

/** One page of inline policy names. */
export interface NamesPage {
  names: string[];
  marker?: string;
}

/** Single-attempt IAM calls on one principal's inline policies. */
export class PrincipalPolicies {
  constructor(
    private readonly client: IAMClient,
    readonly principal: AwsPrincipal,
  ) {}

  /** One page of ListRolePolicies / ListUserPolicies. */
  async listPage(
    marker: string | undefined,
    onRequestId: (id: string | undefined) => void,
  ): Promise<NamesPage> {
    const m = await loadIamSdk();
    const base = marker === undefined ? {} : { Marker: marker };
    const out =
      this.principal.kind === 'role'
        ? await this.client.send(
            new m.ListRolePoliciesCommand({ RoleName: this.principal.name, ...base }),
          )
        : await this.client.send(
            new m.ListUserPoliciesCommand({ UserName: this.principal.name, ...base }),
          );
    onRequestId(out.$metadata.requestId);
    const page: NamesPage = { names: out.PolicyNames ?? [] };
    if (out.IsTruncated && out.Marker) page.marker = out.Marker;
    return page;
  }

  /** The document as text (IAM returns it RFC 3986-encoded and the SDK does not decode it); undefined when absent. */
  async get(policyName: string): Promise<string | undefined> {
    const m = await loadIamSdk();
    try {
      const out =
        this.principal.kind === 'role'
          ? await this.client.send(
              new m.GetRolePolicyCommand({ RoleName: this.principal.name, PolicyName: policyName }),
            )
          : await this.client.send(
              new m.GetUserPolicyCommand({ UserName: this.principal.name, PolicyName: policyName }),
            );
      return decodeURIComponent(out.PolicyDocument ?? '');
    } catch (e) {
      if (e instanceof m.NoSuchEntityException) return undefined;
      throw e;
    }
  }

  /** The principal's ARN as IAM reports it (GetRole / GetUser): which account the credentials really reach. */
  async whoIs(): Promise<string | undefined> {
    const m = await loadIamSdk();
    const out =
      this.principal.kind === 'role'
        ? (await this.client.send(new m.GetRoleCommand({ RoleName: this.principal.name }))).Role
        : (await this.client.send(new m.GetUserCommand({ UserName: this.principal.name }))).User;
    return out?.Arn;
  }

  /** PutRolePolicy / PutUserPolicy; returns the RequestId. */
  async put(policyName: string, document: string): Promise<string | undefined> {
    const m = await loadIamSdk();
    const p = { PolicyName: policyName, PolicyDocument: document };
    const out =
      this.principal.kind === 'role'
        ? await this.client.send(
            new m.PutRolePolicyCommand({ RoleName: this.principal.name, ...p }),
          )
        : await this.client.send(
            new m.PutUserPolicyCommand({ UserName: this.principal.name, ...p }),
          );
    return out.$metadata.requestId;
  }

  /** DeleteRolePolicy / DeleteUserPolicy; returns the RequestId. NoSuchEntity is thrown for the caller to classify. */
  async delete(policyName: string): Promise<string | undefined> {
    const m = await loadIamSdk();
    const out =
      this.principal.kind === 'role'
        ? await this.client.send(
            new m.DeleteRolePolicyCommand({
              RoleName: this.principal.name,
              PolicyName: policyName,
            }),
          )
        : await this.client.send(
            new m.DeleteUserPolicyCommand({
              UserName: this.principal.name,
              PolicyName: policyName,
            }),
          );
    return out.$metadata.requestId;
  }
}

/** Options for real clients: region, endpoint overrides (loopback fakes, the demo), per-account profiles, SDK attempts. */
export interface AwsClientOptions {
  region?: string;
  endpoint?: string;
  /** Account → endpoint, overriding `endpoint` for that account. */
  endpoints?: Record<string, string>;
  /**
   * Account → shared-config profile. IAM is per account, so managing several accounts needs
   * credentials in each: a profile with `role_arn` and `credential_source = Environment` makes the
   * SDK assume that account's role from the workflow's OIDC credentials.
   */
  profiles?: Record<string, string>;
  /** SDK-level attempts; 1 by default because the provider's withRetry owns retrying (no multiplied attempts). */
  maxAttempts?: number;
}

/**
 * Builds real IAMClients that take credentials from the default provider chain (in the action: the
 * OIDC web identity set up by configure-aws-credentials), or from the account's profile when one is
 * given. One client per account; the provider checks which account each one really reaches.
 */
export async function createAwsClientFactory(
  opts: AwsClientOptions = {},
): Promise<(account: string) => IAMClient> {
  const m = await loadIamSdk();
  const clients = new Map<string, IAMClient>();
  return (account) => {
    let c = clients.get(account);
    if (!c) {
      c = new m.IAMClient({
        region: opts.region ?? 'us-east-1',
        maxAttempts: opts.maxAttempts ?? 1,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
        ...(opts.endpoints?.[account] ?? opts.endpoint ? { endpoint: opts.endpoints?.[account] ?? opts.endpoint } : {}),
        ...(opts.profiles?.[account] ? { profile: opts.profiles[account] } : {}),
      });
      clients.set(account, c);
    }
    return c;
  };
}
