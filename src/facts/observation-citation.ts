// What an observation cites, made trustworthy before it is stored. A citation of a registered
// source is checked against that source's text: the service finds the quote (only whitespace and
// typographic quotes may differ) and stores the source's own words at its own offsets. A source
// the writer describes may not pass for a registered one (the same document: source-identity.ts),
// and the writer must cite the registered source by id, so its quote is checked too.
import {
  isObservationSource,
  MAX_TEXT,
  type ObservationInput,
  type ObservationIssue,
  type ObservationRequest,
} from './observation';
import { locateQuote } from './registered-source';
import { sameDocument } from './source-identity';
import type { Source } from './sources';

/** The shortest quote a citation may make, in characters. */
const MIN_QUOTE = 10;

export type ResolvedObservation = { ok: true; input: ObservationInput } | { ok: false; issues: ObservationIssue[] };

/** The registered source a described source would pass for, if any: the same document (source-identity.ts). */
function impersonated(
  source: NonNullable<ObservationRequest['source']>,
  sources: Iterable<Source>,
): Source | undefined {
  for (const registered of sources) if (sameDocument(registered.meta, source)) return registered;
  return undefined;
}

/**
 * The observation to store for a request, its citation resolved against the sources the service
 * holds (the article and every registered one), or every issue with it, by path.
 */
export function resolveCitation(
  request: ObservationRequest,
  sources: ReadonlyMap<string, Source>,
): ResolvedObservation {
  const { citation, source, ...rest } = request;
  if (citation && source) {
    return {
      ok: false,
      issues: [{ path: 'citation', message: 'give a citation of a registered source or a source, not both' }],
    };
  }
  if (source) {
    // Observation sources registered by an earlier observation (observation-*) are the writer's own.
    const registered = impersonated(
      source,
      [...sources.values()].filter((s) => !isObservationSource(s.meta.id)),
    );
    if (registered) {
      return {
        ok: false,
        issues: [
          {
            path: 'source',
            message: `is the registered source "${registered.meta.id}": cite it as citation { sourceId: "${registered.meta.id}", quote }, so its quote is checked against its text`,
          },
        ],
      };
    }
    return { ok: true, input: { ...rest, source } };
  }
  if (!citation) {
    return {
      ok: false,
      issues: [
        {
          path: 'citation',
          message: 'is required: a citation { sourceId, quote } of a registered source (or a source you describe)',
        },
      ],
    };
  }
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
      citation: { sourceId: meta.id, quote, ...at },
    },
  };
}
