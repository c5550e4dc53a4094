/**
 * Event payloads for the end-to-end runs: GitHub's official webhook examples
 * (@octokit/webhooks-examples), cloned and patched to describe the fake's repository and pull request.
 */
import { createRequire } from 'node:module';
import type { FakeGitHub } from '../../action/src/sandbox/github/index.js';

type Json = Record<string, unknown>;
interface ExampleGroup {
  name: string;
  examples: Json[];
}

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as ExampleGroup[];

function pick(name: string, action: string): Json {
  const group = examples.find((e) => e.name === name);
  const found = group?.examples.find((x) => x.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name}.${action} example`);
  return structuredClone(found);
}

function obj(o: Json, key: string): Json {
  const v = o[key];
  if (!v || typeof v !== 'object') throw new Error(`webhook example has no object at ${key}`);
  return v as Json;
}

function userJson(fake: FakeGitHub, login: string): Json {
  const u = fake.state.mustUser(login);
  return { login: u.login, id: u.id, type: u.type, node_id: `U_${u.id}`, url: `${fake.url}/users/${u.login}`, html_url: `https://github.com/${u.login}` };
}

function repositoryJson(fake: FakeGitHub, base: Json): Json {
  const r = fake.repo();
  return { ...base, id: r.id, name: r.name, full_name: r.fullName, private: r.settings.private, default_branch: r.defaultBranch, owner: userJson(fake, r.owner.login), url: `${fake.url}/repos/${r.fullName}`, html_url: `https://github.com/${r.fullName}` };
}

/** A `pull_request` event (`opened`, `synchronize`…) for PR `n` as the fake holds it now. */
export function pullRequestEvent(fake: FakeGitHub, n: number, action: 'opened' | 'synchronize', sender?: string): Json {
  const ev = pick('pull_request', action);
  const pr = fake.pull(n);
  const repository = repositoryJson(fake, obj(ev, 'repository'));
  const p = obj(ev, 'pull_request');
  const head = obj(p, 'head');
  const base = obj(p, 'base');
  Object.assign(head, { sha: pr.headSha, ref: pr.headRef, label: `${fake.repo().owner.login}:${pr.headRef}`, repo: repository, user: userJson(fake, pr.author.login) });
  Object.assign(base, { sha: fake.headOf(pr.baseRef), ref: pr.baseRef, label: `${fake.repo().owner.login}:${pr.baseRef}`, repo: repository, user: repository.owner });
  Object.assign(p, { number: n, id: pr.id, title: pr.title, state: 'open', user: userJson(fake, pr.author.login), url: `${fake.url}/repos/${fake.repo().fullName}/pulls/${n}` });
  if (action === 'synchronize') Object.assign(ev, { after: pr.headSha });
  return Object.assign(ev, { number: n, repository, sender: userJson(fake, sender ?? pr.author.login) });
}

/**
 * The `workflow_run` (completed) event that grant-review.yml receives when the review relay finishes:
 * it names the commit the review was made on (`head_sha`) and nothing the action trusts besides.
 */
export function reviewRelayEvent(fake: FakeGitHub, headSha: string, reviewer: string): Json {
  const ev = pick('workflow_run', 'completed');
  const repository = repositoryJson(fake, obj(ev, 'repository'));
  const run = obj(ev, 'workflow_run');
  Object.assign(run, { name: 'review-relay', event: 'pull_request_review', head_sha: headSha, status: 'completed', conclusion: 'success', repository, head_repository: repository, pull_requests: [] });
  return Object.assign(ev, { repository, sender: userJson(fake, reviewer) });
}

/**
 * An `issues` event for issue `n` as the fake holds it now, sent by `sender`. The examples have no
 * `closed` action, so `closed` is the `reopened` example patched (action, state, closed_at).
 */
export function issuesEvent(fake: FakeGitHub, n: number, action: 'opened' | 'closed', sender: string): Json {
  const ev = pick('issues', action === 'opened' ? 'opened' : 'reopened');
  const i = fake.issue(n);
  const repository = repositoryJson(fake, obj(ev, 'repository'));
  const issue = obj(ev, 'issue');
  const labels = i.labels.map((name, k) => ({ id: 7000 + k, node_id: `LA_${k}`, url: `${fake.url}/repos/${fake.repo().fullName}/labels/${encodeURIComponent(name)}`, name, color: 'ededed', default: false, description: null }));
  Object.assign(issue, {
    number: n,
    id: i.id,
    title: i.title,
    body: i.body,
    user: userJson(fake, i.author.login),
    labels,
    state: action === 'opened' ? 'open' : 'closed',
    state_reason: action === 'opened' ? null : 'completed',
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: action === 'opened' ? null : (i.closedAt ?? i.updatedAt),
    url: `${fake.url}/repos/${fake.repo().fullName}/issues/${n}`,
  });
  return Object.assign(ev, { action, issue, repository, sender: userJson(fake, sender) });
}
