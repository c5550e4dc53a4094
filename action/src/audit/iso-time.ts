/**
 * Times as audit reports them: ISO-8601 UTC with seconds. Audit normalises ~100,000 git and trailer
 * times per 10,000 grants, nearly all already in that form, so those are returned as written and
 * only the rest goes through Date.parse (test/audit/text-order.test.ts compares the two).
 */
import { isoSeconds } from '../core/clock.js';

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysIn(year: number, month: number): number {
  // The three remainders on every call, not only for a February of a year divisible by 4: code the
  // optimising compiler built before such a date showed (late in a history) would be thrown away.
  const r4 = year % 4;
  const r100 = year % 100;
  const r400 = year % 400;
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return r4 === 0 && (r100 !== 0 || r400 === 0) ? 29 : 28;
}

/** The decimal digit at text[i], or -1. */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 0x30;
  return d >= 0 && d <= 9 ? d : -1;
}

/** The two-digit number at text[i], or -1. */
function twoDigits(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * `YYYY-MM-DDTHH:MM:SS` in UTC (`Z` from trailers, `+00:00` from git), a real date and time: already
 * the output form. Checked character by character: this runs ~100,000 times per audit.
 */
function utcSeconds(text: string): boolean {
  if (text.length === 20) {
    if (text.charCodeAt(19) !== 0x5a) return false;
  } else if (text.length !== 25 || !text.endsWith('+00:00')) return false;
  const century = twoDigits(text, 0);
  const year = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  return (
    century >= 10 &&
    year >= 0 &&
    text.charCodeAt(4) === 0x2d &&
    text.charCodeAt(7) === 0x2d &&
    text.charCodeAt(10) === 0x54 &&
    text.charCodeAt(13) === 0x3a &&
    text.charCodeAt(16) === 0x3a &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(century * 100 + year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59
  );
}

/**
 * A trailer or git time as ISO UTC seconds; undefined when it is not a time. Offsets, fractions and
 * dates the parser rolls over (02-30, 24:00) take the general path.
 */
export function isoTime(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (utcSeconds(text)) return text.length === 20 ? text : `${text.slice(0, 19)}Z`;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : isoSeconds(new Date(ms));
}

/** isoSeconds of a time in milliseconds, without its regular expression for years 0-9999. */
export function isoSecondsOf(ms: number): string {
  const d = new Date(ms);
  const text = d.toISOString(); // `YYYY-MM-DDTHH:MM:SS.sssZ` for years 0-9999
  return text.length === 24 ? `${text.slice(0, 19)}Z` : isoSeconds(d);
}
