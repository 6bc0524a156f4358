// The judgment of one scenario over one set of facts on one day: indicator results with the
// ratio each applied, the evidence's probability, the time left to the horizon applied to it,
// probability and band, the spread the unknown indicators leave open, and confidence.
import type { FactRecord } from '../facts/fact-record';
import type { Source } from '../facts/sources';
import type { CompiledScenario } from '../rules/compile-scenario';
import { evaluateIndicators, type IndicatorResult, type IndicatorStatus, indicatorStatuses } from '../rules/evaluate';
import type { EvalContext } from '../rules/operand';
import type { Indicator } from '../rules/scenario-schema';
import { assessConfidence, type Confidence } from './confidence';
import {
  appliedContributions,
  type Band,
  bandOf,
  evidenceProbability,
  statedProbability,
  type WeightedSignal,
} from './likelihood';
import { remainingShare, type TimeModel, type TimeTerm, timeModelOf, timeTerm, withTimeLeft } from './time-to-horizon';

export interface Judgment {
  indicators: IndicatorResult[];
  probability: number;
  band: Band;
  /** The probabilities reached if every unknown indicator resolved against, or for, the scenario. */
  spread: { low: number; high: number };
  confidence: Confidence;
  /** How the time left entered the probability, where it does. */
  time: TimeTerm | undefined;
  /** What turned the statuses into the probability: what-ifs over statuses reuse it. */
  model: ProbabilityModel;
}

/** What turns indicator statuses into a stated probability on one day. */
export interface ProbabilityModel {
  baseRate: number;
  time: TimeModel;
  /** The share of the question's window still ahead. */
  share: number;
}

/** The base rate, time model and share of the window left that turn statuses into a probability on `asOf`. */
export function probabilityModel(scenario: CompiledScenario, asOf: string): ProbabilityModel {
  const time = timeModelOf(scenario.definition);
  return { baseRate: scenario.definition.baseRate.probability, time, share: remainingShare(time, asOf) };
}

type Weighted = Pick<Indicator, 'direction' | 'weight' | 'ifNotMet' | 'group'>;

function signalsOf<I extends Weighted>(
  indicators: readonly I[],
  statusOf: (i: I) => IndicatorStatus,
): WeightedSignal[] {
  // Assigned, not spread: this runs for every move a brief weighs (signposts, key assumptions, the
  // spread), and a spread of a conditional literal allocates and copies on each call.
  return indicators.map((i) => {
    const signal: WeightedSignal = { direction: i.direction, weight: i.weight, status: statusOf(i) };
    if (i.ifNotMet) signal.weightIfNotMet = i.ifNotMet.weight;
    if (i.group) signal.group = i.group;
    return signal;
  });
}

/** The stated probability with some indicators' statuses replaced (spreads, signposts, key assumptions). */
export function probabilityWith<I extends Weighted>(
  model: ProbabilityModel,
  indicators: readonly I[],
  statusOf: (i: I) => IndicatorStatus,
): number {
  const evidence = evidenceProbability(model.baseRate, signalsOf(indicators, statusOf));
  return statedProbability(withTimeLeft(model.time, evidence, model.share));
}

/** The scenario's full judgment over these facts on `asOf`: indicators, probability, band, spread and confidence. */
export function judge(
  scenario: CompiledScenario,
  facts: ReadonlyMap<string, FactRecord>,
  asOf: string,
  sources: ReadonlyMap<string, Source>,
): Judgment {
  const ctx: EvalContext = { facts, asOf };
  const model = probabilityModel(scenario, asOf);
  const evaluated = evaluateIndicators(scenario, ctx);
  const applied = appliedContributions(signalsOf(evaluated, (i) => i.status));
  // The results were made just above for this judgment alone: the ratio is added to each in place
  // (last, where the brief's JSON shows it) rather than by copying every field.
  const indicators: IndicatorResult[] = evaluated.map((i, k) =>
    Object.assign(i, { appliedRatio: roundRatio(Math.exp(applied[k] as number)) }),
  );
  const evidence = evidenceProbability(
    model.baseRate,
    signalsOf(indicators, (i) => i.status),
  );
  const probability = statedProbability(withTimeLeft(model.time, evidence, model.share));
  const resolve = (favour: boolean) => (i: IndicatorResult) =>
    i.status !== 'unknown' ? i.status : (i.direction === 'raises') === favour ? 'met' : 'not-met';
  return {
    indicators,
    probability,
    band: bandOf(probability),
    spread: {
      low: probabilityWith(model, indicators, resolve(false)),
      high: probabilityWith(model, indicators, resolve(true)),
    },
    confidence: assessConfidence(indicators, facts, sources),
    time: timeTerm(model.time, asOf, evidence, statedProbability),
    model,
  };
}

/** A ratio as the brief shows it: three decimals are more than any authored weight has. */
function roundRatio(r: number): number {
  return Math.round(r * 1000) / 1000;
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
  const model = probabilityModel(scenario, asOf);
  const signals = signalsOf(scenario.indicators, (i) => statuses[scenario.indicators.indexOf(i)] as IndicatorStatus);
  const applied = appliedContributions(signals);
  const indicators = scenario.indicators.map((indicator, k) => ({
    id: indicator.id,
    label: indicator.label,
    factIds: indicator.compiled.factIds,
    status: statuses[k] as IndicatorStatus,
    appliedRatio: roundRatio(Math.exp(applied[k] as number)),
  }));
  const probability = statedProbability(
    withTimeLeft(model.time, evidenceProbability(model.baseRate, signals), model.share),
  );
  return { probability, band: bandOf(probability), confidence: assessConfidence(indicators, facts, sources) };
}
