/**
 * The mutation root the fake serves: merging (`mergePullRequest`, `enablePullRequestAutoMerge`, both
 * guarded by `expectedHeadOid`) and the conversation writes (`createIssue`, `addComment`,
 * `updateIssueComment`, `addLabelsToLabelable`, `removeLabelsFromLabelable`). They share the REST
 * handlers' state changes and events, and need the same token permissions.
 */
import { canSee } from './auth.js';
import { createComment, editComment } from './comments.js';
import { commentNode, GqlError, need, resolveNode, type Args, type Node } from './graphql-nodes.js';
import { issueNode, prNode } from './graphql-pull.js';
import { createIssue } from './issues.js';
import { addLabels, emitLabelEvent, removeLabel } from './labels.js';
import { performMerge, tryAutoMerge, type MergeMethod } from './merge.js';
import type { IssueState, LabelState, PullState, RepoState } from './model.js';
import { mergeability } from './pull-view.js';
import { parseNodeId } from './render.js';
import type { Ctx } from './route.js';

const HEAD_MODIFIED = 'Head branch was modified. Review and try the merge again.';

const inputOf = (a: Args): Record<string, unknown> => (a.input ?? {}) as Record<string, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const by = (ctx: Ctx) => ({ login: ctx.caller.user.login, kind: ctx.caller.kind });

function visible<T>(
  ctx: Ctx,
  r: { repo: RepoState; found: T },
  id: unknown,
): { repo: RepoState; found: T } {
  if (!canSee(ctx.s, ctx.caller, r.repo))
    throw new GqlError(
      'NOT_FOUND',
      `Could not resolve to a node with the global id of '${String(id)}'`,
    );
  return r;
}

function findPr(ctx: Ctx, id: unknown): { repo: RepoState; pr: PullState } {
  const { repo, found } = visible(
    ctx,
    resolveNode(ctx, id, 'PR', (r, n) => [...r.pulls.values()].find((p) => p.id === n)),
    id,
  );
  return { repo, pr: found };
}

/** An Issue or PullRequest id, as the issue (or the pull request's issue side) it names. */
function findConversation(
  ctx: Ctx,
  id: unknown,
): { repo: RepoState; issue: IssueState; node: () => Node } {
  if (typeof id === 'string' && parseNodeId(id)?.prefix === 'PR') {
    const { repo, pr } = findPr(ctx, id);
    return {
      repo,
      issue: repo.issues.get(pr.number) as IssueState,
      node: () => prNode(ctx, repo, pr),
    };
  }
  const { repo, found } = visible(
    ctx,
    resolveNode(ctx, id, 'I', (r, n) =>
      [...r.issues.values()].find((i) => i.id === n && !i.isPull),
    ),
    id,
  );
  return { repo, issue: found, node: () => issueNode(ctx, repo, found) };
}

function labelNames(repo: RepoState, ids: unknown): string[] {
  return (Array.isArray(ids) ? ids : []).map((id: unknown) => {
    const n = typeof id === 'string' ? parseNodeId(id) : undefined;
    const l =
      n?.prefix === 'LA'
        ? [...repo.labels.values()].find((x: LabelState) => x.id === n.id)
        : undefined;
    if (!l)
      throw new GqlError(
        'NOT_FOUND',
        `Could not resolve to a node with the global id of '${String(id)}'`,
      );
    return l.name;
  });
}

function mergeMethod(v: unknown): MergeMethod {
  if (v === undefined || v === null) return 'merge';
  if (v === 'MERGE' || v === 'SQUASH' || v === 'REBASE') return v.toLowerCase() as MergeMethod;
  throw new GqlError(
    'INVALID',
    `Argument 'mergeMethod' has an invalid value (${String(v)}). Expected type 'PullRequestMergeMethod'.`,
  );
}

function merging(ctx: Ctx): Node {
  return {
    enablePullRequestAutoMerge: (a: Args): Node => {
      const input = inputOf(a);
      const { repo, pr } = findPr(ctx, input.pullRequestId);
      need(ctx, repo, 'contents', 'write');
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
        expectedHeadOid: text(input.expectedHeadOid),
        commitTitle: text(input.commitHeadline) ?? '',
        commitBody: text(input.commitBody) ?? '',
        enabledAt: ctx.s.now(),
      };
      tryAutoMerge(ctx.s, repo, pr);
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: { login: ctx.caller.user.login },
        pullRequest: prNode(ctx, repo, pr),
      };
    },
    mergePullRequest: (a: Args): Node => {
      const input = inputOf(a);
      const { repo, pr } = findPr(ctx, input.pullRequestId);
      need(ctx, repo, 'contents', 'write');
      const out = performMerge(
        ctx.s,
        repo,
        pr,
        { user: ctx.caller.user, kind: ctx.caller.kind },
        {
          method: mergeMethod(input.mergeMethod),
          sha: text(input.expectedHeadOid),
          title: text(input.commitHeadline),
          message: text(input.commitBody),
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

function conversationWrites(ctx: Ctx): Node {
  return {
    createIssue: (a: Args): Node => {
      const input = inputOf(a);
      const { repo } = visible(
        ctx,
        resolveNode(ctx, input.repositoryId, 'R', (r, n) => (r.id === n ? r : undefined)),
        input.repositoryId,
      );
      need(ctx, repo, 'issues', 'write');
      const title = text(input.title);
      if (!title) throw new GqlError('UNPROCESSABLE', "Title can't be blank");
      const issue = createIssue(ctx.s, repo, by(ctx), ctx.caller.user, {
        title,
        body: text(input.body) ?? null,
        labels: labelNames(repo, input.labelIds),
        assignees: [],
      });
      return {
        clientMutationId: input.clientMutationId ?? null,
        issue: issueNode(ctx, repo, issue),
      };
    },
    addComment: (a: Args): Node => {
      const input = inputOf(a);
      const { repo, issue, node } = findConversation(ctx, input.subjectId);
      need(ctx, repo, 'issues', 'write');
      const c = createComment(
        ctx.s,
        repo,
        issue.number,
        by(ctx),
        ctx.caller.user,
        text(input.body) ?? '',
      );
      if (typeof c === 'string') throw new GqlError('UNPROCESSABLE', c);
      return {
        clientMutationId: input.clientMutationId ?? null,
        commentEdge: { node: commentNode(ctx, c) },
        subject: node(),
      };
    },
    updateIssueComment: (a: Args): Node => {
      const input = inputOf(a);
      const { repo, found } = visible(
        ctx,
        resolveNode(ctx, input.id, 'IC', (r, n) => r.comments.find((c) => c.id === n)),
        input.id,
      );
      need(ctx, repo, 'issues', 'write');
      editComment(ctx.s, repo, found, by(ctx), text(input.body) ?? '');
      return {
        clientMutationId: input.clientMutationId ?? null,
        issueComment: commentNode(ctx, found),
      };
    },
    addLabelsToLabelable: (a: Args): Node => {
      const input = inputOf(a);
      const { repo, issue, node } = findConversation(ctx, input.labelableId);
      need(ctx, repo, 'issues', 'write');
      addLabels(ctx.s, repo, issue, labelNames(repo, input.labelIds));
      emitLabelEvent(ctx.s, repo, issue, 'labeled', by(ctx));
      return { clientMutationId: input.clientMutationId ?? null, labelable: node() };
    },
    removeLabelsFromLabelable: (a: Args): Node => {
      const input = inputOf(a);
      const { repo, issue, node } = findConversation(ctx, input.labelableId);
      need(ctx, repo, 'issues', 'write');
      for (const name of labelNames(repo, input.labelIds))
        removeLabel(ctx.s, repo, issue, name, by(ctx));
      return { clientMutationId: input.clientMutationId ?? null, labelable: node() };
    },
  };
}

/** The mutation root. */
export function mutations(ctx: Ctx): Node {
  return { __typename: 'Mutation', ...merging(ctx), ...conversationWrites(ctx) };
}
