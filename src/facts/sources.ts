// A source: its metadata and its full text, the ground truth that citations point into; and the
// two things every judgment needs of it: when what it says became known, and where it comes from.
import { periodEnd } from './partial-date';
import type { SourceMeta } from './schema';
import { comparableText } from './source-identity';

export interface Source {
  meta: SourceMeta;
  /** The article text; citation offsets are UTF-16 code unit indexes into it. */
  text: string;
}

/** Whether a citation's quote is exactly the source text at `[start, end)`. */
export function quoteMatches(source: Source, quote: string, start: number, end: number): boolean {
  return end - start === quote.length && source.text.slice(start, end) === quote;
}

/**
 * The day what a source says became known: the last day of its publication date. A source
 * dated only by month is taken as known at the month's end, since nothing shows it was readable
 * earlier; an earlier day would let a brief "as of" that day use what nobody could yet read.
 */
export function knownDateOf(meta: Pick<SourceMeta, 'published'>): string {
  return periodEnd(meta.published);
}

/**
 * The key under which sources count as one origin: the stated origin, or else the publisher,
 * compared as source-identity.ts compares names (case, spacing, punctuation, invisible characters
 * and a leading "the" aside). Two documents of one origin are one source
 * for confidence, however many ids they have.
 */
export function originKey(meta: Pick<SourceMeta, 'origin' | 'publisher'>): string {
  let key = originKeys.get(meta);
  if (key === undefined) {
    key = comparableText(meta.origin ?? meta.publisher);
    originKeys.set(meta, key);
  }
  return key;
}

/** A source's metadata is immutable once loaded: its key is worked out once. */
const originKeys = new WeakMap<object, string>();

/** The origin as a reader would name it: the stated origin, or else the publisher. */
export function originName(meta: Pick<SourceMeta, 'origin' | 'publisher'>): string {
  return meta.origin ?? meta.publisher;
}
