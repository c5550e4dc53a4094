/**
 * materialize(): the fake's branch history replayed into a real git repository, as actions/checkout
 * (fetch-depth: 0) would give it to the apply job: same messages and trailers byte for byte, same
 * authors and dates, same file modes, and (the fake hashes like git) the same SHAs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../action/src/repo/git.js';
import { gitHistory } from '../../action/src/repo/history.js';
import { materialize } from '../../action/src/sandbox/github-checkout.js';
import { FakeGitHub } from '../../action/src/sandbox/github/index.js';

describe('materialize (the GitHub fake as a local checkout)', () => {
  let fake: FakeGitHub;
  let tmp: string;
  before(async () => {
    fake = await new FakeGitHub().start();
    fake.addUser('alice', { email: 'alice@example.com' });
    fake.createRepo('acme/access', { files: { 'README.md': '# access\n', 'grants/README.md': 'grants\n' } });
    fake.commitFiles('main', { 'scripts/run.sh': { content: '#!/bin/sh\necho hi\n', mode: '100755' }, 'link': { content: 'README.md', mode: '120000' } }, 'tools', 'alice');
    fake.commitFiles('main', { 'README.md': null, 'docs/a b.md': 'spaces\n' }, 'Move docs\n\n\n  indented body, trailing spaces   \n\nBreakglass-Grant: g1\nBreakglass-Action: apply', 'alice');
    tmp = mkdtempSync(join(tmpdir(), 'breakglass-checkout-'));
  });
  after(async () => {
    await fake.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('replays every commit of main, oldest first, with identical messages, people, dates and SHAs', async () => {
    const out = await materialize(fake, join(tmp, 'main'));
    const expected = fake.commitsOn('main');
    assert.equal(out.commits, expected.length);
    assert.equal(out.head, fake.headOf('main'), 'the fake hashes like git, so the SHAs match');
    const log = (await git(out.dir, ['log', '--format=%H%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x1e'])).split('\x1e\n').filter(Boolean);
    assert.equal(log.length, expected.length);
    log.forEach((entry, i) => {
      const c = expected[i]!;
      const [sha, an, ae, ad, cn, ce, cd, body] = entry.split('\0');
      assert.deepEqual([sha, an, ae, cn, ce], [c.sha, c.author.name, c.author.email, c.committer.name, c.committer.email]);
      assert.equal(Date.parse(ad!), Date.parse(c.author.date));
      assert.equal(Date.parse(cd!), Date.parse(c.committer.date));
      assert.equal(body?.replace(/\n$/, ''), c.message.replace(/\n$/, ''), 'message byte for byte');
    });
    const history = await gitHistory(out.dir).commits();
    assert.deepEqual(history[0]?.trailers.get('Breakglass-Grant'), ['g1'], 'reconcile reads the same trailers');
  });

  it('keeps file modes and contents (executables, symlinks, deletions, odd names)', async () => {
    const dir = join(tmp, 'modes');
    await materialize(fake, dir);
    assert.ok((lstatSync(join(dir, 'scripts/run.sh')).mode & 0o111) !== 0, 'executable');
    assert.ok(lstatSync(join(dir, 'link')).isSymbolicLink());
    assert.equal(readlinkSync(join(dir, 'link')), 'README.md');
    assert.equal(readFileSync(join(dir, 'docs/a b.md'), 'utf8'), 'spaces\n');
    assert.throws(() => lstatSync(join(dir, 'README.md')), /ENOENT/);
    assert.equal((await git(dir, ['status', '--porcelain'])).trim(), '', 'a clean work tree');
  });

  it('refuses a directory that is not empty, and a branch the fake does not have', async () => {
    await assert.rejects(materialize(fake, join(tmp, 'main')), /is not empty/);
    await assert.rejects(materialize(fake, join(tmp, 'nope'), 'nope'), /has no branch nope/);
  });
});
