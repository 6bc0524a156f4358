// Valibot schemas of the fact base as authored in scenarios/: sources, cited facts, derived facts.
// Types are inferred from these schemas, never written twice.
import * as v from 'valibot';
import { PartialDateSchema, VALUE_TYPES, valueSchema } from './value-types';
import { CERTAINTIES, GENRES, QUALIFIERS, RELIABILITY_GRADES, UNITS } from './vocabulary';

export const FACT_ID_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

export const FactId = v.pipe(
  v.string(),
  v.regex(FACT_ID_PATTERN, 'a fact id is dotted lower-case words, e.g. tj.reservists_mobilized'),
  v.maxLength(80),
);

const Slug = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'lower-case words joined by hyphens'));

/** A source's reliability on the Admiralty scale: the service's grade of the source, with its reason. */
export const ReliabilitySchema = v.strictObject({
  grade: v.picklist(RELIABILITY_GRADES),
  rationale: v.pipe(v.string(), v.minLength(20), v.maxLength(600)),
});

export const SourceMetaSchema = v.object({
  id: Slug,
  title: v.pipe(v.string(), v.nonEmpty()),
  publisher: v.pipe(v.string(), v.nonEmpty()),
  /** Who wrote it, where known; empty when the source does not name its author or it is not recorded. */
  authors: v.optional(v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200))), []),
  genre: v.optional(v.picklist(GENRES)),
  /**
   * Where the information comes from, for counting independent sources: the publisher unless
   * the source republishes another's report (a wire story carried by a newspaper is the wire's).
   */
  origin: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200))),
  /** The day, month or year it was published; its last day is when what it says became known. */
  published: PartialDateSchema,
  url: v.pipe(v.string(), v.url()),
  language: v.string(),
  reliability: v.optional(ReliabilitySchema),
  note: v.optional(v.string()),
});
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;

export const CitationSchema = v.strictObject({
  sourceId: Slug,
  quote: v.pipe(v.string(), v.minLength(10)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type Citation = v.InferOutput<typeof CitationSchema>;

/** Fields every fact has, cited or derived. */
const common = {
  id: FactId,
  statement: v.pipe(v.string(), v.minLength(10), v.maxLength(400)),
  date: PartialDateSchema,
  /** Why the date is what it is, where the article does not give it in full (e.g. inferred year). */
  dateNote: v.optional(v.string()),
  /** How the recorded value relates to the quote, where it is a reading rather than the words. */
  readingNote: v.optional(v.pipe(v.string(), v.minLength(10), v.maxLength(600))),
  actors: v.pipe(v.array(Slug), v.minLength(1)),
  tags: v.pipe(v.array(Slug), v.minLength(1)),
};

const cited = {
  ...common,
  certainty: v.optional(v.picklist(CERTAINTIES), 'stated'),
  citation: CitationSchema,
};

/** A fact read from the source, with the quote it rests on. One entry per value type (value-types.ts). */
export const CitedFactSchema = v.variant('type', [
  v.strictObject({ ...cited, type: v.literal('boolean'), value: valueSchema('boolean') }),
  v.strictObject({
    ...cited,
    type: v.literal('number'),
    value: valueSchema('number'),
    unit: v.picklist(UNITS),
    qualifier: v.optional(v.picklist(QUALIFIERS), 'exact'),
  }),
  v.strictObject({ ...cited, type: v.literal('date'), value: valueSchema('date') }),
  v.strictObject({ ...cited, type: v.literal('status'), value: valueSchema('status') }),
  v.strictObject({ ...cited, type: v.literal('text'), value: valueSchema('text') }),
]);
export type CitedFact = v.InferOutput<typeof CitedFactSchema>;

/**
 * How a derived number is computed from other facts. `difference` and `sum` keep the unit,
 * `ratio` gives a `share`, `yearsBetween` the years from the first input's date to the second's
 * (a date-typed input contributes its value, any other its `date`).
 */
export const DERIVATION_OPS = ['difference', 'sum', 'ratio', 'yearsBetween'] as const;
export type DerivationOp = (typeof DERIVATION_OPS)[number];

/** A number computed from cited facts; its value is never typed in. */
export const DerivedFactSchema = v.strictObject({
  id: FactId,
  /** `{value}` is replaced by the computed value, formatted with its unit. */
  statement: v.pipe(v.string(), v.includes('{value}', 'a derived statement shows its value with {value}')),
  type: v.literal('number'),
  unit: v.picklist(UNITS),
  actors: common.actors,
  tags: common.tags,
  derived: v.literal(true),
  derivation: v.strictObject({
    op: v.picklist(DERIVATION_OPS),
    inputs: v.pipe(v.array(FactId), v.length(2, 'a derivation takes exactly two inputs')),
  }),
  /**
   * Further facts whose claims the statement makes, beyond the inputs (e.g. what a gap was used
   * for). Their quotes are cited, and the derived fact exists only once they are all known.
   */
  supportedBy: v.optional(v.array(FactId), []),
  /**
   * A fact and value the statement presumes, e.g. that a programme is still not adopted: the
   * derived fact exists only while that fact is known with that value.
   */
  onlyWhile: v.optional(v.strictObject({ fact: FactId, value: v.union([v.boolean(), v.number(), v.string()]) })),
  /** Rounding for display in the statement: number of decimals. */
  decimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4)), 0),
});
export type DerivedFactDefinition = v.InferOutput<typeof DerivedFactSchema>;

/**
 * A fact to watch for: defined (what it would say, its type) but with no value until an
 * observation records one. Indicators and resolution criteria read it; until then it is unknown.
 */
export const WatchedFactSchema = v.strictObject({
  id: FactId,
  statement: v.pipe(v.string(), v.minLength(10), v.maxLength(400)),
  type: v.picklist(VALUE_TYPES),
  unit: v.optional(v.picklist(UNITS)),
  actors: common.actors,
  tags: common.tags,
  /** What would count as an observation of it: the resolution-grade definition. */
  note: v.optional(v.pipe(v.string(), v.minLength(10), v.maxLength(600))),
});
export type WatchedFactDefinition = v.InferOutput<typeof WatchedFactSchema>;

/** The status vocabulary file: each status with what it means; ids unique. */
export const StatusVocabularySchema = v.pipe(
  v.array(
    v.strictObject({
      id: Slug,
      description: v.pipe(v.string(), v.minLength(10), v.maxLength(300)),
    }),
  ),
  v.minLength(1),
  v.check((list) => new Set(list.map((s) => s.id)).size === list.length, 'status ids must be unique'),
);

export const CitedFactListSchema = v.array(CitedFactSchema);
export const WatchedFactListSchema = v.array(WatchedFactSchema);
export const DerivedFactListSchema = v.array(DerivedFactSchema);
