// GET /v1/sources and /v1/sources/:id: the texts citations point into. Observations add sources,
// so both follow the content version and the `live` lifetime.
import { sourceResource, sourceSummary } from '../../render/resources';
import { serveCached } from '../cache/edge-cache';
import { jsonResponse } from '../json-response';
import { findSource } from '../lookup';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';

export const sourceHandlers: RouteHandlers<'listSources' | 'getSource'> = {
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
};
