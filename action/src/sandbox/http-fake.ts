/**
 * The base of every loopback service (GitHub, AWS IAM, GCP Resource Manager, PagerDuty, Opsgenie):
 * a real HTTP server on 127.0.0.1 that real clients talk to, with a request log, injected latency
 * and scripted faults. Used by the tests and by `breakglass demo`; never listens on anything else.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** What a fault does when it fires. `afterCommit` runs the real handler first, then answers with the fault (response lost). */
export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Extra delay before answering, in ms. */
  delayMs?: number;
  /** Let the real operation happen, then answer with this fault instead of its result. */
  afterCommit?: boolean;
  /** Destroy the socket without an answer (a timeout or crash as the client sees it). */
  hangUp?: boolean;
}

export interface LoggedRequest {
  op: string;
  method: string;
  path: string;
  body: string;
  status: number;
}

interface ScriptedFault {
  op: string | RegExp;
  fault: Fault;
  remaining: number;
}

/** Route result: the operation name used for faults and logs, and the handler to run. */
export interface Route {
  op: string;
  handle: () => FakeResponse | Promise<FakeResponse>;
}

export abstract class HttpFake {
  private server: http.Server | undefined;
  private faults: ScriptedFault[] = [];
  readonly log: LoggedRequest[] = [];
  /** Added to every answer: the injected round-trip time. */
  latencyMs = 0;

  /** Maps a request to an operation; return undefined for 404. */
  protected abstract route(req: FakeRequest): Route | undefined;

  /** Answer for a request no route knows; each fake speaks its own error format. */
  protected notFound(req: FakeRequest): FakeResponse {
    return json(404, { message: `fake: no route for ${req.method} ${req.path}` });
  }

  get url(): string {
    const addr = this.server?.address() as AddressInfo | null | undefined;
    if (!addr) throw new Error('fake not started');
    return `http://127.0.0.1:${addr.port}`;
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => void this.serve(req, res));
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = undefined;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Script a fault for the next `times` requests whose operation matches `op`. */
  fail(op: string | RegExp, fault: Fault, times = 1): this {
    this.faults.push({ op, fault, remaining: times });
    return this;
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Requests whose operation matches, in order. */
  calls(op?: string | RegExp): LoggedRequest[] {
    return op === undefined ? [...this.log] : this.log.filter((r) => matches(op, r.op));
  }

  private takeFault(op: string): Fault | undefined {
    const f = this.faults.find((x) => x.remaining > 0 && matches(x.op, op));
    if (!f) return undefined;
    f.remaining -= 1;
    return f.fault;
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const freq: FakeRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    let answer: FakeResponse;
    let op = `${freq.method} ${freq.path}`;
    try {
      const route = this.route(freq);
      if (!route) {
        answer = this.notFound(freq);
      } else {
        op = route.op;
        const fault = this.takeFault(op);
        if (this.latencyMs > 0) await delay(this.latencyMs);
        if (fault?.delayMs) await delay(fault.delayMs);
        if (fault?.hangUp) {
          if (fault.afterCommit) await route.handle();
          this.log.push({ op, method: freq.method, path: freq.path, body: freq.body, status: 0 });
          req.socket.destroy();
          return;
        }
        if (fault && fault.afterCommit) await route.handle();
        answer = fault && fault.status !== undefined ? faultResponse(fault) : await route.handle();
      }
    } catch (e) {
      answer = json(500, { message: `fake crashed: ${e instanceof Error ? e.message : String(e)}` });
    }
    this.log.push({ op, method: freq.method, path: freq.path, body: freq.body, status: answer.status });
    res.writeHead(answer.status, answer.headers ?? {});
    res.end(answer.body ?? '');
  }
}

function faultResponse(f: Fault): FakeResponse {
  return { status: f.status ?? 500, headers: f.headers ?? { 'content-type': 'application/json' }, body: f.body ?? '' };
}

function matches(pattern: string | RegExp, op: string): boolean {
  return typeof pattern === 'string' ? pattern === op : pattern.test(op);
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}
