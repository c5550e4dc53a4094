/** The triggering event, read as data from GITHUB_EVENT_PATH; nothing in it is ever executed. */
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import type { GitHubOps, RepoRef } from '../github/ops.js';

export interface RunContext {
  eventName: string;
  payload: Record<string, unknown>;
  repo: RepoRef;
  apiUrl: string;
  workspace: string;
  ref: string;
}

export function readContext(env: Record<string, string | undefined>): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new UserError('GITHUB_REPOSITORY is not set (owner/repo)');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new UserError(`cannot read the event payload at GITHUB_EVENT_PATH: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: { owner, repo },
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ref: env.GITHUB_REF ?? '',
  };
}

/**
 * The default branch as the event payload names it (GitHub writes the payload; every event about a
 * repository carries it), so no API call has to ask. Only for the repository this run is about.
 */
export function payloadDefaultBranch(ctx: RunContext): string | undefined {
  const name = get(ctx.payload, 'repository', 'default_branch');
  const full = get(ctx.payload, 'repository', 'full_name');
  const same = typeof full === 'string' && full.toLowerCase() === `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
  return same && typeof name === 'string' && /^[\w./-]{1,255}$/.test(name) ? name : undefined;
}

function get(o: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
}

/** The PRs a check-pr run is about: the input, the PR of the event, or the open PRs at a relayed review's head. */
export async function pullRequestsToCheck(ctx: RunContext, gh: GitHubOps, input?: number): Promise<number[]> {
  if (input !== undefined) return [input];
  const direct = get(ctx.payload, 'pull_request', 'number');
  if (typeof direct === 'number') return [direct];
  const relayedSha = get(ctx.payload, 'workflow_run', 'head_sha');
  if (ctx.eventName === 'workflow_run' && typeof relayedSha === 'string' && /^[0-9a-f]{40}$/.test(relayedSha)) return gh.findOpenPullsByHead(relayedSha);
  throw new UserError(`check-pr needs a pull request: run it on pull_request_target or workflow_run, or set input pr-number (event was "${ctx.eventName}")`);
}

function account(o: unknown): { login: string; id: number; isBot: boolean } | undefined {
  const login = get(o, 'login');
  const id = get(o, 'id');
  if (typeof login !== 'string' || typeof id !== 'number') return undefined;
  return { login, id, isBot: get(o, 'type') === 'Bot' };
}

/** The issue of an `issues` event, as data: number, body, labels, author, creation time. */
export function issueOfEvent(ctx: RunContext): { number: number; body: string; labels: string[]; author: { login: string; id: number; isBot: boolean }; createdAt: string } {
  const issue = get(ctx.payload, 'issue');
  const number = get(issue, 'number');
  const author = account(get(issue, 'user'));
  if (ctx.eventName !== 'issues' || typeof number !== 'number' || !author) throw new UserError(`this command runs on an issues event with an issue in its payload (event was "${ctx.eventName}")`);
  const body = get(issue, 'body');
  const labels = get(issue, 'labels');
  const createdAt = get(issue, 'created_at');
  return {
    number,
    body: typeof body === 'string' ? body : '',
    labels: Array.isArray(labels) ? labels.map((l) => get(l, 'name')).filter((n): n is string => typeof n === 'string') : [],
    author,
    createdAt: typeof createdAt === 'string' ? createdAt : '',
  };
}

/** Who caused the event (`sender`): the person who closed an issue, for `issues: closed`. */
export function senderOfEvent(ctx: RunContext): { login: string; id: number; isBot: boolean } {
  const sender = account(get(ctx.payload, 'sender'));
  if (!sender) throw new UserError('the event payload names no sender');
  return sender;
}

/** The `action` of the event (`opened`, `closed`…), or ''. */
export function actionOfEvent(ctx: RunContext): string {
  const a = get(ctx.payload, 'action');
  return typeof a === 'string' ? a : '';
}
