// GET /v1/scenarios (with each one's band as of a day, today by default) and /v1/scenarios/:id
// (the definition as data).
import { buildBrief } from '../../brief/brief';
import type { Catalog } from '../../catalog/catalog';
import { perCatalog } from '../../catalog/per-catalog';
import { scenarioResource, scenarioSummary } from '../../render/resources';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import { jsonResponse } from '../json-response';
import { findScenario } from '../lookup';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { readQuery } from '../query';
import { requestUrl } from '../request-url';

/**
 * The list as known on a day: today from the briefs the catalog keeps for it; a day the request
 * names (`dated`) computed, not kept (the edge cache keeps the response), its links dated too.
 */
function listOn(catalog: Catalog, day: string, dated = false) {
  return {
    asOf: day,
    version: catalog.version,
    scenarios: [...catalog.scenarios.values()].map((s) => {
      const kept = dated ? undefined : catalog.on(day).brief(s.definition.id);
      return scenarioSummary(s, kept ?? buildBrief(s, catalog.facts, catalog.version, { asOf: day }), dated);
    }),
  };
}

/** The list as known today, kept per catalog for the last day asked. */
const listOf = perCatalog(() => {
  let kept: { day: string; list: object } | undefined;
  return (catalog: Catalog, day: string) => {
    if (kept?.day !== day) kept = { day, list: listOn(catalog, day) };
    return kept.list;
  };
});

export const scenarioHandlers: RouteHandlers<'listScenarios' | 'getScenario'> = {
  listScenarios: (c, route) => {
    const catalog = c.get('catalog');
    const { asOf, canonical } = readQuery(route, requestUrl(c).searchParams);
    // Without asOf, as known today: the day is part of the key.
    const day = today();
    const spec = { path: route.path, params: asOf ? canonical : [['day', day] as const] };
    return serveCached(c, route, spec, () =>
      jsonResponse(c, asOf ? listOn(catalog, asOf, true) : listOf(catalog)(catalog, day)),
    );
  },
  getScenario: (c, route) => {
    const scenario = findScenario(c.get('catalog'), pathParam(c, 'id'));
    const spec = { path: pathOf(route, { id: scenario.definition.id }), params: [] };
    return serveCached(c, route, spec, () => jsonResponse(c, scenarioResource(scenario)));
  },
};
