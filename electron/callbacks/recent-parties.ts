import type { HistorySummary } from '../contract/history-types';
import {
  recentPartiesKept,
  type PartySide,
  type RecentParties,
  type RecentParty,
} from '../contract/recent-types';
import type { HistoryStore } from '../history/history-store';
import { maskParty } from '../history/masking';

/** A profile's attempts read for its recent parties: enough to find twenty of each side in ordinary use. */
const attemptsRead = 400;

/**
 * The parties a profile sent to most recently, newest first and distinct,
 * at most twenty of each side. They come from the history, so deleting an
 * attempt or clearing the history forgets them too. With masking on, phone
 * numbers are withheld (only counted): a masked number cannot be sent, and
 * a whole one must not reach the window. SIP logins and scheme ids, which
 * masking never hides, are offered as they are.
 */
export async function recentPartiesOf(
  history: HistoryStore,
  profileId: string,
  masked: boolean,
): Promise<RecentParties> {
  // While the index is still read at start, the newest attempts in memory are enough.
  const summaries = history.stats().indexing
    ? history.newest(500)
    : (await history.list({ profileId }, 0, attemptsRead)).items;
  return pickRecentParties(summaries, profileId, masked);
}

/** The picking itself, over attempts newest first: see `recentPartiesOf`. */
export function pickRecentParties(
  summaries: readonly HistorySummary[],
  profileId: string,
  masked: boolean,
): RecentParties {
  const parties: RecentParty[] = [];
  const seen = new Set<string>();
  const counts: Record<PartySide, number> = { client: 0, employee: 0, scheme: 0 };
  let withheld = 0;
  for (const summary of summaries) {
    // An attempt that never left (no connection) or is another profile's is not a party this profile called.
    if (summary.profileId !== profileId || summary.outcome === 'not-sent') continue;
    for (const [value, side] of sidesOf(summary)) {
      const key = `${side}:${value}`;
      if (value === '' || seen.has(key) || counts[side] >= recentPartiesKept) continue;
      seen.add(key);
      if (masked && maskParty(value, side === 'scheme') !== value) {
        withheld += 1;
        continue;
      }
      counts[side] += 1;
      parties.push({ value, side, at: summary.at });
    }
  }
  return { parties, withheld };
}

/**
 * An attempt's parties and their sides. The simple method's extension is a
 * project number, which the profile already offers, so it is left out.
 */
function sidesOf(summary: HistorySummary): [string, PartySide][] {
  if (summary.method === 'simple') return [[summary.callee, 'client']];
  return [
    [summary.caller, 'client'],
    [summary.callee, summary.calleeIsScheme ? 'scheme' : 'employee'],
  ];
}
