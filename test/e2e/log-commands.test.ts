/**
 * GH-03: no text from a PR, an issue or GitHub reaches the runner's log as a workflow command. The
 * runner reads `::cmd::` at the start of a line and the legacy `##[cmd]` anywhere in one.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { safeLogLine } from '../../action/src/action/log.js';
import { rejected } from '../../action/src/commands/decide.js';
import { loadGrant } from '../../action/src/grant/grant.js';
import { decisionText } from '../../action/src/report/decision-text.js';

/** What the runner would take as a command in one log line. */
const command = (line: string): boolean => /^\s*::[a-z-]+/i.test(line) || line.includes('##[');

void describe('log lines', () => {
  void it('a grant key naming a legacy command is printed, but never as one', () => {
    const yaml = 'requester: alice\nbundle: prod-readonly\nduration: 1h\nreason: database is on fire right now\n"##[notice title=Breakglass]approved by security": 1\n';
    const r = loadGrant(yaml, 'grants/x.yaml');
    assert.equal(r.ok, false);
    const lines = decisionText(rejected('grants/x.yaml', r.ok ? [] : r.findings, 'a'.repeat(40), new Date())).split('\n').map(safeLogLine);
    assert.ok(lines.some((l) => l.includes('##\\[notice title=Breakglass]approved by security')), 'the key is still shown');
    assert.deepEqual(lines.filter(command), []);
  });

  void it('leading ::, CR and LF are neutralised', () => {
    for (const text of ['::add-mask::secret', '  ::stop-commands::tok', 'form invalid: Bundle: x\n::error title=Approved::yes', 'a\r::warning::b', 'x ##[group]y'])
      assert.deepEqual(text.split('\n').map(safeLogLine).filter(command), [], JSON.stringify(text));
  });
});
