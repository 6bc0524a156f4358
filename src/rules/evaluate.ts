// Evaluates a compiled scenario's indicators over the facts known for one brief.

import type { CompiledScenario } from './compile-scenario';
import type { EvalContext, FactRead } from './operand';
import type { Direction } from './scenario-schema';
import type { Truth } from './truth';

export type IndicatorStatus = 'met' | 'not-met' | 'unknown';

const STATUS: Record<Truth, IndicatorStatus> = { true: 'met', false: 'not-met', unknown: 'unknown' };

export interface IndicatorResult {
  id: string;
  label: string;
  direction: Direction;
  weight: number;
  rationale: string;
  status: IndicatorStatus;
  /** Facts the condition names. */
  factIds: string[];
  /** What the evaluation read, fact by fact. */
  reads: FactRead[];
  explanation: string;
}

const LEAD: Record<IndicatorStatus, string> = {
  met: 'Met',
  'not-met': 'Not met',
  unknown: 'Unknown',
};

export function evaluateIndicators(scenario: CompiledScenario, ctx: EvalContext): IndicatorResult[] {
  return scenario.indicators.map((indicator) => {
    const outcome = indicator.compiled.evaluate(ctx);
    const status = STATUS[outcome.truth];
    return {
      id: indicator.id,
      label: indicator.label,
      direction: indicator.direction,
      weight: indicator.weight,
      rationale: indicator.rationale,
      status,
      factIds: indicator.compiled.factIds,
      reads: outcome.reads,
      explanation: `${LEAD[status]}: ${outcome.reasons.join('; ')}.`,
    };
  });
}
