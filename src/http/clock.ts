// The clock, read at the edge and nowhere else: the core takes the day as a parameter.
import { utcDay } from '../lib/dates';

const DAY_MS = 86_400_000;

/** The last day computed and the instants it spans, [start, end): most requests fall in it. */
let known = { day: '', start: 0, end: 0 };

/** Today as an ISO day (UTC): the default date of briefs, pages, lists and histories. */
export function today(): string {
  const now = Date.now();
  // Formatting a date on every request is a measurable share of a cache hit; a clock that goes
  // back (tests set it) falls outside the span and is computed afresh.
  if (now < known.start || now >= known.end) {
    const start = now - (((now % DAY_MS) + DAY_MS) % DAY_MS);
    known = { day: utcDay(new Date(now)), start, end: start + DAY_MS };
  }
  return known.day;
}
