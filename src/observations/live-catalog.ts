// The catalog a request is answered from: the compiled content files plus the observations not
// retracted. Each isolate re-reads observations at most every OBSERVATIONS_TTL_SECONDS (default
// 60): that is the staleness bound. A write in this isolate refreshes it at once. If D1 cannot be
// read, the last catalog is kept (or the content files alone) and the failure is logged.
import { type Catalog, withObservationsApplied } from '../catalog/catalog';
import { contentHash } from '../catalog/content-hash';
import type { Env } from '../env';
import { listObservations } from './store';

export const DEFAULT_TTL_SECONDS = 60;

interface Cached {
  base: Catalog;
  key: string;
  catalog: Catalog;
  expires: number;
}

let cached: Cached | undefined;

function ttlMs(env: Env): number {
  const seconds = Number(env.OBSERVATIONS_TTL_SECONDS ?? DEFAULT_TTL_SECONDS);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_TTL_SECONDS) * 1000;
}

/** Forget the cached observations: the next request reads them again (after a write here). */
export function invalidateLiveCatalog(): void {
  cached = undefined;
}

export async function liveCatalog(base: Catalog, env: Env, now = Date.now()): Promise<Catalog> {
  if (cached && cached.base === base && now < cached.expires) return cached.catalog;
  if (!env.DB) return base;
  try {
    const observations = await listObservations(env.DB, { activeOnly: true });
    const key = contentHash(observations);
    const catalog =
      cached?.base === base && cached.key === key ? cached.catalog : withObservationsApplied(base, observations);
    cached = { base, key, catalog, expires: now + ttlMs(env) };
    return catalog;
  } catch (error) {
    console.error(JSON.stringify({ event: 'observations-unavailable', error: String(error) }));
    return cached?.base === base ? cached.catalog : base;
  }
}
