/** The plan as terminal text and as the stable JSON of `plan --format json`. */
import type { Entry } from '../cloud/model.js';
import type { Plan } from '../plan/plan.js';
import type { ReconcileReport } from '../commands/reconcile.js';
import { targetLabel } from '../reconcile/records.js';

/** The exact cloud change an entry stands for: the AWS policy document, or the GCP binding. */
export function entryDetail(e: Entry): Record<string, unknown> {
  if (e.kind === 'gcp-binding') return { kind: e.kind, grantId: e.grantId, project: e.project, binding: { role: e.role, members: [e.member], condition: e.condition }, start: e.start, expires: e.expires };
  if (e.kind === 'aws-session-revoke') return { kind: e.kind, grantId: e.grantId, account: e.account, roleArn: e.principalArn, policyName: e.policyName, document: e.document, revokedAt: e.revokedAt, removeAfter: e.removeAfter };
  return { kind: e.kind, grantId: e.grantId, account: e.account, principalArn: e.principalArn, policyName: e.policyName, document: e.document, start: e.start, expires: e.expires };
}

export function planJson(plan: Plan): Record<string, unknown> {
  return {
    at: plan.at,
    changes: plan.items.map((i) => ({ op: i.change.op, reason: i.reason, grantId: i.grantId, ...entryDetail(i.change.entry) })),
    unchanged: plan.unchanged,
    grants: plan.desired.grants,
    unapproved: plan.desired.unapproved,
    invalid: plan.desired.invalid,
    flags: plan.flags,
    readErrors: plan.readErrors.map((e) => ({ scope: e.scope, message: e.message })),
  };
}

export function planText(plan: Plan): string {
  const lines = [`plan at ${plan.at}: ${plan.items.length} change(s), ${plan.unchanged} unchanged`];
  for (const i of plan.items) lines.push(`  ${i.change.op === 'put' ? '+' : '-'} ${i.reason.padEnd(12)} ${i.grantId}  ${targetLabel(i.change.entry)}`);
  for (const g of plan.desired.grants) lines.push(`  grant ${g.grantId}: ${g.status} ${g.start} → ${g.expires} (${g.requester}, ${g.bundle})`);
  for (const u of plan.desired.unapproved) lines.push(`  unapproved ${u.path}: ${u.why}; not applied`);
  for (const i of plan.desired.invalid) lines.push(`  invalid ${i.path}: ${i.problems.join('; ')}`);
  for (const f of plan.flags) lines.push(`  flag ${f.ruleId}: ${f.message}`);
  for (const e of plan.readErrors) lines.push(`  cannot read ${e.scope.cloud === 'aws' ? e.scope.principalArn : e.scope.project}: ${e.message}`);
  return lines.join('\n');
}

export function reconcileText(r: ReconcileReport): string {
  const lines = [planText(r.plan)];
  for (const x of r.results) lines.push(`  ${x.result.status.padEnd(12)} ${x.item.reason} ${x.item.grantId} ${targetLabel(x.item.change.entry)}${x.result.message ? `: ${x.result.message}` : ''}`);
  for (const p of r.recorded) lines.push(`  recorded revocation of ${p.record.grantId} (${p.record.reason})`);
  for (const e of r.recordErrors) lines.push(`  could not record revocation of ${e.grantId}: ${e.message}`);
  lines.push(`reconcile: ${r.results.length - r.failedApplies.length - r.failedRevocations.length} ok, ${r.failedApplies.length} apply failure(s), ${r.failedRevocations.length} revoke failure(s)`);
  return lines.join('\n');
}
