// What the Hono app carries per request: the Worker's bindings (env.ts) and the catalog snapshot
// the request is answered from.
import type { Catalog } from '../catalog/catalog';
import type { Env } from '../env';

export interface AppBindings {
  Bindings: Env;
  Variables: {
    /** The content files alone, compiled once: what observations are applied to. Not set for a codeOnly route. */
    baseCatalog: Catalog;
    /** The catalog this request is answered from: content files plus observations, one snapshot. Not set for a codeOnly route. */
    catalog: Catalog;
    /** The content version edge-cache entries are keyed by (see http/content-version.ts). */
    cacheVersion: string;
  };
}
