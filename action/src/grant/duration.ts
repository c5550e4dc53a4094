/** Durations as written in grants and policies: `30m`, `2h`, `1h30m`, `1d`. */

const DURATION = /^(?=[0-9])(?:([0-9]{1,2})d)?(?:([0-9]{1,3})h)?(?:([0-9]{1,4})m)?$/;

/** Minutes in a duration string, or undefined when it is not one (or is zero). */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return minutes > 0 ? minutes : undefined;
}

/** `90` → `1h30m`; the canonical form used in comments and records. */
export function formatDuration(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}` || '0m';
}

/** The hard ceiling on any grant, whatever policies say: 7 days (GCP PAM's own ceiling). */
export const MAX_GRANT_MINUTES = 7 * 1440;

/** Parses a UTC timestamp as the schemas allow it (`YYYY-MM-DDTHH:MM[:SS]Z`); rejects impossible dates. */
export function parseUtc(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const roundTrips =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  return roundTrips ? date : undefined;
}
