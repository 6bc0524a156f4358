// A source: its metadata and its full text, the ground truth that citations point into.
import type { SourceMeta } from './schema';

export interface Source {
  meta: SourceMeta;
  /** The article text; citation offsets are UTF-16 code unit indexes into it. */
  text: string;
}

/** Whether a citation's quote is exactly the source text at `[start, end)`. */
export function quoteMatches(source: Source, quote: string, start: number, end: number): boolean {
  return end - start === quote.length && source.text.slice(start, end) === quote;
}
