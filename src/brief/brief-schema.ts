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

/** What a brief or a list names a scenario by: its id, title, question and horizon. */
export const ScenarioHeadSchema = v.object({
  id: v.string(),
  title: v.string(),
  question: v.string(),
  horizon: v.object({
    label: v.string(),
    opens: v.pipe(v.string(), v.description('When the question’s window opened.')),
    end: v.string(),
  }),
  version: v.pipe(
    v.object({ number: v.number(), hash: v.string() }),
    v.description(
      'The scenario version the judgment used: its number (1 is the seed file or the first published version) and the content hash of its document; GET /v1/scenarios/{id}/versions lists them all.',
    ),
  ),
});

export const BriefSchema = v.object({
  scenario: v.pipe(
    ScenarioHeadSchema,
    v.description('The scenario: its id, title, question, and the horizon its question runs to.'),
  ),
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
  resolution: v.pipe(
    ResolutionSchema,
    v.description(
      'Whether the question is open or settled (yes, no, unresolved), when, on what basis (an event, a record of its absence at the horizon, or no record), and the criteria.',
    ),
  ),
  bluf: v.pipe(
    v.string(),
    v.description(
      'Bottom line up front: the judgment, the indicators it rests on most, and confidence with its basis, one idea a sentence.',
    ),
  ),
  bottomLine: v.pipe(
    v.object({
      judgment: v.pipe(
        v.string(),
        v.description(
          'The likelihood of the claim by the horizon, as of the brief date; for a closed question, how it ended, then its last open judgment.',
        ),
      ),
      evidence: v.pipe(v.string(), v.description('The indicators the judgment rests on most, for and against.')),
      confidence: v.pipe(v.string(), v.description('Confidence and its basis.')),
    }),
    v.description('The bottom line sentence by sentence, for surfaces with room for only some of it.'),
  ),
  likelihood: v.pipe(
    LikelihoodSchema,
    v.description(
      'The probability (rounded to a whole percent) and its ICD 203 band and term, the base rate, the spread unknown indicators leave, and the time term.',
    ),
  ),
  confidence: v.pipe(
    ConfidenceSchema,
    v.description('Analytic confidence, judged apart from likelihood by a written rule, with its basis in words.'),
  ),
  indicators: v.pipe(
    v.array(IndicatorResultSchema),
    v.description(
      'Each indicator: its status (met, not met, unknown), the facts it read with their certainty, its likelihood ratios, its group and the ratio it applied.',
    ),
  ),
  signposts: v.pipe(
    v.array(SignpostSchema),
    v.description(
      'Developments to watch for: the events that would settle the question, then indicators over facts still to be observed or known not met, with where each would move the judgment.',
    ),
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
  citations: v.pipe(
    v.array(BriefCitationSchema),
    v.description(
      'Every quote the brief rests on: verbatim, with its offsets in the source text, the publisher, and how the fact was obtained.',
    ),
  ),
  timeline: v.pipe(
    v.array(TimelineEntrySchema),
    v.description('The dated events the brief cites, in order, each with its date as the source supports it.'),
  ),
  tradecraft: TradecraftSchema,
  version: v.pipe(
    ContentVersionSchema,
    v.description('Content hashes of the rules and of the facts the brief was computed from.'),
  ),
});
export type Brief = v.InferOutput<typeof BriefSchema>;
