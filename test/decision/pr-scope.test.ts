/** pr-scope: a grant PR adds exactly one regular file under grants/ and changes nothing else (IN-05, IN-08, RC-04). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ChangedFile } from '../../action/src/decision/model.js';
import { MAX_LISTED_FILES, prScope } from '../../action/src/decision/checks/pr-scope.js';
import { GRANT_FILE, decisionInput, prFacts } from '../support/builders.js';

const added: ChangedFile = { path: GRANT_FILE, status: 'added', mode: '100644' };
const run = (files: ChangedFile[]) => prScope.check(decisionInput({ pr: prFacts({ files }) }));

describe('pr-scope', () => {
  it('passes: exactly the grant file, added, mode 100644', () => {
    assert.deepEqual(run([added]), { status: 'pass' });
  });

  const FAILING: { name: string; files: ChangedFile[]; message: RegExp }[] = [
    {
      name: 'RC-04 an extra policy file',
      files: [added, { path: 'policies/rules.yaml', status: 'modified', mode: '100644' }],
      message: /also modifies policies\/rules\.yaml/,
    },
    {
      name: 'a second grant',
      files: [added, { path: 'grants/other.yaml', status: 'added', mode: '100644' }],
      message: /also adds grants\/other\.yaml/,
    },
    {
      name: 'GH-09 a workflow deleted',
      files: [added, { path: '.github/workflows/x.yml', status: 'removed' }],
      message: /also deletes \.github\/workflows\/x\.yml/,
    },
    {
      name: 'RC-06 the grant modified (merged grants are immutable)',
      files: [{ ...added, status: 'modified' }],
      message: /must be a new file \(status is "modified"\)/,
    },
    {
      name: 'IN-08 the grant renamed',
      files: [{ ...added, status: 'renamed', previousPath: 'grants/old.yaml' }],
      message: /status is "renamed"/,
    },
    {
      name: 'IN-08 the grant is a symlink (mode 120000)',
      files: [{ ...added, mode: '120000' }],
      message: /regular file \(mode 120000/,
    },
    {
      name: 'the grant is executable (mode 100755)',
      files: [{ ...added, mode: '100755' }],
      message: /mode 100755/,
    },
    {
      name: 'IN-08 the grant is a submodule (mode 160000)',
      files: [{ ...added, mode: '160000' }],
      message: /mode 160000/,
    },
    {
      name: 'the grant mode is unknown (fail closed)',
      files: [{ path: GRANT_FILE, status: 'added' }],
      message: /mode unknown/,
    },
    {
      name: 'the grant is not among the changed files',
      files: [{ path: 'grants/other.yaml', status: 'added', mode: '100644' }],
      message: /is not among the PR's changed files/,
    },
    { name: 'no changed files at all', files: [], message: /is not among the PR's changed files/ },
    {
      name: 'IN-08 a traversal path next to the grant',
      files: [added, { path: 'grants/../policies/p.yaml', status: 'added', mode: '100644' }],
      message: /also adds grants\/\.\.\/policies\/p\.yaml/,
    },
  ];
  for (const c of FAILING) {
    it(`fails: ${c.name}`, () => {
      const r = run(c.files);
      assert.equal(r.status, 'fail');
      if (r.status !== 'fail') return;
      assert.ok(
        r.findings.some((f) => c.message.test(f.message)),
        JSON.stringify(r.findings),
      );
      for (const f of r.findings)
        assert.deepEqual([f.ruleId, f.severity, f.file], ['pr-scope', 'error', GRANT_FILE]);
    });
  }

  it(`IN-05 fails closed: ${MAX_LISTED_FILES} listed files cannot be judged`, () => {
    const files = Array.from({ length: MAX_LISTED_FILES }, (_, i): ChangedFile =>
      i === 0 ? added : { path: `x/${i}.txt`, status: 'added', mode: '100644' },
    );
    const r = run(files);
    assert.equal(r.status, 'fail');
    if (r.status === 'fail') {
      assert.equal(r.findings.length, 1);
      assert.match(r.findings[0]?.message ?? '', /3000 or more files/);
    }
  });

  it('not applicable: never — it applies to every PR (an empty PR fails rather than being skipped)', () => {
    assert.notEqual(run([]).status, 'not-applicable');
    assert.equal(MAX_LISTED_FILES, 3000);
  });
});
