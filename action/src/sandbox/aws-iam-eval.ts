/**
 * A small, strict evaluator of identity policies for the fake IAM: enough of IAM's logic to prove
 * that a grant stops at its expiry and that a revoke deny ends older sessions. Explicit deny wins,
 * then any allow, else implicit deny. Condition operators it does not know make it throw, so a test
 * never passes because the fake silently ignored a condition.
 */

/** The outcome of one request, named as IAM's policy simulator names it. */
export type EvalResult = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';

/** One request to evaluate. `sessionIssuedAt` is set for temporary credentials (it becomes aws:TokenIssueTime). */
export interface EvalRequest {
  action: string;
  resource: string;
  at: Date;
  sessionIssuedAt?: Date;
  /** Extra context keys (e.g. aws:SourceIp) for bundles with their own conditions. */
  context?: Record<string, string>;
}

interface Stmt {
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** Evaluates policy documents (JSON text) for one request. */
export function evaluatePolicies(documents: readonly string[], req: EvalRequest): EvalResult {
  const ctx = new Map<string, string>();
  ctx.set('aws:currenttime', req.at.toISOString());
  if (req.sessionIssuedAt) ctx.set('aws:tokenissuetime', req.sessionIssuedAt.toISOString());
  for (const [k, v] of Object.entries(req.context ?? {})) ctx.set(k.toLowerCase(), v);
  let allowed = false;
  for (const text of documents) {
    const doc = JSON.parse(text) as { Statement?: Stmt | Stmt[] };
    const list = Array.isArray(doc.Statement)
      ? doc.Statement
      : doc.Statement
        ? [doc.Statement]
        : [];
    for (const s of list) {
      if (!applies(s, req, ctx)) continue;
      if (s.Effect === 'Deny') return 'ExplicitlyDenied';
      if (s.Effect === 'Allow') allowed = true;
    }
  }
  return allowed ? 'Allowed' : 'ImplicitlyDenied';
}

function applies(s: Stmt, req: EvalRequest, ctx: Map<string, string>): boolean {
  const actionOk =
    s.Action !== undefined
      ? anyMatch(s.Action, req.action, true)
      : s.NotAction !== undefined && !anyMatch(s.NotAction, req.action, true);
  const resourceOk =
    s.Resource !== undefined
      ? anyMatch(s.Resource, req.resource, false)
      : s.NotResource !== undefined && !anyMatch(s.NotResource, req.resource, false);
  return actionOk && resourceOk && conditionsHold(s.Condition ?? {}, ctx);
}

/** IAM wildcards: `*` any run, `?` one character; actions compare case-insensitively. */
function anyMatch(patterns: string | string[], value: string, ignoreCase: boolean): boolean {
  return (Array.isArray(patterns) ? patterns : [patterns]).some((p) => {
    const re = new RegExp(
      `^${p
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      ignoreCase ? 'is' : 's',
    );
    return re.test(value);
  });
}

const DATE_OPS: Record<string, (a: number, b: number) => boolean> = {
  DateEquals: (a, b) => a === b,
  DateLessThan: (a, b) => a < b,
  DateLessThanEquals: (a, b) => a <= b,
  DateGreaterThan: (a, b) => a > b,
  DateGreaterThanEquals: (a, b) => a >= b,
};
const STRING_OPS: Record<string, (a: string, b: string) => boolean> = {
  StringEquals: (a, b) => a === b,
  StringEqualsIgnoreCase: (a, b) => a.toLowerCase() === b.toLowerCase(),
  StringLike: (a, b) => anyMatch(b, a, false),
  Bool: (a, b) => a.toLowerCase() === b.toLowerCase(),
};
const NEGATED: Record<string, string> = {
  DateNotEquals: 'DateEquals',
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
};

/** All operators and keys must hold (AND); the values of one key are alternatives (OR). */
function conditionsHold(
  cond: Record<string, Record<string, string | string[]>>,
  ctx: Map<string, string>,
): boolean {
  for (const [rawOp, block] of Object.entries(cond)) {
    const ifExists = rawOp.endsWith('IfExists');
    const op = ifExists ? rawOp.slice(0, -'IfExists'.length) : rawOp;
    const positive = NEGATED[op] ?? op;
    const negated = positive !== op;
    if (!(positive in DATE_OPS) && !(positive in STRING_OPS))
      throw new Error(`fake IAM evaluator: unsupported condition operator ${rawOp}`);
    for (const [key, want] of Object.entries(block)) {
      const have = ctx.get(key.toLowerCase());
      // IAM: a missing key fails a positive operator, satisfies a negated one, and is ignored with IfExists.
      if (have === undefined) {
        if (ifExists || negated) continue;
        return false;
      }
      const wants = Array.isArray(want) ? want : [want];
      const hit = wants.some((w) => compare(positive, have, w));
      if (hit === negated) return false;
    }
  }
  return true;
}

function compare(op: string, have: string, want: string): boolean {
  const dateOp = DATE_OPS[op];
  if (dateOp) {
    const a = toTime(have);
    const b = toTime(want);
    return a !== undefined && b !== undefined && dateOp(a, b);
  }
  const strOp = STRING_OPS[op];
  return strOp !== undefined && strOp(have, want);
}

/** IAM date values: ISO 8601 or epoch seconds. */
function toTime(v: string): number | undefined {
  const t = /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}
