// A scenario's judgment through time: the band and probability at every date where a fact it
// reads takes a new value (from the article or an observation), up to a given day.
import { type FactBase, factsAsOf, factsBehind } from '../facts/fact-base';
import { periodEnd } from '../facts/partial-date';
import type { CompiledScenario } from '../rules/compile-scenario';
import { judgeStatuses } from './judgment';
import type { BandId } from './likelihood';

export interface HistoryPoint {
  date: string;
  band: BandId;
  term: string;
  probability: number;
  confidence: 'low' | 'moderate' | 'high';
}

export function historyOf(scenario: CompiledScenario, base: FactBase, until: string): HistoryPoint[] {
  const read = factsBehind(base, scenario.factIds);
  const dates = new Set<string>();
  for (const fact of [...base.cited, ...base.observed]) {
    const day = periodEnd(fact.date);
    if (read.has(fact.id) && day <= until) dates.add(day);
  }
  dates.add(until);
  return [...dates].sort().map((date) => {
    const j = judgeStatuses(scenario, factsAsOf(base, date, new Map()), date);
    return { date, band: j.band.id, term: j.band.term, probability: j.probability, confidence: j.confidence.level };
  });
}
