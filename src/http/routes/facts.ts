// GET /v1/facts (filters: actor, tag, asOf) and /v1/facts/:id, derived facts computed as of the date.
import { Hono } from 'hono';
import type { Catalog } from '../../catalog/catalog';
import { factsAsOf } from '../../facts/fact-base';
import { factResource } from '../../render/resources';
import { readAsOf, singleParam } from '../brief-query';
import { findFact } from '../lookup';
import { Problem, type QueryIssue } from '../problem';

function readFactQuery(url: string, catalog: Catalog) {
  const params = new URL(url).searchParams;
  const issues: QueryIssue[] = [];
  const asOf = readAsOf(params, issues) ?? catalog.facts.latestDate;
  const actor = singleParam(params, 'actor', issues);
  const tag = singleParam(params, 'tag', issues);
  if (issues.length > 0) {
    throw new Problem('invalid-query', `The query has ${issues.length} invalid parameter(s); see issues.`, { issues });
  }
  return { asOf, actor, tag };
}

export function factRoutes(catalog: Catalog) {
  const none = new Map();
  return new Hono()
    .get('/v1/facts', (c) => {
      const { asOf, actor, tag } = readFactQuery(c.req.url, catalog);
      const facts = [...factsAsOf(catalog.facts, asOf, none).values()]
        .filter((f) => (actor === undefined || f.actors.includes(actor)) && (tag === undefined || f.tags.includes(tag)))
        .map(factResource);
      return c.json({ asOf, count: facts.length, facts });
    })
    .get('/v1/facts/:id', (c) => {
      const { asOf } = readFactQuery(c.req.url, catalog);
      return c.json(factResource(findFact(factsAsOf(catalog.facts, asOf, none), c.req.param('id'), asOf)));
    });
}
