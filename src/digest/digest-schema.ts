// The digest: every scenario's judgment as of one date, and what changed since the digest
// before it. Stored in KV (see store.ts) and served as JSON; the feeds are made from its change
// events. The schema validates what is read back from storage, so a corrupt record is caught.
import * as v from 'valibot';
import { ContentVersionSchema } from '../brief/brief-schema';
import { CONFIDENCE_LEVELS } from '../brief/confidence';
import { BAND_IDS } from '../brief/likelihood';
import { RESOLUTION_BASES, RESOLUTION_STATUSES } from '../brief/resolution';
import { INDICATOR_STATUSES } from '../rules/evaluate';
import { ResolutionScoreSchema } from '../scoring/score-schema';

export const TRENDS = ['new', 'up', 'down', 'unchanged'] as const;
export type Trend = (typeof TRENDS)[number];

const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const FlipSchema = v.object({
  indicatorId: v.string(),
  label: v.string(),
  before: v.nullable(v.picklist(INDICATOR_STATUSES)),
  after: v.picklist(INDICATOR_STATUSES),
  explanation: v.pipe(v.string(), v.description('Why the indicator now has its status.')),
});
export type Flip = v.InferOutput<typeof FlipSchema>;

export const DigestEntrySchema = v.object({
  /** Stable across runs: the scenario and the digest date. A feed item's id is made from it. */
  id: v.string(),
  scenarioId: v.string(),
  title: v.string(),
  status: v.pipe(
    v.optional(v.picklist(RESOLUTION_STATUSES), 'open'),
    v.description(
      'The question’s resolution on the digest date: open, yes, no or unresolved. Once it is not open, band and probability are the last open judgment.',
    ),
  ),
  resolvedOn: v.pipe(
    v.optional(v.nullable(v.string()), null),
    v.description('The day it was settled, once resolved yes or no.'),
  ),
  basis: v.pipe(
    v.optional(v.nullable(v.picklist(RESOLUTION_BASES)), null),
    v.description('Once resolved yes or no, what that rests on: event, recorded-absence or no-record.'),
  ),
  band: v.picklist(BAND_IDS),
  term: v.string(),
  probability: v.number(),
  confidence: v.picklist(CONFIDENCE_LEVELS),
  bluf: v.string(),
  changed: v.pipe(v.boolean(), v.description('False when nothing changed since the previous digest.')),
  trend: v.pipe(
    v.picklist(TRENDS),
    v.description('Probability up, down or unchanged since the previous digest; new for a first assessment.'),
  ),
  bandBefore: v.nullable(v.picklist(BAND_IDS)),
  probabilityBefore: v.nullable(v.number()),
  confidenceBefore: v.nullable(v.picklist(CONFIDENCE_LEVELS)),
  indicators: v.pipe(
    v.array(v.object({ id: v.string(), status: v.picklist(INDICATOR_STATUSES) })),
    v.description('Every indicator’s status on this date: what the next digest compares with.'),
  ),
  flipped: v.pipe(v.array(FlipSchema), v.description('Indicators whose status changed, and why.')),
  summary: v.string(),
  score: v.pipe(
    v.optional(v.nullable(ResolutionScoreSchema), null),
    v.description(
      'On the digest that first reports the question resolved yes or no: how its calls scored (what was said at the time, and postdiction, apart). Null otherwise, or when the record could not be read.',
    ),
  ),
});
export type DigestEntry = v.InferOutput<typeof DigestEntrySchema>;

/** A question set's ranking on the digest date, compared with the digest before. */
export const SetDigestEntrySchema = v.object({
  /** Stable across runs: `set:<id>@<date>`. A feed item's id is made from it. */
  id: v.string(),
  setId: v.string(),
  title: v.string(),
  status: v.picklist(['open', 'resolved', 'unresolved']),
  ranking: v.pipe(
    v.array(v.object({ hypothesisId: v.string(), label: v.string(), probability: v.number() })),
    v.description('The hypotheses by stated probability, most probable first (ties in the set’s order).'),
  ),
  rankingBefore: v.pipe(
    v.nullable(v.array(v.string())),
    v.description('The previous digest’s order of hypothesis ids; null for a first assessment.'),
  ),
  leaderBefore: v.nullable(v.string()),
  resolvedTo: v.pipe(
    v.optional(v.nullable(v.string()), null),
    v.description('Once resolved, the hypothesis it resolved to.'),
  ),
  changed: v.pipe(
    v.boolean(),
    v.description('True for a first assessment, a change in the order of the hypotheses, or a change in status.'),
  ),
  bluf: v.string(),
  summary: v.string(),
});
export type SetDigestEntry = v.InferOutput<typeof SetDigestEntrySchema>;

export const DigestSchema = v.object({
  date: v.pipe(IsoDay, v.description('The digest is of every scenario as of this day.')),
  previousDate: v.nullable(IsoDay),
  computedAt: v.pipe(v.string(), v.description('When this digest was first computed (ISO 8601).')),
  version: ContentVersionSchema,
  newlyResolved: v.pipe(
    v.optional(v.array(v.string()), []),
    v.description(
      'Scenarios whose question this digest reports resolved yes or no for the first time; their entries carry the score.',
    ),
  ),
  entries: v.array(DigestEntrySchema),
  sets: v.pipe(
    v.optional(v.array(SetDigestEntrySchema), []),
    v.description('Every question set’s ranking of its hypotheses on this date, and whether it changed.'),
  ),
});
export type Digest = v.InferOutput<typeof DigestSchema>;

/** What a change event adds to its entry: the digest it belongs to. */
const OfDigest = { date: IsoDay, previousDate: v.nullable(IsoDay), computedAt: v.string() };

/** A change, as the feeds list it: an entry that changed, with the digest it belongs to. */
export const ChangeEventSchema = v.object({ ...DigestEntrySchema.entries, ...OfDigest });
export type ChangeEvent = v.InferOutput<typeof ChangeEventSchema>;

/** A set's ranking change, as the feeds list it. */
export const SetChangeEventSchema = v.object({ ...SetDigestEntrySchema.entries, ...OfDigest });
export type SetChangeEvent = v.InferOutput<typeof SetChangeEventSchema>;

export const ChangeLogSchema = v.object({
  events: v.array(ChangeEventSchema),
  setEvents: v.optional(v.array(SetChangeEventSchema), []),
});
export type ChangeLog = v.InferOutput<typeof ChangeLogSchema>;

export const DigestIndexSchema = v.object({
  dates: v.pipe(v.array(IsoDay), v.description('Every digest date, oldest first.')),
  latest: v.nullable(IsoDay),
});

/** What GET /v1/digests answers. */
export const DigestListSchema = v.object({
  latest: IsoDay,
  dates: v.array(v.object({ date: IsoDay, links: v.record(v.string(), v.string()) })),
});
