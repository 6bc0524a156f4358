// The shapes of scores as they are stored (in a digest entry) and served (the track record):
// validated when read back from storage, and described in the API reference.
import * as v from 'valibot';
import { RESOLUTION_BASES } from '../brief/resolution';

export const ScoredCallsSchema = v.object({
  calls: v.pipe(v.number(), v.description('How many calls were scored.')),
  from: v.string(),
  to: v.string(),
  brier: v.pipe(
    v.number(),
    v.description('Brier score, time-averaged over the days the calls stood: 0 best, 0.25 for always 50%.'),
  ),
  log: v.pipe(
    v.number(),
    v.description('Log score (natural log of the probability given to the outcome), time-averaged: 0 best.'),
  ),
  days: v.pipe(v.number(), v.description('The days the calls stood, up to the day the question closed.')),
  skillVsBaseRate: v.pipe(v.nullable(v.number()), v.description('1 − Brier / Brier of the scenario’s base rate.')),
  skillVsEven: v.pipe(v.nullable(v.number()), v.description('1 − Brier / 0.25: against always saying 50%.')),
});

/** A resolution's score, as a digest entry carries it on the day its question resolved. */
export const ResolutionScoreSchema = v.object({
  outcomeObserved: v.pipe(
    v.boolean(),
    v.description('False when the question resolved for want of any record: the score tests the horizon’s default.'),
  ),
  basis: v.nullable(v.picklist(RESOLUTION_BASES)),
  recorded: v.pipe(v.nullable(ScoredCallsSchema), v.description('What the service said at the time, scored.')),
  postdiction: v.pipe(
    v.nullable(ScoredCallsSchema),
    v.description('What today’s method says it would have said before anything was recorded, scored apart.'),
  ),
});
export type ResolutionScore = v.InferOutput<typeof ResolutionScoreSchema>;
