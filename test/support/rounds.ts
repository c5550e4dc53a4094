/**
 * Sequential rounds of requests from their [arrival, answer] spans: spans that overlap (directly or
 * through others) form one round. Independent of CPU time (issue 8: time to access).
 */
export function countRounds(spans: readonly [number, number][]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let rounds = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (s > end) rounds++;
    end = Math.max(end, e);
  }
  return rounds;
}
