/**
 * Everything the decision needs about one PR, pinned to its head SHA: the pull with its reviews (one
 * read), its files and commits (who pushed) compared at that SHA, and the grant file read as data from
 * git at the head.
 */
import { error, type Finding } from '../core/finding.js';
import type { PullRequestFacts, Review } from '../decision/model.js';
import { GRANT_PATH, loadGrant, type LoadedGrant } from '../grant/grant.js';
import { issueDelegation, type Delegation } from './issue-delegation.js';
import type { GitHubOps, PullFacts, SnapshotPrefetch } from './ops.js';

export type PrKind = 'grant' | 'revoke' | 'none';

export interface GatheredPr {
  pull: PullFacts;
  kind: PrKind;
  facts: PullRequestFacts;
  reviews: Review[];
  /** The grant file, or why it could not be read. Absent for non-grant PRs. */
  grant?: LoadedGrant | { file: string; findings: Finding[] };
  /** A bot's PR opened from a request issue: taken as the issue author's, or why not (issue-delegation.ts). */
  delegation?: Delegation;
}

/**
 * Which flow a PR belongs to: adds or changes a grant file, only deletes grant files (an early
 * revocation; a deletion PR that touches anything else is still 'revoke', and that flow rejects it as
 * mixed), or touches no grant.
 */
export function classify(files: { path: string; status: string }[]): PrKind {
  const grants = files.filter((f) => f.path.startsWith('grants/') && f.path.endsWith('.yaml'));
  if (grants.length === 0) return 'none';
  if (grants.every((f) => f.status === 'removed')) return 'revoke';
  return 'grant';
}

export async function gatherPr(gh: GitHubOps, n: number, prefetch?: SnapshotPrefetch): Promise<GatheredPr> {
  const { pull, reviews } = await gh.readPull(n, prefetch);
  // Files and commits are read for exactly the head SHA just read (the merge is pinned to it too), against
  // the base branch as it is now: a push after this point fails the merge (409) instead of merging files
  // these lists never saw. A closed or merged PR is not judged, so it is not compared.
  const open = pull.state === 'open' && !pull.merged;
  const { files, commits } = open ? await gh.compareCommits(pull.baseSha, pull.headSha) : { files: [], commits: [] };
  const contributors = new Set<string>([pull.author.login]);
  for (const c of commits) for (const who of [c.authorLogin, c.committerLogin]) if (who && who !== 'web-flow') contributors.add(who);
  // A commit GitHub cannot map to an account is someone we cannot exclude from approving: count it as another person.
  if (commits.some((c) => !c.authorLogin)) contributors.add('(unknown commit author)');
  const facts: PullRequestFacts = {
    author: { login: pull.author.login, id: pull.author.id },
    headSha: pull.headSha,
    files,
    contributors: [...contributors],
    fromFork: pull.fromFork,
    number: n,
  };
  const kind = classify(files);
  const gathered: GatheredPr = { pull, kind, facts, reviews };
  if (kind !== 'grant') return gathered;
  const added = files.filter((f) => f.status === 'added' && GRANT_PATH.test(f.path));
  const target = added[0] ?? files.find((f) => f.path.startsWith('grants/'))!;
  const blob = await gh.readTreeFile(pull.headSha, target.path);
  if (!blob) {
    gathered.grant = { file: target.path, findings: [error('grant/missing', `${target.path} is not in the head commit`, { file: target.path })] };
    return gathered;
  }
  target.mode = blob.mode;
  if (!blob.content) {
    gathered.grant = { file: target.path, findings: [error('pr-scope', `${target.path} must be a regular file (git mode ${blob.mode})`, { file: target.path })] };
    return gathered;
  }
  const loaded = loadGrant(blob.content, target.path);
  gathered.grant = loaded.ok ? loaded.loaded : { file: target.path, findings: loaded.findings };
  if (loaded.ok) {
    const d = await issueDelegation(gh, pull, loaded.loaded.grant);
    if (d) gathered.delegation = d;
    if (d?.author) {
      // The bot only carried the request: the issue's author stands where the PR author stands.
      const bot = pull.author.login.toLowerCase();
      const people = facts.contributors.filter((c) => c.toLowerCase() !== bot);
      facts.author = d.author;
      facts.contributors = [...new Set([d.author.login, ...people])];
    }
  }
  return gathered;
}
