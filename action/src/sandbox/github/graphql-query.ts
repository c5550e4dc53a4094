/**
 * The query root the fake serves: `viewer`, and `repository(owner:, name:)` with its id, default
 * branch (a Ref whose target Commit can read files), `pullRequest(number:)`, `issue(number:)`,
 * `object(oid:|expression:)` and `label(name:)`. A repository the caller cannot see is NOT_FOUND.
 */
import { canSee } from './auth.js';
import { commitNode, objectNode } from './graphql-git.js';
import { actorNode, GqlError, labelNode, type Args, type Node } from './graphql-nodes.js';
import { issueNode, prNode } from './graphql-pull.js';
import type { RepoState } from './model.js';
import { nodeId } from './render.js';
import type { Ctx } from './route.js';

function repositoryNode(ctx: Ctx, repo: RepoState): Node {
  const head = repo.refs.get(`heads/${repo.defaultBranch}`);
  return {
    __typename: 'Repository',
    id: nodeId('R', repo.id),
    name: repo.name,
    nameWithOwner: repo.fullName,
    autoMergeAllowed: repo.settings.allow_auto_merge,
    defaultBranchRef: head
      ? {
          __typename: 'Ref',
          name: repo.defaultBranch,
          prefix: 'refs/heads/',
          target: commitNode(ctx, repo, head),
        }
      : null,
    pullRequest: (a: Args): Node => {
      const pr = repo.pulls.get(Number(a.number));
      if (!pr)
        throw new GqlError(
          'NOT_FOUND',
          `Could not resolve to a PullRequest with the number of ${String(a.number)}.`,
        );
      return prNode(ctx, repo, pr);
    },
    issue: (a: Args): Node => {
      const i = repo.issues.get(Number(a.number));
      if (!i || i.isPull)
        throw new GqlError(
          'NOT_FOUND',
          `Could not resolve to an Issue with the number of ${String(a.number)}.`,
        );
      return issueNode(ctx, repo, i);
    },
    object: (a: Args) => objectNode(ctx, repo, a),
    label: (a: Args): Node | null => {
      const l = repo.labels.get(String(a.name ?? '').toLowerCase());
      return l ? labelNode(l) : null;
    },
  };
}

/** The query root. */
export function queries(ctx: Ctx): Node {
  return {
    __typename: 'Query',
    // The viewer keeps REST's login (`slug[bot]` for an App), unlike a Bot met as an author.
    viewer: { ...actorNode(ctx, ctx.caller.user), login: ctx.caller.user.login },
    repository: (a: Args): Node => {
      const repo = ctx.s.repo(String(a.owner), String(a.name));
      if (!repo || !canSee(ctx.s, ctx.caller, repo))
        throw new GqlError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${String(a.owner)}/${String(a.name)}'.`,
        );
      return repositoryNode(ctx, repo);
    },
  };
}
