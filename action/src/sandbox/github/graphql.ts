/**
 * POST /graphql: parses the operation, resolves it against the query root (graphql-query.ts) or the
 * mutation root (graphql-mutations.ts), and answers with only the selected fields, as GitHub does:
 * `{data}`; a field that fails is null with `{type, path, locations, message}` in `errors` (mutations
 * run in order and a failed one does not stop the next); a document error (unknown field, undeclared
 * variable, syntax) answers `{errors}` alone. Unlike GitHub, the fake finds an unknown field only
 * while resolving, so in a mutation the fields before it have already run.
 */
import { json, type FakeResponse } from '../http-fake.js';
import {
  evalValue,
  GqlDocumentError,
  parseOperation,
  type GqlField,
  type GqlOperation,
  type GqlSelection,
} from './graphql-parse.js';
import { GqlError, GqlValidationError, matchesType, type Node } from './graphql-nodes.js';
import { mutations } from './graphql-mutations.js';
import { queries } from './graphql-query.js';
import { plainRoute, type Ctx, type RouteDef } from './route.js';

interface Run {
  op: GqlOperation;
  vars: Record<string, unknown>;
  errors: Record<string, unknown>[];
}

const LOCATION = [{ line: 1, column: 1 }];

/** The fields of `selections` that apply to an object of type `typename`, fragments flattened. */
function fieldsFor(selections: GqlSelection[], typename: unknown): GqlField[] {
  const out: GqlField[] = [];
  for (const s of selections) {
    if (s.kind === 'field') out.push(s);
    else if (matchesType(typename, s.on)) out.push(...fieldsFor(s.selections, typename));
  }
  return out;
}

function project(
  run: Run,
  value: unknown,
  selections: GqlSelection[],
  path: (string | number)[],
): unknown {
  if (value === null || value === undefined || selections.length === 0) return value ?? null;
  if (Array.isArray(value)) return value.map((v, i) => project(run, v, selections, [...path, i]));
  const obj = value as Node;
  const out: Node = {};
  for (const f of fieldsFor(selections, obj.__typename)) {
    const key = f.alias ?? f.name;
    if (key in out) continue;
    if (f.name === '__typename') {
      out[key] = obj.__typename ?? null;
      continue;
    }
    if (!(f.name in obj)) {
      const typeName = String(obj.__typename ?? path.at(-1) ?? 'Query');
      throw new GqlValidationError(`Field '${f.name}' doesn't exist on type '${typeName}'`, {
        code: 'undefinedField',
        typeName,
        fieldName: f.name,
      });
    }
    try {
      let v = obj[f.name];
      if (typeof v === 'function') {
        const args = Object.fromEntries(
          Object.entries(f.args).map(([k, a]) => [k, evalValue(a, run.vars, run.op.variables)]),
        );
        v = (v as (a: Record<string, unknown>) => unknown)(args);
      }
      out[key] = project(run, v, f.selections, [...path, key]);
    } catch (e) {
      if (!(e instanceof GqlError)) throw e;
      out[key] = null;
      run.errors.push({
        type: e.type,
        path: [...path, key],
        locations: LOCATION,
        message: e.message,
      });
    }
  }
  return out;
}

function execute(ctx: Ctx): FakeResponse {
  const query = typeof ctx.body.query === 'string' ? ctx.body.query : '';
  const vars =
    typeof ctx.body.variables === 'object' && ctx.body.variables !== null
      ? (ctx.body.variables as Record<string, unknown>)
      : {};
  try {
    const op = parseOperation(query);
    const run: Run = { op, vars, errors: [] };
    const root = op.type === 'mutation' ? mutations(ctx) : queries(ctx);
    const data = project(run, root, op.selections, []);
    return json(200, run.errors.length > 0 ? { data, errors: run.errors } : { data });
  } catch (e) {
    if (e instanceof GqlValidationError)
      return json(200, {
        errors: [{ path: [], extensions: e.extensions, locations: LOCATION, message: e.message }],
      });
    if (e instanceof GqlDocumentError)
      return json(200, { errors: [{ message: e.message, locations: LOCATION }] });
    throw e;
  }
}

/** The GraphQL endpoint. */
export const graphqlRoutes: RouteDef[] = [plainRoute('POST', '/graphql', undefined, execute)];
