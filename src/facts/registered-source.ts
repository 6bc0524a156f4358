// Sources analysts register live (POST /v1/sources): a document with its full text, so that an
// observation can cite it by id and the server, not the writer, finds where the quote is. The
// article is the first source; registered ones join it, immutable once stored.
import * as v from 'valibot';
import type { FactBase } from './fact-base';
import { ObservationSourceSchema, Slug } from './observation';
import { safeText } from './safe-text';
import { ReliabilitySchema, type SourceMeta } from './schema';
import type { Source } from './sources';
import { GENRES } from './vocabulary';

/** The longest source text accepted, in characters (the body limit is set from it). */
export const MAX_SOURCE_TEXT = 200_000;

/** A source to register: described as an observation's source is (observation.ts), genre required, with its text. */
export const SourceInputSchema = v.strictObject({
  id: Slug,
  ...v.pick(ObservationSourceSchema, ['title', 'publisher', 'authors']).entries,
  genre: v.picklist(GENRES),
  ...v.pick(ObservationSourceSchema, ['origin', 'published', 'url']).entries,
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as en')), 'en'),
  /** The service's grade of the source on the Admiralty scale, with its reason. */
  reliability: ReliabilitySchema,
  text: v.pipe(
    v.string(),
    v.minLength(50, 'must hold the source’s text'),
    v.maxLength(MAX_SOURCE_TEXT),
    safeText(true),
  ),
});
export type SourceInput = v.InferOutput<typeof SourceInputSchema>;

/** A stored registered source: the input, with who registered it and when. */
export interface RegisteredSource extends SourceInput {
  createdAt: string;
  createdBy: string;
}

/** A registered source as the fact base holds sources. */
export function sourceOf(registered: RegisteredSource): Source {
  const { text, createdAt: _at, createdBy: _by, ...meta } = registered;
  return { meta: { ...meta, authors: meta.authors ?? [] } satisfies SourceMeta, text };
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/;

/**
 * The text with what the README lets a quote differ by made uniform: every run of whitespace is
 * one space, typographic quotes are straight. `at[i]` is where character i came from.
 */
function normalised(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!space) {
        out += ' ';
        at.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    out += SINGLE_QUOTES.test(ch) ? "'" : DOUBLE_QUOTES.test(ch) ? '"' : ch;
    at.push(i);
  }
  return { text: out, at };
}

/**
 * The normalised form of the few source texts quoted last: an import cites one source line after
 * line, and a 200,000-character text takes milliseconds to normalise. Pure: the same text always
 * gives the same form, whichever call computed it.
 */
const recent: { text: string; form: ReturnType<typeof normalised> }[] = [];
function normalisedText(text: string): ReturnType<typeof normalised> {
  const kept = recent.find((r) => r.text === text);
  if (kept) return kept.form;
  const form = normalised(text);
  recent.unshift({ text, form });
  if (recent.length > 4) recent.pop();
  return form;
}

/**
 * Where `quote` is in `text`, as UTF-16 offsets of the source's own characters, allowing only
 * differences of whitespace and of typographic against straight quotes; undefined if it is not
 * there. The quote a citation then shows is the source's text at those offsets, verbatim.
 */
export function locateQuote(
  text: string,
  quote: string,
): { start: number; end: number; occurrences: number } | undefined {
  const needle = normalised(quote.trim()).text;
  if (needle.length === 0) return undefined;
  const hay = normalisedText(text);
  const i = hay.text.indexOf(needle);
  if (i < 0) return undefined;
  const start = hay.at[i] as number;
  const last = hay.at[i + needle.length - 1] as number;
  // A quote found more than once cannot say which passage it means: the caller refuses it.
  let occurrences = 1;
  for (let at = hay.text.indexOf(needle, i + 1); at >= 0; at = hay.text.indexOf(needle, at + 1)) occurrences++;
  return { start, end: last + 1, occurrences };
}

/** The fact base with registered sources beside its own: an id already there is never replaced. */
export function withRegisteredSources(base: FactBase, registered: readonly RegisteredSource[]): FactBase {
  if (registered.length === 0) return base;
  const sources = new Map(base.sources);
  for (const r of registered) if (!sources.has(r.id)) sources.set(r.id, sourceOf(r));
  return { ...base, sources };
}
