/** requester-is-author: the requester is the PR author, by login and declared numeric id (RC-02, IN-07). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { requesterIsAuthor } from '../../action/src/decision/checks/requester-is-author.js';
import { decisionInput, grantFrom, policyFrom, prFacts } from '../support/builders.js';

const check = (requester: string, author: string, authorId?: number) =>
  requesterIsAuthor.check(
    decisionInput({
      grant: grantFrom({ requester }),
      pr: prFacts({ author, ...(authorId !== undefined ? { authorId } : {}) }),
    }),
  );

describe('requester-is-author', () => {
  for (const [requester, author, id] of [
    ['alice', 'alice', 1001],
    ['alice', 'Alice', 1001],
    ['Alice', 'alice', undefined],
  ] as const) {
    it(`passes: requester ${requester}, author ${author}, id ${id ?? 'unknown'}`, () => {
      assert.deepEqual(check(requester, author, id), { status: 'pass' });
    });
  }

  const FAILING = [
    {
      name: "Bob's PR with requester alice",
      requester: 'alice',
      author: 'bob',
      id: 1002,
      message: /requester "alice" is not the PR author "bob"/,
    },
    {
      name: 'numeric id mismatch (a renamed or recycled login)',
      requester: 'alice',
      author: 'alice',
      id: 6666,
      message: /GitHub id 6666 does not match alice's declared id 1001/,
    },
    {
      name: 'requester without an identity',
      requester: 'zed',
      author: 'zed',
      id: 77,
      message: /"zed" has no identity/,
    },
  ];
  for (const c of FAILING) {
    it(`fails: ${c.name}`, () => {
      const r = check(c.requester, c.author, c.id);
      assert.equal(r.status, 'fail');
      if (r.status !== 'fail') return;
      const f = r.findings[0];
      assert.match(f?.message ?? '', c.message);
      assert.deepEqual([f?.ruleId, f?.field, f?.line], ['requester-is-author', 'requester', 2]);
    });
  }

  it('not applicable: the id comparison, when the identity declares no githubId', () => {
    const policy = policyFrom(
      { 'policies/zz.yaml': 'identities:\n  ivan:\n    gcp: user:ivan@example.com\n' },
      true,
    );
    const r = requesterIsAuthor.check(
      decisionInput({
        policy,
        grant: grantFrom({ requester: 'ivan' }),
        pr: prFacts({ author: 'ivan', authorId: 999 }),
      }),
    );
    assert.deepEqual(r, { status: 'pass' });
  });
});
