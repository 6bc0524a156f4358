// The JSON shapes of the catalog's resources as the API serves them. They document the contract
// (OpenAPI) and type the renderers, so what is served and what is documented cannot drift.
import * as v from 'valibot';
import { ContentVersionSchema, ScenarioHeadSchema } from '../brief/brief-schema';
import { CONFIDENCE_LEVELS } from '../brief/confidence';
import { BAND_IDS } from '../brief/likelihood';
import { RESOLUTION_BASES, RESOLUTION_STATUSES } from '../brief/resolution';
import { FactRecordSchema } from '../facts/fact-record';
import { ObservationInputSchema } from '../facts/observation';
import { SourceMetaSchema } from '../facts/schema';
import { ScenarioObjectSchema } from '../rules/scenario-schema';

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
  links: Links,
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
      band: v.picklist(BAND_IDS),
      term: v.string(),
      probability: v.number(),
      confidence: v.picklist(CONFIDENCE_LEVELS),
    }),
  ),
});
