// Evaluates a compiled scenario's indicators over the facts known for one brief.

import * as v from 'valibot';
import type { CompiledScenario } from './compile-scenario';
import { type EvalContext, FactReadSchema } from './operand';
import { DIRECTIONS } from './scenario-schema';
import type { Truth } from './truth';

export const INDICATOR_STATUSES = ['met', 'not-met', 'unknown'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

const STATUS: Record<Truth, IndicatorStatus> = { true: 'met', false: 'not-met', unknown: 'unknown' };

export const IndicatorResultSchema = v.object({
  id: v.string(),
  label: v.string(),
  direction: v.picklist(DIRECTIONS),
  weight: v.pipe(v.number(), v.description('Likelihood ratio applied to the odds when the indicator is met.')),
  rationale: v.string(),
  ifNotMet: v.optional(
    v.pipe(
      v.object({ weight: v.number(), rationale: v.string() }),
      v.description('The ratio applied the other way when the indicator is known not met; absent: neutral.'),
    ),
  ),
  group: v.optional(
    v.pipe(
      v.string(),
      v.description('Indicators of one group read one piece of evidence: the strongest in each direction counts.'),
    ),
  ),
  status: v.pipe(v.picklist(INDICATOR_STATUSES), v.description('unknown when a fact it needs is not known.')),
  factIds: v.pipe(v.array(v.string()), v.description('Facts the condition names.')),
  reads: v.pipe(v.array(FactReadSchema), v.description('What the evaluation read, fact by fact.')),
  explanation: v.pipe(v.string(), v.description('Why the indicator has its status, test by test.')),
  appliedRatio: v.pipe(
    v.number(),
    v.description(
      'The factor this indicator applied to the odds of the claim as it stands: above 1 raises, below 1 lowers, 1 applies nothing (unknown, an absence with no ratio, or a weaker reading in its group).',
    ),
  ),
});
export type IndicatorResult = v.InferOutput<typeof IndicatorResultSchema>;

const LEAD: Record<IndicatorStatus, string> = {
  met: 'Met',
  'not-met': 'Not met',
  unknown: 'Unknown',
};

/** The indicators' results, before the judgment works out the ratio each applies. */
export function evaluateIndicators(
  scenario: CompiledScenario,
  ctx: EvalContext,
): Omit<IndicatorResult, 'appliedRatio'>[] {
  return scenario.indicators.map((indicator) => {
    const outcome = indicator.compiled.evaluate(ctx);
    const status = STATUS[outcome.truth];
    // Built by assignment, in the order the brief's JSON shows the fields (a test holds the order):
    // every brief builds one per indicator, and spreading the optional ones in allocates twice.
    const result = {
      id: indicator.id,
      label: indicator.label,
      direction: indicator.direction,
      weight: indicator.weight,
      rationale: indicator.rationale,
    } as Omit<IndicatorResult, 'appliedRatio'>;
    if (indicator.ifNotMet) result.ifNotMet = indicator.ifNotMet;
    if (indicator.group) result.group = indicator.group;
    result.status = status;
    result.factIds = indicator.compiled.factIds;
    result.reads = outcome.reads;
    result.explanation = `${LEAD[status]}: ${outcome.reasons.join('; ')}.`;
    return result;
  });
}

/**
 * The statuses alone, in indicator order, with nothing built for a reader: the same decisions as
 * evaluateIndicators (a test checks it on every scenario and many dates), at a fraction of the cost.
 */
export function indicatorStatuses(scenario: CompiledScenario, ctx: EvalContext): IndicatorStatus[] {
  return scenario.indicators.map((indicator) => STATUS[indicator.compiled.truth(ctx)]);
}
