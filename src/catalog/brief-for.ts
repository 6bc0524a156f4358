// The brief a request asks for: the one computed once per catalog and day when it asks for a
// kept day (today, by default) with no assumptions, else computed now (a what-if on a kept day
// reusing that one as its baseline).
import { type BriefRequest, buildBrief } from '../brief/brief';
import type { Brief } from '../brief/brief-schema';
import type { CompiledScenario } from '../rules/compile-scenario';
import { coherenceCheck } from '../sets/scenario-coherence';
import type { Catalog } from './catalog';

/** `today` is the default date, read at the edge: a request without `asOf` is as known today. */
export function briefFor(catalog: Catalog, scenario: CompiledScenario, request: BriefRequest, today: string): Brief {
  const asOf = request.asOf ?? today;
  const isDefault = asOf === today;
  // Kept only for the default day: keeping every date asked for would grow without bound.
  const day = isDefault ? catalog.on(today) : undefined;
  const kept = day?.brief(scenario.definition.id);
  if (kept && (request.assumptions?.size ?? 0) === 0) return kept;
  // A what-if on the default day takes its baseline from the brief already computed for it.
  const reported = day && kept ? { facts: day.facts, brief: kept } : undefined;
  const crossChecks = coherenceCheck(catalog.sets, catalog.facts, scenario, asOf, request.assumptions ?? new Map());
  return buildBrief(
    scenario,
    catalog.facts,
    catalog.version,
    { ...request, asOf, ...(crossChecks ? { crossChecks } : {}) },
    reported,
  );
}
