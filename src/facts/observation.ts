// Observations: dated facts analysts record after the article, each with its own source and the
// verbatim quote it rests on. A new value for an existing fact, or a new fact with its
// definition. Pure: validation of an observation against the fact base, and the fact base with
// observations applied (each fact then has a value per date; a brief takes the latest on or
// before its date).
import * as v from 'valibot';
import { assessmentProblems } from '../tradecraft/authored-text';
import type { FactBase } from './fact-base';
import type { FactDefinition, FactRecord, FactType, FactValue } from './fact-record';
import { describeValue } from './format';
import { earlierDay, periodEnd, periodStart } from './partial-date';
import { Line, Paragraph, safeText, WebAddress } from './safe-text';
import { FactId } from './schema';
import { quoteMatches, type Source } from './sources';
import { byCodeUnit } from './text-order';
import { checkValue, PartialDateSchema, PublishedSchema, VALUE_TYPES } from './value-types';
import { CERTAINTIES, GENRES, QUALIFIERS, UNITS } from './vocabulary';

export const MAX_TEXT = 2000;
/** An id: lower-case words joined by hyphens (actors, tags, registered sources). */
export const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]*$/, 'lower-case words joined by hyphens'),
  v.maxLength(60),
);

/** A quote, as the writer gives it: as the source has it, or as the service then finds it in a registered source's text. */
const QuoteSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(10, 'must quote at least 10 characters'),
  v.maxLength(MAX_TEXT),
  safeText(true),
);

/** A source as an observation describes it; a registered source is described by the same fields. */
export const ObservationSourceSchema = v.strictObject({
  title: Line(300),
  publisher: Line(200),
  url: WebAddress,
  published: PublishedSchema,
  /** What kind of document it is; a brief says "genre not recorded" without it. */
  genre: v.optional(v.picklist(GENRES)),
  /** Who wrote it, where the source names them. */
  authors: v.optional(v.pipe(v.array(Line(200)), v.maxLength(20))),
  /** The report it carries, when it republishes another's (a wire story): sources count by origin. */
  origin: v.optional(Line(200)),
  quote: QuoteSchema,
});

/** An observation as stored and served. */
export const ObservationInputSchema = v.strictObject({
  factId: FactId,
  value: v.union([v.boolean(), v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.maxLength(500), safeText(true))]),
  date: PartialDateSchema,
  qualifier: v.optional(v.picklist(QUALIFIERS)),
  certainty: v.optional(v.picklist(CERTAINTIES)),
  /** A sentence saying what the observation is; defaults to one made from the fact and value. */
  statement: v.optional(Line(400)),
  /** Required for a fact the base does not have yet. */
  definition: v.optional(
    v.strictObject({
      statement: Line(400),
      type: v.picklist(VALUE_TYPES),
      unit: v.optional(v.picklist(UNITS)),
      actors: v.pipe(v.array(Slug), v.minLength(1), v.maxLength(20)),
      tags: v.pipe(v.array(Slug), v.minLength(1), v.maxLength(20)),
    }),
  ),
  /** The source as the writer describes it, or, with `citation`, as registered (filled in by the service). */
  source: ObservationSourceSchema,
  /**
   * A citation of a registered source: where its quote is in that source's text, found by the
   * service (observation-citation.ts). Absent for a source the writer describes.
   */
  citation: v.optional(
    v.strictObject({
      sourceId: Slug,
      quote: v.string(),
      start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      end: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
  note: v.optional(Paragraph(MAX_TEXT)),
  /** Who records it, for the audit trail. */
  analyst: v.optional(Line(100)),
});
export type ObservationInput = v.InferOutput<typeof ObservationInputSchema>;

/**
 * An observation as a writer sends it: with a citation of a registered source (`{ sourceId,
 * quote }`); the service finds the quote in its text and fills in `source` from its record.
 */
export const ObservationRequestSchema = v.strictObject({
  ...v.omit(ObservationInputSchema, ['source', 'citation']).entries,
  citation: v.strictObject({ sourceId: Slug, quote: QuoteSchema }),
});
export type ObservationRequest = v.InferOutput<typeof ObservationRequestSchema>;

/** A stored observation: the input, with its id and audit fields. */
export interface Observation extends ObservationInput {
  id: string;
  createdAt: string;
  retractedAt: string | null;
  retractedBy: string | null;
  retractedReason?: string | null;
}

export interface ObservationIssue {
  path: string;
  message: string;
}

/** A value for a fact, as far as it can be checked without the observation's date and source. */
export interface ObservedValue {
  factId: string;
  value: FactValue;
  /** The bound the body gives, if any: only a number takes one. */
  qualifier?: unknown;
}

/** Why a fact takes no observation as given: it is derived, or unknown and not defined. */
function refusal(factId: string, known: FactType | undefined, defined: boolean): ObservationIssue | undefined {
  if (known?.derived) {
    return { path: 'factId', message: `"${factId}" is derived from other facts: observe its inputs instead` };
  }
  if (!known && !defined) {
    return { path: 'definition', message: `no fact has the id "${factId}": define it (statement, type, actors, tags)` };
  }
  return undefined;
}

/** What is wrong with a value and its bound for a fact of `type`: the value by checkValue. */
function misfits(type: FactType, input: ObservedValue): ObservationIssue[] {
  const issues: ObservationIssue[] = [];
  const checked = checkValue(type, input.value);
  if (!checked.ok) issues.push({ path: 'value', message: checked.message });
  if (input.qualifier && type.type !== 'number' && input.qualifier !== 'exact') {
    issues.push({ path: 'qualifier', message: 'only a number can be bounded' });
  }
  return issues;
}

/**
 * What is wrong with a value for a fact the base has, before the date and source are read:
 * a derived or unknown fact, a value its type does not take, a bound on a non-number.
 */
export function checkObservedValue(base: FactBase, input: ObservedValue): ObservationIssue[] {
  const known = base.types.get(input.factId);
  const refused = refusal(input.factId, known, false);
  return refused ? [refused] : misfits(known as FactType, input);
}

/** What is wrong with an observation given the fact base: unknown fact, wrong type, derived fact. */
export function checkObservation(base: FactBase, input: ObservationInput): ObservationIssue[] {
  const known = base.types.get(input.factId);
  const refused = refusal(input.factId, known, input.definition !== undefined);
  if (refused) return [refused];
  const issues: ObservationIssue[] = [];
  if (known && input.definition) {
    issues.push({ path: 'definition', message: `"${input.factId}" exists already: give a value, not a definition` });
  }
  const type: FactType = known ?? {
    type: input.definition?.type ?? 'text',
    unit: input.definition?.type === 'number' ? (input.definition.unit ?? null) : null,
    derived: false,
  };
  if (!known && type.type === 'number' && type.unit === null) {
    issues.push({ path: 'definition.unit', message: 'a numeric fact needs a unit' });
  }
  issues.push(...misfits(type, input));
  if (periodStart(input.date) > periodEnd(input.source.published)) {
    issues.push({
      path: 'date',
      message: `must not begin after the source's publication (${input.source.published}): a source reports what has happened`,
    });
  }
  return issues;
}

/**
 * An observation recorded as someone's assessment says whose view it is in its statement (its own,
 * or its new fact's definition), as an authored fact's must (content-checks.ts).
 */
export function attributionIssues(
  input: Pick<ObservationInput, 'statement' | 'definition' | 'certainty'>,
): ObservationIssue[] {
  const statement = input.statement ?? input.definition?.statement;
  if (statement === undefined) return [];
  const path = input.statement !== undefined ? 'statement' : 'definition.statement';
  return assessmentProblems([{ statement, certainty: input.certainty }]).map((p) => ({ path, message: p.message }));
}

const OBSERVATION_SOURCE = 'observation-';

/** The id of the source an observation that describes its own source brings: its quote as text. */
export function observationSourceId(observation: Pick<Observation, 'id'>): string {
  return `${OBSERVATION_SOURCE}${observation.id}`;
}

/** Whether a source id is such an observation's own, not a registered source (or the article). */
export function isObservationSource(id: string): boolean {
  return id.startsWith(OBSERVATION_SOURCE);
}

/**
 * When an observation became known: its source's publication (the period's last day), but no
 * later than the day it was recorded, when the analyst plainly had it. Never after today, then,
 * so the default date of a brief cannot pass today.
 */
export function observationKnown(observation: Pick<Observation, 'source' | 'createdAt'>): string {
  return earlierDay(periodEnd(observation.source.published), observation.createdAt.slice(0, 10));
}

function recordOf(observation: Observation, definition: FactDefinition | undefined): FactRecord {
  const def = observation.definition;
  const type = definition?.type ?? def?.type ?? 'text';
  const unit = definition?.unit ?? (type === 'number' ? (def?.unit ?? null) : null);
  const base = {
    type,
    value: observation.value,
    unit,
    qualifier: type === 'number' ? (observation.qualifier ?? 'exact') : ('exact' as const),
  };
  const statement =
    observation.statement ??
    def?.statement ??
    `Observed ${observation.date}: ${observation.factId} is ${describeValue(base)}, according to ${observation.source.publisher}.`;
  return {
    id: observation.factId,
    statement,
    ...base,
    date: observation.date,
    dateNote: `Recorded by an analyst on ${observation.createdAt.slice(0, 10)} from ${observation.source.publisher}, published ${observation.source.published}.`,
    known: observationKnown(observation),
    actors: definition?.actors ?? def?.actors ?? [],
    tags: definition?.tags ?? def?.tags ?? [],
    certainty: observation.certainty ?? 'reported',
    // A registered source's own words at their offsets; else the quote is its own source's text.
    citations: [
      observation.citation ?? {
        sourceId: observationSourceId(observation),
        quote: observation.source.quote,
        start: 0,
        end: observation.source.quote.length,
      },
    ],
    derived: false,
    observationId: observation.id,
  };
}

/** Whether a stored citation is still its source's text at its offsets. */
function citationHolds(source: Source, citation: NonNullable<Observation['citation']>): boolean {
  return quoteMatches(source, citation.quote, citation.start, citation.end);
}

/**
 * The fact base with observations applied: each observation becomes a dated record of its fact
 * (a new fact gets its type from its definition), citing its registered source, or else a source
 * of its own whose text is its quote.
 * Retracted observations and ones that no longer fit the base are left out.
 */
export function withObservations(base: FactBase, observations: readonly Observation[]): FactBase {
  const types = new Map(base.types);
  const sources = new Map<string, Source>(base.sources);
  const observed: FactRecord[] = [...base.observed];
  const definitions = new Map<string, FactDefinition>(base.definitions);
  const ordered = [...observations].sort((a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id));
  for (const observation of ordered) {
    if (observation.retractedAt) continue;
    // Stored observations were checked when written; one that no longer fits the base is skipped.
    if (checkObservation({ ...base, types }, observation).length > 0) continue;
    // So is one whose citation no longer matches its registered source's text.
    const cited = observation.citation && base.sources.get(observation.citation.sourceId);
    if (observation.citation && !(cited && citationHolds(cited, observation.citation))) continue;
    const record = recordOf(observation, definitions.get(observation.factId));
    if (!types.has(record.id)) {
      types.set(record.id, { type: record.type, unit: record.unit, derived: false });
      definitions.set(record.id, record);
    }
    observed.push(record);
    if (observation.citation) continue;
    sources.set(observationSourceId(observation), {
      meta: {
        id: observationSourceId(observation),
        title: observation.source.title,
        publisher: observation.source.publisher,
        published: observation.source.published,
        url: observation.source.url,
        language: 'en',
        authors: observation.source.authors ?? [],
        ...(observation.source.genre ? { genre: observation.source.genre } : {}),
        ...(observation.source.origin ? { origin: observation.source.origin } : {}),
      },
      text: observation.source.quote,
    });
  }
  const latestDate = [base.latestDate, ...observed.map((f) => f.known)].sort().at(-1) as string;
  return { ...base, types, sources, observed, definitions, latestDate };
}
