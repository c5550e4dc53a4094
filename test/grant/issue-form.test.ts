/** The grant request issue form read back from an issue body (grant/issue-form.ts), and the PR marker. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formErrorsFrom, formGrantFields, fromIssueMarker, readFromIssueMarker, readIssueForm } from '../../action/src/grant/issue-form.js';
import { renderGrant } from '../../action/src/grant/render.js';

const body = (reason: string, incident = '_No response_') => `### Bundle\n\nprod-readonly\n\n### Duration\n\n1h\n\n### Incident\n\n${incident}\n\n### Reason\n\n${reason}`;

describe('issue form', () => {
  it('reads the answers in the form\'s order; _No response_ leaves an optional field out', () => {
    const r = readIssueForm(body('Read the logs of the checkout service'));
    assert.deepEqual(r, { ok: true, answers: { bundle: 'prod-readonly', duration: '1h', reason: 'Read the logs of the checkout service' } });
    const withIncident = readIssueForm(body('Read the logs of the checkout service', 'INC-9'));
    assert.ok(withIncident.ok && withIncident.answers.incident === 'INC-9');
  });

  it('the last field takes the rest: headings inside the reason cannot add or replace a field (CRLF too)', () => {
    const r = readIssueForm(body('first line\n### Bundle\n\nprod-admin\n### Duration\n7d').replace(/\n/g, '\r\n'));
    assert.ok(r.ok);
    assert.equal(r.answers.bundle, 'prod-readonly');
    assert.equal(r.answers.duration, '1h');
    assert.match(r.answers.reason ?? '', /### Bundle\n\nprod-admin/);
  });

  it('missing sections, empty required fields and text before the form are located by label', () => {
    assert.deepEqual(readIssueForm('hello'), {
      ok: false,
      errors: ['Bundle', 'Duration', 'Incident', 'Reason'].map((label) => ({ label, message: `the "${label}" section is missing; submit the request with the issue form` })),
    });
    const r = readIssueForm(`intro\n${body('_No response_')}`);
    assert.ok(!r.ok);
    assert.deepEqual(r.errors.map((e) => e.label), ['Form', 'Reason']);
  });

  it('grant-file findings are mapped back to the form field that caused them', () => {
    const f = renderGrant('x-1', formGrantFields({ bundle: 'Bad', duration: '1h', reason: 'short', incident: 'INC 1' }, 'alice'));
    assert.ok(!f.ok);
    assert.deepEqual(formErrorsFrom(f.findings).map((e) => e.label), ['Bundle', 'Reason', 'Incident']);
  });

  it('the from-issue marker names one issue; two different numbers are ambiguous', () => {
    assert.equal(readFromIssueMarker(`x\n${fromIssueMarker(12)}\ny`), 12);
    assert.equal(readFromIssueMarker(`${fromIssueMarker(12)}${fromIssueMarker(12)}`), 12);
    assert.equal(readFromIssueMarker(`${fromIssueMarker(12)}${fromIssueMarker(13)}`), undefined);
    assert.equal(readFromIssueMarker('<!-- breakglass:from-issue 1x -->'), undefined);
  });
});
