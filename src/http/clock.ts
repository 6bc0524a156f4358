// The clock, read at the edge and nowhere else: the core takes the day as a parameter.
import { utcDay } from '../lib/dates';

/** Today as an ISO day (UTC): the default date of briefs, pages, lists and histories. */
export function today(): string {
  return utcDay(new Date());
}
