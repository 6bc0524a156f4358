// GET /v1/facts (filters: actor, tag, asOf) and /v1/facts/:id, derived facts computed as of the date.
import { factsAsOf } from '../../facts/fact-base';
import { selectFacts } from '../../facts/select';
import { factResource } from '../../render/resources';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import { jsonResponse } from '../json-response';
import { findFact } from '../lookup';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { readQuery } from '../query';
import { requestUrl } from '../request-url';

export const factHandlers: RouteHandlers<'listFacts' | 'getFact'> = {
  listFacts: (c, route) => {
    const catalog = c.get('catalog');
    const query = readQuery(route, requestUrl(c).searchParams);
    const day = today();
    const asOf = query.asOf ?? day;
    const spec = {
      path: route.path,
      params: query.asOf ? query.canonical : [...query.canonical, ['day', day] as const],
    };
    return serveCached(c, route, spec, () => {
      const facts = selectFacts(factsAsOf(catalog.facts, asOf, new Map()).values(), query.values).map(factResource);
      return jsonResponse(c, { asOf, count: facts.length, facts });
    });
  },
  getFact: (c, route) => {
    const catalog = c.get('catalog');
    const query = readQuery(route, requestUrl(c).searchParams);
    const day = today();
    const asOf = query.asOf ?? day;
    const fact = findFact(factsAsOf(catalog.facts, asOf, new Map()), pathParam(c, 'id'), asOf);
    const spec = {
      path: pathOf(route, { id: fact.id }),
      params: query.asOf ? query.canonical : [...query.canonical, ['day', day] as const],
    };
    return serveCached(c, route, spec, () => jsonResponse(c, factResource(fact)));
  },
};
