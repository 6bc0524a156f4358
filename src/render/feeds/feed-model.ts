// What both feeds say: one item per scenario change, newest first, each linking to the brief page
// as of its digest date. That link is also the item's id, so it is stable across runs and a
// reader never sees the same change twice.
import type { ChangeEvent } from '../../digest/digest-schema';

export const FEED_TITLE = 'scenario-briefs: changes in scenario judgments';
export const FEED_DESCRIPTION =
  'One item each time a scenario’s judgment moves (its probability, band, confidence or indicators), from the daily digest.';

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

export function feedItem(origin: string, event: ChangeEvent): FeedItem {
  const url = `${origin}/briefs/${event.scenarioId}?asOf=${event.date}`;
  return {
    id: url,
    url,
    title: `${event.title} ${ARROW[event.trend]} ${event.term} (${Math.round(event.probability * 100)}%), ${event.date}`,
    summary: event.summary,
    bluf: event.bluf,
    flips: event.flipped.map((f) => `${f.label}: ${f.before ?? 'absent'} → ${f.after}. ${f.explanation}`),
    updated: event.computedAt,
    tags: [event.scenarioId, event.trend],
  };
}

/** The feed's own last update: its newest item's, or, with no item yet, the latest digest's. */
export function feedUpdated(items: readonly FeedItem[], fallback: string): string {
  const dates = items.map((item) => item.updated).sort();
  return dates.at(-1) ?? fallback;
}
