/** The only source of "now" for the core: commands take a Clock so tests and the demo can move time. */
export interface Clock {
  now(): Date;
}

/** Wall-clock time. The only place in the code base that reads the system time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and the demo. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
    if (Number.isNaN(this.t)) throw new Error(`ManualClock: invalid start time ${String(start)}`);
  }
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(at: Date | string): void {
    this.t = new Date(at).getTime();
  }
}

/** Sleep that tests can replace; production code receives it through its dependencies. */
export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** ISO-8601 UTC with second precision and a Z suffix, the only timestamp format the tool writes. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
