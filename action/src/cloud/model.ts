/**
 * What the clouds should hold, in the tool's own terms. The planner (pure) produces these entries;
 * providers (I/O) read and write them. Every entry carries its own expiry, enforced by the cloud.
 */

/** Prefix of every name the tool owns in a cloud: inline policy names and condition titles. */
export const MANAGED_PREFIX = 'breakglass-';

export type Cloud = 'aws' | 'gcp';

/** An AWS IAM policy document as sent to PutRolePolicy / PutUserPolicy. Built from policies only, never from user text. */
export interface AwsPolicyDocument {
  Version: '2012-10-17';
  Statement: AwsStatement[];
}

export interface AwsStatement {
  Sid: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** An inline policy `breakglass-<id>` on a role or user: the grant itself (statement bundles and assume-role bundles). */
export interface AwsInlineEntry {
  kind: 'aws-inline';
  grantId: string;
  account: string;
  /** `arn:aws:iam::<account>:role/<path/name>` or `...:user/<name>`. */
  principalArn: string;
  policyName: string;
  document: AwsPolicyDocument;
  start: string;
  expires: string;
}

/**
 * On revocation of an assume-role grant: an inline policy on the target role denying everything to
 * sessions issued before the revocation time (the AWSRevokeOlderSessions pattern), so live sessions end.
 * Named `breakglass-revoke-<id>`; it is itself temporary and removed once no session can outlive it.
 */
export interface AwsSessionRevokeEntry {
  kind: 'aws-session-revoke';
  grantId: string;
  account: string;
  /** The pre-provisioned role the grant allowed assuming. */
  principalArn: string;
  policyName: string;
  document: AwsPolicyDocument;
  /** Sessions issued before this instant are denied. */
  revokedAt: string;
  /** When the deny can be removed: revokedAt + the role's maximum session duration. */
  removeAfter: string;
}

/** One conditional binding on a GCP project: (role, member) with condition title `breakglass-<id>`. */
export interface GcpBindingEntry {
  kind: 'gcp-binding';
  grantId: string;
  project: string;
  role: string;
  /** `user:` or `serviceAccount:` member. */
  member: string;
  condition: { title: string; description: string; expression: string };
  start: string;
  expires: string;
}

export type Entry = AwsInlineEntry | AwsSessionRevokeEntry | GcpBindingEntry;

/** Where a provider reads and writes: one AWS principal (role or user), or one GCP project. */
export type Scope =
  | { cloud: 'aws'; account: string; principalArn: string }
  | { cloud: 'gcp'; project: string };

export function scopeKey(s: Scope): string {
  return s.cloud === 'aws' ? `aws:${s.principalArn}` : `gcp:${s.project}`;
}

export function entryScope(e: Entry): Scope {
  return e.kind === 'gcp-binding'
    ? { cloud: 'gcp', project: e.project }
    : { cloud: 'aws', account: e.account, principalArn: e.principalArn };
}

/** The message of a write IAM accepted but whose read-back never showed it before its deadline. */
export const UNVERIFIED = 'applied-unverified';

/**
 * A GCP member as IAM compares it: the email kinds (`user:`, `group:`, `serviceAccount:`,
 * `domain:`) without regard to case, since IAM may hand an email back in another case than it was
 * sent in; other kinds (`principal://...`) exactly.
 */
export function memberKey(member: string): string {
  return /^(user|group|serviceAccount|domain|deleted:user|deleted:group|deleted:serviceAccount):/i.test(member) ? member.toLowerCase() : member;
}

/** Stable identity of an entry inside its scope (policy name, or role+member+title). */
export function entryKey(e: Entry): string {
  return e.kind === 'gcp-binding'
    ? `gcp:${e.project}:${e.role}:${memberKey(e.member)}:${e.condition.title}`
    : `aws:${e.principalArn}:${e.policyName}`;
}

/** An entry found in a cloud whose name says the tool manages it. `entry` is undefined when it could not be parsed. */
export interface ManagedEntry {
  scope: Scope;
  key: string;
  grantId: string;
  entry: Entry;
}

/** A change to one scope. `put` writes or replaces an entry; `remove` deletes one found by `read`. */
export type Change = { op: 'put'; entry: Entry } | { op: 'remove'; entry: Entry };

export type ChangeStatus = 'done' | 'already-done' | 'failed' | 'skipped';

export interface ChangeResult {
  change: Change;
  status: ChangeStatus;
  /** For `failed` and `skipped`: why, in words a human can act on. */
  message?: string;
  /** Whether the failure may go away on its own (throttling, 5xx) or needs a person (quota, permission). */
  retryable?: boolean;
  /** Cloud request ids, for the audit record. */
  requestIds?: string[];
}

/** Something a provider noticed that is not a change: e.g. an unconditional GCP binding that makes a grant moot. */
export interface ProviderFlag {
  scope: Scope;
  ruleId: string;
  message: string;
}

export interface ReadResult {
  entries: ManagedEntry[];
  flags: ProviderFlag[];
  /** Scopes that could not be read, with the reason; reconcile reports them and changes nothing there. */
  errors: { scope: Scope; message: string }[];
}

/**
 * A cloud behind one interface. Implementations never throw for a per-change failure: they return
 * a result per change so one target cannot stop the others.
 */
export interface CloudProvider {
  readonly cloud: Cloud;
  /** Reads the entries the tool manages (names starting with MANAGED_PREFIX) in the given scopes. */
  read(scopes: Scope[]): Promise<ReadResult>;
  /**
   * Applies all changes of one scope. For GCP this is one read-modify-write (get, at most one set,
   * retried whole on an etag conflict). `stillValid` is called right before the write of each put:
   * when it returns false (the grant expired meanwhile) the put is skipped.
   */
  write(scope: Scope, changes: Change[], guard: WriteGuard): Promise<ChangeResult[]>;
}

export interface WriteGuard {
  stillValid(entry: Entry): boolean;
}
