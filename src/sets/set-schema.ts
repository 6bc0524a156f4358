// The question-set file format: one question with mutually exclusive, exhaustive hypotheses. The
// hypotheses race: the first whose settling development is recorded by the horizon is the answer,
// and the one marked `default` (no development of its own) holds if none is. Each hypothesis has a
// prior and its own indicators, read as likelihood ratios of the evidence under it against the
// others (sets/set-judgment.ts). `coherence` links binary scenarios whose claims the hypotheses
// cover, so their numbers can be checked against each other (sets/coherence.ts).
import * as v from 'valibot';
import {
  IndicatorSchema,
  MAX_WINDOW_YEARS,
  ScenarioObjectSchema,
  SettlingSchema,
  Slug,
  Text,
  WINDOW_CHECKS,
} from '../rules/scenario-schema';

/** Priors are authored to two decimals: their sum may differ from 1 by rounding, no more. */
export const PRIOR_SUM_TOLERANCE = 0.005;
export const MAX_HYPOTHESES = 8;

export const HypothesisSchema = v.strictObject({
  id: Slug,
  /** Short, as a matrix column reads it: "The CSTO acts collectively". */
  label: Text(5),
  /** The hypothesis as a clause, for the bottom line: "the CSTO is the first to …". */
  claim: Text(10),
  prior: v.strictObject({
    probability: v.pipe(v.number(), v.minValue(0.01), v.maxValue(0.97)),
    rationale: Text(20),
  }),
  /** The development that makes this hypothesis the answer if it is recorded first; absent for the default. */
  settles: v.optional(SettlingSchema),
  /** The hypothesis that holds when nothing else is recorded by the horizon. Exactly one has it. */
  default: v.optional(v.literal(true)),
  indicators: v.pipe(
    v.array(IndicatorSchema),
    v.minLength(1),
    v.check(
      (list) => new Set(list.map((i) => i.id)).size === list.length,
      'indicator ids are unique within a hypothesis',
    ),
  ),
});
export type Hypothesis = v.InferOutput<typeof HypothesisSchema>;

export const COHERENCE_RELATIONS = ['same', 'within', 'covers'] as const;
export type CoherenceRelation = (typeof COHERENCE_RELATIONS)[number];

/**
 * A binary scenario whose claim is tied to some of the set's hypotheses:
 * - `same`: the claim holds exactly when one of them does (the numbers should agree);
 * - `within`: the claim implies one of them (the scenario's number should not exceed theirs);
 * - `covers`: each of them implies the claim (the scenario's number should not fall below theirs).
 */
export const CoherenceLinkSchema = v.strictObject({
  scenario: Slug,
  relation: v.picklist(COHERENCE_RELATIONS),
  hypotheses: v.pipe(
    v.array(Slug),
    v.minLength(1),
    v.check((ids) => new Set(ids).size === ids.length, 'each hypothesis once'),
  ),
  reason: Text(20),
});

/** Each link is compared on every set brief and every linked scenario's brief: a few suffice. */
export const MAX_COHERENCE_LINKS = 8;
export type CoherenceLink = v.InferOutput<typeof CoherenceLinkSchema>;

export const SetObjectSchema = v.strictObject({
  // The question and its window, written as a scenario's are.
  ...v.pick(ScenarioObjectSchema, ['$schema', 'id', 'title', 'question', 'horizon']).entries,
  /** In plain words: what counts for each hypothesis, and that the first recorded decides. */
  criteria: Text(40),
  reportingDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)), 0),
  hypotheses: v.pipe(v.array(HypothesisSchema), v.minLength(2), v.maxLength(MAX_HYPOTHESES)),
  /** What the set assumes that no fact records: the page lists them beside the matrix. */
  assumptions: v.pipe(v.array(Text(20)), v.minLength(1)),
  coherence: v.optional(v.pipe(v.array(CoherenceLinkSchema), v.maxLength(MAX_COHERENCE_LINKS)), []),
});

export const SetSchema = v.pipe(
  SetObjectSchema,
  v.forward(
    v.check((s) => new Set(s.hypotheses.map((h) => h.id)).size === s.hypotheses.length, 'hypothesis ids are unique'),
    ['hypotheses'],
  ),
  v.forward(
    v.check((s) => s.hypotheses.filter((h) => h.default).length === 1, 'exactly one hypothesis is the default'),
    ['hypotheses'],
  ),
  v.forward(
    v.check(
      (s) => s.hypotheses.every((h) => (h.default === true) !== (h.settles !== undefined)),
      'every hypothesis but the default has a settling development, and the default has none',
    ),
    ['hypotheses'],
  ),
  v.forward(
    v.check(
      (s) => Math.abs(s.hypotheses.reduce((sum, h) => sum + h.prior.probability, 0) - 1) <= PRIOR_SUM_TOLERANCE,
      'the priors sum to 1',
    ),
    ['hypotheses'],
  ),
  v.forward(
    v.check((s) => WINDOW_CHECKS.ordered(s.horizon), 'the window opens before the horizon ends'),
    ['horizon', 'opens'],
  ),
  v.forward(
    v.check((s) => WINDOW_CHECKS.short(s.horizon), `the window spans at most ${MAX_WINDOW_YEARS} years`),
    ['horizon', 'end'],
  ),
  v.forward(
    v.check(
      (s) => s.coherence.every((link) => link.hypotheses.every((id) => s.hypotheses.some((h) => h.id === id))),
      'coherence links name hypotheses of this set',
    ),
    ['coherence'],
  ),
);
export type QuestionSet = v.InferOutput<typeof SetSchema>;
