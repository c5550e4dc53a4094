/**
 * Reads many files out of git history in ONE `git cat-file --batch` process: audit needs the grant
 * file as each adding commit wrote it, for thousands of grants, and one process per file would take
 * minutes. Requests are written as they become known (prefetch, while `git log` is still running)
 * and answered in order; bytes stay bytes (sizes in the batch output are byte counts, not characters).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** `<commit>:<path>` or a blob id → the file's bytes, or undefined when it is missing there. */
export type BlobMap = Map<string, Uint8Array | undefined>;

export interface BlobReader {
  read(specs: readonly string[]): Promise<BlobMap>;
  /**
   * Starts reading these now (with none: starts git only); a later read() includes them without
   * asking again. Optional.
   */
  prefetch?(specs: readonly string[]): void;
}

/**
 * What git accepts on the batch protocol: an object id, or a `<commit>:<path>` without line breaks.
 * Ids first: audit asks for thousands of blobs by id.
 */
const SPEC = /^[0-9a-f]{40}$|^[0-9a-f]{64}$|^[0-9a-f]{4,64}:[^\n\r]+$/;

interface Batch {
  child: ChildProcessWithoutNullStreams;
  asked: string[];
  seen: Set<string>;
  /** Requests not yet written: written in batches, not one by one (each write wakes git). */
  unsent: string[];
  done: Promise<Buffer>;
}

function start(cwd: string): Batch {
  // --buffer: answers go out in full blocks, not flushed one by one (each flush is a read here).
  const child = spawn('git', ['cat-file', '--batch', '--buffer'], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const errs: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => errs.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else {
        const stderr = Buffer.concat(errs).toString('utf8').trim();
        reject(new Error(`git cat-file failed: ${stderr || `exit ${code}`}`));
      }
    });
  });
  child.stdin.on('error', () => {}); // a dying git reports through 'close'
  done.catch(() => {}); // reported by the read() that awaits it, not as an unhandled rejection
  return { child, asked: [], seen: new Set(), unsent: [], done };
}

const BATCH = 512;

function send(b: Batch): void {
  if (b.unsent.length === 0) return;
  b.child.stdin.write(`${b.unsent.join('\n')}\n`);
  b.unsent = [];
}

function ask(b: Batch, specs: readonly string[]): void {
  for (const s of specs) {
    if (b.seen.has(s) || !SPEC.test(s)) continue;
    b.seen.add(s);
    b.asked.push(s);
    if (b.unsent.push(s) >= BATCH) send(b);
  }
}

/** Each read() ends the batch it used; prefetches after it start a new one. */
export function gitBlobs(cwd: string): BlobReader {
  let batch: Batch | undefined;
  return {
    prefetch(specs) {
      batch ??= start(cwd);
      ask(batch, specs);
    },
    async read(specs) {
      const b = batch;
      batch = undefined;
      const all: BlobMap = new Map();
      if (b || specs.some((s) => SPEC.test(s))) {
        const run = b ?? start(cwd);
        ask(run, specs);
        send(run);
        run.child.stdin.end();
        parseBatch(await run.done, run.asked, all);
      }
      const out: BlobMap = new Map();
      for (const s of specs) out.set(s, all.get(s));
      return out;
    },
  };
}

/** A found object's header: id, type, size in bytes. */
const HEADER = /^[0-9a-f]{40,64} (\w+) (\d+)$/;

/**
 * Parses batch output: per request either `<oid> <type> <size>\n<bytes>\n` or `<spec> missing\n`
 * (also `ambiguous`). Answers come in request order. Each file is a view of `raw`, not a copy.
 * Exported for tests.
 */
export function parseBatch(raw: Buffer, specs: readonly string[], out: BlobMap): void {
  let pos = 0;
  for (const spec of specs) {
    const nl = raw.indexOf(0x0a, pos);
    if (nl < 0) throw new Error('git cat-file: output ended early');
    const header = raw.toString('latin1', pos, nl);
    pos = nl + 1;
    const m = HEADER.exec(header);
    if (!m) continue; // "<spec> missing" / "ambiguous": no body follows
    const size = Number(m[2]);
    if (m[1] === 'blob') out.set(spec, raw.subarray(pos, pos + size));
    pos += size + 1;
  }
}
