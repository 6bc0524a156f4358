// GET /v1/facts (filters: actor, tag, asOf) and /v1/facts/:id, derived facts computed as of the date.
import { Hono } from 'hono';
import type { Catalog } from '../../catalog/catalog';
import type { AppBindings } from '../../env';
import { factsAsOf } from '../../facts/fact-base';
import type { FactRecord } from '../../facts/fact-record';
import { selectFacts } from '../../facts/select';
import { factResource } from '../../render/resources';
import { policyForAsOf } from '../cache/cache-policy';
import { serveCached } from '../cache/edge-cache';
import { jsonResponse } from '../json-response';
import { findFact } from '../lookup';
import { parseFactQuery } from '../query';

function knownAsOf(catalog: Catalog, asOf: string): ReadonlyMap<string, FactRecord> {
  return asOf === catalog.facts.latestDate ? catalog.current.facts : factsAsOf(catalog.facts, asOf, new Map());
}

export function factRoutes() {
  return new Hono<AppBindings>()
    .get('/v1/facts', (c) => {
      const catalog = c.get('catalog');
      const query = parseFactQuery(new URL(c.req.url).searchParams, true);
      const asOf = query.asOf ?? catalog.facts.latestDate;
      const spec = {
        path: '/v1/facts',
        params: query.canonical,
        policy: policyForAsOf(query.asOf),
      };
      return serveCached(c, spec, () => {
        const facts = selectFacts(knownAsOf(catalog, asOf).values(), query).map(factResource);
        return jsonResponse(c, { asOf, count: facts.length, facts });
      });
    })
    .get('/v1/facts/:id', (c) => {
      const catalog = c.get('catalog');
      const query = parseFactQuery(new URL(c.req.url).searchParams, false);
      const asOf = query.asOf ?? catalog.facts.latestDate;
      const fact = findFact(knownAsOf(catalog, asOf), c.req.param('id'), asOf);
      const spec = {
        path: `/v1/facts/${fact.id}`,
        params: query.canonical,
        policy: policyForAsOf(query.asOf),
      };
      return serveCached(c, spec, () => jsonResponse(c, factResource(fact)));
    });
}
