// The judgment of one scenario over one set of facts: indicator results, probability and band,
// the spread the unknown indicators leave open, and confidence.
import type { FactRecord } from '../facts/fact-record';
import type { Source } from '../facts/sources';
import type { CompiledScenario } from '../rules/compile-scenario';
import { evaluateIndicators, type IndicatorResult, type IndicatorStatus, indicatorStatuses } from '../rules/evaluate';
import type { EvalContext } from '../rules/operand';
import { assessConfidence, type Confidence } from './confidence';
import { type Band, bandOf, combine } from './likelihood';

export interface Judgment {
  indicators: IndicatorResult[];
  probability: number;
  band: Band;
  /** The probabilities reached if every unknown indicator resolved against, or for, the scenario. */
  spread: { low: number; high: number };
  confidence: Confidence;
}

/** Probability with some indicators' statuses replaced (for spreads, signposts and key assumptions). */
export function probabilityWith<I extends Pick<IndicatorResult, 'direction' | 'weight'>>(
  baseRate: number,
  indicators: readonly I[],
  statusOf: (i: I) => IndicatorStatus,
): number {
  return combine(
    baseRate,
    indicators.map((i) => ({ direction: i.direction, weight: i.weight, met: statusOf(i) === 'met' })),
  );
}

export function judge(
  scenario: CompiledScenario,
  facts: ReadonlyMap<string, FactRecord>,
  asOf: string,
  sources: ReadonlyMap<string, Source>,
): Judgment {
  const ctx: EvalContext = { facts, asOf };
  const indicators = evaluateIndicators(scenario, ctx);
  const baseRate = scenario.definition.baseRate.probability;
  const probability = probabilityWith(baseRate, indicators, (i) => i.status);
  const resolve = (favour: boolean) => (i: IndicatorResult) =>
    i.status !== 'unknown' ? i.status : (i.direction === 'raises') === favour ? 'met' : 'not-met';
  return {
    indicators,
    probability,
    band: bandOf(probability),
    spread: {
      low: probabilityWith(baseRate, indicators, resolve(false)),
      high: probabilityWith(baseRate, indicators, resolve(true)),
    },
    confidence: assessConfidence(indicators, facts, sources),
  };
}

/**
 * Probability, band and confidence alone, from the statuses: the same numbers as judge (a test
 * checks it), without the explanations, spread and signposts nobody reads in a history.
 */
export function judgeStatuses(
  scenario: CompiledScenario,
  facts: ReadonlyMap<string, FactRecord>,
  asOf: string,
  sources: ReadonlyMap<string, Source>,
): Pick<Judgment, 'probability' | 'band' | 'confidence'> {
  const statuses = indicatorStatuses(scenario, { facts, asOf });
  const indicators = scenario.indicators.map((indicator, k) => ({
    id: indicator.id,
    label: indicator.label,
    direction: indicator.direction,
    weight: indicator.weight,
    factIds: indicator.compiled.factIds,
    status: statuses[k] as IndicatorStatus,
  }));
  const probability = probabilityWith(scenario.definition.baseRate.probability, indicators, (i) => i.status);
  return { probability, band: bandOf(probability), confidence: assessConfidence(indicators, facts, sources) };
}
