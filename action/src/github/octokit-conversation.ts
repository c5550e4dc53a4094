/**
 * The sticky comment and the writes that publish a decision on a pull request.
 *
 * The sticky comment is the tool's own: a comment a person wrote is never edited, even when it carries
 * the marker. The tool's identity is a bot account (a GitHub App, or github-actions with GITHUB_TOKEN;
 * one repository may use both, and they share the comment), so the comment is the requester's own
 * (`viewerDidAuthor`) first, else one a bot wrote; the REST listing, which cannot tell the viewer, takes
 * the first one a bot wrote. When the PR was read with readPull, the comment, the
 * PR's labels and the ids all come from that snapshot, and `publish` sends the review issue, the
 * comment and the label changes as one GraphQL mutation document: its fields run in order, each is
 * checked, and any error fails the call as a failed REST write would. A label that does not exist yet
 * has no id, so it goes through REST, which creates it.
 */
import type { GitHubClient } from './client.js';
import type { PublishRequest, RepoRef } from './ops.js';
import type { PullSnapshot } from './pr-snapshot.js';

interface RestWrites {
  setLabels(n: number, add: string[], remove: string[]): Promise<void>;
  createIssue(i: { title: string; body: string; labels: string[] }): Promise<number>;
}

interface Payloads {
  issue?: { issue: { number: number } | null } | null;
  comment?: { commentEdge?: { node: { id: string; fullDatabaseId: string | null } | null } | null; issueComment?: { id: string; fullDatabaseId: string | null } | null } | null;
  labeled?: { clientMutationId: string | null } | null;
  unlabeled?: { clientMutationId: string | null } | null;
}

export function conversationOps(o: GitHubClient, repo: RepoRef, snapshots: Map<number, PullSnapshot>, rest: RestWrites) {
  const r = { owner: repo.owner, repo: repo.repo };
  // Per (PR, marker) when no snapshot knows the PR: the REST lookup, made once.
  const found = new Map<string, Promise<number | undefined>>();
  const findComment = (n: number, marker: string): Promise<number | undefined> => {
    const snap = snapshots.get(n);
    if (snap) {
      const carrying = snap.comments.filter((c) => c.body.includes(marker));
      return Promise.resolve((carrying.find((c) => c.mine) ?? carrying.find((c) => c.byBot))?.id);
    }
    const key = `${n}\u0000${marker}`;
    let id = found.get(key);
    if (!id) {
      id = o.paginate(o.rest.issues.listComments, { ...r, issue_number: n, per_page: 100 }).then((all) => all.find((c) => c.user?.type === 'Bot' && c.body?.includes(marker))?.id);
      found.set(key, id);
      id.catch(() => found.delete(key));
    }
    return id;
  };
  const remember = (n: number, marker: string, c: { id: number; nodeId: string; body: string }) => {
    const snap = snapshots.get(n);
    if (snap && !snap.comments.some((x) => x.id === c.id)) snap.comments.push({ ...c, mine: true, byBot: true });
    found.set(`${n}\u0000${marker}`, Promise.resolve(c.id));
  };

  const upsertComment = async (n: number, marker: string, body: string): Promise<void> => {
    const id = await findComment(n, marker);
    if (id !== undefined) {
      await o.rest.issues.updateComment({ ...r, comment_id: id, body });
      return;
    }
    const { data } = await o.rest.issues.createComment({ ...r, issue_number: n, body });
    remember(n, marker, { id: data.id, nodeId: data.node_id, body });
  };

  /** The writes as one mutation document; pieces that need REST are returned to run beside it. */
  const mutation = (snap: PullSnapshot, w: PublishRequest, existing: { nodeId: string } | undefined) => {
    const id = (name: string) => snap.labelIds.get(name.toLowerCase());
    const defs = ['$pr: ID!', '$body: String!'];
    const vars: Record<string, unknown> = { pr: snap.nodeId, body: w.comment.body };
    const fields: string[] = [];
    const issueByGraphql = w.issue && w.issue.labels.every((l) => id(l) !== undefined);
    if (w.issue && issueByGraphql) {
      defs.push('$repo: ID!', '$title: String!', '$issueBody: String!', '$issueLabels: [ID!]');
      Object.assign(vars, { repo: snap.repositoryId, title: w.issue.title, issueBody: w.issue.body, issueLabels: w.issue.labels.map((l) => id(l)) });
      fields.push('issue: createIssue(input: { repositoryId: $repo, title: $title, body: $issueBody, labelIds: $issueLabels }) { issue { number } }');
    }
    if (existing) {
      defs.push('$comment: ID!');
      vars.comment = existing.nodeId;
      fields.push('comment: updateIssueComment(input: { id: $comment, body: $body }) { issueComment { id fullDatabaseId } }');
    } else {
      fields.push('comment: addComment(input: { subjectId: $pr, body: $body }) { commentEdge { node { id fullDatabaseId } } }');
    }
    const add = w.labels.add.filter((l) => id(l) !== undefined);
    if (add.length > 0) {
      defs.push('$add: [ID!]!');
      vars.add = add.map(id);
      fields.push('labeled: addLabelsToLabelable(input: { labelableId: $pr, labelIds: $add }) { clientMutationId }');
    }
    const remove = w.labels.remove.filter((l) => id(l) !== undefined);
    if (remove.length > 0) {
      defs.push('$remove: [ID!]!');
      vars.remove = remove.map(id);
      fields.push('unlabeled: removeLabelsFromLabelable(input: { labelableId: $pr, labelIds: $remove }) { clientMutationId }');
    }
    return {
      text: `mutation(${defs.join(', ')}) { ${fields.join(' ')} }`,
      vars,
      fields: fields.map((f) => f.slice(0, f.indexOf(':'))),
      restIssue: w.issue && !issueByGraphql ? w.issue : undefined,
      restLabels: { add: w.labels.add.filter((l) => id(l) === undefined), remove: w.labels.remove.filter((l) => id(l) === undefined) },
    };
  };

  return {
    findComment,
    upsertComment,
    async publish(n: number, w: PublishRequest): Promise<{ issue?: number }> {
      const snap = snapshots.get(n);
      if (!snap) {
        const [issue] = await Promise.all([w.issue ? rest.createIssue(w.issue) : undefined, upsertComment(n, w.comment.marker, w.comment.body), rest.setLabels(n, w.labels.add, w.labels.remove)]);
        return issue === undefined ? {} : { issue };
      }
      const existingId = await findComment(n, w.comment.marker);
      const existing = existingId === undefined ? undefined : snap.comments.find((c) => c.id === existingId);
      const m = mutation(snap, w, existing);
      const restLabels = m.restLabels.add.length + m.restLabels.remove.length > 0 ? rest.setLabels(n, m.restLabels.add, m.restLabels.remove) : undefined;
      const restIssue = m.restIssue ? rest.createIssue(m.restIssue) : undefined;
      const [data, issueViaRest] = await Promise.all([o.graphql<Payloads>(m.text, m.vars), restIssue, restLabels]);
      // Every field answered without an error (octokit throws on any); a field answered null is not done either.
      const missing = m.fields.filter((f) => data[f as keyof Payloads] == null);
      if (missing.length > 0) throw new Error(`GitHub did not confirm ${missing.join(', ')} on #${n}`);
      const c = data.comment?.commentEdge?.node ?? data.comment?.issueComment;
      if (!c) throw new Error(`GitHub did not confirm the comment on #${n}`);
      remember(n, w.comment.marker, { id: Number(c.fullDatabaseId ?? existingId ?? 0), nodeId: c.id, body: w.comment.body });
      if (w.issue && !m.restIssue && typeof data.issue?.issue?.number !== 'number') throw new Error(`GitHub did not confirm the issue "${w.issue.title}"`);
      const issue = issueViaRest ?? data.issue?.issue?.number;
      return issue === undefined ? {} : { issue };
    },
  };
}

