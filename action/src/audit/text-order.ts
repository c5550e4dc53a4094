/**
 * Sorting without the collator when it cannot change the order. Reports are ordered with
 * localeCompare (ICU), which costs about a microsecond a call; for grant ids (`a-z`, `0-9`, `-`)
 * and ISO UTC second stamps (or the empty string) it orders exactly as plain code units do, as
 * test/audit/text-order.test.ts checks, so audit sorts those with `<` and keeps the collator for
 * anything else (an id from a trailer may hold any character).
 */

const ID = /^[a-z0-9-]*$/;
const STAMP = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)?$/;

/** Every string is a grant-id-like word. */
export const allIds = (xs: Iterable<string>): boolean => every(xs, (x) => ID.test(x));
/** Every string is an ISO UTC second stamp or empty. */
export const allStamps = (xs: Iterable<string>): boolean => every(xs, (x) => STAMP.test(x));

function every(xs: Iterable<string>, ok: (x: string) => boolean): boolean {
  for (const x of xs) if (!ok(x)) return false;
  return true;
}

/** Code-unit order: localeCompare's order within one of the classes above. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** localeCompare, the reference order. */
export const byLocale = (a: string, b: string): number => a.localeCompare(b);
