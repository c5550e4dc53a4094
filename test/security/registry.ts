/**
 * Every threat row (GH-*, IN-*, RC-*, AWS-*, GCP-*, GOV-*) and every fault (F-01..F-18) of
 * THREAT-MODEL.md, with the tests that prove it. A row is proved by tests whose TITLE contains its
 * id (scripts/security-report.mjs matches titles, not this list); `files` says where they live, so
 * `npm run test:security` runs exactly those files. Rows that cannot be exercised here carry
 * `notHere`: the reason, and the configuration or design check that covers them instead (itself a
 * test named by the id). A row with no passing test counts as NOT covered, whatever this file says.
 */
export interface SecurityRow {
  id: string;
  kind: 'threat' | 'fault';
  title: string;
  /** Test files holding tests whose titles carry the id. */
  files: string[];
  /** What the proving tests show. */
  proof: string;
  /** Why the row cannot run against the loopback fakes, and what covers it instead. */
  notHere?: string;
}

const Y = 'test/yaml/untrusted-yaml.test.ts';
const GS = 'test/grant/grant-schema.test.ts';
const SP = 'test/grant/schema-patterns.test.ts';
const LINT = 'test/workflows/workflow-lint.test.ts';
const DOC = 'test/github/doctor.test.ts';
const FB = 'test/github/fake-behaviour.test.ts';
const PRR = 'test/github/pr-reads.test.ts';
const FR = 'test/github/fake-rules.test.ts';
const DEC = 'test/decision/decide.test.ts';
const AUTO = 'test/decision/decide-auto.test.ts';
const APR = 'test/decision/approvals.test.ts';
const SCOPE = 'test/decision/pr-scope.test.ts';
const CLI = 'test/cli/cli.test.ts';
const REC = 'test/reconcile/reconcile.test.ts';
const RF = 'test/reconcile/faults.test.ts';
const RFR = 'test/reconcile/faults-revoke.test.ts';
const RFD = 'test/reconcile/faults-drift.test.ts';
const AE = 'test/cloud/aws-entries.test.ts';
const AP = 'test/cloud/aws-provider.test.ts';
const AF = 'test/cloud/aws-fake.test.ts';
const GE = 'test/cloud/gcp-entries.test.ts';
const GP = 'test/cloud/gcp-provider.test.ts';
const GPF = 'test/cloud/gcp-provider-faults.test.ts';
const GF = 'test/cloud/gcp-fake.test.ts';
const PD = 'test/oncall/pagerduty.test.ts';
const OG = 'test/oncall/opsgenie.test.ts';
const AN = 'test/audit/anomalies.test.ts';
const AC = 'test/audit/audit-cli.test.ts';
const ST = 'test/security/threats.test.ts';
const SG = 'test/security/github-merge.test.ts';
const SF = 'test/security/faults.test.ts';
const SM = 'test/security/model.test.ts';
const FZ = 'test/security/fuzz.test.ts';

const t = (
  id: string,
  title: string,
  files: string[],
  proof: string,
  notHere?: string,
): SecurityRow => ({ id, kind: 'threat', title, files, proof, ...(notHere ? { notHere } : {}) });
const f = (
  id: string,
  title: string,
  files: string[],
  proof: string,
  notHere?: string,
): SecurityRow => ({ id, kind: 'fault', title, files, proof, ...(notHere ? { notHere } : {}) });

// prettier-ignore
export const THREATS: SecurityRow[] = [
  t('GH-01', 'Pwn request: privileged job runs PR-controlled code or config', [LINT, AUTO], 'workflow lint negative fixtures (head checkout, unsafe flag, secrets/env/id-token/write token in PR jobs); fork PR → review'),
  t('GH-02', 'Script/expression injection through PR title, branch, path, justification', [LINT], 'lint rejects ${{ }} expressions in run:/script:'),
  t('GH-03', 'Workflow-command / env-file injection, secret leakage through logs', [CLI, ST], 'no output line starts with ::, github format escapes; check-pr output for hostile text'),
  t('GH-04', 'Over-broad GITHUB_TOKEN', [LINT], 'lint: permissions {} at top, explicit job maps, id-token only in apply jobs'),
  t('GH-05', 'Merge by GITHUB_TOKEN starts no push run → merged, never applied', [FB, AN, SF], 'token-made merge starts no push run but its dispatch does; lost dispatch applied by next reconcile; never-applied and pending-apply flagged'),
  t('GH-06', 'Bot approval counted as the required review', [DOC, DEC, FR], 'doctor flags can_approve_pull_request_reviews; bot approvals count 0'),
  t('GH-07', 'OIDC trust too broad or long-lived keys', [LINT, ST], 'example AWS trust policy simulated against 5 claim sets: only environment:breakglass-apply accepted; GCP attribute condition pins repo ids; lint refuses static keys', 'Real AWS STS / GCP STS cannot be reached: the committed example trust documents (test/fixtures/oidc/) are evaluated with @cloud-copilot/iam-simulate and CEL instead'),
  t('GH-08', 'Repository guardrails missing or weakened', [DOC], 'doctor names each ruleset flag turned off'),
  t('GH-09', 'CODEOWNERS bypass', [DOC, LINT, SCOPE], 'doctor: CODEOWNERS over 3 MB or incomplete is weak; mixed PR rejected'),
  t('GH-10', 'Retagged third-party action', [LINT], 'lint requires 40-hex SHA pins with version comments'),
  t('GH-11', 'Revoke cron late, dropped or disabled', [LINT, DOC, SF], 'cron off the hour; doctor flags disabled reconcile workflow; cron skipped 6 h → evaluators still deny', 'Heartbeat watched outside GitHub is not part of this product; doctor checks the workflow state on each run instead'),
  t('GH-12', 'Concurrency cancels a pending apply', [LINT, SF], 'one never-cancelled apply group (lint); level-triggered reconcile: merges A, B, C with B cancelled → fakes hold A, B, C'),
  t('IN-01', 'YAML alias bomb', [Y, FZ], '9-level bomb rejected quickly'),
  t('IN-02', 'Prototype pollution through merge keys / __proto__', [Y, FZ], '<<, __proto__, constructor, prototype rejected; Object.prototype untouched'),
  t('IN-03', 'Duplicate keys', [Y], 'duplicate keys (quoted variants too) are fatal with the line'),
  t('IN-04', 'YAML 1.1 coercions and type confusion', [Y, GS], 'yes/no/dates stay strings; 1e9, approved, expires_at rejected'),
  t('IN-05', 'Huge, deep or many files', [Y, SCOPE, FB, PRR], '5 MB pre-parse refusal; 10,000-deep nesting; 3,000 listed files fail closed; a comparison GitHub may have cut (300 files, 250 commits) is refused'),
  t('IN-06', 'Non-UTF-8, BOM, NUL, controls', [Y, PRR], 'C3 28, UTF-16LE BOM, NUL, C1 → invalid encoding; the exact bytes are read (GraphQL text only when it hashes to the blob id)'),
  t('IN-07', 'Confusables, zero-width, bidi', [Y, GS, FZ], 'Cyrillic login, zero-width, U+202E rejected'),
  t('IN-08', 'Path traversal, symlinks, submodules, renames', [SCOPE, GS, PRR], 'symlink, submodule, traversal, rename refused by pr-scope; bad paths refused; symlink and submodule grant files read through GraphQL rejected end to end'),
  t('IN-09', 'CEL injection in GCP condition', [GE, GS], 'template-exact expressions over 10k inputs; CEL payload rejected'),
  t('IN-10', 'AWS policy injection', [GS, AE], 'bundle injection rejected; golden document; no free text reaches the document'),
  t('IN-11', 'Markdown/@mention/HTML injection in bot comments', [ST], 'PR comment for a hostile reason: no live mention, no <img, no bold outside code'),
  t('IN-12', 'ReDoS in schema patterns; $data', [SP], 'ajv options and version; every pattern linear on 50 KB inputs'),
  t('RC-01', 'Approval not bound to the merged commit', [DEC, CLI, SG], 'old-SHA approvals ignored; push between decide and merge → 409, re-evaluated, no merge'),
  t('RC-02', 'Requester ≠ PR author; commits by someone else', [DEC, AUTO], "Bob's PR as alice rejected; others' commits → review"),
  t('RC-03', 'Self-approval, read-only approvers, stale review states', [APR, DEC, FR], 'author/read-only/changes-requested → 0 approvals'),
  t('RC-04', 'Policy edited in the same PR as a grant', [SCOPE, DEC, CLI], 'mixed PR rejected'),
  t('RC-05', 'Two grant PRs applied concurrently', [GPF], 'two providers racing on one project: both bindings survive'),
  t('RC-06', 'Grant changed after merge', [SCOPE, 'test/decision/extension.test.ts'], 'modifying a merged grant rejected; extension past the cap refused'),
  t('RC-07', 'Revert or deletion of a grant file', [REC, SM], 'deletion → revoke with a record; model test revokes deleted grants'),
  t('RC-08', 'Revoke races an in-flight apply; old re-run', [RFR, AP], 'expiry re-checked right before each write'),
  t('RC-09', 'Auto-merge armed, then a push', [SG, FR], 'check-pr merges directly with the SHA pinned and never arms auto-merge; a push after approval → no merge; fake honours expectedHeadOid'),
  t('RC-10', 'On-call status spoofed, stale, or provider down', [PD, OG, AUTO], 'case/confusable emails never match; 429/500/timeout → review'),
  t('AWS-01', 'Grant outlives expiry when revoke fails', [AE, AF, SM], 'Date bounds on every statement; evaluator denies at expiry + 1 s'),
  t('AWS-02', 'STS sessions survive an assume-role grant', [AE, AP, AF, REC], 'TokenIssueTime deny ends older sessions'),
  t('AWS-03', 'IAM eventual consistency', [AP], 'read-back retried; past deadline → applied-unverified, recorded as applied only once a later read shows it'),
  t('AWS-04', 'IAM quotas', [AP, AF], 'size pre-flight; LimitExceeded one attempt'),
  t('AWS-05', 'Identity Center assignments async; sessions outlive removal', [ST], 'policy schema has no Identity Center target: bundles can only name IAM inline/assume-role and GCP targets', 'This product does not use Identity Center (DESIGN: inline policies and assume-role only); the schema check proves no SSO assignment can be configured'),
  t('AWS-06', 'Wrong retry classification', [AP], 'Throttling ×4 then OK; MalformedPolicyDocument one call'),
  t('GCP-01', 'Conditions silently stripped; lost update', [GP, GF], 'v1 read refused; set without etag refused; only the target binding changes'),
  t('GCP-02', '409 ABORTED, 5xx, 429', [GPF], 'whole RMW retried on 409; 503 backoff in jitter bounds'),
  t('GCP-03', 'Temporary binding shadowed by an unconditional one', [GP, GF], 'unconditional binding flagged'),
  t('GCP-04', 'GCP limits; expired bindings keep counting', [GP, GF], '21st binding rejected pre-flight; revoke makes room'),
  t('GCP-05', 'Propagation; group membership', [GE, ST], 'group: members refused by entry builder and policy schema'),
  t('GOV-01', 'No timely post-event review', [AN], 'review-overdue once the SLA passes'),
  t('GOV-02', 'Audit trail incomplete or mutable', [AC, AN, SF], 'every lifecycle field rebuilt from git; deleted/rewritten record commits flagged', 'No external append-only sink: git history (force-push and deletion blocked, GH-08) is the sink; audit flags records whose commits left the main line'),
  t('GOV-03', 'Emergency path becomes routine; vague justifications', [AN, DEC, 'test/decision/incident.test.ts', ST], '4 grants in 7 days flagged; incident id required by the on-call rule'),
  t('GOV-04', 'Durations beyond norms', [GS, DEC, 'test/decision/duration-limit.test.ts'], 'duration 8d rejected; rule caps enforced'),
  t('GOV-05', 'Tool unavailable when needed', ['test/demo/demo.test.ts'], '`breakglass demo` is the self-test on fakes', 'A GitHub or IdP outage and the sealed fallback accounts are outside this tool (manual 90-day drill); the self-test is `breakglass demo`'),
];

// prettier-ignore
export const FAULTS: SecurityRow[] = [
  f('F-01', 'Partial apply: AWS OK, GCP 503 to deadline', [RF], 'per-target report; next run applies GCP'),
  f('F-02', 'Partial revoke: AWS OK, GCP 500', [RFR], 'failed revocation; condition still denies; recorded once it succeeds'),
  f('F-03', '429/Throttling storm with Retry-After', [RF, GPF], 'waits honoured inside the deadline'),
  f('F-04', 'GCP 409 ABORTED against a concurrent writer', [RFD, GPF], 'whole RMW retried; both bindings survive'),
  f('F-05', 'Timeout after commit', [RF, GPF, FR], 'read before retry; no duplicate'),
  f('F-06', 'Crash after intent / cloud write / merge', [RFR, REC], 'next reconcile converges and records'),
  f('F-07', 'IAM replica lag', [RF, RFR], 'applied/revoked only after read-back'),
  f('F-08', 'Runner clock skew vs HTTP Date', [SF], 'skew > 60 s aborts writes; evaluators still deny after expiry'),
  f('F-09', 'Revoke cron skipped 6 h or disabled', [SF, DOC], 'evaluators deny after expiry anyway; doctor flags disabled reconcile'),
  f('F-10', 'GitHub 502 or secondary limit during merge', [SG, FR], 'merged re-read; exactly one merge'),
  f('F-11', 'Dispatch after merge lost', [SF, AN], 'next reconcile applies (level-triggered); pending apply flagged by plan/audit'),
  f('F-12', 'Cloud creds expire mid-run', [SF], 'expired token fails that target, nothing half-written, next run converges'),
  f('F-13', 'Identity Center stuck IN_PROGRESS or FAILED', [ST], 'policy schema has no Identity Center target', 'This product does not use Identity Center; the schema check proves no such assignment can exist'),
  f('F-14', 'Non-retryable quota', [RF, AP], 'one attempt, named error, nothing half-written'),
  f('F-15', 'Drift: expiry extended, unconditional binding, live grant deleted', [RFD, REC], 'restored, flagged, re-applied'),
  f('F-16', 'Three merges within 1 s plus revoke cron with cancellation', [SF, SM], 'final state equals the model'),
  f('F-17', 'On-call provider 5xx or timeout', [AUTO, PD], 'review, never auto-approve'),
  f('F-18', 'Audit sink down', [AN, SF], 'record commit deleted from history is flagged by audit', 'Git is the sink (no separate service): a lost record commit is flagged history-rewritten; a failed record commit is reported by reconcile'),
];

export const ALL_ROWS: SecurityRow[] = [...THREATS, ...FAULTS];

/** Whether a test title names `id` (F-1 never matches F-10; GH-01/rule matches GH-01). */
export function titleHasId(title: string, id: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9-])${id.replace(/-/g, '\\-')}(?![0-9])`).test(title);
}
