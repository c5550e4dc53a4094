/**
 * The policy model: what `policies/*.yaml` declare once parsed, schema-checked and merged.
 * Shapes mirror action/schemas/policy.schema.json; the loader is the only producer.
 */

/** One AWS statement of a bundle, exactly as the admin wrote it in policies/. */
export interface BundleStatement {
  effect?: 'Allow';
  actions: string[];
  resources: string[];
  /** The bundle's own IAM conditions (operator → key → value), merged with the expiry window. */
  conditions?: Record<string, Record<string, string | string[]>>;
}

export interface AwsBundleTarget {
  account: string;
  /** Statements put in the requester's inline policy `breakglass-<id>`. */
  statements?: BundleStatement[];
  /** A pre-provisioned role the requester may assume for the grant's lifetime. */
  assumeRole?: { roleArn: string; maxSessionSeconds?: number };
}

export interface GcpBundleTarget {
  project: string;
  roles: string[];
}

export interface Bundle {
  id: string;
  description: string;
  /** Minutes. */
  maxDurationMinutes: number;
  aws: AwsBundleTarget[];
  gcp: GcpBundleTarget[];
}

export interface OnCallWho {
  schedule: string;
  /** Highest escalation level that counts (1 = primary only). */
  maxLevel: number;
}

export interface RuleWho {
  users: string[];
  groups: string[];
  onCall?: OnCallWho;
}

export type ReviewerSource =
  | { user: string }
  | { group: string }
  /** Whoever the provider shows on call for this schedule right now. */
  | { onCall: string }
  /** The requester's manager, declared in identities. */
  | { manager: true };

export interface ReviewApproval {
  count: number;
  from: ReviewerSource[];
}

export interface AccessRule {
  id: string;
  description: string;
  who: RuleWho;
  bundles: string[];
  /** `auto` is only allowed for on-call rules: the provider must confirm the requester on call now. */
  approval: 'auto' | { reviewers: ReviewApproval };
  maxDurationMinutes: number;
  incident: { required: boolean; pattern?: string };
  /** How many times a grant under this rule may be extended by a follow-up grant. */
  maxExtensions: number;
}

export interface Identity {
  login: string;
  /** Numeric GitHub user id; when set, the PR author's id must match it too. */
  githubId?: number;
  /** IAM role or user ARNs, at most one per account. */
  aws: string[];
  /** `user:` or `serviceAccount:` member. */
  gcp?: string;
  pagerduty?: { userId?: string; email?: string };
  opsgenie?: { username: string };
  manager?: string;
}

export interface RosterLayer {
  level: number;
  /** Rotation anchor (ISO UTC): the first member's shift starts here. */
  start: string;
  shiftMinutes: number;
  members: string[];
}

export interface RosterOverride {
  level: number;
  login: string;
  start: string;
  end: string;
}

export type ScheduleConfig =
  | { id: string; provider: 'roster'; layers: RosterLayer[]; overrides: RosterOverride[] }
  | { id: string; provider: 'pagerduty'; scheduleId: string }
  | { id: string; provider: 'opsgenie'; scheduleId: string };

export interface Settings {
  /** Post-use review of auto-approved grants. */
  review: { dueHours: number; blockOnOverdue: boolean };
  /** More than this many grants per person in `windowDays` is flagged by audit. */
  overuse: { maxGrants: number; windowDays: number };
  /** Grant PRs not approved within this many hours are closed. */
  staleRequestHours: number;
  /** Revocations later than this after expiry are flagged by audit. */
  lateRevokeMinutes: number;
  /** Whether a repository setup that the token cannot verify blocks auto-merge. */
  blockAutoMergeWhenUnverified: boolean;
  /** Tolerated clock skew for a requested start in the past, in seconds. */
  clockSkewSeconds: number;
}

export const DEFAULT_SETTINGS: Settings = {
  review: { dueHours: 24, blockOnOverdue: true },
  overuse: { maxGrants: 3, windowDays: 7 },
  staleRequestHours: 12,
  lateRevokeMinutes: 30,
  blockAutoMergeWhenUnverified: true,
  clockSkewSeconds: 300,
};

export interface Policy {
  bundles: Map<string, Bundle>;
  rules: AccessRule[];
  identities: Map<string, Identity>;
  groups: Map<string, string[]>;
  schedules: Map<string, ScheduleConfig>;
  settings: Settings;
}
