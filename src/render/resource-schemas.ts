// The JSON shapes of the catalog's resources as the API serves them. They document the contract
// (OpenAPI) and type the renderers, so what is served and what is documented cannot drift.
import * as v from 'valibot';
import { BriefSchema, ContentVersionSchema, ScenarioHeadSchema } from '../brief/brief-schema';
import { CONFIDENCE_LEVELS } from '../brief/confidence';
import { BAND_IDS } from '../brief/likelihood';
import { RESOLUTION_BASES, RESOLUTION_STATUSES } from '../brief/resolution';
import { FactRecordSchema } from '../facts/fact-record';
import { ObservationInputSchema } from '../facts/observation';
import { SourceMetaSchema } from '../facts/schema';
import { ScenarioObjectSchema } from '../rules/scenario-schema';
import { ScoredCallsSchema } from '../scoring/score-schema';

const Links = v.record(v.string(), v.string());

export const ScenarioSummarySchema = v.object({
  ...ScenarioHeadSchema.entries,
  asOf: v.string(),
  status: v.pipe(
    v.picklist(RESOLUTION_STATUSES),
    v.description(
      'The question’s resolution: open, yes, no or unresolved. Once it is not open, band and probability are the last open judgment.',
    ),
  ),
  resolvedOn: v.pipe(v.nullable(v.string()), v.description('The day it was settled, once resolved yes or no.')),
  basis: v.pipe(
    v.nullable(v.picklist(RESOLUTION_BASES)),
    v.description(
      'What a yes or no rests on: a settling event, a record of its absence at the horizon, or no record at all (the horizon’s outcome applied for want of one); null while open.',
    ),
  ),
  judgedAsOf: v.pipe(v.string(), v.description('The day band and probability are as of.')),
  band: v.picklist(BAND_IDS),
  term: v.string(),
  probability: v.number(),
  confidence: v.picklist(CONFIDENCE_LEVELS),
  links: Links,
});
export type ScenarioSummary = v.InferOutput<typeof ScenarioSummarySchema>;

export const ScenarioListSchema = v.object({
  asOf: v.pipe(v.string(), v.description('The date the list is as of: today (UTC) unless asOf was given.')),
  version: ContentVersionSchema,
  scenarios: v.array(ScenarioSummarySchema),
});

export const ScenarioResourceSchema = v.object({
  ...v.omit(ScenarioObjectSchema, ['$schema']).entries,
  version: v.pipe(
    ScenarioHeadSchema.entries.version,
    v.description(
      'The version served. PUT /v1/scenarios/{id} takes this document back, edited: with `version` kept, it is refused (409) if another version was published meanwhile.',
    ),
  ),
  links: Links,
});

export const ScenarioVersionSchema = v.object({
  scenarioId: v.string(),
  version: v.pipe(v.number(), v.description('The version number, from 1.')),
  hash: v.pipe(v.string(), v.description('The content hash of the document (its canonical JSON), as briefs name it.')),
  seed: v.pipe(
    v.boolean(),
    v.description(
      'Whether this is the scenario’s file in scenarios/, as deployed, rather than a version published live.',
    ),
  ),
  publishedAt: v.pipe(
    v.nullable(v.string()),
    v.description('When it was published (ISO 8601); for a seed, when it was recorded, or null until it is.'),
  ),
  by: v.pipe(
    v.string(),
    v.description('Who published it: the analyst the bearer token named ("seed" for a seed file).'),
  ),
  reason: v.pipe(v.string(), v.description('Why it was published.')),
  retired: v.pipe(
    v.nullable(v.object({ at: v.string(), by: v.string(), reason: v.nullable(v.string()) })),
    v.description('When, by whom and why it was retired; null while it may be served.'),
  ),
  served: v.pipe(v.boolean(), v.description('Whether briefs use this version now.')),
  problems: v.pipe(
    v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
    v.description(
      'Why a version that is not retired is not served: it no longer compiles against the facts (a fact it reads was retracted).',
    ),
  ),
  document: v.pipe(
    v.optional(v.omit(ScenarioObjectSchema, ['$schema'])),
    v.description('The scenario document (in the answer about one version).'),
  ),
  links: Links,
});

export const ScenarioVersionListSchema = v.object({
  scenarioId: v.string(),
  served: v.pipe(v.nullable(v.number()), v.description('The version briefs use now; null if every one is retired.')),
  versions: v.array(ScenarioVersionSchema),
});

export const ScenarioDraftSchema = v.object({
  valid: v.pipe(v.literal(true), v.description('The draft passed every check a published version must pass.')),
  scenarioId: v.string(),
  hash: v.pipe(v.string(), v.description('The content hash the draft would be published with.')),
  brief: v.pipe(BriefSchema, v.description('The brief the draft gives; nothing is stored.')),
});

export const FactResourceSchema = v.object({ ...FactRecordSchema.entries, links: Links });
export type FactResource = v.InferOutput<typeof FactResourceSchema>;

export const FactListSchema = v.object({
  asOf: v.string(),
  count: v.number(),
  facts: v.array(FactResourceSchema),
});

export const SourceSummarySchema = v.object({
  ...SourceMetaSchema.entries,
  length: v.pipe(v.number(), v.description('Length of the text in UTF-16 code units.')),
  links: Links,
});
export type SourceSummary = v.InferOutput<typeof SourceSummarySchema>;

export const SourceListSchema = v.object({ sources: v.array(SourceSummarySchema) });

export const SourceResourceSchema = v.object({
  ...SourceSummarySchema.entries,
  offsets: v.pipe(v.literal('UTF-16 code units'), v.description('How citation offsets count into the text.')),
  text: v.pipe(v.string(), v.description('The full text citations point into.')),
  factIds: v.pipe(v.array(v.string()), v.description('The facts that quote this source.')),
});

export const HomeSchema = v.object({
  name: v.string(),
  description: v.string(),
  source: v.array(v.object({ id: v.string(), title: v.string(), publisher: v.string() })),
  asOf: v.string(),
  version: ContentVersionSchema,
  links: v.pipe(Links, v.description('Main routes, as RFC 6570 URI templates where they take parameters.')),
});

export const ObservationResourceSchema = v.object({
  ...ObservationInputSchema.entries,
  id: v.string(),
  createdAt: v.pipe(v.string(), v.description('When the observation was recorded (ISO 8601).')),
  retractedAt: v.pipe(v.nullable(v.string()), v.description('When it was retracted; null while it counts.')),
  retractedBy: v.nullable(v.string()),
  retractedReason: v.optional(v.nullable(v.string())),
  links: Links,
});

export const ObservationListSchema = v.object({
  count: v.pipe(v.number(), v.description('How many observations this page holds.')),
  observations: v.array(ObservationResourceSchema),
  links: v.object({
    next: v.optional(v.pipe(v.string(), v.description('The next page, while more observations follow.'))),
  }),
});

export const ObservationImportSchema = v.object({
  count: v.pipe(v.number(), v.description('How many observations were stored: every line of the import.')),
  observations: v.pipe(v.array(ObservationResourceSchema), v.description('The stored observations, in line order.')),
});

export const HistorySchema = v.object({
  scenario: v.object({ id: v.string(), title: v.string() }),
  until: v.string(),
  points: v.array(
    v.object({
      date: v.pipe(v.string(), v.description('As known on this day.')),
      status: v.pipe(
        v.picklist(RESOLUTION_STATUSES),
        v.description('The question’s status that day; once not open, the judgment is the last open one.'),
      ),
      basis: v.pipe(
        v.nullable(v.picklist(RESOLUTION_BASES)),
        v.description('Once resolved yes or no: what that rests on (event, recorded-absence, no-record).'),
      ),
      ...v.pick(ScenarioSummarySchema, ['band', 'term', 'probability', 'confidence']).entries,
    }),
  ),
});

const TimelinePointSchema = v.object({
  date: v.pipe(v.string(), v.description('The day the question resolved.')),
  scenarioId: v.string(),
  brier: v.number(),
  runningBrier: v.pipe(v.number(), v.description('The mean Brier score of every question scored up to this one.')),
  questions: v.pipe(v.number(), v.description('How many questions that mean is over.')),
  outcomeObserved: v.boolean(),
});

const CalibrationSchema = v.object({
  resolvedQuestions: v.number(),
  calls: v.number(),
  enough: v.pipe(
    v.boolean(),
    v.description('Whether there are enough resolved questions to claim calibration at all.'),
  ),
  bins: v.array(
    v.object({
      from: v.number(),
      to: v.number(),
      count: v.number(),
      meanProbability: v.nullable(v.number()),
      observedFrequency: v.nullable(v.number()),
      interval: v.pipe(
        v.nullable(v.object({ low: v.number(), high: v.number() })),
        v.description('Wilson score interval (95%) of the observed frequency.'),
      ),
    }),
  ),
});

export const TrackRecordSchema = v.object({
  asOf: v.string(),
  minimumForCalibration: v.number(),
  questions: v.array(
    v.object({
      scenarioId: v.string(),
      title: v.string(),
      status: v.picklist(RESOLUTION_STATUSES),
      resolvedOn: v.nullable(v.string()),
      basis: v.pipe(
        v.nullable(v.picklist(RESOLUTION_BASES)),
        v.description('What the outcome rests on: an event, a recorded absence, or no record (the horizon’s default).'),
      ),
      outcomeObserved: v.pipe(
        v.boolean(),
        v.description(
          'Whether the outcome was observed. A question resolved for want of any record is scored but kept out of calibration: its score tests the default, not the calls.',
        ),
      ),
      baseRate: v.number(),
      recorded: v.pipe(v.nullable(ScoredCallsSchema), v.description('What the service said at the time, scored.')),
      postdiction: v.pipe(
        v.nullable(ScoredCallsSchema),
        v.description(
          'What today’s method says it would have said, as known then, before anything was recorded: scored apart.',
        ),
      ),
      recordGaps: v.pipe(
        v.array(v.object({ from: v.string(), to: v.string() })),
        v.description('Days missing from the record between recorded calls: reported, never filled.'),
      ),
      recordedCalls: v.pipe(v.number(), v.description('How many daily calls the record holds for the question.')),
      lastRecorded: v.pipe(v.nullable(v.string()), v.description('The last day the record holds a call for.')),
    }),
  ),
  timeline: v.pipe(
    v.object({ recorded: v.array(TimelinePointSchema), postdiction: v.array(TimelinePointSchema) }),
    v.description('Each kind’s scores in the order their questions resolved, with the running mean Brier score.'),
  ),
  calibration: v.object({ recorded: CalibrationSchema, postdiction: CalibrationSchema }),
  unreadable: v.pipe(
    v.array(v.object({ scenarioId: v.string(), reason: v.string() })),
    v.description('Record series that could not be read: reported, never filled.'),
  ),
  links: Links,
});
