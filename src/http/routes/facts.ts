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
import { today } from '../clock';
import { jsonResponse } from '../json-response';
import { findFact } from '../lookup';
import { parseFactQuery } from '../query';

/** What is known on a day: kept for today (the default), computed for any other day. */
function knownAsOf(catalog: Catalog, asOf: string, day: string): ReadonlyMap<string, FactRecord> {
  return asOf === day ? catalog.on(day).facts : factsAsOf(catalog.facts, asOf, new Map());
}

export function factRoutes() {
  return new Hono<AppBindings>()
    .get('/v1/facts', (c) => {
      const catalog = c.get('catalog');
      const query = parseFactQuery(new URL(c.req.url).searchParams, true);
      const day = today();
      const asOf = query.asOf ?? day;
      const spec = {
        path: '/v1/facts',
        params: query.asOf ? query.canonical : [...query.canonical, ['day', day] as const],
        policy: policyForAsOf(query.asOf),
      };
      return serveCached(c, spec, () => {
        const facts = selectFacts(knownAsOf(catalog, asOf, day).values(), query).map(factResource);
        return jsonResponse(c, { asOf, count: facts.length, facts });
      });
    })
    .get('/v1/facts/:id', (c) => {
      const catalog = c.get('catalog');
      const query = parseFactQuery(new URL(c.req.url).searchParams, false);
      const day = today();
      const asOf = query.asOf ?? day;
      const fact = findFact(knownAsOf(catalog, asOf, day), c.req.param('id'), asOf);
      const spec = {
        path: `/v1/facts/${fact.id}`,
        params: query.asOf ? query.canonical : [...query.canonical, ['day', day] as const],
        policy: policyForAsOf(query.asOf),
      };
      return serveCached(c, spec, () => jsonResponse(c, factResource(fact)));
    });
}
