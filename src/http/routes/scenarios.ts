// GET /v1/scenarios (with each one's current band) and /v1/scenarios/:id (the definition as data).
import { Hono } from 'hono';
import type { Catalog } from '../../catalog/catalog';
import { perCatalog } from '../../catalog/per-catalog';
import type { AppBindings } from '../../env';
import { scenarioResource, scenarioSummary } from '../../render/resources';
import { serveCached } from '../cache/edge-cache';
import { jsonResponse } from '../json-response';
import { findScenario } from '../lookup';

const listOf = perCatalog((catalog: Catalog) => {
  return {
    asOf: catalog.facts.latestDate,
    version: catalog.version,
    scenarios: [...catalog.scenarios].flatMap(([id, s]) => {
      const brief = catalog.current.brief(id);
      return brief ? [scenarioSummary(s, brief)] : [];
    }),
  };
});

export function scenarioRoutes() {
  return new Hono<AppBindings>()
    .get('/v1/scenarios', (c) =>
      serveCached(c, { path: '/v1/scenarios', params: [], policy: 'current' }, () =>
        jsonResponse(c, listOf(c.get('catalog'))),
      ),
    )
    .get('/v1/scenarios/:id', (c) => {
      const scenario = findScenario(c.get('catalog'), c.req.param('id'));
      const spec = {
        path: `/v1/scenarios/${scenario.definition.id}`,
        params: [],
        policy: 'current' as const,
      };
      return serveCached(c, spec, () => jsonResponse(c, scenarioResource(scenario)));
    });
}
