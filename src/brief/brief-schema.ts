// The brief as the API serves it. The schema documents the contract (OpenAPI, JSON Schema at
// /v1/schemas/brief.json) and the types are inferred from it, so the two cannot drift.
import * as v from 'valibot';
import { FactValueSchema } from '../facts/fact-record';
import { IndicatorResultSchema } from '../rules/evaluate';
import { TradecraftSchema } from '../tradecraft/brief-checks';
import { ConfidenceSchema } from './confidence';
import { BriefCitationSchema, TimelineEntrySchema } from './evidence';
import { BAND_IDS } from './likelihood';
import { ResolutionSchema } from './resolution';
import { KeyAssumptionSchema, SignpostSchema } from './signposts';
import { SourceDescriptionSchema } from './sourcing';
import { TimeTermSchema } from './time-to-horizon';

export const ContentVersionSchema = v.object({
  rules: v.pipe(v.string(), v.description('Content hash of the scenario files.')),
  facts: v.pipe(v.string(), v.description('Content hash of the facts and sources.')),
});
export type ContentVersion = v.InferOutput<typeof ContentVersionSchema>;

export const LikelihoodSchema = v.object({
  band: v.pipe(v.picklist(BAND_IDS), v.description('ICD 203 band id.')),
  term: v.pipe(v.string(), v.description('The ICD 203 words, e.g. "very likely".')),
  probability: v.pipe(
    v.number(),
    v.minValue(0.01),
    v.maxValue(0.99),
    v.description('Rounded to a whole percent before it is banded, so the term always fits the number shown.'),
  ),
  range: v.pipe(v.object({ min: v.number(), max: v.number() }), v.description('The ICD 203 range of the band.')),
  spread: v.pipe(
    v.object({ low: v.number(), high: v.number() }),
    v.description(
      'Where the probability would land if every unknown indicator resolved against, or for, the scenario.',
    ),
  ),
  baseRate: v.number(),
  time: v.optional(TimeTermSchema),
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
    horizon: v.object({
      label: v.string(),
      opens: v.pipe(v.string(), v.description('When the question’s window opened.')),
      end: v.string(),
    }),
  }),
  asOf: v.pipe(
    v.string(),
    v.description('As known on this day: only what had been published (or recorded) by then counts.'),
  ),
  judgedAsOf: v.pipe(
    v.string(),
    v.description(
      'The day the judgment is as of: the brief date while the question is open; else the last open day (the day before it resolved, or the horizon).',
    ),
  ),
  informationTo: v.pipe(
    v.nullable(v.string()),
    v.description(
      'The day the latest information the judgment rests on became known; null if none. A judgment dated later rests on nothing newer.',
    ),
  ),
  resolution: ResolutionSchema,
  bluf: v.pipe(
    v.string(),
    v.description(
      'Bottom line up front: the judgment, the indicators it rests on most, and confidence with its basis, one idea a sentence.',
    ),
  ),
  bottomLine: v.pipe(
    v.object({
      judgment: v.pipe(v.string(), v.description('The likelihood of the claim by the horizon, as of the brief date.')),
      evidence: v.pipe(v.string(), v.description('The indicators the judgment rests on most, for and against.')),
      confidence: v.pipe(v.string(), v.description('Confidence and its basis.')),
    }),
    v.description('The bottom line sentence by sentence, for surfaces with room for only some of it.'),
  ),
  likelihood: LikelihoodSchema,
  confidence: ConfidenceSchema,
  indicators: v.array(IndicatorResultSchema),
  signposts: v.pipe(
    v.array(SignpostSchema),
    v.description('Developments not yet seen (unknown or unmet indicators), with where each would move the judgment.'),
  ),
  keyAssumptions: v.pipe(
    v.array(KeyAssumptionSchema),
    v.description('The readings of the past the judgment leans on most, as assumptions to check.'),
  ),
  assumptions: v.pipe(v.array(AssumptionSchema), v.description('What-if assumptions in force, with baseline values.')),
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
  sources: v.pipe(
    v.array(SourceDescriptionSchema),
    v.description('Every source the citations quote, described: publisher, genre, author, date, reliability.'),
  ),
  citations: v.array(BriefCitationSchema),
  timeline: v.array(TimelineEntrySchema),
  tradecraft: TradecraftSchema,
  version: ContentVersionSchema,
});
export type Brief = v.InferOutput<typeof BriefSchema>;
