// GET /v1/briefs/:id — a scenario's brief as of a date, with optional what-if assumptions.
import { Hono } from 'hono';
import { buildBrief } from '../../brief/brief';
import type { Catalog } from '../../catalog/catalog';
import { parseBriefQuery } from '../brief-query';
import { findScenario } from '../lookup';

export function briefRoutes(catalog: Catalog) {
  return new Hono().get('/v1/briefs/:id', (c) => {
    const scenario = findScenario(catalog, c.req.param('id'));
    const query = parseBriefQuery(new URL(c.req.url).searchParams, catalog.facts.types);
    return c.json(buildBrief(scenario, catalog.facts, catalog.version, query));
  });
}
