// GET /v1/briefs/:id — a scenario's brief as of a date, with optional what-if assumptions.
import { Hono } from 'hono';
import { briefFor } from '../../catalog/brief-for';
import { historyFor } from '../../catalog/history-for';
import type { AppBindings } from '../../env';
import { policyForAsOf } from '../cache/cache-policy';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import { jsonResponse } from '../json-response';
import { findScenario } from '../lookup';
import { parseBriefQuery } from '../query';

export function briefRoutes() {
  return new Hono<AppBindings>()
    .get('/v1/briefs/:id/history', (c) => {
      const catalog = c.get('catalog');
      const scenario = findScenario(catalog, c.req.param('id'));
      // From the earliest fact to today: the clock is read here, at the edge, not in the core.
      const day = today();
      const spec = {
        path: `/v1/briefs/${scenario.definition.id}/history`,
        params: [['until', day]] as const,
        policy: 'current' as const,
      };
      return serveCached(c, spec, () =>
        jsonResponse(c, {
          scenario: { id: scenario.definition.id, title: scenario.definition.title },
          until: day,
          points: historyFor(catalog, scenario, day),
        }),
      );
    })
    .get('/v1/briefs/:id', (c) => {
      const catalog = c.get('catalog');
      const scenario = findScenario(catalog, c.req.param('id'));
      const query = parseBriefQuery(new URL(c.req.url).searchParams, catalog.facts.types);
      const id = scenario.definition.id;
      // Without asOf the brief is as known today: the day is part of its key.
      const day = today();
      const spec = {
        path: `/v1/briefs/${id}`,
        params: query.asOf ? query.canonical : [...query.canonical, ['day', day] as const],
        policy: policyForAsOf(query.asOf),
      };
      return serveCached(c, spec, () => jsonResponse(c, briefFor(catalog, scenario, query, day)));
    });
}
