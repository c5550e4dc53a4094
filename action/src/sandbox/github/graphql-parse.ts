/**
 * Just enough of a GraphQL parser for the fake: one operation (query or mutation), fields with
 * aliases, arguments (variables, literals, input objects, lists) and nested selections. Variable
 * definitions and directives are skipped; fragments are refused, since our client never sends them.
 */

/** An argument value before variables are substituted. */
export type GqlValue =
  | { kind: 'var'; name: string }
  | { kind: 'lit'; value: unknown }
  | { kind: 'obj'; fields: Record<string, GqlValue> }
  | { kind: 'list'; items: GqlValue[] };

/** One selected field. */
export interface GqlField {
  alias: string | undefined;
  name: string;
  args: Record<string, GqlValue>;
  selections: GqlField[];
}

/** The parsed operation. */
export interface GqlOperation {
  type: 'query' | 'mutation';
  selections: GqlField[];
}

const TOKEN =
  /\s+|,|#[^\n]*|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*)|(\.\.\.|[{}()[\]:$!=@])/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`Parse error on "${src.slice(at, at + 10)}"`);
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
    if (t === undefined) throw new Error('Parse error: unexpected end of document');
    return t;
  };
  const expect = (t: string): void => {
    const got = next();
    if (got !== t) throw new Error(`Parse error: expected ${t}, got ${got}`);
  };
  const skipBalanced = (open: string, close: string): void => {
    let depth = 0;
    do {
      const t = next();
      if (t === open) depth++;
      if (t === close) depth--;
    } while (depth > 0);
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
  const selectionSet = (): GqlField[] => {
    expect('{');
    const fields: GqlField[] = [];
    while (peek() !== '}') {
      if (peek() === '...') throw new Error('Fragments are not supported by the fake');
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
      fields.push({ alias, name, args, selections: peek() === '{' ? selectionSet() : [] });
    }
    next();
    return fields;
  };
  let type: GqlOperation['type'] = 'query';
  if (peek() === 'query' || peek() === 'mutation') {
    type = next() as GqlOperation['type'];
    if (peek() !== '{' && peek() !== '(' && peek() !== '@') next();
    if (peek() === '(') skipBalanced('(', ')');
    skipDirectives();
  }
  const selections = selectionSet();
  if (i !== toks.length)
    throw new Error('Only one operation per document is supported by the fake');
  return { type, selections };
}

/** Substitutes variables into an argument value. */
export function evalValue(v: GqlValue, vars: Record<string, unknown>): unknown {
  switch (v.kind) {
    case 'var':
      return vars[v.name];
    case 'lit':
      return v.value;
    case 'list':
      return v.items.map((x) => evalValue(x, vars));
    case 'obj':
      return Object.fromEntries(Object.entries(v.fields).map(([k, x]) => [k, evalValue(x, vars)]));
  }
}
