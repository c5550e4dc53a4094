/**
 * The sticky comment always fits GitHub's 65,536-character limit: reasons are listed up to a count,
 * and a body still over the cap is cut at a line end with its open blocks closed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from '../../action/src/decision/decide.js';
import { gcpBindingEntry } from '../../action/src/plan/gcp-entries.js';
import { openFence, prComment } from '../../action/src/report/pr-comment.js';
import { decisionInput, grantFrom } from '../support/builders.js';

void describe('PR comment size', () => {
  void it('a body over the cap is cut, its <details> closed, and says so', () => {
    const d = decide(decisionInput({ grant: grantFrom({}) }));
    d.notes = Array.from({ length: 4000 }, (_, i) => `note ${i}: ${'x'.repeat(40)}`);
    const body = prComment({ decision: d, entries: [], problems: [] });
    assert.ok(body.length <= 60_200, `${body.length}`);
    assert.match(body, /_This comment was cut at 60000 characters; the run log has everything\._$/);
    assert.equal((body.match(/<details>/g) ?? []).length, (body.match(/<\/details>/g) ?? []).length);
  });

  void it('a cut inside a cloud change\'s JSON block closes that block', () => {
    const d = decide(decisionInput({ grant: grantFrom({}) }));
    const entries = Array.from({ length: 400 }, (_, i) =>
      gcpBindingEntry({ grantId: 'inc-1', project: 'acme-prod', role: `roles/custom.r${i}`, member: 'user:alice@example.com', start: new Date('2026-03-10T10:00:00Z'), expires: new Date('2026-03-10T11:00:00Z') }),
    );
    const body = prComment({ decision: d, entries, problems: [] });
    assert.match(body, /was cut at 60000 characters/);
    assert.equal(openFence(body), undefined, 'no code block is left open');
    assert.equal((body.match(/<details>/g) ?? []).length, (body.match(/<\/details>/g) ?? []).length);
  });

  void it('openFence: a fence closes only with one at least as long', () => {
    assert.equal(openFence('````text\n``` inside\nz'), '````');
    assert.equal(openFence('````text\n``` inside\n`````\n'), undefined);
    assert.equal(openFence('```json\n{}\n```\n```json\n{'), '```');
  });

  void it('a body under the cap is left whole', () => {
    const d = decide(decisionInput({ grant: grantFrom({}) }));
    const body = prComment({ decision: d, entries: [], problems: [] });
    assert.doesNotMatch(body, /was cut at/);
  });
});
