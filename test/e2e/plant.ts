/**
 * History the e2e tests need before the run under test: records committed to main as the tool would
 * have made them earlier (decision records of merged grants, review records), with past dates.
 */
import { decisionTrailers, reviewTrailers } from '../../action/src/audit/trailers.js';
import type { FakeGitHub } from '../../action/src/sandbox/github/index.js';
import { grantYaml } from './harness.js';

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A grant merged at `approvedAt` (auto-approved unless `approvedBy`), its file added in the same commit. */
export function plantApproval(
  fake: FakeGitHub,
  g: { id: string; requester: string; bundle?: string; approvedAt: Date; minutes: number; approvedBy?: string[]; incident?: string },
): { start: string; expires: string; sha: string } {
  const bundle = g.bundle ?? 'prod-readonly';
  const start = iso(g.approvedAt);
  const expires = iso(new Date(g.approvedAt.getTime() + g.minutes * 60_000));
  const trailers = decisionTrailers({
    grantId: g.id,
    decision: 'approve',
    rule: g.approvedBy?.length ? 'sre-reviewed' : 'oncall-emergency',
    requester: g.requester,
    bundle,
    approvedBy: g.approvedBy ?? [],
    onCall: g.approvedBy?.length ? [] : ['sre-primary pagerduty:PSRE001 L1 .. checked ' + start],
    start,
    expires,
    targets: [],
  });
  const yaml = grantYaml({ requester: g.requester, bundle, duration: `${g.minutes}m`, ...(g.incident ? { incident: g.incident } : {}) });
  const sha = commitAt(fake, { [`grants/${g.id}.yaml`]: yaml }, `breakglass: grant ${g.id}\n\nApproved.\n\n${trailers}\n`, g.approvedAt);
  return { start, expires, sha };
}

/** A post-use review record for `grantId`, as record-review commits it. */
export function plantReview(fake: FakeGitHub, grantId: string, reviewer: string, at: Date): string {
  return commitAt(fake, {}, `breakglass: post-use review of ${grantId} by ${reviewer}\n\n${reviewTrailers({ grantId, time: iso(at), reviewer })}\n`, at);
}

function commitAt(fake: FakeGitHub, files: Record<string, string | null>, message: string, at: Date): string {
  const repo = fake.repo();
  const who = { name: 'GitHub', email: 'noreply@github.com', date: iso(at) };
  return fake.state.commitOnBranch(repo, repo.defaultBranch, files, message, who).sha;
}
