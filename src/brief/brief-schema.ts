// The brief as the API serves it. The schema documents the contract (OpenAPI, JSON Schema at
// /v1/schemas/brief.json) and the types are inferred from it, so the two cannot drift.
import * as v from 'valibot';
import { FactValueSchema } from '../facts/fact-record';
import { IndicatorResultSchema } from '../rules/evaluate';
import { ConfidenceSchema } from './confidence';
import { BriefCitationSchema, TimelineEntrySchema } from './evidence';
import { BAND_IDS } from './likelihood';
import { SensitivityEntrySchema } from './sensitivity';

export const ContentVersionSchema = v.object({
  rules: v.pipe(v.string(), v.description('Content hash of the scenario files.')),
  facts: v.pipe(v.string(), v.description('Content hash of the facts and sources.')),
});
export type ContentVersion = v.InferOutput<typeof ContentVersionSchema>;

export const LikelihoodSchema = v.object({
  band: v.pipe(v.picklist(BAND_IDS), v.description('ICD 203 band id.')),
  term: v.pipe(v.string(), v.description('The ICD 203 words, e.g. "very likely".')),
  probability: v.pipe(v.number(), v.minValue(0.01), v.maxValue(0.99)),
  range: v.pipe(v.object({ min: v.number(), max: v.number() }), v.description('The ICD 203 range of the band.')),
  spread: v.pipe(
    v.object({ low: v.number(), high: v.number() }),
    v.description(
      'Where the probability would land if every unknown indicator resolved against, or for, the scenario.',
    ),
  ),
  baseRate: v.number(),
});
export type Likelihood = v.InferOutput<typeof LikelihoodSchema>;

export const AssumptionSchema = v.object({
  factId: v.string(),
  value: v.pipe(v.nullable(FactValueSchema), v.description('The assumed value; null treats the fact as unknown.')),
  baselineValue: v.pipe(
    v.nullable(FactValueSchema),
    v.description('The value without the assumption as of the brief date; null if not known then.'),
  ),
});
export type Assumption = v.InferOutput<typeof AssumptionSchema>;

export const BriefSchema = v.object({
  scenario: v.object({
    id: v.string(),
    title: v.string(),
    question: v.string(),
    horizon: v.object({ label: v.string(), end: v.string() }),
  }),
  asOf: v.pipe(v.string(), v.description('Only facts dated on or before this day count.')),
  bluf: v.pipe(v.string(), v.description('Bottom line up front, one sentence.')),
  likelihood: LikelihoodSchema,
  confidence: ConfidenceSchema,
  indicators: v.array(IndicatorResultSchema),
  sensitivity: v.pipe(v.array(SensitivityEntrySchema), v.description('What would change this judgment.')),
  assumptions: v.array(AssumptionSchema),
  baseline: v.optional(
    v.pipe(
      v.object({ likelihood: LikelihoodSchema, confidence: ConfidenceSchema, bluf: v.string() }),
      v.description('The judgment without the assumptions; present only when assumptions were given.'),
    ),
  ),
  warnings: v.pipe(
    v.array(v.string()),
    v.description('What a reader should know before trusting the brief, e.g. that the horizon has passed.'),
  ),
  citations: v.array(BriefCitationSchema),
  timeline: v.array(TimelineEntrySchema),
  version: ContentVersionSchema,
});
export type Brief = v.InferOutput<typeof BriefSchema>;
