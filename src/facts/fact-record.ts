// The shape every fact takes once loaded: what the rules read and the API serves. The schema
// documents the API (OpenAPI, JSON Schema); the type is inferred from it.
import * as v from 'valibot';
import { CitationSchema, DERIVATION_OPS } from './schema';
import { VALUE_TYPES } from './value-types';
import { CERTAINTIES, QUALIFIERS, UNITS } from './vocabulary';

export const FactValueSchema = v.union([v.boolean(), v.number(), v.string()]);
export type FactValue = v.InferOutput<typeof FactValueSchema>;

export const FactRecordSchema = v.object({
  id: v.pipe(v.string(), v.description('Stable dotted id, e.g. tj.reservists_mobilized.')),
  statement: v.pipe(v.string(), v.description('One plain sentence saying what the fact is.')),
  type: v.picklist(VALUE_TYPES),
  value: FactValueSchema,
  unit: v.pipe(v.nullable(v.picklist(UNITS)), v.description('Numbers only; null for other types.')),
  qualifier: v.pipe(
    v.picklist(QUALIFIERS),
    v.description('How the source bounds a number ("more than 1,500" is more-than); exact for other types.'),
  ),
  date: v.pipe(v.string(), v.description('ISO 8601 date, partial allowed: 2014, 2021-07, 2021-07-05.')),
  dateNote: v.optional(v.pipe(v.string(), v.description('Why the date is what it is, e.g. an inferred year.'))),
  known: v.pipe(
    v.string(),
    v.description(
      'The day the fact became known: its source’s publication (the last day of a partial date), or, for an observation, no later than the day it was recorded. A brief as of a date uses only what was known by then.',
    ),
  ),
  readingNote: v.optional(
    v.pipe(v.string(), v.description('How the recorded value relates to the quote, where it is a reading of it.')),
  ),
  actors: v.array(v.string()),
  tags: v.array(v.string()),
  certainty: v.pipe(
    v.picklist(CERTAINTIES),
    v.description(
      'stated, reported (attributed, second-hand), assessment (the author’s judgment), uncertain (hedged) or inferred (this service’s reading of the source, explained in readingNote).',
    ),
  ),
  citations: v.pipe(
    v.array(
      v.object({
        ...CitationSchema.entries,
        certainty: v.optional(
          v.pipe(v.picklist(CERTAINTIES), v.description('How this citation supports the fact, where it differs.')),
        ),
      }),
    ),
    v.description('The verbatim quotes the fact rests on; for a derived fact, those of its inputs.'),
  ),
  derived: v.boolean(),
  derivation: v.optional(v.object({ op: v.picklist(DERIVATION_OPS), inputs: v.array(v.string()) })),
  assumed: v.optional(v.pipe(v.boolean(), v.description('Set when the value is a caller’s what-if assumption.'))),
  observationId: v.optional(
    v.pipe(v.string(), v.description('Set when the value comes from an analyst’s observation: its id.')),
  ),
});
export type FactRecord = v.InferOutput<typeof FactRecordSchema>;

/** What defines a fact apart from any value: a cited fact's first record, or a watched fact. */
export type FactDefinition = Pick<FactRecord, 'id' | 'statement' | 'type' | 'unit' | 'actors' | 'tags'> &
  Partial<Pick<FactRecord, 'date' | 'dateNote'>>;

/** The declared type of a fact, known before any date or assumption applies. */
export interface FactType {
  type: FactRecord['type'];
  unit: FactRecord['unit'];
  derived: boolean;
}
