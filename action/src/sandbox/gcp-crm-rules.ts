/**
 * What Resource Manager checks on an allow policy, and how IAM evaluates one, for the loopback fake.
 * Deliberately independent of the provider's code: the fake states the API's rules on its own.
 */
import { createHash } from 'node:crypto';
import { parse } from '@marcbachmann/cel-js';

export interface FakeCondition {
  title?: string;
  description?: string;
  expression: string;
}

export interface FakeBinding {
  role: string;
  members: string[];
  condition?: FakeCondition;
}

/** A stored allow policy. `version` is derived on read (3 only when conditions exist). */
export interface FakePolicy {
  version: number;
  etag: string;
  bindings: FakeBinding[];
  auditConfigs?: unknown[];
}

/** Documented limits (allow policies): 1,500 principals, 20 same role+principal conditional bindings, 12 logical operators. */
export const CRM_LIMITS = {
  principals: 1500,
  sameRoleMember: 20,
  logicalOperators: 12,
  title: 100,
  description: 256,
};

const MEMBER =
  /^(?:(?:user|serviceAccount|group|domain|deleted:user|deleted:serviceAccount|deleted:group|principal|principalSet):.+|allUsers|allAuthenticatedUsers)$/;

type Parsed = ReturnType<typeof parse>;
const compiled = new Map<string, Parsed>();

/** Parses (and caches) a CEL expression; throws cel-js ParseError on bad syntax. */
export function compile(expression: string): Parsed {
  let fn = compiled.get(expression);
  if (!fn) {
    fn = parse(expression);
    compiled.set(expression, fn);
  }
  return fn;
}

/** Counts `&&`, `||` and `!` in a parsed expression (IAM's "logical operators"). */
export function logicalOperators(expression: string): number {
  const walk = (x: unknown): number => {
    if (Array.isArray(x)) return x.reduce((n: number, y) => n + walk(y), 0);
    if (typeof x !== 'object' || x === null || !('op' in x)) return 0;
    const node = x as { op: unknown; args: unknown };
    return (node.op === '&&' || node.op === '||' || node.op === '!_' ? 1 : 0) + walk(node.args);
  };
  return walk(compile(expression).ast);
}

/** The reason a set request's bindings are invalid, or undefined when they pass. */
export function invalidBindings(value: unknown, version: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return 'policy.bindings must be a list';
  const pairs = new Map<string, number>();
  let principals = 0;
  let conditional = false;
  for (const [i, b] of (value as unknown[]).entries()) {
    const where = `policy.bindings[${i}]`;
    if (typeof b !== 'object' || b === null) return `${where} must be an object`;
    const { role, members, condition } = b as Record<string, unknown>;
    if (
      typeof role !== 'string' ||
      !/^(?:roles|projects\/[^/]+\/roles|organizations\/\d+\/roles)\/[A-Za-z0-9_.]+$/.test(role)
    ) {
      return `${where}.role ${JSON.stringify(role)} is not a valid role`;
    }
    if (role.includes('_withcond_'))
      return `${where}.role ${role} is a version 1 placeholder for a conditional binding; use policy version 3`;
    if (!Array.isArray(members) || members.length === 0)
      return `${where}.members must be a non-empty list`;
    for (const m of members)
      if (typeof m !== 'string' || !MEMBER.test(m))
        return `${where}: invalid member ${JSON.stringify(m)}`;
    principals += members.length;
    if (condition === undefined) continue;
    conditional = true;
    const bad = invalidCondition(condition, where);
    if (bad) return bad;
    for (const m of members as string[])
      pairs.set(`${role} ${m}`, (pairs.get(`${role} ${m}`) ?? 0) + 1);
  }
  if (conditional && version !== 3)
    return 'policy.version must be 3 when any binding has a condition';
  if (principals > CRM_LIMITS.principals)
    return `the policy has ${principals} principals, over the limit of ${CRM_LIMITS.principals}`;
  for (const [pair, n] of pairs) {
    if (n > CRM_LIMITS.sameRoleMember) {
      return `${n} conditional bindings for ${pair.replace(' ', ' and ')}, over the limit of ${CRM_LIMITS.sameRoleMember}`;
    }
  }
  return undefined;
}

function invalidCondition(value: unknown, where: string): string | undefined {
  if (typeof value !== 'object' || value === null) return `${where}.condition must be an object`;
  const { title, description, expression } = value as Record<string, unknown>;
  if (typeof expression !== 'string' || expression.trim() === '')
    return `${where}.condition.expression is required`;
  if (title !== undefined && (typeof title !== 'string' || title.length > CRM_LIMITS.title))
    return `${where}.condition.title is too long`;
  if (
    description !== undefined &&
    (typeof description !== 'string' || description.length > CRM_LIMITS.description)
  ) {
    return `${where}.condition.description is too long`;
  }
  try {
    const n = logicalOperators(expression);
    if (n > CRM_LIMITS.logicalOperators)
      return `${where}.condition has ${n} logical operators, over the limit of ${CRM_LIMITS.logicalOperators}`;
  } catch (e) {
    return `${where}.condition.expression does not parse: ${e instanceof Error ? e.message : String(e)}`;
  }
  return undefined;
}

/** The policy as a v1 reader sees it: conditions removed, roles renamed `<role>_withcond_<hash>` as documented. */
export function asVersion1(bindings: readonly FakeBinding[]): FakeBinding[] {
  return bindings.map((b) => {
    if (!b.condition) return b;
    const hash = createHash('sha256')
      .update(JSON.stringify(b.condition))
      .digest('hex')
      .slice(0, 20);
    return { role: `${b.role}_withcond_${hash}`, members: [...b.members] };
  });
}

/**
 * IAM's answer for (member, role) at `at`: any unconditional binding grants; a conditional one grants
 * when its expression is true. It is an OR, so a condition can never narrow an unconditional grant.
 * An expression that fails to evaluate grants nothing (IAM denies on errors).
 */
export function grants(
  bindings: readonly FakeBinding[],
  member: string,
  role: string,
  at: Date,
): boolean {
  return bindings.some((b) => {
    if (b.role !== role || !b.members.includes(member)) return false;
    if (!b.condition) return true;
    try {
      return compile(b.condition.expression)({ request: { time: at } }) === true;
    } catch {
      return false;
    }
  });
}
