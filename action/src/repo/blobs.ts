/**
 * Reads many files out of git history in ONE `git cat-file --batch` process: audit needs the grant
 * file as each adding commit wrote it, for thousands of grants, and one process per file would take
 * minutes. Bytes stay bytes (sizes in the batch output are byte counts, not characters).
 */
import { spawn } from 'node:child_process';

/** `<commit>:<path>` → the file's bytes at that commit, or undefined when it is missing there. */
export type BlobMap = Map<string, Uint8Array | undefined>;

export interface BlobReader {
  read(specs: readonly string[]): Promise<BlobMap>;
}

/** A spec git accepts on the batch protocol: no line breaks (one request per line). */
const SPEC = /^[0-9a-f]{4,64}:[^\n\r]+$/;

export function gitBlobs(cwd: string): BlobReader {
  return {
    async read(specs) {
      const unique = [...new Set(specs)].filter((s) => SPEC.test(s));
      const out: BlobMap = new Map(specs.map((s) => [s, undefined]));
      if (unique.length === 0) return out;
      const raw = await run(cwd, `${unique.join('\n')}\n`);
      parseBatch(raw, unique, out);
      return out;
    },
  };
}

function run(cwd: string, input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    const errs: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => errs.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else
        reject(
          new Error(
            `git cat-file failed: ${Buffer.concat(errs).toString('utf8').trim() || `exit ${code}`}`,
          ),
        );
    });
    child.stdin.on('error', () => {}); // a dying git reports through 'close'
    child.stdin.end(input);
  });
}

/**
 * Parses batch output: per request either `<oid> <type> <size>\n<bytes>\n` or `<spec> missing\n`
 * (also `ambiguous`). Answers come in request order. Exported for tests.
 */
export function parseBatch(raw: Buffer, specs: readonly string[], out: BlobMap): void {
  let pos = 0;
  for (const spec of specs) {
    const nl = raw.indexOf(0x0a, pos);
    if (nl < 0) throw new Error('git cat-file: output ended early');
    const header = raw.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "<spec> missing" / "ambiguous": no body follows
    const size = Number(m[2]);
    const body = raw.subarray(pos, pos + size);
    pos += size + 1;
    if (m[1] === 'blob') out.set(spec, new Uint8Array(body));
  }
}
