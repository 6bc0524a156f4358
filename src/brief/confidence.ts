// Analytic confidence, kept apart from likelihood: how much of the picture is known and how
// independent and firm its sourcing is. Rules, in order:
//   low      — fewer than half of the indicators are known (met or not met);
//   high     — at least 80 % known, at least two independent sources, and no more than a quarter
//              of the known indicators resting on reported, assessed or hedged facts (a what-if
//              assumption is the caller's claim: neither hedged nor a source);
//   moderate — otherwise. A single source caps confidence at moderate.
import * as v from 'valibot';
import type { FactRecord } from '../facts/fact-record';
import type { IndicatorResult } from '../rules/evaluate';

export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const ConfidenceSchema = v.object({
  level: v.picklist(CONFIDENCE_LEVELS),
  knownIndicators: v.number(),
  totalIndicators: v.number(),
  sourceIds: v.pipe(v.array(v.string()), v.description('Independent sources behind the known indicators.')),
  hedgedIndicators: v.pipe(
    v.number(),
    v.description('Known indicators resting on a fact the source reports second-hand, judges or hedges.'),
  ),
  assumedIndicators: v.pipe(v.number(), v.description('Known indicators resting on a what-if assumption.')),
  reasons: v.array(v.string()),
});
export type Confidence = v.InferOutput<typeof ConfidenceSchema>;

/** What confidence needs of an indicator: its status and the facts its condition names. */
export type IndicatorBasis = Pick<IndicatorResult, 'status' | 'factIds'>;

export function assessConfidence(
  indicators: readonly IndicatorBasis[],
  facts: ReadonlyMap<string, FactRecord>,
): Confidence {
  const known = indicators.filter((i) => i.status !== 'unknown');
  // The facts a known indicator rests on: those its condition names that are known as of the date.
  const restsOn = known.map((i) => i.factIds.flatMap((id) => facts.get(id) ?? []));
  const sourceIds = [...new Set(restsOn.flat().flatMap((f) => f.citations.map((c) => c.sourceId)))].sort();
  // An assumed value is the caller's, not the source's: it is neither hedged nor sourced.
  const hedged = restsOn.filter((fs) => fs.some((f) => !f.assumed && f.certainty !== 'stated')).length;
  const assumed = restsOn.filter((fs) => fs.some((f) => f.assumed)).length;
  const knownShare = indicators.length === 0 ? 0 : known.length / indicators.length;

  const reasons = [
    `${known.length} of ${indicators.length} indicators are known.`,
    sourceIds.length === 0
      ? 'No known indicator rests on a cited source.'
      : sourceIds.length === 1
        ? 'All known indicators rest on a single source, which caps confidence at moderate.'
        : `Known indicators rest on ${sourceIds.length} independent sources.`,
    `${hedged} of ${known.length} known indicators rest on facts the source reports second-hand, judges or hedges.`,
    ...(assumed > 0
      ? [`${assumed} of ${known.length} known indicators rest on what-if assumptions, which no source backs.`]
      : []),
  ];
  let level: ConfidenceLevel;
  if (knownShare < 0.5) level = 'low';
  else if (knownShare >= 0.8 && sourceIds.length >= 2 && hedged <= known.length / 4) level = 'high';
  else level = 'moderate';
  return {
    level,
    knownIndicators: known.length,
    totalIndicators: indicators.length,
    sourceIds,
    hedgedIndicators: hedged,
    assumedIndicators: assumed,
    reasons,
  };
}
