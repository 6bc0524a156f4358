// When a question resolves, and how: its settling conditions (scenario data) checked over what
// was known, day by day, about events up to the horizon. Rules:
// - a settling condition resolves the question on the first day it holds as known that day,
//   counting only events that began by the horizon, and no later than the end of the reporting
//   window (the horizon plus `reportingDays`), during which a late report of an earlier event
//   can still settle it;
// - if nothing has settled it by the window's end, the horizon's outcome (`atHorizon`) applies,
//   dated on the horizon;
// - between the horizon and the window's end, an unsettled question is `unresolved`, waiting;
// - once resolved, a question never moves again: a later brief date finds the same first day,
//   since what was known on earlier days does not change with the brief date;
// - a what-if that makes a settling condition hold resolves the brief it is asked of.
// Pure: a scenario, the fact base, a date and assumptions in; the resolution out.
import * as v from 'valibot';
import { type Assumptions, type FactBase, factsAsOf, factsBehind } from '../facts/fact-base';
import type { FactRecord } from '../facts/fact-record';
import { addDays, earlierDay, laterDay, periodEnd } from '../facts/partial-date';
import type { CompiledCondition } from '../rules/compile';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { Outcome } from '../rules/scenario-schema';
import { BriefCitationSchema, citationsFor } from './evidence';

export const RESOLUTION_STATUSES = ['open', 'yes', 'no', 'unresolved'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export const ResolutionSchema = v.object({
  status: v.pipe(
    v.picklist(RESOLUTION_STATUSES),
    v.description(
      'open before anything settles it; yes or no once settled; unresolved after the horizon while late reports may still settle it, or for good where the horizon settles nothing.',
    ),
  ),
  date: v.optional(
    v.pipe(v.string(), v.description('The day it was settled: the settling event’s (last) day, or the horizon.')),
  ),
  decidedOn: v.optional(
    v.pipe(v.string(), v.description('The day the settlement became known; from then on the question never moves.')),
  ),
  reason: v.pipe(v.string(), v.description('Why, in one or two sentences, with the settling development named.')),
  criteria: v.pipe(v.string(), v.description('The question’s resolution criteria, in plain words.')),
  factIds: v.pipe(v.array(v.string()), v.description('The facts that settled it.')),
  citations: v.array(BriefCitationSchema),
});
export type Resolution = v.InferOutput<typeof ResolutionSchema>;

/** What the brief needs beyond the resolution itself: the day its last open judgment is as of. */
export interface Resolved {
  resolution: Resolution;
  /** The day the (last) open judgment is as of. */
  judgedAsOf: string;
  /** The facts that settled it, as known then. */
  settling: FactRecord[];
}

/** The facts a settling condition read, known, with the inputs of derived ones. */
function settlingFacts(base: FactBase, condition: CompiledCondition, facts: ReadonlyMap<string, FactRecord>) {
  return [...factsBehind(base, condition.factIds)].flatMap((id) => facts.get(id) ?? []);
}

/** The settling condition that holds over these facts, if one does (yes first; both holding is a conflict). */
function settledBy(
  scenario: CompiledScenario,
  facts: ReadonlyMap<string, FactRecord>,
  asOf: string,
): Outcome | 'both' | undefined {
  const holds = (c: CompiledCondition | undefined) => c?.truth({ facts, asOf }) === 'true';
  const yes = holds(scenario.settles.yes);
  const no = holds(scenario.settles.no);
  return yes && no ? 'both' : yes ? 'yes' : no ? 'no' : undefined;
}

/** The days on which what is known of the settling facts can change, up to `until`, in order. */
function knowledgeDays(scenario: CompiledScenario, base: FactBase, until: string): string[] {
  const read = factsBehind(base, scenario.resolutionFactIds);
  const days = new Set<string>();
  for (const list of [base.cited, base.observed]) {
    for (const fact of list) if (read.has(fact.id) && fact.known <= until) days.add(fact.known);
  }
  return [...days].sort();
}

function settledResolution(
  scenario: CompiledScenario,
  base: FactBase,
  outcome: Outcome,
  facts: ReadonlyMap<string, FactRecord>,
  decidedOn: string,
  underAssumptions: boolean,
): Resolved {
  const def = scenario.definition;
  const condition = scenario.settles[outcome] as CompiledCondition;
  const settling = settlingFacts(base, condition, facts);
  const eventDay = earlierDay(laterDay(...settling.map((f) => periodEnd(f.date))) || decidedOn, def.horizon.end);
  const label = def.resolution[outcome]?.label ?? '';
  const under = underAssumptions ? 'Under the what-if assumptions, ' : '';
  return {
    resolution: {
      status: outcome,
      date: eventDay,
      decidedOn,
      reason: `${under}“${label}” holds, which settles the question ${outcome}.`,
      criteria: def.resolution.criteria,
      factIds: settling.map((f) => f.id),
      citations: citationsFor(settling, base.sources),
    },
    // The last open judgment: the day before the settlement was known, and never past the horizon.
    judgedAsOf: underAssumptions
      ? earlierDay(decidedOn, def.horizon.end)
      : earlierDay(addDays(decidedOn, -1), def.horizon.end),
    settling,
  };
}

/** The question's resolution as known on `asOf`, under the given what-if assumptions. */
export function resolve(scenario: CompiledScenario, base: FactBase, asOf: string, assumptions: Assumptions): Resolved {
  const def = scenario.definition;
  const horizon = def.horizon.end;
  const windowEnd = addDays(horizon, def.resolution.reportingDays);
  const last = earlierDay(asOf, windowEnd);

  // A what-if that touches a settling fact is judged as asked, on the brief's own date.
  const read = factsBehind(base, scenario.resolutionFactIds);
  if ([...assumptions.keys()].some((id) => read.has(id))) {
    const facts = factsAsOf(base, last, assumptions, horizon);
    const outcome = settledBy(scenario, facts, last);
    if (outcome === 'yes' || outcome === 'no') return settledResolution(scenario, base, outcome, facts, last, true);
  } else {
    for (const day of knowledgeDays(scenario, base, last)) {
      const facts = factsAsOf(base, day, new Map(), horizon);
      const outcome = settledBy(scenario, facts, day);
      if (outcome === 'yes' || outcome === 'no') return settledResolution(scenario, base, outcome, facts, day, false);
    }
  }

  const unsettled = { criteria: def.resolution.criteria, factIds: [], citations: [] };
  const watched = [def.resolution.yes?.label, def.resolution.no?.label].filter((l) => l !== undefined);
  const settlers = watched.map((l) => `“${l}”`).join(' or ');
  if (asOf <= horizon) {
    return {
      resolution: { status: 'open', ...unsettled, reason: `Open until ${horizon}: it settles once ${settlers} holds.` },
      judgedAsOf: asOf,
      settling: [],
    };
  }
  const { atHorizon } = def.resolution;
  if (asOf < windowEnd) {
    const then = atHorizon === 'unresolved' ? 'it stays unresolved' : `it resolves ${atHorizon}, dated on the horizon`;
    return {
      resolution: {
        status: 'unresolved',
        ...unsettled,
        reason: `The horizon passed on ${horizon} with nothing recorded that settles it. Unless a report known by ${windowEnd} shows ${settlers} before the horizon, ${then} on ${windowEnd}.`,
      },
      judgedAsOf: horizon,
      settling: [],
    };
  }
  if (atHorizon === 'unresolved') {
    return {
      resolution: {
        status: 'unresolved',
        ...unsettled,
        reason: `The horizon passed on ${horizon} with nothing recorded that settles it, and its passing settles nothing.`,
      },
      judgedAsOf: horizon,
      settling: [],
    };
  }
  return {
    resolution: {
      status: atHorizon,
      date: horizon,
      decidedOn: windowEnd,
      ...unsettled,
      reason: `The horizon passed on ${horizon} and nothing recorded by ${windowEnd} shows ${settlers}, which settles the question ${atHorizon}.`,
    },
    judgedAsOf: horizon,
    settling: [],
  };
}
