/**
 * Commits made through the git-data API (GitHub signs them): a read-modify-write on the branch ref.
 *
 * Every record of one run goes to the same branch, so the head each commit is built on is usually
 * known already: the checkout's HEAD for the first (`knowBranchHead`), the previous record after
 * that. The commit is then built on that guess while the ref is read, and the ref moves only when
 * the read shows the guess is the branch's tip exactly. That check matters: a fast-forward update
 * alone would also accept a guess that is a descendant of the branch (say, a checkout of another
 * branch), and so carry commits nobody merged onto the default branch. A wrong guess costs one
 * unreferenced commit object and the ordinary path.
 */
import { statusOf, type GitHubClient } from './client.js';
import type { RepoRef } from './ops.js';

/** A commit the branch rules refuse from this token, with what to change. */
export class RecordRefused extends Error {
  constructor(branch: string, detail: string) {
    super(
      `${branch} refuses commits from this token (${detail.replace(/\s+/g, ' ').replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim()}). ` +
        `Records are commits on ${branch}: give the action a GitHub App token whose app is on the ruleset's bypass list (secret BREAKGLASS_TOKEN)`,
    );
  }
}

/** A commit and its tree: what a new commit needs of its parent. */
export interface Head {
  sha: string;
  tree: string;
}

const MAX_ATTEMPTS = 3;

export function commitOps(o: GitHubClient, repo: RepoRef) {
  const r = { owner: repo.owner, repo: repo.repo };
  /** Per branch, the head the next commit is expected to build on (never trusted without the ref read). */
  const guesses = new Map<string, Head>();

  const readHead = async (sha: string): Promise<Head> => {
    const { data } = await o.rest.git.getCommit({ ...r, commit_sha: sha });
    return { sha, tree: data.tree.sha };
  };
  const build = async (base: Head, c: { message: string; removePaths: string[] }): Promise<Head> => {
    let tree = base.tree;
    if (c.removePaths.length > 0) {
      const { data: t } = await o.rest.git.createTree({ ...r, base_tree: tree, tree: c.removePaths.map((path) => ({ path, mode: '100644' as const, type: 'blob' as const, sha: null })) });
      tree = t.sha;
    }
    const { data: commit } = await o.rest.git.createCommit({ ...r, message: c.message, tree, parents: [base.sha] });
    return { sha: commit.sha, tree };
  };

  return {
    /** The branch's head as a checkout saw it: the next commit is built on it if the ref still points there. */
    knowBranchHead(branch: string, head: Head): void {
      guesses.set(branch, head);
    },
    async commitOnBranch(branch: string, c: { message: string; removePaths: string[] }): Promise<string> {
      for (let attempt = 1; ; attempt++) {
        const guess = guesses.get(branch);
        guesses.delete(branch);
        const early = guess ? build(guess, c) : undefined;
        early?.catch(() => {});
        const { data: ref } = await o.rest.git.getRef({ ...r, ref: `heads/${branch}` });
        const made = early && guess?.sha === ref.object.sha ? await early : await build(await readHead(ref.object.sha), c);
        try {
          await o.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha: made.sha, force: false });
          guesses.set(branch, made);
          return made.sha;
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          // Branch rules (a ruleset requiring pull requests) refuse this identity: retrying cannot help.
          if (statusOf(e) === 422 && /rule violation/i.test(message)) throw new RecordRefused(branch, message);
          // Not a fast-forward: someone else moved the branch since the read; redo from a fresh read.
          if (statusOf(e) !== 422 || attempt >= MAX_ATTEMPTS) throw e;
        }
      }
    },
  };
}
