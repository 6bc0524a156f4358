// GET /v1/briefs/:id — a scenario's brief as of a date, with optional what-if assumptions.
import { Hono } from 'hono';
import { briefFor } from '../../catalog/brief-for';
import { historyFor } from '../../catalog/history-for';
import type { AppBindings } from '../../env';
import { policyForAsOf } from '../cache/cache-policy';
import { serveCached } from '../cache/edge-cache';
import { jsonResponse } from '../json-response';
import { findScenario } from '../lookup';
import { parseBriefQuery } from '../query';

export function briefRoutes() {
  return new Hono<AppBindings>()
    .get('/v1/briefs/:id/history', (c) => {
      const catalog = c.get('catalog');
      const scenario = findScenario(catalog, c.req.param('id'));
      // From the earliest fact to today: the clock is read here, at the edge, not in the core.
      const today = new Date().toISOString().slice(0, 10);
      const spec = {
        path: `/v1/briefs/${scenario.definition.id}/history`,
        params: [['until', today]] as const,
        policy: 'current' as const,
      };
      return serveCached(c, spec, () =>
        jsonResponse(c, {
          scenario: { id: scenario.definition.id, title: scenario.definition.title },
          until: today,
          points: historyFor(catalog, scenario, today),
        }),
      );
    })
    .get('/v1/briefs/:id', (c) => {
      const catalog = c.get('catalog');
      const scenario = findScenario(catalog, c.req.param('id'));
      const query = parseBriefQuery(new URL(c.req.url).searchParams, catalog.facts.types);
      const id = scenario.definition.id;
      const spec = {
        path: `/v1/briefs/${id}`,
        params: query.canonical,
        policy: policyForAsOf(query.asOf),
      };
      return serveCached(c, spec, () => jsonResponse(c, briefFor(catalog, scenario, query)));
    });
}
