// The brief of a question set a request asks for: computed once per catalog, day and set when it
// asks for no assumptions (the few days asked most are kept), else computed now. Linked
// scenarios' numbers come from the catalog's briefs of the same day and assumptions.
import { buildBrief } from '../brief/brief';
import type { Assumptions } from '../facts/fact-base';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { CompiledSet } from '../sets/compile-set';
import { buildSetBrief } from '../sets/set-brief';
import type { SetBrief } from '../sets/set-brief-schema';
import type { Catalog } from './catalog';
import { perCatalog } from './per-catalog';

/** Set briefs kept per catalog: a few days' worth for every set, never more. */
const KEPT = 16;
const kept = perCatalog(() => new Map<string, SetBrief>());

/** A linked scenario's stated probability, or undefined once it is closed. */
export function linkedProbability(catalog: Catalog, today: string) {
  return (scenario: CompiledScenario, asOf: string, assumptions: Assumptions): number | undefined => {
    // The catalog keeps the default day's briefs; other days are computed, not kept there.
    const brief =
      assumptions.size === 0 && asOf === today
        ? catalog.on(asOf).brief(scenario.definition.id)
        : buildBrief(scenario, catalog.facts, catalog.version, { asOf, assumptions });
    return brief && brief.resolution.status === 'open' ? brief.likelihood.probability : undefined;
  };
}

/** A set's brief for a request: kept per snapshot and day (a bounded memo) with no what-if, else computed. */
export function setBriefFor(
  catalog: Catalog,
  set: CompiledSet,
  request: { asOf?: string; assumptions?: Assumptions },
  today: string,
): SetBrief {
  const asOf = request.asOf ?? today;
  const assumptions = request.assumptions ?? new Map();
  const make = () =>
    buildSetBrief(
      set,
      catalog.facts,
      catalog.version,
      { asOf, assumptions },
      catalog.scenarios,
      linkedProbability(catalog, today),
    );
  if (assumptions.size > 0) return make();
  const memo = kept(catalog);
  const key = `${asOf}\u0000${set.definition.id}`;
  let brief = memo.get(key);
  if (!brief) {
    brief = make();
    if (memo.size >= KEPT) memo.delete(memo.keys().next().value as string);
    memo.set(key, brief);
  }
  return brief;
}
