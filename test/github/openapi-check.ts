/**
 * Checks HTTP exchanges against GitHub's OpenAPI description (the committed subset made by
 * scripts/extract-github-openapi.mjs): which operation a URL is, and whether a request body and a
 * response body satisfy the schemas for that operation and status.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import m from 'ajv-formats';

const addFormats = m as unknown as typeof m.default;

/** One request/response pair as the client saw it. */
export interface Exchange {
  method: string;
  url: string;
  requestBody: string | undefined;
  status: number;
  contentType: string;
  responseBody: string;
}

interface Spec {
  paths: Record<
    string,
    Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>
  >;
  components: { responses?: Record<string, unknown> };
}

/** A JSON-pointer segment inside a URI fragment (ajv resolves `gh#/paths/...`). */
const escape = (s: string): string =>
  encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));

/** Rewrites OpenAPI 3.0 `nullable` (which ajv refuses beside oneOf/anyOf/$ref, and ignores in enums) as JSON Schema's "or null". */
function normaliseNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normaliseNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = normaliseNullable(v);
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...(out.enum as unknown[]), null];
  if (out.nullable !== true || 'type' in out) return out;
  delete out.nullable;
  if (Array.isArray(out.oneOf))
    return { ...out, oneOf: [...(out.oneOf as unknown[]), { type: 'null' }] };
  if (Array.isArray(out.anyOf))
    return { ...out, anyOf: [...(out.anyOf as unknown[]), { type: 'null' }] };
  return { anyOf: [out, { type: 'null' }] };
}

/** Wraps fetch so every exchange made by a client is recorded. */
export function recordingFetch(log: Exchange[]): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    const text = await res.clone().text();
    log.push({
      method: (init?.method ?? 'GET').toUpperCase(),
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      requestBody: typeof init?.body === 'string' ? init.body : undefined,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      responseBody: text,
    });
    return res;
  };
}

/** The subset loaded into ajv, with lookups by operation. */
export class OpenApiChecker {
  private readonly ajv: Ajv;
  private readonly spec: Spec;
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly templates: Array<{ method: string; path: string; re: RegExp; literal: number }> =
    [];

  constructor(file: string) {
    this.spec = normaliseNullable(JSON.parse(readFileSync(file, 'utf8'))) as Spec;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addFormat('uri-template', true);
    this.ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
    this.ajv.addSchema(this.spec as object, 'gh');
    for (const [path, methods] of Object.entries(this.spec.paths)) {
      const pattern = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '(.+)');
      for (const method of Object.keys(methods)) {
        this.templates.push({
          method: method.toUpperCase(),
          path,
          re: new RegExp(`^${pattern}$`),
          literal: path.replace(/\{\w+\}/g, '').length,
        });
      }
    }
  }

  /** `METHOD /template` for a concrete request, chosen from the description alone. */
  operationFor(method: string, url: string): string | undefined {
    const path = decodeURIComponent(new URL(url).pathname);
    const hits = this.templates
      .filter((t) => t.method === method && t.re.test(path))
      .sort((a, b) => b.literal - a.literal);
    return hits[0] ? `${method} ${hits[0].path}` : undefined;
  }

  /** Whether the description has this operation. */
  has(op: string): boolean {
    const [method, path] = op.split(' ') as [string, string];
    return this.spec.paths[path]?.[method.toLowerCase()] !== undefined;
  }

  private validator(pointer: string): ValidateFunction {
    let v = this.cache.get(pointer);
    if (!v) {
      v = this.ajv.compile({ $ref: `gh#${pointer}` });
      this.cache.set(pointer, v);
    }
    return v;
  }

  private errorsOf(pointer: string, data: unknown): string[] {
    const v = this.validator(pointer);
    return v(data)
      ? []
      : (v.errors ?? []).map(
          (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
        );
  }

  /** Problems with one exchange, each naming the operation; [] when it conforms. */
  check(op: string, x: Exchange): string[] {
    const [method, path] = op.split(' ') as [string, string];
    const operation = this.spec.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${op}: not in the OpenAPI description`];
    const base = `/paths/${escape(path)}/${method.toLowerCase()}`;
    const out: string[] = [];
    if (x.requestBody !== undefined && x.requestBody !== '') {
      if (operation.requestBody === undefined)
        out.push(`${op}: sends a body the operation does not take`);
      else
        out.push(
          ...this.errorsOf(
            `${base}/requestBody/content/application~1json/schema`,
            JSON.parse(x.requestBody),
          ).map((e) => `${op} request: ${e}`),
        );
    }
    let response = operation.responses[String(x.status)] as
      { $ref?: string; content?: Record<string, unknown> } | undefined;
    let pointer = `${base}/responses/${x.status}`;
    if (response?.$ref) {
      const name = response.$ref.replace('#/components/responses/', '');
      response = this.spec.components.responses?.[name] as typeof response;
      pointer = `/components/responses/${escape(name)}`;
    }
    if (!response) return [...out, `${op}: status ${x.status} is not documented`];
    const schema = response.content?.['application/json'];
    if (!schema) {
      if (x.responseBody !== '')
        out.push(`${op} ${x.status}: body sent where the description has none`);
      return out;
    }
    if (!x.contentType.includes('application/json'))
      out.push(`${op} ${x.status}: content-type ${x.contentType}`);
    out.push(
      ...this.errorsOf(
        `${pointer}/content/application~1json/schema`,
        JSON.parse(x.responseBody),
      ).map((e) => `${op} ${x.status} response: ${e}`),
    );
    return out;
  }
}
