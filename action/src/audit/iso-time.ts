/**
 * Times as audit reports them: ISO-8601 UTC with seconds. Audit normalises ~100,000 git and trailer
 * times per 10,000 grants, nearly all already in that form, so those are returned as written and
 * only the rest goes through Date.parse (test/audit/text-order.test.ts compares the two).
 */
import { isoSeconds } from '../core/clock.js';

/** `YYYY-MM-DDTHH:MM:SS` in UTC (`Z` from trailers, `+00:00` from git): already the output form. */
const UTC_SECONDS = /^([1-9]\d{3})-(\d\d)-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|\+00:00)$/;

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * A trailer or git time as ISO UTC seconds; undefined when it is not a time. Offsets, fractions and
 * dates the parser rolls over (02-30, 24:00) take the general path.
 */
export function isoTime(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = UTC_SECONDS.exec(text);
  if (m) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Number(m[1]), month))
      return text.length === 20 ? text : `${text.slice(0, 19)}Z`;
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : isoSeconds(new Date(ms));
}
