// The brief of every scenario at the default date with no assumptions: the "current" judgment
// that lists and summaries show. Deterministic for the catalog, so computed once per isolate,
// on first use, and never per request.
import { type Brief, buildBrief } from '../brief/brief';
import type { Catalog } from './catalog';

const cache = new WeakMap<Catalog, ReadonlyMap<string, Brief>>();

export function currentBriefs(catalog: Catalog): ReadonlyMap<string, Brief> {
  let briefs = cache.get(catalog);
  if (!briefs) {
    briefs = new Map(
      [...catalog.scenarios].map(([id, scenario]) => [id, buildBrief(scenario, catalog.facts, catalog.version)]),
    );
    cache.set(catalog, briefs);
  }
  return briefs;
}
