/** Repository, content, git-data, settings and issue operations of GitHubOps over Octokit. */
import { statusOf, type GitHubClient } from './client.js';
import type { BranchRules, CommitState, ContentEntry, Readable, RepoRef } from './ops.js';

async function readable<T>(fn: () => Promise<T>): Promise<Readable<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    const status = statusOf(e);
    if (status === undefined) throw e;
    return { ok: false, status, message: e instanceof Error ? e.message : String(e) };
  }
}

const decode = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

export function repoOps(o: GitHubClient, repo: RepoRef) {
  const r = { owner: repo.owner, repo: repo.repo };
  let defaultBranch: Promise<string> | undefined;
  return {
    defaultBranch(): Promise<string> {
      defaultBranch ??= o.rest.repos.get(r).then(({ data }) => data.default_branch);
      return defaultBranch;
    },
    /** Records the default branch when another answer already carried it (readPull's does), saving a call. */
    knowDefaultBranch(name: string): void {
      defaultBranch ??= Promise.resolve(name);
    },
    async getContent(path: string, ref: string): Promise<ContentEntry | undefined> {
      try {
        const { data } = await o.rest.repos.getContent({ ...r, path, ref });
        if (Array.isArray(data)) return { type: 'dir', path };
        if (data.type === 'file') return { type: 'file', path, content: decode((data as { content?: string }).content ?? '') };
        return { type: data.type === 'symlink' ? 'symlink' : 'submodule', path };
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    },
    async setLabels(n: number, add: string[], remove: string[]): Promise<void> {
      if (add.length > 0) await o.rest.issues.addLabels({ ...r, issue_number: n, labels: add });
      for (const name of remove) {
        try {
          await o.rest.issues.removeLabel({ ...r, issue_number: n, name });
        } catch (e) {
          if (statusOf(e) !== 404) throw e;
        }
      }
    },
    async setCommitStatus(sha: string, state: CommitState, description: string, context = 'breakglass'): Promise<void> {
      await o.rest.repos.createCommitStatus({ ...r, sha, state, description: description.slice(0, 140), context });
    },
    async dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string> = {}): Promise<void> {
      await o.rest.actions.createWorkflowDispatch({ ...r, workflow_id: workflow, ref, inputs });
    },
    async createIssue(i: { title: string; body: string; labels: string[] }): Promise<number> {
      const { data } = await o.rest.issues.create({ ...r, title: i.title, body: i.body, labels: i.labels });
      return data.number;
    },
    getBranchRules: (branch: string): Promise<Readable<BranchRules>> =>
      readable(async () => {
        const { data } = await o.rest.repos.getBranchRules({ ...r, branch, per_page: 100 });
        const pr = data.find((x) => x.type === 'pull_request') as { parameters?: Record<string, unknown> } | undefined;
        const p = pr?.parameters ?? {};
        const rules: BranchRules = { blocksForcePush: data.some((x) => x.type === 'non_fast_forward'), blocksDeletion: data.some((x) => x.type === 'deletion') };
        if (pr) {
          rules.pullRequest = {
            requiredApprovingReviewCount: Number(p.required_approving_review_count ?? 0),
            dismissStaleReviewsOnPush: p.dismiss_stale_reviews_on_push === true,
            requireCodeOwnerReview: p.require_code_owner_review === true,
            requireLastPushApproval: p.require_last_push_approval === true,
          };
        }
        return rules;
      }),
    getWorkflowPermissions: () =>
      readable(async () => {
        const { data } = await o.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(r);
        return { canApprovePullRequestReviews: data.can_approve_pull_request_reviews, defaultPermissions: data.default_workflow_permissions };
      }),
    getEnvironmentBranchPolicy: (name: string) =>
      readable(async () => {
        try {
          const { data } = await o.rest.repos.getEnvironment({ ...r, environment_name: name });
          const p = data.deployment_branch_policy;
          const out = { exists: true, protectedBranchesOnly: p?.protected_branches === true, customBranches: p?.custom_branch_policies === true };
          if (!out.customBranches) return out;
          // Which branches: a pattern such as `*` would let any branch deploy.
          const policies = await o.paginate(o.rest.repos.listDeploymentBranchPolicies, { ...r, environment_name: name, per_page: 100 });
          return { ...out, customPolicies: policies.map((b) => ({ name: b.name ?? '', type: b.type ?? 'branch' })) };
        } catch (e) {
          if (statusOf(e) === 404) return { exists: false, protectedBranchesOnly: false, customBranches: false };
          throw e;
        }
      }),
    getWorkflowState: (workflow: string) =>
      readable(async () => (await o.rest.actions.getWorkflow({ ...r, workflow_id: workflow })).data.state),
  };
}
