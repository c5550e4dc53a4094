/**
 * What the fake's GraphQL resolvers are made of: GitHub-typed errors, the interfaces each object type
 * implements (for inline fragments), permission checks, cursor connections with GitHub's paging
 * rules, and the nodes for actors, labels, comments and reviews.
 */
import { checkScope } from './auth.js';
import type {
  CommentState,
  LabelState,
  PullState,
  RepoState,
  ReviewState,
  Scope,
  User,
} from './model.js';
import { nodeId, parseNodeId } from './render.js';
import type { Ctx } from './route.js';

/** A resolver value: plain data, or functions of the field's arguments. */
export type Node = { [k: string]: unknown };
export type Args = Record<string, unknown>;

/** An error GitHub reports in `errors[]` with a `type` (NOT_FOUND, FORBIDDEN, UNPROCESSABLE, …). */
export class GqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** A document error (unknown field, undeclared variable): GitHub answers with errors only, no data. */
export class GqlValidationError extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The abstract types (interfaces and unions) each object type belongs to, for `... on X`. */
const IMPLEMENTS: Record<string, string[]> = {
  User: ['Actor', 'Node', 'RepositoryOwner', 'UniformResourceLocatable'],
  Bot: ['Actor', 'Node', 'UniformResourceLocatable'],
  Organization: ['Actor', 'Node', 'RepositoryOwner', 'UniformResourceLocatable'],
  PullRequest: [
    'Node',
    'Labelable',
    'Comment',
    'Assignable',
    'Closable',
    'UniformResourceLocatable',
  ],
  Issue: ['Node', 'Labelable', 'Comment', 'Assignable', 'Closable', 'UniformResourceLocatable'],
  IssueComment: ['Node', 'Comment', 'Deletable', 'Minimizable', 'Updatable', 'UpdatableComment'],
  PullRequestReview: ['Node', 'Comment', 'Deletable', 'Updatable', 'UpdatableComment'],
  Commit: ['Node', 'GitObject', 'Subscribable', 'UniformResourceLocatable'],
  Blob: ['Node', 'GitObject'],
  Tree: ['Node', 'GitObject'],
  Label: ['Node'],
  Repository: ['Node', 'RepositoryInfo', 'Starrable', 'Subscribable', 'UniformResourceLocatable'],
};

/** Whether an object of type `typename` matches a fragment's type condition. */
export function matchesType(typename: unknown, on: string | undefined): boolean {
  if (on === undefined || on === typename) return true;
  return typeof typename === 'string' && (IMPLEMENTS[typename] ?? []).includes(on);
}

/** Throws GitHub's FORBIDDEN error unless the caller's token has `scope` at `level` on `repo`. */
export function need(ctx: Ctx, repo: RepoState, scope: Scope, level: 'read' | 'write'): void {
  const refused = checkScope(ctx.s, ctx.caller, repo, scope, level);
  if (!refused) return;
  const message = (JSON.parse(refused.body ?? '{}') as { message?: string }).message ?? 'Forbidden';
  throw new GqlError('FORBIDDEN', message);
}

const cursor = (i: number): string => Buffer.from(`cursor:v2:${i}`).toString('base64');
function position(c: unknown): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(String(c), 'base64').toString('utf8'));
  if (!m)
    throw new GqlError(
      'INVALID_CURSOR_ARGUMENTS',
      `\`${String(c)}\` does not appear to be a valid cursor.`,
    );
  return Number(m[1]);
}

/** A cursor connection over `items` with GitHub's rules: `first` or `last` required, at most 100. */
export function connection<T>(
  name: string,
  typename: string,
  items: T[],
  args: Args,
  toNode: (t: T) => Node,
): Node {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const last = typeof args.last === 'number' ? args.last : undefined;
  if (first === undefined && last === undefined)
    throw new GqlError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  for (const [arg, n] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (n !== undefined && n > 100)
      throw new GqlError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${n} records on the \`${name}\` connection exceeds the \`${arg}\` limit of 100 records.`,
      );
  }
  let start = args.after != null ? position(args.after) + 1 : 0;
  let end = args.before != null ? position(args.before) : items.length;
  if (first !== undefined) end = Math.min(end, start + first);
  else if (last !== undefined) start = Math.max(start, end - last);
  const page = items
    .slice(start, end)
    .map((item, k) => ({ cursor: cursor(start + k), node: toNode(item) }));
  return {
    __typename: `${typename}Connection`,
    totalCount: items.length,
    nodes: page.map((e) => e.node),
    edges: page.map((e) => ({ __typename: `${typename}Edge`, ...e })),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page.at(-1)?.cursor ?? null,
    },
  };
}

/** An Actor: GraphQL names a GitHub App's bot by its slug, without REST's `[bot]` suffix. */
export function actorNode(ctx: Ctx, u: User): Node {
  const typename = u.type === 'Bot' ? 'Bot' : u.type === 'Organization' ? 'Organization' : 'User';
  const login = u.type === 'Bot' ? u.login.replace(/\[bot\]$/, '') : u.login;
  return {
    __typename: typename,
    id: nodeId(typename === 'Bot' ? 'BOT' : typename === 'Organization' ? 'O' : 'U', u.id),
    login,
    databaseId: u.id,
    url: typename === 'Bot' ? `${ctx.s.web}/apps/${login}` : `${ctx.s.web}/${login}`,
    resourcePath: typename === 'Bot' ? `/apps/${login}` : `/${login}`,
  };
}

/** A repository label. */
export function labelNode(l: LabelState): Node {
  return {
    __typename: 'Label',
    id: nodeId('LA', l.id),
    name: l.name,
    color: l.color,
    description: l.description,
  };
}

/** The labels of an issue or pull request (applied names resolved to repository labels). */
export function labelsOf(repo: RepoState, names: string[]): LabelState[] {
  return names
    .map((n) => repo.labels.get(n.toLowerCase()))
    .filter((l): l is LabelState => l !== undefined);
}

/** A conversation comment; `viewerDidAuthor` compares with the calling identity. */
export function commentNode(ctx: Ctx, c: CommentState): Node {
  return {
    __typename: 'IssueComment',
    id: nodeId('IC', c.id),
    databaseId: c.id,
    fullDatabaseId: String(c.id),
    body: c.body,
    author: actorNode(ctx, c.user),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    viewerDidAuthor: c.user.id === ctx.caller.user.id,
  };
}

/** A pull request review, bound to the commit it was made on. */
export function reviewNode(ctx: Ctx, r: ReviewState): Node {
  return {
    __typename: 'PullRequestReview',
    id: nodeId('PRR', r.id),
    fullDatabaseId: String(r.id),
    author: actorNode(ctx, r.user),
    state: r.state,
    body: r.body,
    submittedAt: r.state === 'PENDING' ? null : r.submittedAt,
    commit: { __typename: 'Commit', oid: r.commitId },
  };
}

/** Reviews the caller may see: a pending review only by its author, as in REST. */
export function visibleReviews(ctx: Ctx, pr: PullState): ReviewState[] {
  return pr.reviews.filter((r) => r.state !== 'PENDING' || r.user.id === ctx.caller.user.id);
}

/** The object a global node id names in any repository, or GitHub's NOT_FOUND. */
export function resolveNode<T>(
  ctx: Ctx,
  id: unknown,
  prefix: string,
  find: (repo: RepoState, n: number) => T | undefined,
): { repo: RepoState; found: T } {
  const parsed = typeof id === 'string' ? parseNodeId(id) : undefined;
  if (parsed?.prefix === prefix) {
    for (const repo of ctx.s.repos.values()) {
      const found = find(repo, parsed.id);
      if (found !== undefined) return { repo, found };
    }
  }
  throw new GqlError(
    'NOT_FOUND',
    `Could not resolve to a node with the global id of '${String(id)}'`,
  );
}
