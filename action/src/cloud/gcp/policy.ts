/**
 * The IAM policy as Resource Manager v3 sends it, and the pure edit the provider makes to it.
 * The edit touches only (role, member, breakglass title) triples: every other binding keeps its
 * object identity, so it serialises byte-identically (INV-4).
 */
import { memberKey, type Change, type ChangeStatus, type GcpBindingEntry, type WriteGuard } from '../model.js';

export interface IamCondition {
  title?: string;
  description?: string;
  expression: string;
}

export interface IamBinding {
  role: string;
  members: string[];
  condition?: IamCondition;
}

/** Unknown fields (auditConfigs and whatever Google adds) are carried through untouched. */
export interface IamPolicy {
  version?: number;
  etag?: string;
  bindings?: IamBinding[];
  [field: string]: unknown;
}

/** Documented allow-policy limits (THREAT-MODEL GCP-04). */
export const GCP_LIMITS = { sameRoleMemberConditional: 20, principalOccurrences: 1500 } as const;

/** The outcome of one change inside one edit, before the set is sent. */
export interface EditOutcome {
  status: ChangeStatus;
  message?: string;
  retryable?: boolean;
}

export interface Edit {
  bindings: IamBinding[];
  changed: boolean;
  outcomes: EditOutcome[];
}

/** True when a v1 policy came back for a policy that has conditions, which a write would destroy (GCP-01). */
export function conditionsHidden(p: IamPolicy): boolean {
  if ((p.version ?? 0) >= 3) return false;
  return (p.bindings ?? []).some((b) => b.condition !== undefined || b.role.includes('_withcond_'));
}

/** Whether `member` holds `role` with no condition, which no temporary binding can narrow (GCP-03). */
export function holdsUnconditionally(
  bindings: readonly IamBinding[],
  role: string,
  member: string,
): boolean {
  return bindings.some(
    (b) => b.role === role && b.condition === undefined && holds(b, member),
  );
}

/** Whether the binding for `entry` is present exactly as planned. */
export function holdsExactly(bindings: readonly IamBinding[], e: GcpBindingEntry): boolean {
  const same = sameKey(bindings, e);
  return same.length === 1 && sameCondition(bindings[same[0]!]!.condition, e.condition);
}

/** Whether any binding for the entry's key (role, member, title) remains. */
export function holdsKey(bindings: readonly IamBinding[], e: GcpBindingEntry): boolean {
  return sameKey(bindings, e).length > 0;
}

/**
 * Applies every change to a copy of `bindings`. A put replaces whatever binding has the same
 * (role, member, title); a remove deletes the member from it. Limits are checked per put so one
 * over-limit change fails alone and the others still go through.
 */
export function editBindings(
  bindings: readonly IamBinding[],
  changes: readonly Change[],
  guard: WriteGuard,
): Edit {
  let work = [...bindings];
  let changed = false;
  const outcomes = changes.map((c): EditOutcome => {
    const e = c.entry;
    if (e.kind !== 'gcp-binding')
      return { status: 'failed', retryable: false, message: `not a GCP binding: ${e.kind}` };
    if (c.op === 'remove') {
      const same = sameKey(work, e);
      if (same.length === 0) return { status: 'already-done' };
      work = dropMember(work, same, e.member);
      changed = true;
      return { status: 'done' };
    }
    if (!guard.stillValid(e))
      return {
        status: 'skipped',
        message: `grant ${e.grantId} is no longer valid; binding not written`,
      };
    const shadow = holdsUnconditionally(work, e.role, e.member)
      ? { message: 'shadowed by an unconditional binding' }
      : {};
    if (holdsExactly(work, e)) return { status: 'already-done', ...shadow };
    const same = sameKey(work, e);
    const others = work.filter(
      (b, i) =>
        b.role === e.role &&
        b.condition !== undefined &&
        holds(b, e.member) &&
        !same.includes(i),
    ).length;
    if (others + 1 > GCP_LIMITS.sameRoleMemberConditional) {
      return {
        status: 'failed',
        retryable: false,
        message: `${e.member} already has ${others} conditional bindings of ${e.role} on ${e.project}, the IAM limit is ${GCP_LIMITS.sameRoleMemberConditional}; remove expired ones first`,
      };
    }
    const occurrences = work.reduce((n, b) => n + b.members.length, 0) - same.length + 1;
    if (occurrences > GCP_LIMITS.principalOccurrences) {
      return {
        status: 'failed',
        retryable: false,
        message: `the IAM policy of ${e.project} would hold ${occurrences} principals, over the limit of ${GCP_LIMITS.principalOccurrences}`,
      };
    }
    work = addMember(dropMember(work, same, e.member), e);
    changed = true;
    return { status: 'done', ...shadow };
  });
  return { bindings: work, changed, outcomes };
}

/** Read-back from the set's answer: `done` only when the returned policy shows the change (F-07). */
export function verifyOutcomes(
  stored: IamPolicy,
  changes: readonly Change[],
  outcomes: EditOutcome[],
): EditOutcome[] {
  const bindings = stored.bindings ?? [];
  return outcomes.map((o, i) => {
    const c = changes[i]!;
    if (o.status !== 'done' || c.entry.kind !== 'gcp-binding') return o;
    const visible = c.op === 'put' ? holdsExactly(bindings, c.entry) : !holdsKey(bindings, c.entry);
    return visible
      ? o
      : {
          status: 'failed',
          retryable: true,
          message: 'the policy returned by setIamPolicy does not show this change',
        };
  });
}

function sameKey(bindings: readonly IamBinding[], e: GcpBindingEntry): number[] {
  const out: number[] = [];
  bindings.forEach((b, i) => {
    if (
      b.role === e.role &&
      b.condition?.title === e.condition.title &&
      holds(b, e.member)
    )
      out.push(i);
  });
  return out;
}

/** Whether the binding lists `member` (as IAM compares members: see memberKey). */
function holds(b: IamBinding, member: string): boolean {
  const key = memberKey(member);
  return b.members.some((m) => memberKey(m) === key);
}

function sameCondition(a: IamCondition | undefined, b: GcpBindingEntry['condition']): boolean {
  return (
    a !== undefined &&
    a.title === b.title &&
    (a.description ?? '') === b.description &&
    a.expression === b.expression
  );
}

/** Removes `member` from the bindings at `at`; a binding left with no member is dropped, as IAM does. */
function dropMember(bindings: IamBinding[], at: readonly number[], member: string): IamBinding[] {
  if (at.length === 0) return bindings;
  const out: IamBinding[] = [];
  bindings.forEach((b, i) => {
    if (!at.includes(i)) return void out.push(b);
    const members = b.members.filter((m) => memberKey(m) !== memberKey(member));
    if (members.length > 0) out.push({ ...b, members });
  });
  return out;
}

/** Joins an existing binding with the identical condition, or appends a new one at the end. */
function addMember(bindings: IamBinding[], e: GcpBindingEntry): IamBinding[] {
  const i = bindings.findIndex((b) => b.role === e.role && sameCondition(b.condition, e.condition));
  if (i >= 0) {
    const b = bindings[i]!;
    return bindings.map((x, j) => (j === i ? { ...b, members: [...b.members, e.member] } : x));
  }
  const condition = {
    title: e.condition.title,
    description: e.condition.description,
    expression: e.condition.expression,
  };
  return [...bindings, { role: e.role, members: [e.member], condition }];
}
