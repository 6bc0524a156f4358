// GET /v1/sources and /v1/sources/:id: the texts citations point into.
import { Hono } from 'hono';
import type { Catalog } from '../../catalog/catalog';
import { sourceResource, sourceSummary } from '../../render/resources';
import { findSource } from '../lookup';

export function sourceRoutes(catalog: Catalog) {
  return new Hono()
    .get('/v1/sources', (c) => c.json({ sources: [...catalog.facts.sources.values()].map(sourceSummary) }))
    .get('/v1/sources/:id', (c) => {
      const source = findSource(catalog, c.req.param('id'));
      const citing = catalog.facts.cited.filter((f) => f.citations.some((q) => q.sourceId === source.meta.id));
      return c.json(
        sourceResource(
          source,
          citing.map((f) => f.id),
        ),
      );
    });
}
