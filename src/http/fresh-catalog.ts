// The catalog a write decides on: the observations, sources and scenario versions read again
// now, not the request's snapshot, and a 503 (never a decision without them) if D1 cannot answer.
import type { Context } from 'hono';
import type { Catalog } from '../catalog/catalog';
import { STORAGE_WRITE_TIMEOUT_MS } from '../lib/timeout';
import { liveCatalog } from '../observations/live-catalog';
import type { AppBindings } from './app-bindings';
import { fromDatabase } from './database-call';

/** The live catalog read fresh and strictly, bounded by the write timeout. */
export function freshCatalog(c: Context<AppBindings>): Promise<Catalog> {
  return fromDatabase(
    'read',
    () => liveCatalog(c.get('baseCatalog'), c.env, { fresh: true, strict: true }),
    STORAGE_WRITE_TIMEOUT_MS,
  );
}
