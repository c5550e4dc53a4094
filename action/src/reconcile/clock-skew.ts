/**
 * Runner clock against the clouds' clock (THREAT-MODEL F-08): expiry checks before each write use the
 * runner's clock, so a runner that is minutes off could write a grant that already ended or remove one
 * too early. Reconcile compares its clock with the HTTP `Date` header of a cloud endpoint and makes no
 * write when they differ by more than 60 s (the clouds still enforce every expiry themselves).
 */
import type { Clock } from '../core/clock.js';

export const MAX_CLOCK_SKEW_MS = 60_000;

/** The server's idea of now, or undefined when it cannot be read (then the check is skipped). */
export type ServerTime = () => Promise<Date | undefined>;

export type SkewCheck =
  { ok: true; skewMs?: number } | { ok: false; skewMs: number; message: string };

/** Reads the `Date` header of any answer from `url` (the status does not matter). */
export function httpDateOf(url: string, fetchImpl: typeof fetch = fetch): ServerTime {
  return async () => {
    try {
      const res = await fetchImpl(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
      const t = Date.parse(res.headers.get('date') ?? '');
      return Number.isNaN(t) ? undefined : new Date(t);
    } catch {
      return undefined;
    }
  };
}

/** HTTP dates have one-second precision: the comparison allows for it on top of `maxMs`. */
export async function checkClockSkew(
  clock: Clock,
  server: ServerTime,
  maxMs = MAX_CLOCK_SKEW_MS,
): Promise<SkewCheck> {
  const theirs = await server();
  if (!theirs) return { ok: true };
  const skewMs = clock.now().getTime() - theirs.getTime();
  if (Math.abs(skewMs) <= maxMs + 1000) return { ok: true, skewMs };
  const secs = Math.round(skewMs / 1000);
  return {
    ok: false,
    skewMs,
    message: `runner clock is ${Math.abs(secs)} s ${secs > 0 ? 'ahead of' : 'behind'} the cloud's clock (limit ${maxMs / 1000} s): no cloud write made`,
  };
}
