// The brief a request asks for: the one computed once per catalog when it asks for the default
// date with no assumptions, else computed now (a what-if at the default date reusing that one as
// its baseline).
import { type BriefRequest, buildBrief } from '../brief/brief';
import type { Brief } from '../brief/brief-schema';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { Catalog } from './catalog';

export function briefFor(catalog: Catalog, scenario: CompiledScenario, request: BriefRequest): Brief {
  const isCurrent = (request.asOf ?? catalog.facts.latestDate) === catalog.facts.latestDate;
  // Asked for only at the default date: computing it for a brief of another date would be waste.
  const current = isCurrent ? catalog.current.brief(scenario.definition.id) : undefined;
  if (isCurrent && (request.assumptions?.size ?? 0) === 0 && current) return current;
  // A what-if at the default date takes its baseline from the brief already computed for it.
  const reported = isCurrent && current ? { facts: catalog.current.facts, brief: current } : undefined;
  return buildBrief(scenario, catalog.facts, catalog.version, request, reported);
}
