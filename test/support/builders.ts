/**
 * Small typed builders shared by the foundation tests: policies (inline YAML or the example
 * policies/ directory), grants (inline YAML), PR facts, reviews, on-call snapshots and a whole
 * DecisionInput. Builders throw when their input does not load, so a broken fixture fails loudly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding } from '../../action/src/core/finding.js';
import type {
  ChangedFile,
  DecisionInput,
  PullRequestFacts,
  Review,
} from '../../action/src/decision/model.js';
import { loadGrant, type LoadedGrant } from '../../action/src/grant/grant.js';
import type {
  OnCallEntry,
  OnCallProviderKind,
  OnCallSnapshot,
} from '../../action/src/oncall/model.js';
import { loadPolicy, type PolicyLoad, type PolicySource } from '../../action/src/policy/load.js';
import type { Policy } from '../../action/src/policy/model.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NOW = new Date('2026-03-10T10:00:00Z');
export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const OLD_SHA = '0000111122223333444455556666777788889999';
export const GRANT_FILE = 'grants/db-fix.yaml';

/** The example policies/ files as loader sources, read once. */
let examples: PolicySource[] | undefined;
export function exampleSources(): PolicySource[] {
  examples ??= readdirSync(join(REPO_ROOT, 'policies'))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => ({
      path: `policies/${n}`,
      bytes: readFileSync(join(REPO_ROOT, 'policies', n), 'utf8'),
    }));
  return examples;
}

/** Loads inline policy files (`{ 'policies/x.yaml': yaml }`), optionally on top of (replacing) the examples. */
export function loadPolicyFiles(files: Record<string, string>, withExamples = false): PolicyLoad {
  const own = Object.entries(files).map(([path, bytes]) => ({ path, bytes }));
  const base = withExamples ? exampleSources().filter((s) => !(s.path in files)) : [];
  return loadPolicy([...base, ...own]);
}

/** A Policy from inline files (see loadPolicyFiles); throws with the findings when it does not load. */
export function policyFrom(files: Record<string, string>, withExamples = false): Policy {
  const r = loadPolicyFiles(files, withExamples);
  if (!r.ok)
    throw new Error(`fixture policy does not load:\n${r.findings.map(formatFinding).join('\n')}`);
  return r.loaded.policy;
}

let example: Policy | undefined;
/** The example content of policies/ (shared, treat as read-only). */
export function examplePolicy(): Policy {
  example ??= policyFrom({}, true);
  return example;
}

/** A grant file's YAML: the fields given (undefined drops a default), each value JSON-quoted. */
export function grantYaml(fields: Record<string, string | string[] | undefined> = {}): string {
  const all: Record<string, string | string[] | undefined> = {
    requester: 'alice',
    bundle: 'prod-readonly',
    duration: '1h',
    reason: 'Primary database replica is lagging; need to read the logs.',
    incident: 'INC-1234',
    ...fields,
  };
  const lines = ['# yaml-language-server: $schema=../action/schemas/grant.schema.json'];
  for (const [k, v] of Object.entries(all)) {
    if (v === undefined) continue;
    lines.push(
      `${k}: ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A loaded grant from inline YAML (or from grantYaml fields); throws with the findings when it does not load. */
export function grantFrom(
  yaml: string | Record<string, string | string[] | undefined>,
  file = GRANT_FILE,
): LoadedGrant {
  const r = loadGrant(typeof yaml === 'string' ? yaml : grantYaml(yaml), file);
  if (!r.ok)
    throw new Error(`fixture grant does not load:\n${r.findings.map(formatFinding).join('\n')}`);
  return r.loaded;
}

export interface PrOptions {
  author?: string;
  authorId?: number;
  headSha?: string;
  grantFile?: string;
  files?: ChangedFile[];
  /** Default: [author]. */
  contributors?: string[];
  fromFork?: boolean;
}

/** PR facts: by default `author` adds only the grant file (mode 100644) at HEAD_SHA. */
export function prFacts(o: PrOptions = {}): PullRequestFacts {
  const author = o.author ?? 'alice';
  return {
    author: { login: author, ...(o.authorId !== undefined ? { id: o.authorId } : {}) },
    headSha: o.headSha ?? HEAD_SHA,
    files: o.files ?? [{ path: o.grantFile ?? GRANT_FILE, status: 'added', mode: '100644' }],
    contributors: o.contributors ?? [author],
    fromFork: o.fromFork ?? false,
  };
}

/** The GitHub ids policies/identities.yaml declares; a review from GitHub always carries its author's. */
const DECLARED_IDS: Record<string, number> = {
  alice: 1001,
  bob: 1002,
  carol: 1003,
  dave: 1004,
  erin: 1005,
  frank: 1006,
  grace: 1007,
  heidi: 1008,
};

let reviewSeq = 0;
/**
 * A review; `at` defaults to a strictly increasing time, so later calls are later reviews, and `id`
 * to the login's declared GitHub id (as GitHub reports it).
 */
export function review(
  login: string,
  state: Review['state'] = 'APPROVED',
  o: { commitId?: string; at?: string; isBot?: boolean; id?: number } = {},
): Review {
  reviewSeq++;
  return {
    login,
    state,
    commitId: o.commitId ?? HEAD_SHA,
    submittedAt:
      o.at ?? new Date(Date.parse('2026-03-10T09:00:00Z') + reviewSeq * 1000).toISOString(),
    ...(o.isBot !== undefined ? { isBot: o.isBot } : {}),
    ...(o.id !== undefined
      ? { id: o.id }
      : DECLARED_IDS[login.toLowerCase()] !== undefined
        ? { id: DECLARED_IDS[login.toLowerCase()]! }
        : {}),
  };
}

export type EntrySpec = Partial<OnCallEntry> & { login: string };

/** A provider answer that lists `entries` (level 1, shift around NOW unless given). */
export function onCallOk(
  schedule: string,
  entries: EntrySpec[],
  provider: OnCallProviderKind = 'pagerduty',
): OnCallSnapshot {
  return {
    schedule,
    provider,
    providerRef: `ref-${schedule}`,
    checkedAt: '2026-03-10T10:00:00Z',
    ok: true,
    entries: entries.map((e) => ({
      level: 1,
      start: '2026-03-10T00:00:00Z',
      end: '2026-03-11T00:00:00Z',
      providerUser: `P-${e.login}`,
      ...e,
    })),
  };
}

/** A provider that failed (error, timeout, 429): nobody is shown on call. */
export function onCallFailed(
  schedule: string,
  error = 'timeout after 5000 ms',
  provider: OnCallProviderKind = 'pagerduty',
): OnCallSnapshot {
  return {
    schedule,
    provider,
    providerRef: `ref-${schedule}`,
    checkedAt: '2026-03-10T10:00:00Z',
    ok: false,
    error,
    entries: [],
  };
}

/** A DecisionInput over the example policy, alice's default grant and PR, no reviews, no on-call evidence. */
export function decisionInput(o: Partial<DecisionInput> = {}): DecisionInput {
  return {
    grant: o.grant ?? grantFrom({}),
    policy: o.policy ?? examplePolicy(),
    pr: o.pr ?? prFacts(),
    reviews: o.reviews ?? [],
    onCall: o.onCall ?? [],
    now: o.now ?? NOW,
    ...(o.autoApprovalBlocked !== undefined ? { autoApprovalBlocked: o.autoApprovalBlocked } : {}),
    ...(o.extendsUntil !== undefined ? { extendsUntil: o.extendsUntil } : {}),
    ...(o.extension !== undefined ? { extension: o.extension } : {}),
    ...(o.onCallAtStart !== undefined ? { onCallAtStart: o.onCallAtStart } : {}),
  };
}
