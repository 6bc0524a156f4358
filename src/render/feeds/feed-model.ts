// What both feeds say: one item per scenario change, newest first, each linking to the brief page
// as of its digest date. An item's id is derived from the scenario and the date alone, so it is
// stable across runs and hosts, and a reader never sees the same change twice.

import { outcomeInline } from '../../brief/outcome-phrase';
import type { ChangeEvent, SetChangeEvent } from '../../digest/digest-schema';
import { formatDay } from '../../facts/format';
import { sha256Hex } from '../../lib/hash';

export const FEED_TITLE = 'scenario-briefs: changes in scenario judgments';
export const FEED_DESCRIPTION =
  'One item each time a scenario’s judgment moves (its band, its indicators, its confidence, its resolution, or its probability by five points or more in a day), or a question set’s ranking of its hypotheses changes, from the daily digest.';

const ARROW = { new: '●', up: '↑', down: '↓', unchanged: '→' } as const;

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  bluf: string;
  flips: string[];
  updated: string;
  tags: string[];
}

/**
 * A change's id: a name-based UUID (RFC 9562 §5.8, from SHA-256) of the scenario and date, so
 * it is the same whatever host serves the feed, and across reruns.
 */
export function changeId(scenarioId: string, date: string): string {
  const hex = sha256Hex(`scenario-briefs/change/${scenarioId}/${date}`);
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The feed's own id, the same on every host. */
export const FEED_ID = changeId('digest-feed', 'all');

/** A scenario's change as a feed item, linking to its brief page as of the digest date. */
export function feedItem(origin: string, event: ChangeEvent): FeedItem {
  const url = `${origin}/briefs/${event.scenarioId}?asOf=${event.date}`;
  return {
    id: changeId(event.scenarioId, event.date),
    url,
    title:
      event.status === 'open'
        ? `${event.title} ${ARROW[event.trend]} ${event.term} (${Math.round(event.probability * 100)}%) (digest of ${formatDay(event.date)})`
        : event.status === 'unresolved'
          ? `${event.title}: not resolved, horizon passed (digest of ${formatDay(event.date)})`
          : `${event.title}: ${outcomeInline(event.status, event.resolvedOn ?? event.date, event.basis)} (digest of ${formatDay(event.date)})`,
    summary: event.summary,
    bluf: event.bluf,
    flips: event.flipped.map((f) => `${f.label}: ${f.before ?? 'absent'} → ${f.after}. ${f.explanation}`),
    updated: event.computedAt,
    // A resolution's item carries its score in the summary, and says so by its tag.
    tags: [event.scenarioId, event.trend, ...(event.score ? ['scored-resolution'] : [])],
  };
}

/** A question set's ranking change: it links to the set page as of its digest date. */
export function setFeedItem(origin: string, event: SetChangeEvent): FeedItem {
  const lead = event.ranking[0];
  const leads = lead ? `“${lead.label}” leads at ${Math.round(lead.probability * 100)}%` : 'no hypotheses';
  const resolved = event.ranking.find((r) => r.hypothesisId === event.resolvedTo)?.label ?? event.resolvedTo;
  return {
    id: changeId(`set:${event.setId}`, event.date),
    url: `${origin}/sets/${event.setId}?asOf=${event.date}`,
    title:
      event.status === 'open'
        ? `${event.title}: ${leads} (digest of ${formatDay(event.date)})`
        : event.status === 'resolved' && resolved
          ? `${event.title}: resolved to “${resolved}” (digest of ${formatDay(event.date)})`
          : `${event.title}: not resolved, horizon passed (digest of ${formatDay(event.date)})`,
    summary: event.summary,
    bluf: event.bluf,
    flips: [],
    updated: event.computedAt,
    tags: [`set:${event.setId}`, event.rankingBefore === null ? 'new' : 'ranking-change'],
  };
}

/** Both kinds of change as feed items, newest digest first (scenarios before sets within a day). */
export function changeItems(
  origin: string,
  log: { events: readonly ChangeEvent[]; setEvents: readonly SetChangeEvent[] },
): FeedItem[] {
  const dated = [
    ...log.events.map((e) => ({ date: e.date, item: feedItem(origin, e) })),
    ...log.setEvents.map((e) => ({ date: e.date, item: setFeedItem(origin, e) })),
  ];
  // A stable sort: within a day, the order above holds.
  return dated.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).map((d) => d.item);
}

/** The feed's own last update: its newest item's, or, with no item yet, the latest digest's. */
export function feedUpdated(items: readonly FeedItem[], fallback: string): string {
  const dates = items.map((item) => item.updated).sort();
  return dates.at(-1) ?? fallback;
}
