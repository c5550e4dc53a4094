/**
 * One GraphQL request for everything check-pr first needs about a pull request: its state, refs and
 * head SHA, author, labels, reviews (each bound to its commit) and conversation comments, and, in the
 * same answer, what later steps would otherwise ask for: the ids the writes need (the PR's, the
 * repository's, the state labels'), the default branch and files on it (doctor's CODEOWNERS). A
 * connection with more than 100 items is paged to the end: a listing is never silently cut.
 * GraphQL names a GitHub App's bot without REST's `[bot]` suffix; it is put back here, so logins
 * compare the same whichever API they came from.
 */
import type { Review } from '../decision/model.js';
import type { GitHubClient } from './client.js';
import { exactText, isRegularFile, TREE_ENTRY, type GqlTreeEntry } from './octokit-files.js';
import type { ContentEntry, PullFacts, RepoRef, SnapshotPrefetch } from './ops.js';

export interface SnapshotComment {
  id: number;
  nodeId: string;
  body: string;
  /** Written by the identity making the request (`viewerDidAuthor`). */
  mine: boolean;
  /** Written by a GitHub App or GitHub Actions (never by a person). */
  byBot: boolean;
}

export interface PullSnapshot {
  pull: PullFacts;
  reviews: Review[];
  nodeId: string;
  repositoryId: string;
  /** Lower-case label name → node id: the PR's own labels and the prefetched ones that exist. */
  labelIds: Map<string, string>;
  comments: SnapshotComment[];
  /** Default-branch files read with exact bytes (undefined: no such path). Paths left out were not provable. */
  files: Map<string, ContentEntry | undefined>;
}

interface Actor {
  __typename: string;
  login: string;
  databaseId?: number | null;
}
interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
export interface RawReview {
  state: Review['state'];
  submittedAt: string | null;
  commit: { oid: string } | null;
  author: Actor | null;
}
interface RawComment {
  id: string;
  fullDatabaseId: string | null;
  body: string;
  viewerDidAuthor: boolean;
  author: { __typename: string } | null;
}
interface RawPull {
  id: string;
  number: number;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  merged: boolean;
  isDraft: boolean;
  title: string;
  body: string;
  createdAt: string;
  isCrossRepository: boolean;
  headRefOid: string;
  headRefName: string;
  baseRefName: string;
  baseRefOid: string;
  baseRef: { target: { oid: string } | null } | null;
  author: Actor | null;
  labels: Page<{ id: string; name: string }>;
  reviews: Page<RawReview>;
  comments: Page<RawComment>;
}
type RawRepository = {
  id: string;
  defaultBranchRef: { name: string; target?: Record<string, GqlTreeEntry | null> | null } | null;
  pullRequest: RawPull | null;
} & Record<string, unknown>;

const ACTOR = '__typename login ... on User { databaseId } ... on Bot { databaseId }';
const PAGE = 'pageInfo { hasNextPage endCursor }';
const CONNECTIONS = {
  labels: `nodes { id name } ${PAGE}`,
  reviews: `nodes { state submittedAt commit { oid } author { ${ACTOR} } } ${PAGE}`,
  comments: `nodes { id fullDatabaseId body viewerDidAuthor author { __typename } } ${PAGE}`,
} as const;
type Connection = keyof typeof CONNECTIONS;
/** A listing longer than this many pages is refused rather than read forever. */
const MAX_PAGES = 30;

/**
 * A review as the decision reads it. One whose commit is gone (force-pushed away) or whose author was
 * deleted (`ghost`) is kept: it can never approve (no head commit, no eligible login), but a
 * CHANGES_REQUESTED among them still blocks.
 */
export function reviewFacts(x: RawReview): Review {
  const who = actorFacts(x.author);
  return { login: who.login, id: who.id, state: x.state, commitId: x.commit?.oid ?? '', submittedAt: x.submittedAt ?? '', isBot: who.isBot };
}

/** The PR's author or a reviewer as the REST API names them (`slug[bot]` for an App); `ghost` for a deleted account. */
export function actorFacts(a: Actor | null): { login: string; id: number; isBot: boolean } {
  if (!a) return { login: 'ghost', id: 0, isBot: false };
  const isBot = a.__typename === 'Bot';
  return { login: isBot ? `${a.login}[bot]` : a.login, id: a.databaseId ?? 0, isBot };
}

function query(prefetch: SnapshotPrefetch): { text: string; vars: Record<string, string> } {
  const files = prefetch.defaultBranchFiles ?? [];
  const labels = prefetch.labels ?? [];
  const vars: Record<string, string> = {};
  const defs = ['$owner: String!', '$name: String!', '$number: Int!'];
  files.forEach((p, i) => ((vars[`f${i}`] = p), defs.push(`$f${i}: String!`)));
  labels.forEach((l, i) => ((vars[`l${i}`] = l), defs.push(`$l${i}: String!`)));
  const target = files.length > 0 ? ` target { ... on Commit { ${files.map((_, i) => `f${i}: file(path: $f${i}) { ${TREE_ENTRY} }`).join(' ')} } }` : '';
  const labelFields = labels.map((_, i) => `l${i}: label(name: $l${i}) { id name }`).join(' ');
  const conns = (Object.keys(CONNECTIONS) as Connection[]).map((c) => `${c}(first: 100) { ${CONNECTIONS[c]} }`).join(' ');
  const pull = `id number state merged isDraft title body createdAt isCrossRepository headRefOid headRefName baseRefName baseRefOid baseRef { target { oid } } author { ${ACTOR} } ${conns}`;
  const text = `query(${defs.join(', ')}) { repository(owner: $owner, name: $name) { id defaultBranchRef { name${target} } ${labelFields} pullRequest(number: $number) { ${pull} } } }`;
  return { text, vars };
}

/** Errors only under the prefetched parts leave the PR readable; later steps then ask for those parts themselves. */
function onlyPrefetchFailed(e: unknown): RawRepository | undefined {
  const err = e as { errors?: { path?: (string | number)[] }[]; data?: { repository?: RawRepository | null } };
  const repo = err.data?.repository;
  if (!Array.isArray(err.errors) || !repo?.pullRequest) return undefined;
  const prefetched = (p: (string | number)[] = []) => p[0] === 'repository' && (p[1] === 'defaultBranchRef' || /^l\d+$/.test(String(p[1])));
  return err.errors.every((x) => prefetched(x.path)) ? repo : undefined;
}

export async function readPullSnapshot(o: GitHubClient, repo: RepoRef, n: number, prefetch: SnapshotPrefetch = {}): Promise<PullSnapshot> {
  const base = { owner: repo.owner, name: repo.repo, number: n };
  const q = query(prefetch);
  let data: RawRepository | null;
  try {
    data = (await o.graphql<{ repository: RawRepository | null }>(q.text, { ...base, ...q.vars })).repository;
  } catch (e) {
    data = onlyPrefetchFailed(e) ?? null;
    if (!data) throw e;
  }
  const pr = data?.pullRequest;
  if (!data || !pr) throw new Error(`pull request #${n} cannot be read from GitHub`);
  const more = async <T>(c: Connection, first: Page<T>): Promise<T[]> => {
    const all = [...first.nodes];
    for (let page = first, pages = 1; page.pageInfo.hasNextPage; pages++) {
      if (pages >= MAX_PAGES) throw new Error(`pull request #${n} has more than ${MAX_PAGES * 100} ${c}; refusing to judge it on part of them`);
      const text = `query($owner: String!, $name: String!, $number: Int!, $after: String!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${c}(first: 100, after: $after) { ${CONNECTIONS[c]} } } } }`;
      const next = await o.graphql<{ repository: { pullRequest: Record<Connection, Page<T>> | null } | null }>(text, { ...base, after: page.pageInfo.endCursor ?? '' });
      const got = next.repository?.pullRequest?.[c];
      if (!got) throw new Error(`pull request #${n}: the next page of ${c} cannot be read`);
      all.push(...got.nodes);
      page = got;
    }
    return all;
  };
  const [labels, reviews, comments] = await Promise.all([more('labels', pr.labels), more('reviews', pr.reviews), more('comments', pr.comments)]);
  const labelIds = new Map<string, string>();
  for (const l of labels) labelIds.set(l.name.toLowerCase(), l.id);
  (prefetch.labels ?? []).forEach((_, i) => {
    const l = data[`l${i}`] as { id: string; name: string } | null | undefined;
    if (l) labelIds.set(l.name.toLowerCase(), l.id);
  });
  const files = new Map<string, ContentEntry | undefined>();
  const target = data.defaultBranchRef?.target;
  (prefetch.defaultBranchFiles ?? []).forEach((path, i) => {
    if (!target || !(`f${i}` in target)) return;
    const e = target[`f${i}`];
    if (e === null || e === undefined) return void files.set(path, undefined);
    const content = isRegularFile(e) ? exactText(e) : undefined;
    if (content) files.set(path, { type: 'file', path, content });
  });
  const defaultBranch = data.defaultBranchRef?.name;
  return {
    pull: {
      number: pr.number,
      state: pr.state === 'OPEN' ? 'open' : 'closed',
      merged: pr.merged,
      draft: pr.isDraft,
      title: pr.title,
      body: pr.body,
      author: actorFacts(pr.author),
      headSha: pr.headRefOid,
      headRef: pr.headRefName,
      baseRef: pr.baseRefName,
      // The base branch as it is now: files are compared with its merge base, as GitHub's PR diff is.
      baseSha: pr.baseRef?.target?.oid ?? pr.baseRefOid,
      fromFork: pr.isCrossRepository,
      createdAt: pr.createdAt,
      labels: labels.map((l) => l.name),
      ...(defaultBranch ? { defaultBranch } : {}),
    },
    reviews: reviews.map(reviewFacts),
    nodeId: pr.id,
    repositoryId: data.id,
    labelIds,
    comments: comments.map((c) => ({ id: Number(c.fullDatabaseId ?? 0), nodeId: c.id, body: c.body, mine: c.viewerDidAuthor, byBot: c.author?.__typename === 'Bot' })),
    files,
  };
}
