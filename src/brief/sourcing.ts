// How a brief describes its sources, as ICD 203's first standard asks: who published each one,
// what kind of document it is, who wrote it, when, how reliable the service grades it, and how
// each fact was obtained from it (stated, reported second-hand, the author's assessment, …).
import * as v from 'valibot';
import type { FactRecord } from '../facts/fact-record';
import { formatPeriod } from '../facts/format';
import type { SourceMeta } from '../facts/schema';
import { originKey, originName, type Source } from '../facts/sources';
import {
  CERTAINTY_PHRASES,
  type Certainty,
  GENRE_NAMES,
  GENRES,
  RELIABILITY_GRADES,
  RELIABILITY_NAMES,
} from '../facts/vocabulary';

export const SourceDescriptionSchema = v.object({
  id: v.string(),
  title: v.string(),
  publisher: v.string(),
  authors: v.pipe(v.array(v.string()), v.description('Empty when the author is not recorded.')),
  genre: v.pipe(
    v.nullable(v.picklist(GENRES)),
    v.description('analysis, opinion, news-report, wire-report, official-statement or dataset; null if not recorded.'),
  ),
  published: v.pipe(v.string(), v.description('Publication date, partial allowed.')),
  url: v.string(),
  origin: v.pipe(
    v.string(),
    v.description('Where its information comes from, for counting independent sources: the publisher unless stated.'),
  ),
  reliability: v.pipe(
    v.nullable(v.object({ grade: v.picklist(RELIABILITY_GRADES), meaning: v.string(), rationale: v.string() })),
    v.description('The service’s Admiralty grade of the source (A–F), with its reason; null if not graded.'),
  ),
  description: v.pipe(v.string(), v.description('How a reader would cite it: publisher, genre, author, date.')),
});
export type SourceDescription = v.InferOutput<typeof SourceDescriptionSchema>;

/** "The Diplomat (analysis, July 2021)": publisher, genre and date, for running text. */
export function sourceShortName(meta: SourceMeta): string {
  const genre = meta.genre ? `${GENRE_NAMES[meta.genre]}, ` : '';
  return `${meta.publisher} (${genre}${formatPeriod(meta.published)})`;
}

/** How a fact was obtained, as a phrase: "reported second-hand by The Diplomat". */
export function obtainedPhrase(certainty: Certainty, meta: SourceMeta | undefined): string {
  return `${CERTAINTY_PHRASES[certainty]} ${meta?.publisher ?? 'its source'}`;
}

/** Descriptions are kept per source (its metadata never changes once loaded) and copied out. */
const descriptions = new WeakMap<SourceMeta, SourceDescription>();

/** A source as a brief describes it; a fresh copy each call, so callers may change it. */
export function describeSource(meta: SourceMeta): SourceDescription {
  let described = descriptions.get(meta);
  if (!described) {
    described = describeSourceOnce(meta);
    descriptions.set(meta, described);
  }
  return {
    ...described,
    authors: [...described.authors],
    reliability: described.reliability && { ...described.reliability },
  };
}

function describeSourceOnce(meta: SourceMeta): SourceDescription {
  const authors = meta.authors ?? [];
  const by = authors.length > 0 ? `by ${authors.join(', ')}` : 'author not recorded';
  const genre = meta.genre ? GENRE_NAMES[meta.genre] : 'genre not recorded';
  return {
    id: meta.id,
    title: meta.title,
    publisher: meta.publisher,
    authors: [...authors],
    genre: meta.genre ?? null,
    published: meta.published,
    url: meta.url,
    origin: originName(meta),
    reliability: meta.reliability
      ? {
          grade: meta.reliability.grade,
          meaning: RELIABILITY_NAMES[meta.reliability.grade],
          rationale: meta.reliability.rationale,
        }
      : null,
    description: `${meta.publisher}, “${meta.title}” (${genre}, ${by}), ${formatPeriod(meta.published)}.`,
  };
}

/** The sources the given facts cite, described, in order of first citation. */
export function sourcesBehind(facts: readonly FactRecord[], sources: ReadonlyMap<string, Source>): SourceDescription[] {
  const seen = new Map<string, SourceDescription>();
  for (const fact of facts) {
    for (const c of fact.citations) {
      const source = sources.get(c.sourceId);
      if (source && !seen.has(c.sourceId)) seen.set(c.sourceId, describeSource(source.meta));
    }
  }
  return [...seen.values()];
}

/** The distinct origins of the sources the given facts cite (see originKey), each with its name and genres. */
export function originsOf(
  facts: readonly FactRecord[],
  sources: ReadonlyMap<string, Source>,
): Map<string, { name: string; metas: SourceMeta[] }> {
  const origins = new Map<string, { name: string; metas: SourceMeta[] }>();
  for (const fact of facts) {
    for (const c of fact.citations) {
      const meta = sources.get(c.sourceId)?.meta;
      if (!meta) continue;
      const key = originKey(meta);
      const entry = origins.get(key) ?? { name: originName(meta), metas: [] };
      if (!entry.metas.includes(meta)) entry.metas.push(meta);
      origins.set(key, entry);
    }
  }
  return origins;
}
