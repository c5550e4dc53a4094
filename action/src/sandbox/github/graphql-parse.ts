/**
 * Just enough of a GraphQL parser for the fake: one operation (query or mutation) with its variable
 * definitions, fields with aliases, arguments (variables, literals, input objects, lists), nested
 * selections and inline fragments (`... on Type { }`). Directives are skipped; named fragments are
 * refused, since our client never sends them.
 */

/** A document GitHub would refuse before running it (syntax, undeclared variable, named fragments). */
export class GqlDocumentError extends Error {}

/** An argument value before variables are substituted. */
export type GqlValue =
  | { kind: 'var'; name: string }
  | { kind: 'lit'; value: unknown }
  | { kind: 'obj'; fields: Record<string, GqlValue> }
  | { kind: 'list'; items: GqlValue[] };

/** One selected field. */
export interface GqlField {
  kind: 'field';
  alias: string | undefined;
  name: string;
  args: Record<string, GqlValue>;
  selections: GqlSelection[];
}

/** `... on Type { }`: selections that apply only when the object is of that type (or implements it). */
export interface GqlInlineFragment {
  kind: 'inline';
  on: string | undefined;
  selections: GqlSelection[];
}

export type GqlSelection = GqlField | GqlInlineFragment;

/** The parsed operation. */
export interface GqlOperation {
  type: 'query' | 'mutation';
  /** Names of the declared variables (`$owner: String!` declares `owner`). */
  variables: string[];
  selections: GqlSelection[];
}

const TOKEN =
  /\s+|,|#[^\n]*|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*)|(\.\.\.|[{}()[\]:$!=@])/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new GqlDocumentError(`Parse error on "${src.slice(at, at + 10)}"`);
    const tok = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (tok !== undefined) out.push(tok);
  }
  return out;
}

/** Parses a GraphQL document holding a single operation. */
export function parseOperation(src: string): GqlOperation {
  const toks = tokenize(src);
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const next = (): string => {
    const t = toks[i++];
    if (t === undefined) throw new GqlDocumentError('Parse error: unexpected end of document');
    return t;
  };
  const expect = (t: string): void => {
    const got = next();
    if (got !== t) throw new GqlDocumentError(`Parse error: expected ${t}, got ${got}`);
  };
  const skipBalanced = (open: string, close: string): string[] => {
    const seen: string[] = [];
    let depth = 0;
    do {
      const t = next();
      seen.push(t);
      if (t === open) depth++;
      if (t === close) depth--;
    } while (depth > 0);
    return seen;
  };
  const skipDirectives = (): void => {
    while (peek() === '@') {
      next();
      next();
      if (peek() === '(') skipBalanced('(', ')');
    }
  };
  const value = (): GqlValue => {
    const t = next();
    if (t === '$') return { kind: 'var', name: next() };
    if (t.startsWith('"')) return { kind: 'lit', value: JSON.parse(t) as string };
    if (/^-?\d/.test(t)) return { kind: 'lit', value: Number(t) };
    if (t === 'true' || t === 'false') return { kind: 'lit', value: t === 'true' };
    if (t === 'null') return { kind: 'lit', value: null };
    if (t === '[') {
      const items: GqlValue[] = [];
      while (peek() !== ']') items.push(value());
      next();
      return { kind: 'list', items };
    }
    if (t === '{') {
      const fields: Record<string, GqlValue> = {};
      while (peek() !== '}') {
        const k = next();
        expect(':');
        fields[k] = value();
      }
      next();
      return { kind: 'obj', fields };
    }
    return { kind: 'lit', value: t };
  };
  const field = (): GqlField => {
    let name = next();
    let alias: string | undefined;
    if (peek() === ':') {
      next();
      alias = name;
      name = next();
    }
    const args: Record<string, GqlValue> = {};
    if (peek() === '(') {
      next();
      while (peek() !== ')') {
        const k = next();
        expect(':');
        args[k] = value();
      }
      next();
    }
    skipDirectives();
    return { kind: 'field', alias, name, args, selections: peek() === '{' ? selectionSet() : [] };
  };
  const selectionSet = (): GqlSelection[] => {
    expect('{');
    const out: GqlSelection[] = [];
    while (peek() !== '}') {
      if (peek() !== '...') {
        out.push(field());
        continue;
      }
      next();
      let on: string | undefined;
      if (peek() === 'on') {
        next();
        on = next();
      } else if (peek() !== '{' && peek() !== '@') {
        throw new GqlDocumentError('Fragments are not supported by the fake');
      }
      skipDirectives();
      out.push({ kind: 'inline', on, selections: selectionSet() });
    }
    next();
    return out;
  };
  let type: GqlOperation['type'] = 'query';
  const variables: string[] = [];
  if (peek() === 'fragment') throw new GqlDocumentError('Fragments are not supported by the fake');
  if (peek() === 'query' || peek() === 'mutation') {
    type = next() as GqlOperation['type'];
    if (peek() !== '{' && peek() !== '(' && peek() !== '@') next();
    if (peek() === '(') {
      const defs = skipBalanced('(', ')');
      defs.forEach((t, k) => {
        const name = defs[k + 1];
        if (t === '$' && name !== undefined) variables.push(name);
      });
    }
    skipDirectives();
  }
  const selections = selectionSet();
  if (i !== toks.length)
    throw new GqlDocumentError('Only one operation per document is supported by the fake');
  return { type, variables, selections };
}

/** Substitutes variables into an argument value; a variable the operation did not declare is GitHub's error. */
export function evalValue(
  v: GqlValue,
  vars: Record<string, unknown>,
  declared?: string[],
): unknown {
  switch (v.kind) {
    case 'var':
      if (declared && !declared.includes(v.name))
        throw new GqlDocumentError(
          `Variable $${v.name} is used by anonymous query but not declared`,
        );
      return vars[v.name] ?? null;
    case 'lit':
      return v.value;
    case 'list':
      return v.items.map((x) => evalValue(x, vars, declared));
    case 'obj':
      return Object.fromEntries(
        Object.entries(v.fields).map(([k, x]) => [k, evalValue(x, vars, declared)]),
      );
  }
}
