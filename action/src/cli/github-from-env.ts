/** GitHub access for CLI runs: token from GITHUB_TOKEN (or GH_TOKEN), API from GITHUB_API_URL, repo from --repo or GITHUB_REPOSITORY. */
import { UsageError } from '../core/errors.js';
import { createGitHubOps } from '../github/octokit-ops.js';
import type { GitHubOps, RepoRef } from '../github/ops.js';
import type { CliIo } from './io.js';

export interface GitHubTarget {
  token: string;
  baseUrl: string;
  repo: RepoRef;
}

export function githubTarget(io: CliIo, repoFlag?: string): GitHubTarget {
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (!token) throw new UsageError('set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository');
  const full = repoFlag ?? io.env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, extra] = full.split('/');
  if (!owner || !repo || extra !== undefined) throw new UsageError('name the repository with --repo owner/name (or GITHUB_REPOSITORY)');
  return { token, baseUrl: (io.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''), repo: { owner, repo } };
}

export function githubFromEnv(io: CliIo, repoFlag?: string): GitHubOps {
  return createGitHubOps(githubTarget(io, repoFlag));
}
