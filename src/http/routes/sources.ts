// GET /v1/sources and /v1/sources/:id: the texts citations point into.
import { Hono } from 'hono';
import type { AppBindings } from '../../env';
import { sourceResource, sourceSummary } from '../../render/resources';
import { serveCached } from '../cache/edge-cache';
import { jsonResponse } from '../json-response';
import { findSource } from '../lookup';

export function sourceRoutes() {
  return new Hono<AppBindings>()
    .get('/v1/sources', (c) =>
      serveCached(c, { path: '/v1/sources', params: [], policy: 'reference' }, () =>
        jsonResponse(c, { sources: [...c.get('catalog').facts.sources.values()].map(sourceSummary) }),
      ),
    )
    .get('/v1/sources/:id', (c) => {
      const catalog = c.get('catalog');
      const source = findSource(catalog, c.req.param('id'));
      const spec = {
        path: `/v1/sources/${source.meta.id}`,
        params: [],
        policy: 'reference' as const,
      };
      return serveCached(c, spec, () =>
        jsonResponse(c, sourceResource(source, catalog.citingFacts.get(source.meta.id) ?? [])),
      );
    });
}
