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
import { formatPeriod } from '../facts/format';
import { addDays, earlierDay, laterDay, periodEnd } from '../facts/partial-date';
import type { CompiledCondition } from '../rules/compile';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { Outcome, Scenario } from '../rules/scenario-schema';
import { BriefCitationSchema, citationsFor } from './evidence';

export const RESOLUTION_STATUSES = ['open', 'yes', 'no', 'unresolved'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];
/** What a yes or no rests on: a settling event, a record of its absence at the horizon, or no record at all. */
export const RESOLUTION_BASES = ['event', 'recorded-absence', 'no-record'] as const;
export type ResolutionBasis = (typeof RESOLUTION_BASES)[number];

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
  basis: v.optional(
    v.pipe(
      v.picklist(RESOLUTION_BASES),
      v.description(
        "What a resolution rests on: a recorded settling event; a record that the event did not happen by the horizon (e.g. a request still pending); or no record of it at all, the horizon's outcome applied for want of one.",
      ),
    ),
  ),
  reason: v.pipe(v.string(), v.description('Why, in one or two sentences, with the settling development named.')),
  criteria: v.pipe(v.string(), v.description('The question’s resolution criteria, in plain words.')),
  factIds: v.pipe(
    v.array(v.string()),
    v.description('The facts that settled it: the settling event’s, or the record that it had not happened.'),
  ),
  citations: v.array(BriefCitationSchema),
});
export type Resolution = v.InferOutput<typeof ResolutionSchema>;

const NO_ASSUMPTIONS: Assumptions = new Map();

/** What the brief needs beyond the resolution itself: the day its last open judgment is as of. */
export interface Resolved {
  resolution: Resolution;
  /** Where the records (or assumptions) satisfy both settling conditions: said, never chosen between. */
  conflict?: string;
  /** The day the (last) open judgment is as of. */
  judgedAsOf: string;
  /** The facts that settled it, as known then. */
  settling: FactRecord[];
}

/**
 * The facts that settled it: of the facts its condition reads, those without which it would no
 * longer hold (an `any` that held by one branch is settled by that branch's facts, not the
 * others'), with all that is behind derived ones (`factsBehind`); all it read, where no single
 * fact is needed alone.
 */
function settlingFacts(
  base: FactBase,
  condition: CompiledCondition,
  facts: ReadonlyMap<string, FactRecord>,
  asOf: string,
  /** What the condition evaluates to over these facts: true for an event, false for a record of absence. */
  truth: 'true' | 'false' = 'true',
): FactRecord[] {
  const read = condition.factIds.filter((id) => facts.has(id));
  const needed = read.filter((id) => {
    const without = new Map(facts);
    without.delete(id);
    return condition.truth({ facts: without, asOf }) !== truth;
  });
  return [...factsBehind(base, needed.length > 0 ? needed : read)].flatMap((id) => facts.get(id) ?? []);
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
  const settling = settlingFacts(base, condition, facts, decidedOn);
  // Under a what-if the settling development is assumed as of the brief date: the fact's own
  // (replaced) date says nothing of when the assumed development happened.
  const eventDay = underAssumptions
    ? earlierDay(decidedOn, def.horizon.end)
    : earlierDay(laterDay(...settling.map((f) => periodEnd(f.date))) || decidedOn, def.horizon.end);
  const label = def.resolution[outcome]?.label ?? '';
  const under = underAssumptions ? 'Under the what-if assumptions, ' : '';
  return {
    resolution: {
      status: outcome,
      date: eventDay,
      decidedOn,
      basis: 'event',
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

/** The settling condition whose absence the horizon's outcome rests on, with its label. */
function against(scenario: CompiledScenario): { condition: CompiledCondition; label: string } | undefined {
  const { atHorizon } = scenario.definition.resolution;
  const outcome: Outcome | undefined = atHorizon === 'no' ? 'yes' : atHorizon === 'yes' ? 'no' : undefined;
  const condition = outcome && scenario.settles[outcome];
  const label = outcome && scenario.definition.resolution[outcome]?.label;
  return condition && label ? { condition, label } : undefined;
}

/**
 * What the record says of the awaited event at the horizon: `recorded`, the facts dated on or
 * after the horizon that show it had not happened (a later record of a state, such as a request
 * still pending, speaks for the horizon too); else `latest`, the last period before the horizon
 * for which the record shows it had not happened yet. A record from July that a request is
 * pending is not a record that it was still pending in December.
 */
function absenceAtHorizon(
  scenario: CompiledScenario,
  base: FactBase,
  condition: CompiledCondition,
  day: string,
  assumptions: Assumptions,
): Absence {
  const horizon = scenario.definition.horizon.end;
  const known = factsAsOf(base, day, assumptions);
  const since = new Map([...known].filter(([, f]) => f.date !== undefined && periodEnd(f.date) >= horizon));
  if (condition.truth({ facts: since, asOf: day }) === 'false') {
    return { recorded: settlingFacts(base, condition, since, day, 'false') };
  }
  const before = factsAsOf(base, day, assumptions, horizon);
  if (condition.truth({ facts: before, asOf: day }) !== 'false') return { recorded: [] };
  const read = condition.factIds.flatMap((id) => before.get(id) ?? []);
  const latest = read.reduce<FactRecord | undefined>(
    (last, f) => (last === undefined || periodEnd(f.date) > periodEnd(last.date) ? f : last),
    undefined,
  );
  if (!latest) return { recorded: [] };
  // Any of the latest records being this service's inference makes the reading an inference.
  const end = periodEnd(latest.date);
  const inferred = read.some((f) => periodEnd(f.date) === end && f.certainty === 'inferred');
  return { recorded: [], latest: latest.date, inferred };
}

/** What the record says of the awaited event at the horizon (see absenceAtHorizon). */
interface Absence {
  recorded: FactRecord[];
  /** The period of the latest record before the horizon that shows it had not happened. */
  latest?: string;
  /** Whether that record is this service's inference rather than what a source says. */
  inferred?: boolean;
}

/** The horizon's outcome, decided on `day`: on a record that the event did not happen, or for want of any. */
function horizonResolution(
  scenario: CompiledScenario,
  base: FactBase,
  day: string,
  label: string,
  absence: Absence,
): Resolved {
  const def = scenario.definition;
  const outcome = def.resolution.atHorizon as Outcome;
  const recorded = absence.recorded.length > 0;
  const until = absence.latest && formatPeriod(absence.latest.slice(absence.latest.indexOf('/') + 1));
  const latest = absence.inferred
    ? `this service reads the latest record as showing it had not happened as of ${until} (the source does not say so)`
    : `the latest record says it had not happened as of ${until}`;
  const stale = absence.latest
    ? `; ${latest}. The question resolves ${outcome} on the absence of a later record, which is not a record of absence.`
    : `; the question resolves ${outcome} on the absence of a record, which is not a record of absence.`;
  const reason = recorded
    ? `The horizon passed on ${def.horizon.end}, and the record shows that “${label}” had not happened by then, which settles the question ${outcome}.`
    : `The horizon passed on ${def.horizon.end} with no record that “${label}” happened by then${stale}`;
  return {
    resolution: {
      status: outcome,
      date: def.horizon.end,
      decidedOn: day,
      basis: recorded ? 'recorded-absence' : 'no-record',
      criteria: def.resolution.criteria,
      factIds: absence.recorded.map((f) => f.id),
      // A record corroborated earlier carries the earlier quotes too: only those published on or
      // after the horizon speak for it.
      citations: citationsFor(absence.recorded, base.sources).filter((c) => periodEnd(c.published) >= def.horizon.end),
      reason,
    },
    judgedAsOf: def.horizon.end,
    settling: absence.recorded,
  };
}

/**
 * Both settling conditions hold at once (two records, or two assumptions, that cannot both be
 * right): the question is left unsettled, and the brief says why rather than choosing one.
 */
function conflicted(scenario: CompiledScenario, asOf: string, how: string): Resolved {
  const def = scenario.definition;
  const horizon = def.horizon.end;
  const conflict = `Both “${def.resolution.yes?.label}” and “${def.resolution.no?.label}” hold ${how}, and they cannot both: the question is left unsettled until that is reconciled.`;
  return {
    resolution: {
      status: asOf <= horizon ? 'open' : 'unresolved',
      criteria: def.resolution.criteria,
      factIds: [],
      citations: [],
      reason: conflict,
    },
    conflict,
    judgedAsOf: earlierDay(asOf, horizon),
    settling: [],
  };
}

/**
 * Whether the assumptions make the settlement: it rests on an event, and an assumed fact is one
 * of its settling facts or behind one. A recorded event under an unrelated what-if is not.
 */
export function settledByAssumption(base: FactBase, resolution: Resolution, assumptions: Assumptions): boolean {
  if (assumptions.size === 0 || resolution.basis !== 'event') return false;
  const behind = factsBehind(base, resolution.factIds);
  return [...assumptions.keys()].some((id) => behind.has(id));
}

/**
 * The assumptions a judgment beside a settlement is made with: all but those the settlement rests
 * on, where the assumptions make it. A what-if that settles a question is judged short of that
 * development; with it, indicators reading the same facts would count the development as evidence
 * for itself.
 */
export function shortOfSettlement(base: FactBase, resolution: Resolution, assumptions: Assumptions): Assumptions {
  if (!settledByAssumption(base, resolution, assumptions)) return assumptions;
  const behind = factsBehind(base, resolution.factIds);
  return new Map([...assumptions].filter(([id]) => !behind.has(id)));
}

/**
 * The day the horizon's outcome is decided: the day after the horizon, or the end of the
 * reporting window, during which late reports of earlier events can still settle it.
 */
export function decisionDay(scenario: Scenario): string {
  return addDays(scenario.horizon.end, Math.max(1, scenario.resolution.reportingDays));
}

/**
 * The question's resolution as known on `asOf`, under the given what-if assumptions: the first
 * day, as known then, on which a recorded event settles it; else, from the decision day, the
 * horizon's outcome, on a record that the event did not happen or, where nothing was recorded
 * either way, for want of a record (said so, and marked in `basis`).
 */
export function resolve(scenario: CompiledScenario, base: FactBase, asOf: string, assumptions: Assumptions): Resolved {
  const def = scenario.definition;
  const horizon = def.horizon.end;
  const decided = decisionDay(def);
  const absent = against(scenario);

  // A what-if that touches a settling fact is judged as asked, on the brief's own date.
  const read = factsBehind(base, scenario.resolutionFactIds);
  const touched = [...assumptions.keys()].some((id) => read.has(id));
  if (touched) {
    const last = earlierDay(asOf, decided);
    const facts = factsAsOf(base, last, assumptions, horizon);
    const outcome = settledBy(scenario, facts, last);
    if (outcome === 'yes' || outcome === 'no') return settledResolution(scenario, base, outcome, facts, last, true);
    if (outcome === 'both') return conflicted(scenario, asOf, 'under the what-if assumptions');
  } else {
    for (const day of knowledgeDays(scenario, base, earlierDay(asOf, decided))) {
      const facts = factsAsOf(base, day, new Map(), horizon);
      const outcome = settledBy(scenario, facts, day);
      if (outcome === 'yes' || outcome === 'no') return settledResolution(scenario, base, outcome, facts, day, false);
      if (outcome === 'both') return conflicted(scenario, asOf, `as recorded by ${day}`);
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
  if (asOf >= decided && absent) {
    // Assumptions that touch none of the facts the settling conditions read (nor any behind them)
    // cannot change what the record says at the horizon: read it without them, as for every brief.
    const absence = absenceAtHorizon(scenario, base, absent.condition, decided, touched ? assumptions : NO_ASSUMPTIONS);
    return horizonResolution(scenario, base, decided, absent.label, absence);
  }
  const reason =
    asOf < decided
      ? `The horizon passed on ${horizon} with nothing recorded that settles the question. Reports published by ${decided} of ${settlers} before the horizon can still settle it${atHorizon === 'unresolved' ? '' : `; if none is, it resolves ${atHorizon} on ${decided}, dated on the horizon`}.`
      : `The horizon passed on ${horizon} with nothing recorded that settles the question, and its passing settles nothing.`;
  return { resolution: { status: 'unresolved', ...unsettled, reason }, judgedAsOf: horizon, settling: [] };
}
