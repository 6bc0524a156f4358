// GET /v1/sources and /v1/sources/:id: the texts citations point into (the article, sources
// analysts registered, and the quotes of observations that describe their own source); and
// POST /v1/sources, which registers one. Registrations and observations add sources, so the reads
// follow the content version and the `live` lifetime.
import { sourceOf } from '../../facts/registered-source';
import { sourceResource, sourceSummary } from '../../render/resources';
import { requireWriter } from '../auth';
import { serveCached } from '../cache/edge-cache';
import { jsonBody, MAX_SOURCE_BODY_BYTES } from '../json-body';
import { jsonResponse, safeJson } from '../json-response';
import { findSource } from '../lookup';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { registerSource } from '../source-registration';

export const sourceHandlers: RouteHandlers<'listSources' | 'getSource' | 'registerSource'> = {
  listSources: (c, route) =>
    serveCached(c, route, { path: route.path, params: [] }, () =>
      jsonResponse(c, { sources: [...c.get('catalog').facts.sources.values()].map(sourceSummary) }),
    ),
  getSource: (c, route) => {
    const catalog = c.get('catalog');
    const source = findSource(catalog, pathParam(c, 'id'));
    return serveCached(c, route, { path: pathOf(route, { id: source.meta.id }), params: [] }, () =>
      jsonResponse(c, sourceResource(source, catalog.citingFacts.get(source.meta.id) ?? [])),
    );
  },
  registerSource: async (c) => {
    const writer = await requireWriter(c);
    const registered = await registerSource(c, await jsonBody(c, MAX_SOURCE_BODY_BYTES), writer);
    // Answered from what was stored: no second read, so a stored source never answers 503.
    return c.body(safeJson(sourceResource(sourceOf(registered), [])), 201, {
      'Content-Type': 'application/json; charset=UTF-8',
      Location: `/v1/sources/${registered.id}`,
      'Cache-Control': 'no-store',
    });
  },
};
