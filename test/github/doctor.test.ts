import { after, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doctor } from '../../action/src/commands/doctor.js';
import { createGitHubOps } from '../../action/src/github/octokit-ops.js';
import { FakeGitHub } from '../../action/src/sandbox/github/index.js';

const FULL_RULES = {
  name: 'main',
  include: ['~DEFAULT_BRANCH'],
  pullRequest: { dismiss_stale_reviews_on_push: true, require_code_owner_review: true, require_last_push_approval: true, required_approving_review_count: 1 },
  nonFastForward: true,
  deletion: true,
};
const OWNERS = '/policies/ @acme/security\n/.github/ @acme/security\n/action/ @acme/security\n';

describe('doctor against the GitHub fake (GH-06, GH-08, GH-09, GH-11)', () => {
  let fake: FakeGitHub;
  const appToken = 'ghs_app_doctor';

  const setup = async () => {
    fake = await new FakeGitHub().start();
    fake.addUser('acme-admin');
    fake.createRepo('acme/access', { files: { 'README.md': 'access\n' } });
    fake.addAppToken(appToken, { slug: 'breakglass' });
    fake.setRuleset(FULL_RULES);
    fake.setWorkflowPermissions({ can_approve_pull_request_reviews: false, default_workflow_permissions: 'read' });
    fake.setEnvironment('breakglass-apply', { deployment_branch_policy: { protected_branches: true, custom_branch_policies: false } });
    fake.addWorkflow('.github/workflows/reconcile.yml', { state: 'active' });
    fake.setCodeowners(OWNERS);
  };
  const run = (token = appToken) => doctor(createGitHubOps({ token, baseUrl: fake.url, repo: { owner: 'acme', repo: 'access' }, throttle: false }));

  beforeEach(async () => {
    await fake?.stop();
    await setup();
  });
  after(() => fake.stop());

  it('a fully guarded repository has no weak or unverified check', async () => {
    const r = await run();
    assert.deepEqual(r.weak, []);
    assert.deepEqual(r.unverified, []);
    assert.deepEqual(r.checks.map((c) => c.id).sort(), ['actions-cannot-approve', 'apply-environment', 'code-owner-review', 'codeowners', 'dismiss-stale-reviews', 'last-push-approval', 'no-deletion', 'no-force-push', 'reconcile-workflow', 'required-review'].sort());
  });

  const flags: [string, Partial<typeof FULL_RULES.pullRequest> & { nonFastForward?: boolean; deletion?: boolean }][] = [
    ['dismiss-stale-reviews', { dismiss_stale_reviews_on_push: false }],
    ['code-owner-review', { require_code_owner_review: false }],
    ['last-push-approval', { require_last_push_approval: false }],
    ['required-review', { required_approving_review_count: 0 }],
    ['no-force-push', { nonFastForward: false }],
    ['no-deletion', { deletion: false }],
  ];
  for (const [id, change] of flags) {
    it(`GH-08 turning off ${id} names exactly that control`, async () => {
      const { nonFastForward, deletion, ...pr } = change;
      fake.clearRulesets();
      fake.setRuleset({ ...FULL_RULES, pullRequest: { ...FULL_RULES.pullRequest, ...pr }, nonFastForward: nonFastForward ?? true, deletion: deletion ?? true });
      const r = await run();
      assert.deepEqual(r.weak.map((c) => c.id), [id]);
    });
  }

  it('"Actions can approve pull requests" is weak (GH-06)', async () => {
    fake.setWorkflowPermissions({ can_approve_pull_request_reviews: true });
    assert.deepEqual((await run()).weak.map((c) => c.id), ['actions-cannot-approve']);
  });

  it('a CODEOWNERS over 3 MB, or one missing action/, is weak (GH-09)', async () => {
    fake.setCodeowners(`${OWNERS}${'# padding\n'.repeat(320_000)}`);
    assert.match((await run()).weak.find((c) => c.id === 'codeowners')?.message ?? '', /over 3 MB/);
    fake.setCodeowners('/policies/ @acme/security\n/.github/ @acme/security\n');
    assert.match((await run()).weak.find((c) => c.id === 'codeowners')?.message ?? '', /no owner to action\//);
  });

  it('CODEOWNERS is read as GitHub reads it: the last matching line wins, and a line without owners un-owns', async () => {
    fake.setCodeowners('* @acme/security\n/policies/\n');
    assert.match((await run()).weak.find((c) => c.id === 'codeowners')?.message ?? '', /no owner to policies\//);
    fake.setCodeowners('* @acme/security\n/policies/identities.yaml\n');
    assert.match((await run()).weak.find((c) => c.id === 'codeowners')?.message ?? '', /no owner to policies\//);
    fake.setCodeowners('/policies/\n* @acme/security\n');
    assert.equal((await run()).weak.find((c) => c.id === 'codeowners'), undefined, 'a later owning line owns it again');
  });

  it('CODEOWNERS: dir/* owns only direct files, and an owner-less pattern that can match anywhere un-owns', async () => {
    fake.setCodeowners('/policies/ @acme/security\n/.github/* @acme/security\n/action/ @acme/security\n');
    assert.match((await run()).weak.find((c) => c.id === 'codeowners')?.message ?? '', /no owner to \.github\//);
    fake.setCodeowners('* @acme/security\n*.yml\n');
    assert.match((await run()).weak.find((c) => c.id === 'codeowners')?.message ?? '', /no owner to policies\/, \.github\/, action\//);
    fake.setCodeowners('* @acme/security\n/docs/*.md\n/policies/** @acme/security\n');
    assert.equal((await run()).weak.find((c) => c.id === 'codeowners'), undefined, 'an owner-less line anchored elsewhere leaves them owned');
  });

  it('an apply environment whose custom branch policies name more than the default branch is weak', async () => {
    fake.setEnvironment('breakglass-apply', { deployment_branch_policy: { protected_branches: false, custom_branch_policies: true }, branch_policies: ['*'] });
    assert.match((await run()).weak.find((c) => c.id === 'apply-environment')?.message ?? '', /may deploy from branch \*, not only main/);
    fake.setEnvironment('breakglass-apply', { deployment_branch_policy: { protected_branches: false, custom_branch_policies: true }, branch_policies: ['main'] });
    assert.equal((await run()).weak.find((c) => c.id === 'apply-environment'), undefined);
  });

  it('GH-11 F-09 an apply environment open to any branch, or a disabled reconcile workflow, is weak', async () => {
    fake.setEnvironment('breakglass-apply', { deployment_branch_policy: null });
    fake.addWorkflow('.github/workflows/reconcile.yml', { state: 'disabled_inactivity' });
    assert.deepEqual((await run()).weak.map((c) => c.id).sort(), ['apply-environment', 'reconcile-workflow']);
  });

  it('GH-06 GH-08 a setting the token cannot read is unverified, never guessed', async () => {
    const r = await run(fake.githubToken);
    assert.ok(r.unverified.some((c) => c.id === 'actions-cannot-approve'), JSON.stringify(r.checks));
    assert.ok(r.unverified.every((c) => /cannot read/.test(c.message)));
  });
});
