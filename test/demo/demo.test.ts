import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { ManualClock } from '../../action/src/core/clock.js';
import { runCli } from '../../action/src/cli/main.js';
import { DEMO_TMP_PREFIX } from '../../action/src/demo/demo.js';

const sandboxes = () => readdirSync(tmpdir()).filter((d) => d.startsWith(DEMO_TMP_PREFIX)).length;

describe('breakglass demo', () => {
  it('GOV-05 plays the whole lifecycle on loopback services, exits 0 and leaves no files behind', async () => {
    const before = sandboxes();
    const out: string[] = [];
    const started = Date.now();
    const code = await runCli(['demo'], { out: (t) => out.push(t), err: (t) => out.push(t), env: {}, cwd: process.cwd(), clock: new ManualClock('2026-11-22T03:00:00Z'), sleep: async () => {} });
    const text = out.join('\n');
    assert.equal(code, 0, text);
    assert.ok(Date.now() - started < 30_000, 'well under a minute');
    for (const expected of [
      /\[2\/10\] .*\n.*decision: APPROVE by rule oncall-emergency/,
      /merged as [0-9a-f]{12} .*post-use review issue #\d+ opened/,
      /Breakglass-On-Call: sre-primary pagerduty:PSRE001 L1/,
      /AWS arn:aws:iam::111122223333:role\/sre-alice +inline policy breakglass-20261122-0300-alice-prod-readonly/,
      /GCP acme-prod +roles\/viewer → user:alice@example\.com +if request\.time >= timestamp\("2026-11-22T03:00:00Z"\) && request\.time < timestamp\("2026-11-22T04:00:00Z"\)/,
      /REVIEW by rule sre-reviewed; reviews requested from .*carol.* \(never bob\)/,
      /after bob's push: REVIEW/,
      /carol approves the new head: APPROVE, merged as [0-9a-f]{12} with Breakglass-Approved-By: carol/,
      /alice: AWS logs:FilterLogEvents denied, GCP roles\/viewer denied; bob .* allowed/,
      /revocation commit: 20261122-0300-alice-prod-readonly \(expired\)/,
      /second run: 0 change\(s\), 0 record\(s\); the clouds hold no breakglass entries/,
      /## Breakglass audit/,
    ]) {
      assert.match(text, expected);
    }
    assert.equal(sandboxes(), before, 'the temporary repositories are removed');
  });

  it('runs from the committed bundle, as `npx breakglass demo` does', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './test/support/loopback-only.ts', 'action/dist/cli.cjs', 'demo'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.match(r.stdout, /\[10\/10\] the audit report/);
    assert.doesNotMatch(r.stderr, /NodeVersionSupportWarning/);
  });
});
