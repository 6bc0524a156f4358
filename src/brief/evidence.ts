// The evidence a brief shows: a citation for every fact it relies on, and a timeline of them.
import * as v from 'valibot';
import type { FactRecord } from '../facts/fact-record';
import { periodStart } from '../facts/partial-date';
import { byCodeUnit } from '../facts/text-order';

export const BriefCitationSchema = v.object({
  factId: v.string(),
  sourceId: v.string(),
  quote: v.pipe(v.string(), v.description('Verbatim text of the source at [start, end).')),
  start: v.pipe(v.number(), v.description('Offset in UTF-16 code units (JavaScript string index).')),
  end: v.number(),
});
export type BriefCitation = v.InferOutput<typeof BriefCitationSchema>;

export const TimelineEntrySchema = v.object({
  date: v.string(),
  text: v.string(),
  factIds: v.array(v.string()),
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;

/** One citation per (fact, quote), facts in the order given. Assumed facts have none. */
export function citationsFor(facts: readonly FactRecord[]): BriefCitation[] {
  const seen = new Set<string>();
  const out: BriefCitation[] = [];
  for (const fact of facts) {
    for (const c of fact.citations) {
      const key = `${fact.id}|${c.sourceId}|${c.start}|${c.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ factId: fact.id, sourceId: c.sourceId, quote: c.quote, start: c.start, end: c.end });
    }
  }
  return out;
}

/**
 * One entry per fact, in date order: by the start of the period (so `2014` precedes `2014-06`),
 * then by id, so the order is stable.
 */
export function timelineOf(facts: readonly FactRecord[]): TimelineEntry[] {
  return [...facts]
    .sort(
      (a, b) =>
        byCodeUnit(periodStart(a.date), periodStart(b.date)) || byCodeUnit(a.date, b.date) || byCodeUnit(a.id, b.id),
    )
    .map((f) => ({ date: f.date, text: f.statement, factIds: [f.id] }));
}
