/**
 * The state a synthetic history is built in: the seeded random source, id counters, the commits to
 * write, the grant plans, and the anomalies expected (some only once shas are known, after the import).
 */
import type { Anomaly } from '../../../action/src/audit/anomalies.js';
import type { Settings } from '../../../action/src/policy/model.js';
import { rng, type Ids, type Rng } from './factory.js';
import type { CommitSpec } from './fast-import.js';
import type { Emit, GrantPlan } from './grants.js';

const BOT = 'breakglass';
const BOT_EMAIL = 'breakglass@users.noreply.github.com';

export class World {
  readonly r: Rng;
  readonly specs: CommitSpec[] = [];
  readonly plans: GrantPlan[] = [];
  readonly anomalies: Anomaly[] = [];
  private readonly pending: (() => Anomaly)[] = [];
  private seqNo = 0;
  private grantNo = 0;
  private prNo = 0;
  readonly ids: Ids = {
    grant: () => `g-${String(++this.grantNo).padStart(6, '0')}`,
    pr: () => ++this.prNo,
  };

  constructor(
    seed: number,
    /** Unix seconds: the first day, and the end of history (the audit's `at`). */
    readonly T0: number,
    readonly END: number,
    readonly settings: Settings,
  ) {
    this.r = rng(seed);
  }

  seq(): number {
    return this.seqNo++;
  }

  emit(): Emit {
    return { end: this.END, seq: () => this.seq(), push: (c) => this.specs.push(c) };
  }

  /** A commit by the tool's own identity (records). */
  bot(t: number, message: string, files: [string, string | null][] = []): CommitSpec {
    const c: CommitSpec = {
      time: t,
      authorTime: t,
      author: BOT,
      authorEmail: BOT_EMAIL,
      committer: BOT,
      committerEmail: BOT_EMAIL,
      message,
      files,
      seq: this.seq(),
    };
    this.specs.push(c);
    return c;
  }

  /** An expected anomaly; pass a function when it needs a commit sha (known after the import). */
  expect(a: Anomaly | (() => Anomaly)): void {
    if (typeof a === 'function') this.pending.push(a);
    else this.anomalies.push(a);
  }

  /** Call after the import: resolves the anomalies that name commits. */
  resolve(): void {
    for (const f of this.pending.splice(0)) this.anomalies.push(f());
  }
}
