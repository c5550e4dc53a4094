import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../action/src/core/clock.js';
import { runCli } from '../../action/src/cli/main.js';
import type { CliIo } from '../../action/src/cli/io.js';
import { evaluateGrant } from '../../action/src/commands/decide.js';
import { gatherPr } from '../../action/src/github/pr-facts.js';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import { createOnCallLookup } from '../../action/src/oncall/providers.js';
import { loadPolicy } from '../../action/src/policy/load.js';
import { FakeGitHub } from '../../action/src/sandbox/github/index.js';

const AT = '2026-11-22T10:30:00Z';

function io(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const clock = new ManualClock(AT);
  const cli: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd, clock, sleep: async () => {} };
  return { cli, out, err };
}

function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'breakglass-request-'));
  cpSync('policies', join(dir, 'policies'), { recursive: true });
  mkdirSync(join(dir, 'grants'));
  return dir;
}

describe('breakglass request', () => {
  it('--dry-run prints a grant file that validate accepts, with hostile reason text kept as data', async () => {
    const dir = checkout();
    const a = io(dir);
    const code = await runCli(['request', '--bundle', 'prod-readonly', '--duration', '2h', '--reason', 'Checkout 5xx: "quotes", #hash and\n::add-mask::x', '--incident', 'INC-7', '--requester', 'alice', '--dry-run'], a.cli);
    assert.equal(code, 0, a.err.join('\n'));
    const text = `${a.out.join('\n')}\n`;
    assert.match(text, /^# yaml-language-server: \$schema=/);
    assert.ok(!a.out.some((l) => l.startsWith('::')), 'no output line may start a workflow command');
    assert.match(a.err.join('\n'), /grants\/20261122-1030-alice-prod-readonly\.yaml/);
    writeFileSync(join(dir, 'grants', '20261122-1030-alice-prod-readonly.yaml'), text);
    const v = io(dir);
    assert.equal(await runCli(['validate'], v.cli), 0, v.out.join('\n'));
    assert.match(v.out.join('\n'), /valid: 5 policy file\(s\), 1 grant file\(s\), 0 error/);
  });

  it('refuses to write an invalid grant (unknown field values never reach GitHub) and needs a requester', async () => {
    const a = io(checkout());
    assert.equal(await runCli(['request', '--bundle', 'prod-readonly', '--duration', '9d', '--reason', 'long enough reason here', '--requester', 'alice', '--dry-run'], a.cli), 1);
    assert.match(a.err.join('\n'), /duration/);
    const b = io(checkout());
    assert.equal(await runCli(['request', '--bundle', 'prod-readonly', '--duration', '1h', '--reason', 'long enough reason here', '--dry-run'], b.cli), 1);
    assert.match(b.err.join('\n'), /who is asking/);
    const c = io(checkout());
    assert.equal(await runCli(['request', '--duration', '1h'], c.cli), 2);
  });

  describe('against the GitHub fake', () => {
    let fake: FakeGitHub;
    before(async () => {
      fake = await new FakeGitHub().start();
      fake.addUser('alice', { id: 1001 });
      const files: Record<string, string> = { 'grants/README.md': 'grants\n' };
      for (const f of readdirSync('policies')) files[`policies/${f}`] = readFileSync(`policies/${f}`, 'utf8');
      fake.createRepo('acme/access', { files });
      fake.setCollaborator('alice', 'write');
      fake.addToken('alice-token', 'alice');
    });
    after(() => fake.stop());

    it('opens a PR as the token user that decide then evaluates', async () => {
      const a = io(checkout(), { GITHUB_TOKEN: 'alice-token', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/access' });
      const code = await runCli(['request', '--bundle', 'prod-readonly', '--duration', '2h', '--reason', 'Investigating checkout 5xx spike', '--incident', 'INC-9'], a.cli);
      assert.equal(code, 0, a.err.join('\n'));
      const n = Number(/#(\d+)/.exec(a.err.join('\n'))?.[1]);
      assert.ok(n > 0);
      const gh = createGitHubOps({ token: 'alice-token', baseUrl: fake.url, repo: { owner: 'acme', repo: 'access' }, throttle: false });
      const pr = await gatherPr(gh, n);
      assert.equal(pr.pull.author.login, 'alice');
      assert.equal(pr.kind, 'grant');
      const policy = loadPolicy(readdirSync('policies').map((f) => ({ path: `policies/${f}`, bytes: readFileSync(`policies/${f}`) })));
      assert.ok(policy.ok);
      const clock = new ManualClock(AT);
      const d = await evaluateGrant({ policy: policy.loaded.policy, grant: pr.grant!, pr: pr.facts, reviews: pr.reviews, now: clock.now(), onCall: createOnCallLookup({ schedules: policy.loaded.policy.schedules, identities: policy.loaded.policy.identities, clock, sleep: async () => {} }) });
      assert.equal(d.outcome, 'review', JSON.stringify(d.reasons));
      assert.equal(d.rule, 'sre-reviewed');
      assert.equal(d.requester, 'alice');
    });
  });
});
