// A scenario's history up to a day, computed once per catalog snapshot and day rather than on
// every page, embed or history request: it depends on nothing else. At most one day per
// scenario is kept (the day turns, the old entry goes), so the memo cannot grow.
import { type HistoryPoint, historyOf } from '../brief/history';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { Catalog } from './catalog';

const memo = new WeakMap<Catalog, Map<string, { until: string; points: HistoryPoint[] }>>();

/** The scenario's daily history up to `until`, kept per catalog snapshot (one day per scenario). */
export function historyFor(catalog: Catalog, scenario: CompiledScenario, until: string): readonly HistoryPoint[] {
  let byScenario = memo.get(catalog);
  if (!byScenario) {
    byScenario = new Map();
    memo.set(catalog, byScenario);
  }
  const id = scenario.definition.id;
  const kept = byScenario.get(id);
  if (kept?.until === until) return kept.points;
  const points = historyOf(scenario, catalog.facts, until);
  byScenario.set(id, { until, points });
  return points;
}

/**
 * The history a page as of `asOf` shows: as known by then, so it ends that day (what came later,
 * the resolution included, was not known); today's kept history when `asOf` is today or later.
 * A past day's history is short (its known days and the first of each open month), so it is not kept.
 */
export function historyAsOf(
  catalog: Catalog,
  scenario: CompiledScenario,
  asOf: string,
  today: string,
): readonly HistoryPoint[] {
  return asOf < today ? historyOf(scenario, catalog.facts, asOf) : historyFor(catalog, scenario, today);
}
