/** Reads the fake clouds' state for the demo's narration: what alice and bob hold right now. */
import type { SandboxWorld } from '../sandbox/world.js';

/** The breakglass inline policies on a principal, as IAM holds them. */
export function awsState(world: SandboxWorld, principalArn: string): string[] {
  const account = principalArn.split(':')[4] ?? '';
  const policies = world.clouds.iam(account).policiesOf(principalArn);
  return Object.entries(policies)
    .filter(([name]) => name.startsWith('breakglass-'))
    .map(([name, doc]) => {
      const d = JSON.parse(doc) as { Statement: { Action: string[] | string; Condition?: Record<string, Record<string, string>> }[] };
      const s = d.Statement[0];
      const window = `${s?.Condition?.DateGreaterThanEquals?.['aws:CurrentTime'] ?? '?'} ≤ aws:CurrentTime < ${s?.Condition?.DateLessThan?.['aws:CurrentTime'] ?? '?'}`;
      const actions = d.Statement.flatMap((x) => [x.Action].flat());
      return `AWS ${principalArn}  inline policy ${name}: ${actions.length} action(s) [${actions.slice(0, 3).join(', ')}${actions.length > 3 ? ', …' : ''}] while ${window}`;
    });
}

/** The breakglass conditional bindings on a project. */
export function gcpState(world: SandboxWorld, project: string): string[] {
  return world.clouds.crm
    .policyOf(project)
    .bindings.filter((b) => b.condition?.title?.startsWith('breakglass-'))
    .map((b) => `GCP ${project}  ${b.role} → ${b.members.join(', ')}  if ${b.condition?.expression}`);
}
