// What an observation cites, made trustworthy before it is stored. Every citation is of a
// registered source (POST /v1/sources) and is checked against that source's text: the service
// finds the quote (only whitespace and typographic quotes may differ) and stores the source's own
// words at its own offsets. A source described in the observation itself, with no text to check
// its quote against, is refused; observations stored that way before are still served.
import {
  isObservationSource,
  MAX_TEXT,
  type ObservationInput,
  type ObservationIssue,
  type ObservationRequest,
} from './observation';
import { locateQuote } from './registered-source';
import type { Source } from './sources';

/** The shortest quote a citation may make, in characters. */
const MIN_QUOTE = 10;

export type ResolvedObservation = { ok: true; input: ObservationInput } | { ok: false; issues: ObservationIssue[] };

/**
 * The observation to store for a request, its citation resolved against the sources the service
 * holds (the article and every registered one), or every issue with it, by path.
 */
export function resolveCitation(
  request: ObservationRequest,
  sources: ReadonlyMap<string, Source>,
): ResolvedObservation {
  const { citation, ...rest } = request;
  const cited = sources.get(citation.sourceId);
  if (!cited || isObservationSource(cited.meta.id)) {
    return {
      ok: false,
      issues: [
        {
          path: 'citation.sourceId',
          message: `no registered source has the id "${citation.sourceId}": register it first (POST /v1/sources)`,
        },
      ],
    };
  }
  // Whitespace runs count once, as they do when the quote is found: ten characters of words at least.
  if (citation.quote.replace(/\s+/g, ' ').length < MIN_QUOTE) {
    return {
      ok: false,
      issues: [
        {
          path: 'citation.quote',
          message: `must quote at least ${MIN_QUOTE} characters, a run of spaces counting as one`,
        },
      ],
    };
  }
  const at = locateQuote(cited.text, citation.quote);
  if (!at) {
    return {
      ok: false,
      issues: [
        {
          path: 'citation.quote',
          message: `is not in the text of "${cited.meta.id}": a quote must be verbatim (only whitespace and typographic quotes may differ)`,
        },
      ],
    };
  }
  // Found more than once, a quote does not say which passage it rests on: the citation would
  // point at the first, whichever the writer meant.
  if (at.occurrences > 1) {
    return {
      ok: false,
      issues: [
        {
          path: 'citation.quote',
          message: `is in the text of "${cited.meta.id}" ${at.occurrences} times: quote more of its sentence, so it is found once`,
        },
      ],
    };
  }
  // The source's own words may hold longer runs of whitespace than the quote: bounded all the same.
  if (at.end - at.start > MAX_TEXT) {
    return {
      ok: false,
      issues: [
        { path: 'citation.quote', message: `spans more than ${MAX_TEXT} characters of "${cited.meta.id}": quote less` },
      ],
    };
  }
  const quote = cited.text.slice(at.start, at.end);
  const { start, end } = at;
  const { meta } = cited;
  return {
    ok: true,
    input: {
      ...rest,
      source: {
        title: meta.title,
        publisher: meta.publisher,
        url: meta.url,
        published: meta.published,
        ...(meta.genre ? { genre: meta.genre } : {}),
        ...(meta.authors.length > 0 ? { authors: meta.authors } : {}),
        ...(meta.origin ? { origin: meta.origin } : {}),
        quote,
      },
      citation: { sourceId: meta.id, quote, start, end },
    },
  };
}
