/**
 * Overuse (GOV-03): more than `maxGrants` grants by one person within `windowDays`. Pure.
 *
 * Definition, per requester (logins compared case-insensitively), over every grant that landed on
 * main (approved or not), timed by when it landed (mergedAt, else approvedAt), ordered by (time, id):
 * - grant j is OVER when the grants i ≤ j with t_i > t_j − W number more than maxGrants
 *   (W = windowDays; the trailing window (t_j − W, t_j] holds too many, j included);
 * - consecutive over-grants less than W apart belong to one EPISODE; a gap of W or more starts a new one;
 * - each episode is reported once: `when` = the first over-grant's time; `grants` = every grant of the
 *   person from the first grant in that first over-grant's trailing window to the episode's last
 *   over-grant, inclusive.
 */
import { isoSeconds } from '../core/clock.js';
import type { GrantLifecycle } from './lifecycle.js';

export interface OveruseEpisode {
  who: string;
  when: string;
  from: string;
  to: string;
  grants: string[];
}

interface Timed {
  id: string;
  t: number;
}

export function overuseEpisodes(
  grants: readonly GrantLifecycle[],
  limit: { maxGrants: number; windowDays: number },
): OveruseEpisode[] {
  const W = limit.windowDays * 86_400_000;
  const byPerson = new Map<string, Timed[]>();
  for (const g of grants) {
    const at = g.mergedAt ?? g.approvedAt;
    if (!g.requester || at === undefined) continue;
    const who = g.requester.toLowerCase();
    const list = byPerson.get(who) ?? [];
    list.push({ id: g.id, t: Date.parse(at) });
    byPerson.set(who, list);
  }
  const out: OveruseEpisode[] = [];
  for (const [who, list] of [...byPerson].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (list.length <= limit.maxGrants) continue;
    list.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
    let lo = 0; // first index inside the trailing window of j
    let episode: { fromIdx: number; firstOver: number; lastOver: number } | undefined;
    const close = () => {
      if (!episode) return;
      const ids = list.slice(episode.fromIdx, episode.lastOver + 1).map((x) => x.id);
      out.push({
        who,
        when: iso(list[episode.firstOver]!.t),
        from: iso(list[episode.fromIdx]!.t),
        to: iso(list[episode.lastOver]!.t),
        grants: ids,
      });
      episode = undefined;
    };
    for (let j = 0; j < list.length; j++) {
      const tj = list[j]!.t;
      while (list[lo]!.t <= tj - W) lo++;
      if (j - lo + 1 <= limit.maxGrants) continue;
      if (episode && tj - list[episode.lastOver]!.t < W) episode.lastOver = j;
      else {
        close();
        episode = { fromIdx: lo, firstOver: j, lastOver: j };
      }
    }
    close();
  }
  return out;
}

const iso = (t: number): string => isoSeconds(new Date(t));
