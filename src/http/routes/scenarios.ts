// GET /v1/scenarios (with each one's current band) and /v1/scenarios/:id (the definition as data).
import { Hono } from 'hono';
import type { Catalog } from '../../catalog/catalog';
import { currentBriefs } from '../../catalog/current-briefs';
import { scenarioSummary } from '../../render/resources';
import { findScenario } from '../lookup';

export function scenarioRoutes(catalog: Catalog) {
  return new Hono()
    .get('/v1/scenarios', (c) => {
      const current = currentBriefs(catalog);
      const scenarios = [...catalog.scenarios.values()].map((s) =>
        scenarioSummary(s, current.get(s.definition.id) as NonNullable<ReturnType<typeof current.get>>),
      );
      return c.json({ asOf: catalog.facts.latestDate, version: catalog.version, scenarios });
    })
    .get('/v1/scenarios/:id', (c) => {
      const { $schema: _schema, ...definition } = findScenario(catalog, c.req.param('id')).definition;
      return c.json({
        ...definition,
        links: { brief: `/v1/briefs/${definition.id}`, schema: '/v1/schemas/scenario.json' },
      });
    });
}
