/**
 * POST /graphql for what REST lacks: `repository { pullRequest { id headRefOid … } }`,
 * `enablePullRequestAutoMerge` and `mergePullRequest` (both guarded by `expectedHeadOid`).
 * Answers carry only the selected fields, with GitHub-shaped `{data}` / `{errors:[{type,message}]}`.
 */
import { json, type FakeResponse } from '../http-fake.js';
import { checkScope } from './auth.js';
import { evalValue, parseOperation, type GqlField } from './graphql-parse.js';
import { performMerge, tryAutoMerge, type MergeMethod } from './merge.js';
import type { PullState, RepoState } from './model.js';
import { mergeability } from './pull-view.js';
import { parseNodeId, nodeId } from './render.js';
import { plainRoute, type Ctx, type RouteDef } from './route.js';

/** A resolver value: plain data, or a function of the field's arguments. */
type Node = { [k: string]: unknown };

class GqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

function prNode(ctx: Ctx, repo: RepoState, pr: PullState): Node {
  const m = mergeability(ctx.s, repo, pr);
  return {
    __typename: 'PullRequest',
    id: nodeId('PR', pr.id),
    number: pr.number,
    title: pr.title,
    url: `${ctx.s.web}/${repo.fullName}/pull/${pr.number}`,
    state: pr.merged ? 'MERGED' : pr.state.toUpperCase(),
    isDraft: pr.draft,
    merged: pr.merged,
    mergedAt: pr.mergedAt,
    mergeCommit: pr.mergeCommitSha ? { oid: pr.mergeCommitSha } : null,
    headRefName: pr.headRef,
    headRefOid: pr.headSha,
    baseRefName: pr.baseRef,
    baseRefOid: repo.refs.get(`heads/${pr.baseRef}`) ?? null,
    author: { __typename: 'User', login: pr.author.login },
    mergeable: m.mergeable === null ? 'UNKNOWN' : m.mergeable ? 'MERGEABLE' : 'CONFLICTING',
    mergeStateStatus: m.state.toUpperCase(),
    autoMergeRequest: pr.autoMerge
      ? {
          enabledAt: pr.autoMerge.enabledAt,
          mergeMethod: pr.autoMerge.method.toUpperCase(),
          enabledBy: { login: pr.autoMerge.enabledBy.login },
        }
      : null,
  };
}

function findPr(ctx: Ctx, id: unknown): { repo: RepoState; pr: PullState } {
  const parsed = typeof id === 'string' ? parseNodeId(id) : undefined;
  if (parsed?.prefix === 'PR') {
    for (const repo of ctx.s.repos.values()) {
      for (const pr of repo.pulls.values()) if (pr.id === parsed.id) return { repo, pr };
    }
  }
  throw new GqlError(
    'NOT_FOUND',
    `Could not resolve to a node with the global id of '${String(id)}'`,
  );
}

function mergeMethod(v: unknown): MergeMethod {
  if (v === undefined || v === null) return 'merge';
  if (v === 'MERGE' || v === 'SQUASH' || v === 'REBASE') return v.toLowerCase() as MergeMethod;
  throw new GqlError(
    'INVALID',
    `Argument 'mergeMethod' has an invalid value (${String(v)}). Expected type 'PullRequestMergeMethod'.`,
  );
}

function needWrite(ctx: Ctx, repo: RepoState): void {
  if (checkScope(ctx.s, ctx.caller, repo, 'contents', 'write'))
    throw new GqlError('FORBIDDEN', 'Resource not accessible by integration');
}

const HEAD_MODIFIED = 'Head branch was modified. Review and try the merge again.';

function mutations(ctx: Ctx): Node {
  return {
    enablePullRequestAutoMerge: (args: Record<string, unknown>): Node => {
      const input = (args.input ?? {}) as Record<string, unknown>;
      const { repo, pr } = findPr(ctx, input.pullRequestId);
      needWrite(ctx, repo);
      const method = mergeMethod(input.mergeMethod);
      if (!repo.settings.allow_auto_merge)
        throw new GqlError('UNPROCESSABLE', 'Auto merge is not allowed for this repository');
      if (pr.state !== 'open')
        throw new GqlError(
          'UNPROCESSABLE',
          'Pull request is not in the correct state to enable auto-merge',
        );
      if (typeof input.expectedHeadOid === 'string' && input.expectedHeadOid !== pr.headSha)
        throw new GqlError('UNPROCESSABLE', HEAD_MODIFIED);
      const state = mergeability(ctx.s, repo, pr).state;
      // GitHub only arms auto-merge while something is still pending; a mergeable PR must be merged directly.
      if (state === 'clean' || state === 'dirty')
        throw new GqlError('UNPROCESSABLE', `Pull request is in ${state} status`);
      pr.autoMerge = {
        enabledBy: ctx.caller.user,
        kind: ctx.caller.kind,
        method,
        expectedHeadOid:
          typeof input.expectedHeadOid === 'string' ? input.expectedHeadOid : undefined,
        commitTitle: typeof input.commitHeadline === 'string' ? input.commitHeadline : '',
        commitBody: typeof input.commitBody === 'string' ? input.commitBody : '',
        enabledAt: ctx.s.now(),
      };
      tryAutoMerge(ctx.s, repo, pr);
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: { login: ctx.caller.user.login },
        pullRequest: prNode(ctx, repo, pr),
      };
    },
    mergePullRequest: (args: Record<string, unknown>): Node => {
      const input = (args.input ?? {}) as Record<string, unknown>;
      const { repo, pr } = findPr(ctx, input.pullRequestId);
      needWrite(ctx, repo);
      const out = performMerge(
        ctx.s,
        repo,
        pr,
        { user: ctx.caller.user, kind: ctx.caller.kind },
        {
          method: mergeMethod(input.mergeMethod),
          sha: typeof input.expectedHeadOid === 'string' ? input.expectedHeadOid : undefined,
          title: typeof input.commitHeadline === 'string' ? input.commitHeadline : undefined,
          message: typeof input.commitBody === 'string' ? input.commitBody : undefined,
        },
      );
      if (!out.ok) throw new GqlError('UNPROCESSABLE', out.message);
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: { login: ctx.caller.user.login },
        pullRequest: prNode(ctx, repo, pr),
      };
    },
  };
}

function queries(ctx: Ctx): Node {
  return {
    viewer: { __typename: 'User', login: ctx.caller.user.login, databaseId: ctx.caller.user.id },
    repository: (args: Record<string, unknown>): Node | null => {
      const repo = ctx.s.repo(String(args.owner), String(args.name));
      if (!repo)
        throw new GqlError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`,
        );
      return {
        __typename: 'Repository',
        id: nodeId('R', repo.id),
        nameWithOwner: repo.fullName,
        autoMergeAllowed: repo.settings.allow_auto_merge,
        pullRequest: (a: Record<string, unknown>): Node => {
          const pr = repo.pulls.get(Number(a.number));
          if (!pr)
            throw new GqlError(
              'NOT_FOUND',
              `Could not resolve to a PullRequest with the number of ${String(a.number)}.`,
            );
          return prNode(ctx, repo, pr);
        },
      };
    },
  };
}

function project(
  value: unknown,
  fields: GqlField[],
  vars: Record<string, unknown>,
  typeName: string,
): unknown {
  if (value === null || value === undefined || fields.length === 0) return value ?? null;
  if (Array.isArray(value)) return value.map((v) => project(v, fields, vars, typeName));
  const obj = value as Node;
  const out: Node = {};
  for (const f of fields) {
    const key = f.alias ?? f.name;
    if (!(f.name in obj))
      throw new GqlError(
        'undefinedField',
        `Field '${f.name}' doesn't exist on type '${String(obj.__typename ?? typeName)}'`,
      );
    let v = obj[f.name];
    if (typeof v === 'function') {
      const args = Object.fromEntries(
        Object.entries(f.args).map(([k, a]) => [k, evalValue(a, vars)]),
      );
      v = (v as (a: Record<string, unknown>) => unknown)(args);
    }
    out[key] = project(v, f.selections, vars, f.name);
  }
  return out;
}

function execute(ctx: Ctx): FakeResponse {
  const query = typeof ctx.body.query === 'string' ? ctx.body.query : '';
  const vars =
    typeof ctx.body.variables === 'object' && ctx.body.variables !== null
      ? (ctx.body.variables as Record<string, unknown>)
      : {};
  let op;
  try {
    op = parseOperation(query);
  } catch (e) {
    return json(200, {
      errors: [
        {
          message: e instanceof Error ? e.message : String(e),
          locations: [{ line: 1, column: 1 }],
        },
      ],
    });
  }
  const root = op.type === 'mutation' ? mutations(ctx) : queries(ctx);
  const data: Node = {};
  const errors: Record<string, unknown>[] = [];
  for (const f of op.selections) {
    const key = f.alias ?? f.name;
    try {
      data[key] = (project(root, [f], vars, op.type === 'mutation' ? 'Mutation' : 'Query') as Node)[
        key
      ];
    } catch (e) {
      if (!(e instanceof GqlError)) throw e;
      data[key] = null;
      errors.push({
        type: e.type,
        path: [key],
        locations: [{ line: 1, column: 1 }],
        message: e.message,
      });
    }
  }
  return json(200, errors.length > 0 ? { data, errors } : { data });
}

/** The GraphQL endpoint. */
export const graphqlRoutes: RouteDef[] = [plainRoute('POST', '/graphql', undefined, execute)];
