/**
 * Pull requests and issues in GraphQL: the fields GitHub's PullRequest has that the tool reads (state,
 * refs and their oids, author, mergeability, auto-merge) and the `labels`, `reviews` and `comments`
 * connections, paged as GitHub pages them. Reading a pull request needs the pull_requests permission.
 */
import { commitNode } from './graphql-git.js';
import {
  actorNode,
  commentNode,
  connection,
  labelNode,
  labelsOf,
  need,
  reviewNode,
  visibleReviews,
  type Args,
  type Node,
} from './graphql-nodes.js';
import type { IssueState, PullState, RepoState } from './model.js';
import { mergeability } from './pull-view.js';
import { nodeId } from './render.js';
import type { Ctx } from './route.js';

/** The `labels` and `comments` connections shared by issues and pull requests. */
function conversation(ctx: Ctx, repo: RepoState, number: number): Node {
  const issue = repo.issues.get(number);
  return {
    labels: (a: Args) =>
      connection('labels', 'Label', labelsOf(repo, issue?.labels ?? []), a, labelNode),
    comments: (a: Args) =>
      connection(
        'comments',
        'IssueComment',
        repo.comments.filter((c) => c.issueNumber === number),
        a,
        (c) => commentNode(ctx, c),
      ),
  };
}

/** A pull request. */
export function prNode(ctx: Ctx, repo: RepoState, pr: PullState): Node {
  need(ctx, repo, 'pull_requests', 'read');
  const m = mergeability(ctx.s, repo, pr);
  const baseTip = repo.refs.get(`heads/${pr.baseRef}`) ?? null;
  return {
    __typename: 'PullRequest',
    id: nodeId('PR', pr.id),
    number: pr.number,
    title: pr.title,
    body: pr.body ?? '',
    url: `${ctx.s.web}/${repo.fullName}/pull/${pr.number}`,
    createdAt: pr.createdAt,
    state: pr.merged ? 'MERGED' : pr.state.toUpperCase(),
    isDraft: pr.draft,
    merged: pr.merged,
    mergedAt: pr.mergedAt,
    mergeCommit: pr.mergeCommitSha ? { __typename: 'Commit', oid: pr.mergeCommitSha } : null,
    headRefName: pr.headRef,
    headRefOid: pr.headSha,
    baseRefName: pr.baseRef,
    baseRefOid: baseTip,
    baseRef: baseTip
      ? {
          __typename: 'Ref',
          name: pr.baseRef,
          prefix: 'refs/heads/',
          target: commitNode(ctx, repo, baseTip),
        }
      : null,
    isCrossRepository: false,
    author: actorNode(ctx, pr.author),
    mergeable: m.mergeable === null ? 'UNKNOWN' : m.mergeable ? 'MERGEABLE' : 'CONFLICTING',
    mergeStateStatus: m.state.toUpperCase(),
    autoMergeRequest: pr.autoMerge
      ? {
          enabledAt: pr.autoMerge.enabledAt,
          mergeMethod: pr.autoMerge.method.toUpperCase(),
          enabledBy: actorNode(ctx, pr.autoMerge.enabledBy),
        }
      : null,
    ...conversation(ctx, repo, pr.number),
    reviews: (a: Args) =>
      connection('reviews', 'PullRequestReview', visibleReviews(ctx, pr), a, (r) =>
        reviewNode(ctx, r),
      ),
  };
}

/** An issue (not a pull request's issue side). */
export function issueNode(ctx: Ctx, repo: RepoState, i: IssueState): Node {
  need(ctx, repo, 'issues', 'read');
  return {
    __typename: 'Issue',
    id: nodeId('I', i.id),
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    url: `${ctx.s.web}/${repo.fullName}/issues/${i.number}`,
    state: i.state.toUpperCase(),
    createdAt: i.createdAt,
    author: actorNode(ctx, i.author),
    ...conversation(ctx, repo, i.number),
  };
}
