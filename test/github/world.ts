/**
 * A small GitHub world for the fake's own tests: repository acme/access, requester alice, approver
 * bob, admin carol, an app token that bypasses the ruleset, GITHUB_TOKEN, and Octokit clients for each.
 */
import { Octokit } from '@octokit/rest';
import { FakeGitHub } from '../../action/src/sandbox/github/index.js';

/** Octokit's logger, silenced. */
export const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** owner/repo of the world's repository. */
export const O = { owner: 'acme', repo: 'access' } as const;

/** A started fake with clients for each identity. */
export interface World {
  fake: FakeGitHub;
  /** GitHub App installation token (`breakglass[bot]`, on the ruleset bypass list). */
  app: Octokit;
  /** The job's GITHUB_TOKEN (`github-actions[bot]`). */
  gha: Octokit;
  alice: Octokit;
  bob: Octokit;
  client(token: string): Octokit;
}

/** Starts the fake with the standard cast; the caller stops it. */
export async function startWorld(): Promise<World> {
  const fake = await new FakeGitHub().start();
  for (const u of ['alice', 'bob', 'carol', 'mallory']) fake.addUser(u);
  fake.createRepo('acme/access');
  fake
    .setCollaborator('alice', 'write')
    .setCollaborator('bob', 'write')
    .setCollaborator('carol', 'admin')
    .setCollaborator('mallory', 'read');
  fake.addToken('alice-token', 'alice').addToken('bob-token', 'bob');
  fake.addAppToken('app-token', { slug: 'breakglass' });
  const client = (auth: string): Octokit => new Octokit({ baseUrl: fake.url, auth, log: silent });
  return {
    fake,
    app: client('app-token'),
    gha: client(fake.githubToken),
    alice: client('alice-token'),
    bob: client('bob-token'),
    client,
  };
}

/** Opens alice's one-file grant PR and returns its number and head SHA. */
export function grantPr(fake: FakeGitHub, id = 'db-admin'): { number: number; head: string } {
  const number = fake.openPullRequest({
    author: 'alice',
    head: `grant/${id}`,
    title: `Grant ${id}`,
    files: { [`grants/${id}.yaml`]: `requester: alice\nbundle: ${id}\n` },
  });
  return { number, head: fake.pull(number).headSha };
}

/** The HTTP status of a rejected Octokit call. */
export async function statusOf(
  call: Promise<unknown>,
): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (e) {
    const err = e as { status?: number; response?: { data?: { message?: string } } };
    return { status: err.status ?? 0, message: err.response?.data?.message ?? '' };
  }
  throw new Error('expected the call to fail');
}
