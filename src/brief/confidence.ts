// Analytic confidence, kept apart from likelihood: how much of the picture is known and how
// independent and firm its sourcing is. Rules, in order:
//   low      — fewer than half of the indicators are known (met or not met);
//   high     — at least 80 % known, at least two independent sources, and no more than a quarter
//              of the known indicators resting on reported, assessed or hedged facts;
//   moderate — otherwise. A single source caps confidence at moderate.
import type { FactRecord } from '../facts/fact-record';
import type { IndicatorResult } from '../rules/evaluate';

export type ConfidenceLevel = 'low' | 'moderate' | 'high';

export interface Confidence {
  level: ConfidenceLevel;
  knownIndicators: number;
  totalIndicators: number;
  sourceIds: string[];
  /** Known indicators that rest on a fact the source hedges, reports second-hand or judges. */
  hedgedIndicators: number;
  reasons: string[];
}

export function assessConfidence(
  indicators: readonly IndicatorResult[],
  facts: ReadonlyMap<string, FactRecord>,
): Confidence {
  const known = indicators.filter((i) => i.status !== 'unknown');
  const factsOf = (i: IndicatorResult) => i.reads.flatMap((r) => facts.get(r.factId) ?? []);
  const sourceIds = [...new Set(known.flatMap(factsOf).flatMap((f) => f.citations.map((c) => c.sourceId)))].sort();
  const hedged = known.filter((i) => factsOf(i).some((f) => f.certainty !== 'stated')).length;
  const knownShare = indicators.length === 0 ? 0 : known.length / indicators.length;

  const reasons = [
    `${known.length} of ${indicators.length} indicators are known.`,
    sourceIds.length === 1
      ? 'All known indicators rest on a single source, which caps confidence at moderate.'
      : `Known indicators rest on ${sourceIds.length} independent sources.`,
    `${hedged} of ${known.length} known indicators rest on facts the source reports second-hand, judges or hedges.`,
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
    reasons,
  };
}
