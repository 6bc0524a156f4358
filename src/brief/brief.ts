// Assembles a brief: the judgment of a scenario as of a date, with what-if assumptions if any,
// the baseline beside it, sensitivity, citations for every fact relied on, and a timeline.
// Pure and synchronous: the same catalog, date and assumptions give the same brief.
import { type Assumptions, type FactBase, factsAsOf } from '../facts/fact-base';
import type { FactRecord } from '../facts/fact-record';
import { byCodeUnit } from '../facts/text-order';
import type { CompiledScenario } from '../rules/compile-scenario';
import { bottomLine } from './bottom-line';
import type { Assumption, Brief, ContentVersion, Likelihood } from './brief-schema';
import { citationsFor, timelineOf } from './evidence';
import { type Judgment, judge } from './judgment';
import { sensitivity } from './sensitivity';

export interface BriefRequest {
  /** Full ISO date; defaults to the fact base's latest date. */
  asOf?: string;
  assumptions?: Assumptions;
}

function likelihoodOf(j: Judgment, baseRate: number): Likelihood {
  return {
    band: j.band.id,
    term: j.band.term,
    probability: j.probability,
    range: { min: j.band.min, max: j.band.max },
    spread: j.spread,
    baseRate,
  };
}

/** The facts the scenario relies on, known as of the date, with the inputs of derived ones. */
function factsRelied(scenario: CompiledScenario, facts: ReadonlyMap<string, FactRecord>): FactRecord[] {
  const ids = new Set<string>();
  const add = (id: string) => {
    const fact = facts.get(id);
    if (!fact || ids.has(id)) return;
    ids.add(id);
    for (const input of fact.derivation?.inputs ?? []) add(input);
  };
  for (const id of scenario.factIds) add(id);
  return [...ids].map((id) => facts.get(id) as FactRecord);
}

function warningsFor(def: CompiledScenario['definition'], asOf: string): string[] {
  if (asOf <= def.horizon.end) return [];
  return [
    `The horizon (${def.horizon.end}) ended before the brief date (${asOf}): the judgment is what the recorded facts ` +
      'supported, not the outcome, which no fact here records.',
  ];
}

/** The facts and brief as reported (no assumptions) at the request's date, when the caller has them. */
export interface Reported {
  facts: ReadonlyMap<string, FactRecord>;
  brief: Brief;
}

/**
 * `reported`, if given, must be this scenario's brief and facts at the same date without
 * assumptions (the catalog keeps them for its default date): a what-if then takes its baseline
 * from them instead of judging the reported facts a second time.
 */
export function buildBrief(
  scenario: CompiledScenario,
  base: FactBase,
  version: ContentVersion,
  request: BriefRequest = {},
  reported?: Reported,
): Brief {
  const asOf = request.asOf ?? base.latestDate;
  const assumptions = request.assumptions ?? new Map();
  const def = scenario.definition;
  const baseRate = def.baseRate.probability;

  const facts = factsAsOf(base, asOf, assumptions);
  const judgment = judge(scenario, facts, asOf);
  const relied = factsRelied(scenario, facts);

  let baseline: Brief['baseline'];
  const assumed: Assumption[] = [];
  if (assumptions.size > 0) {
    const sameDate = reported?.brief.asOf === asOf && reported.brief.scenario.id === def.id;
    const baseFacts = sameDate ? reported.facts : factsAsOf(base, asOf, new Map());
    if (sameDate) {
      // Copied, not shared: the reported brief is memoised and served as it is.
      const { likelihood, confidence, bluf } = reported.brief;
      baseline = {
        likelihood: { ...likelihood, range: { ...likelihood.range }, spread: { ...likelihood.spread } },
        confidence: { ...confidence, sourceIds: [...confidence.sourceIds], reasons: [...confidence.reasons] },
        bluf,
      };
    } else {
      const baseJudgment = judge(scenario, baseFacts, asOf);
      baseline = {
        likelihood: likelihoodOf(baseJudgment, baseRate),
        confidence: baseJudgment.confidence,
        bluf: bottomLine(def, baseJudgment, asOf),
      };
    }
    for (const [factId, value] of [...assumptions].sort(([a], [b]) => byCodeUnit(a, b))) {
      assumed.push({ factId, value, baselineValue: baseFacts.get(factId)?.value ?? null });
    }
  }

  return {
    scenario: { id: def.id, title: def.title, question: def.question, horizon: def.horizon },
    asOf,
    bluf: bottomLine(def, judgment, asOf, assumptions.size),
    likelihood: likelihoodOf(judgment, baseRate),
    confidence: judgment.confidence,
    indicators: judgment.indicators,
    sensitivity: sensitivity(judgment, baseRate),
    assumptions: assumed,
    ...(baseline ? { baseline } : {}),
    warnings: warningsFor(def, asOf),
    citations: citationsFor(relied),
    timeline: timelineOf(relied),
    version,
  };
}
