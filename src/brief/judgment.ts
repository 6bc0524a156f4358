// The judgment of one scenario over one set of facts: indicator results, probability and band,
// the spread the unknown indicators leave open, and confidence.
import type { FactRecord } from '../facts/fact-record';
import type { CompiledScenario } from '../rules/compile-scenario';
import { evaluateIndicators, type IndicatorResult, type IndicatorStatus } from '../rules/evaluate';
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

/** Probability with some indicators' statuses replaced (for spreads and sensitivity). */
export function probabilityWith(
  baseRate: number,
  indicators: readonly IndicatorResult[],
  statusOf: (i: IndicatorResult) => IndicatorStatus,
): number {
  return combine(
    baseRate,
    indicators.map((i) => ({ direction: i.direction, weight: i.weight, met: statusOf(i) === 'met' })),
  );
}

export function judge(scenario: CompiledScenario, facts: ReadonlyMap<string, FactRecord>, asOf: string): Judgment {
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
    confidence: assessConfidence(indicators, facts),
  };
}
