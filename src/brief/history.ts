// A scenario's judgment through time, as known at each day: the band and probability on every
// day a fact it reads became known (from the article or an observation), and on the first of
// every month its window is open (time alone moves it), up to a given day. Once
// the question closes (resolves, or passes its horizon) the judgment stops moving: later days
// repeat the last open judgment, with the question's status beside it.
import { type FactBase, factsAsOf, factsBehind } from '../facts/fact-base';
import { addDays, earlierDay, periodEnd } from '../facts/partial-date';
import type { CompiledScenario } from '../rules/compile-scenario';
import { judgeStatuses } from './judgment';
import type { BandId } from './likelihood';
import { type ResolutionBasis, type ResolutionStatus, resolve } from './resolution';

export interface HistoryPoint {
  date: string;
  /** The question's status that day: open, yes, no or unresolved. */
  status: ResolutionStatus;
  /** Once resolved yes or no, what that rests on. */
  basis: ResolutionBasis | null;
  band: BandId;
  term: string;
  probability: number;
  confidence: 'low' | 'moderate' | 'high';
}

/** The scenario's judgment on each day it moved, oldest first, up to `until`; flat once the question closes. */
export function historyOf(scenario: CompiledScenario, base: FactBase, until: string): HistoryPoint[] {
  const read = factsBehind(base, [...scenario.factIds, ...scenario.resolutionFactIds]);
  const horizon = scenario.definition.horizon.end;
  // Resolution never moves once decided, so the last day's tells every earlier day's: open (or
  // waiting, after the horizon) before it was decided, settled from then on.
  const final = resolve(scenario, base, until, new Map());
  const decidedOn = final.resolution.decidedOn;
  const dates = new Set<string>([until]);
  for (const fact of [...base.cited, ...base.observed]) {
    if (read.has(fact.id) && fact.known <= until && fact.known <= (decidedOn ?? horizon)) dates.add(fact.known);
  }
  // The first of each month while the question is open: time to the horizon moves the judgment
  // with nothing new recorded, and a history without these days would show that as a cliff.
  const opens = scenario.definition.horizon.opens;
  const lastOpen = earlierDay(earlierDay(until, horizon), decidedOn ?? horizon);
  const firstOfNextMonth = (day: string) => addDays(periodEnd(day.slice(0, 7)), 1);
  for (let month = firstOfNextMonth(opens); month <= lastOpen; month = firstOfNextMonth(month)) dates.add(month);
  // The last open day and the day it closed are points of their own: where the judgment stopped.
  if (until > horizon) dates.add(horizon);
  if (decidedOn && decidedOn <= until) dates.add(decidedOn);
  return [...dates].sort().map((date) => {
    const settled = decidedOn !== undefined && date >= decidedOn;
    const judged = settled ? final.judgedAsOf : earlierDay(date, horizon);
    const status: ResolutionStatus = settled ? final.resolution.status : date > horizon ? 'unresolved' : 'open';
    const j = judgeStatuses(scenario, factsAsOf(base, judged, new Map()), judged, base.sources);
    return {
      date,
      status,
      basis: settled ? (final.resolution.basis ?? null) : null,
      band: j.band.id,
      term: j.band.term,
      probability: j.probability,
      confidence: j.confidence.level,
    };
  });
}
