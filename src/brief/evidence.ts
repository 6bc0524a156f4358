// The evidence a brief shows: a citation for every fact it relies on, and a timeline of them.
import * as v from 'valibot';
import type { FactRecord } from '../facts/fact-record';
import { formatPeriod } from '../facts/format';
import { periodStart } from '../facts/partial-date';
import type { Source } from '../facts/sources';
import { byCodeUnit } from '../facts/text-order';
import { CERTAINTIES } from '../facts/vocabulary';
import { obtainedPhrase } from './sourcing';

export const BriefCitationSchema = v.object({
  factId: v.string(),
  sourceId: v.string(),
  publisher: v.string(),
  published: v.pipe(v.string(), v.description('The source’s publication date, partial allowed.')),
  certainty: v.pipe(
    v.picklist(CERTAINTIES),
    v.description('How the source supports the fact: stated, reported, assessment, uncertain or inferred.'),
  ),
  obtained: v.pipe(v.string(), v.description('The same as a phrase: "reported second-hand by The Diplomat".')),
  readingNote: v.optional(
    v.pipe(v.string(), v.description('How the recorded value relates to the quote, where it is a reading of it.')),
  ),
  quote: v.pipe(v.string(), v.description('Verbatim text of the source at [start, end).')),
  start: v.pipe(v.number(), v.description('Offset in UTF-16 code units (JavaScript string index).')),
  end: v.number(),
});
export type BriefCitation = v.InferOutput<typeof BriefCitationSchema>;

export const TimelineEntrySchema = v.object({
  date: v.pipe(
    v.string(),
    v.description('When it happened: a partial date, or a range start/end where the source gives no day.'),
  ),
  when: v.pipe(v.string(), v.description('The date as a reader names it: "June to 5 July 2021", "9 to 31 July 2021".')),
  text: v.string(),
  factIds: v.array(v.string()),
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;

/** One citation per (fact, quote), facts in the order given, each saying how it was obtained. Assumed facts have none. */
export function citationsFor(facts: readonly FactRecord[], sources: ReadonlyMap<string, Source>): BriefCitation[] {
  const seen = new Set<string>();
  const out: BriefCitation[] = [];
  for (const fact of facts) {
    for (const c of fact.citations) {
      const key = `${fact.id}|${c.sourceId}|${c.start}|${c.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const meta = sources.get(c.sourceId)?.meta;
      out.push({
        factId: fact.id,
        sourceId: c.sourceId,
        publisher: meta?.publisher ?? 'unrecorded',
        published: meta?.published ?? 'unrecorded',
        certainty: c.certainty ?? fact.certainty,
        obtained: obtainedPhrase(c.certainty ?? fact.certainty, meta),
        ...(fact.readingNote ? { readingNote: fact.readingNote } : {}),
        quote: c.quote,
        start: c.start,
        end: c.end,
      });
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
    .map((f) => ({ date: f.date, when: formatPeriod(f.date), text: f.statement, factIds: [f.id] }));
}
