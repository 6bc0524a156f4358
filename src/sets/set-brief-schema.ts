// The question set's brief as the API serves it (GET /v1/sets/{id}): the hypotheses with their
// probabilities, the ACH matrix, sensitivity, coherence with linked scenarios, what the matrix
// does not show, and the tradecraft checks. The types are inferred from the schema.
import * as v from 'valibot';
import { ContentVersionSchema } from '../brief/brief-schema';
import { ConfidenceSchema } from '../brief/confidence';
import { BriefCitationSchema } from '../brief/evidence';
import { BAND_IDS } from '../brief/likelihood';
import { ResolutionSchema } from '../brief/resolution';
import { SourceDescriptionSchema } from '../brief/sourcing';
import { FactValueSchema } from '../facts/fact-record';
import { INDICATOR_STATUSES, IndicatorResultSchema } from '../rules/evaluate';
import { TradecraftSchema } from '../tradecraft/brief-checks';
import { LEVELS, RATINGS } from './ach-matrix';
import { SENSITIVITY_TESTS } from './sensitivity';
import { COHERENCE_RELATIONS } from './set-schema';

const d = <S extends v.GenericSchema>(schema: S, text: string) => v.pipe(schema, v.description(text));

export const SetHeadSchema = v.object({
  id: v.string(),
  title: v.string(),
  question: v.string(),
  horizon: v.object({ label: v.string(), opens: v.string(), end: v.string() }),
  criteria: v.string(),
  version: d(
    v.object({ number: v.number(), hash: v.string() }),
    'Which version of the set: its number (1 is the file in scenarios/sets/, or the first version published live) and the content hash of its document.',
  ),
});

export const HypothesisResultSchema = v.object({
  id: v.string(),
  label: v.string(),
  claim: v.string(),
  default: d(v.boolean(), 'The hypothesis that holds when nothing else is recorded by the horizon.'),
  prior: v.object({ probability: v.number(), rationale: v.string() }),
  evidenceProbability: d(
    v.number(),
    'Its share from the prior and the evidence alone, over the whole window (two decimals, not rounded to sum).',
  ),
  probability: d(
    v.number(),
    'As stated: a whole percent with the time left applied; the hypotheses’ probabilities sum to exactly 1.',
  ),
  band: v.picklist(BAND_IDS),
  term: v.string(),
  settles: d(
    v.nullable(v.string()),
    'The development that makes it the answer if recorded first; null for the default.',
  ),
  indicators: v.array(IndicatorResultSchema),
});

const WeighedSchema = v.object({ level: v.picklist(LEVELS), weight: v.number(), basis: v.string() });

export const AchMatrixSchema = d(
  v.object({
    rows: v.array(
      v.object({
        id: v.string(),
        factIds: v.array(v.string()),
        evidence: d(v.array(v.string()), 'The evidence as the row’s indicators read it: their labels.'),
        credibility: d(WeighedSchema, 'From the facts’ certainty, capped by their sources’ Admiralty grade.'),
        relevance: d(WeighedSchema, 'From the largest likelihood ratio that applied on the row.'),
        cells: v.array(
          v.object({
            hypothesisId: v.string(),
            rating: d(v.picklist(RATINGS), 'CC, C, N, I or II: the cell’s log ratio less the row’s mean.'),
            logRatio: v.number(),
            indicators: v.array(
              v.object({
                id: v.string(),
                label: v.string(),
                status: v.picklist(INDICATOR_STATUSES),
                appliedRatio: v.number(),
              }),
            ),
          }),
        ),
        diagnosticity: d(v.number(), 'How many times likelier the row is under its likeliest reading than its least.'),
        diagnostic: d(v.boolean(), 'False when every cell rates the same: the row does not help choose.'),
      }),
    ),
    absent: d(
      v.array(
        v.object({ factIds: v.array(v.string()), evidence: v.array(v.string()), hypothesisIds: v.array(v.string()) }),
      ),
      'Evidence the indicators watch for that nothing on record speaks to yet: not in the matrix.',
    ),
    scores: v.array(
      v.object({
        hypothesisId: v.string(),
        weightedInconsistency: d(v.number(), 'Σ credibility × relevance × (−1 for I, −2 for II); nearer 0 survives.'),
        inconsistent: v.number(),
        rank: v.number(),
      }),
    ),
  }),
  'The ACH matrix generated from the rules: evidence rows × hypotheses (docs/question-sets.md).',
);

export const SensitivitySchema = v.object({
  rowId: v.string(),
  test: d(v.picklist(SENSITIVITY_TESTS), 'discounted: the row set aside; reversed: its reading the other way.'),
  ranking: v.array(v.object({ hypothesisId: v.string(), probability: v.number() })),
  achSurvivors: d(v.array(v.string()), 'The least inconsistent hypotheses under the test (several when they tie).'),
  leaderChanges: v.boolean(),
  rankingChanges: v.boolean(),
  achLeaderChanges: v.boolean(),
});

export const CoherenceResultSchema = v.object({
  scenario: v.object({ id: v.string(), title: v.string() }),
  relation: v.picklist(COHERENCE_RELATIONS),
  hypotheses: v.array(v.string()),
  reason: v.string(),
  compared: d(v.boolean(), 'False when either question is closed: outcomes, not numbers, then decide.'),
  scenarioProbability: v.nullable(v.number()),
  setProbability: d(v.nullable(v.number()), 'The sum of the linked hypotheses’ stated probabilities.'),
  gap: d(v.nullable(v.number()), 'How far the numbers break the relation (0 when they keep it).'),
  tolerance: v.number(),
  agrees: v.boolean(),
  text: v.string(),
});

export const SetBriefSchema = v.object({
  set: SetHeadSchema,
  asOf: v.string(),
  judgedAsOf: d(v.string(), 'The brief date while open; else the last open day.'),
  informationTo: v.nullable(v.string()),
  status: d(
    v.object({
      status: v.picklist(['open', 'resolved', 'unresolved']),
      hypothesis: v.nullable(v.string()),
      resolution: ResolutionSchema,
    }),
    'Open; resolved to the hypothesis recorded first (or the default at the horizon); or unresolved, waiting.',
  ),
  bluf: v.string(),
  bottomLine: v.object({
    judgment: v.string(),
    alternatives: v.string(),
    evidence: d(v.string(), 'The evidence that most separates the leading hypothesis from the runner-up.'),
    sensitivity: d(
      v.string(),
      'How fragile the lead is: evidence whose loss alone would change it. Empty once closed.',
    ),
    inconsistency: d(v.string(), 'The ACH reading: which hypothesis survives judged by inconsistency.'),
    confidence: v.string(),
  }),
  leading: d(
    v.string(),
    'The most probable hypothesis while open; once resolved, the hypothesis it resolved to (its numbers are the last open judgment).',
  ),
  hypotheses: v.array(HypothesisResultSchema),
  time: v.object({ opens: v.string(), horizon: v.string(), remainingShare: v.number(), text: v.string() }),
  confidence: ConfidenceSchema,
  matrix: AchMatrixSchema,
  sensitivity: d(v.array(SensitivitySchema), 'Evidence that, if wrong, would change the ranking.'),
  coherence: v.array(CoherenceResultSchema),
  signposts: v.array(v.object({ hypothesisId: v.string(), text: v.string() })),
  keyAssumptions: v.array(v.object({ text: v.string() })),
  limits: d(v.array(v.string()), 'What the matrix does not show.'),
  assumptions: v.array(
    v.object({ factId: v.string(), value: FactValueSchema, baselineValue: v.nullable(FactValueSchema) }),
  ),
  baseline: v.optional(
    v.object({
      leading: v.string(),
      probabilities: v.array(v.object({ hypothesisId: v.string(), probability: v.number() })),
      bluf: v.string(),
    }),
  ),
  warnings: v.array(v.string()),
  sources: v.array(SourceDescriptionSchema),
  citations: v.array(BriefCitationSchema),
  tradecraft: TradecraftSchema,
  version: ContentVersionSchema,
});
export type SetBrief = v.InferOutput<typeof SetBriefSchema>;

export const SetSummarySchema = v.object({
  ...v.pick(SetHeadSchema, ['id', 'title', 'question', 'horizon']).entries,
  status: v.picklist(['open', 'resolved', 'unresolved']),
  leading: v.object({ id: v.string(), label: v.string(), probability: v.number(), term: v.string() }),
  hypotheses: v.array(v.object({ id: v.string(), label: v.string(), probability: v.number() })),
  links: v.object({ self: v.string(), page: v.string() }),
});
export const SetListSchema = v.object({
  asOf: v.string(),
  sets: v.array(SetSummarySchema),
  version: ContentVersionSchema,
});

/** What POST /v1/set-drafts answers: the draft passed every check; its brief as it would be served. */
export const SetDraftSchema = v.object({
  valid: v.literal(true),
  setId: v.string(),
  hash: d(v.string(), 'The content hash of the draft document.'),
  served: d(v.nullable(v.object({ hash: v.string() })), 'The set served under this id now, if any.'),
  brief: SetBriefSchema,
});

/** A published version of a set (PUT /v1/sets/{id}, GET /v1/sets/{id}/versions). */
export const SetVersionSchema = v.object({
  setId: v.string(),
  version: v.number(),
  hash: v.string(),
  createdAt: d(v.string(), 'When it was published; empty for a seed’s version 1 not recorded yet.'),
  createdBy: d(v.string(), 'The analyst whose token published it; "seed" for the file in scenarios/sets/.'),
  reason: v.string(),
  retiredAt: v.nullable(v.string()),
  retiredBy: v.nullable(v.string()),
  retiredReason: v.nullable(v.string()),
  served: d(v.boolean(), 'Whether this is the version served now.'),
  links: v.object({ self: v.string(), set: v.string(), page: v.string(), versions: v.string() }),
});

/** One version with its document (GET /v1/sets/{id}/versions/{version}). */
export const SetVersionDocumentSchema = v.object({
  ...SetVersionSchema.entries,
  document: d(v.unknown(), 'The set document as published (the file itself, for the seed’s version 1).'),
});

export const SetVersionListSchema = v.object({
  setId: v.string(),
  served: v.nullable(v.number()),
  versions: v.array(SetVersionSchema),
});
