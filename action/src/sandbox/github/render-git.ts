/**
 * JSON shapes for git objects: the REST "commit" (with GitHub users and verification), the git-data
 * "git-commit", diff entries, and the check that a reference names a known commit.
 */
import { diffTrees, lineStats, type FileChange } from './changes.js';
import type { CommitObject } from './git-objects.js';
import type { RepoState } from './model.js';
import { nodeId, simpleUser } from './render.js';
import type { GitHubState } from './state.js';

/** The verification object: commits GitHub created through the API are signed by web-flow. */
export function verification(c: CommitObject): Record<string, unknown> {
  return c.verified
    ? {
        verified: true,
        reason: 'valid',
        signature:
          '-----BEGIN PGP SIGNATURE-----\n\nfake-web-flow-signature\n-----END PGP SIGNATURE-----\n',
        payload: `tree ${c.tree}\n`,
        verified_at: c.committer.date,
      }
    : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

/** The git-commit schema (git data API). */
export function gitCommit(
  s: GitHubState,
  repo: RepoState,
  c: CommitObject,
): Record<string, unknown> {
  const api = `${s.api}/repos/${repo.fullName}`;
  return {
    sha: c.sha,
    node_id: nodeId('C', parseInt(c.sha.slice(0, 8), 16)),
    url: `${api}/git/commits/${c.sha}`,
    html_url: `${s.web}/${repo.fullName}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${s.web}/${repo.fullName}/commit/${p}`,
    })),
    verification: verification(c),
  };
}

/** One diff entry (PR files, commit files). */
export function diffEntry(
  s: GitHubState,
  repo: RepoState,
  ref: string,
  change: FileChange,
): Record<string, unknown> {
  const stats = lineStats(repo.git, change);
  const path = change.path.split('/').map(encodeURIComponent).join('/');
  const entry: Record<string, unknown> = {
    sha: change.after?.sha ?? change.before?.sha ?? null,
    filename: change.path,
    status: change.status,
    additions: stats.additions,
    deletions: stats.deletions,
    changes: stats.additions + stats.deletions,
    blob_url: `${s.web}/${repo.fullName}/blob/${ref}/${path}`,
    raw_url: `${s.web}/${repo.fullName}/raw/${ref}/${path}`,
    contents_url: `${s.api}/repos/${repo.fullName}/contents/${path}?ref=${ref}`,
  };
  if (stats.patch !== undefined) entry.patch = stats.patch;
  if (change.previousPath !== undefined) entry.previous_filename = change.previousPath;
  return entry;
}

/** The REST commit schema; `withFiles` adds stats and files like GET /commits/{ref}. */
export function commitItem(
  s: GitHubState,
  repo: RepoState,
  c: CommitObject,
  withFiles = false,
): Record<string, unknown> {
  const api = `${s.api}/repos/${repo.fullName}`;
  const author = s.userByEmail(c.author.email);
  const committer =
    c.committer.email === 'noreply@github.com'
      ? s.user('web-flow')
      : s.userByEmail(c.committer.email);
  const item: Record<string, unknown> = {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('C', parseInt(c.sha.slice(0, 8), 16)),
    html_url: `${s.web}/${repo.fullName}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: verification(c),
    },
    author: author ? simpleUser(s, author) : null,
    committer: committer ? simpleUser(s, committer) : null,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${s.web}/${repo.fullName}/commit/${p}`,
    })),
  };
  if (withFiles) {
    const parent = c.parents[0];
    const changes = diffTrees(
      parent ? repo.git.filesAt(parent) : new Map(),
      repo.git.filesAt(c.sha),
    );
    const files = changes.map((ch) => diffEntry(s, repo, c.sha, ch));
    const additions = files.reduce((n, f) => n + (f.additions as number), 0);
    const deletions = files.reduce((n, f) => n + (f.deletions as number), 0);
    item.stats = { total: additions + deletions, additions, deletions };
    item.files = files;
  }
  return item;
}

/** Resolves a branch name, `heads/…` ref or (abbreviated) SHA to a commit. */
export function resolveCommit(repo: RepoState, ref: string): CommitObject | undefined {
  const name = ref.replace(/^refs\//, '');
  const viaRef =
    repo.refs.get(name) ?? repo.refs.get(`heads/${name}`) ?? repo.refs.get(`tags/${name}`);
  if (viaRef) return repo.git.commits.get(viaRef);
  if (/^[0-9a-f]{7,40}$/.test(ref)) {
    for (const [sha, c] of repo.git.commits) if (sha.startsWith(ref)) return c;
  }
  return undefined;
}
