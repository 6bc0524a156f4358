// The digest store and the latest digest as a request reads them: every store call bounded
// (digest/bounded-store.ts), and the pointer read the way the digest routes read it
// (digest/latest-digest.ts), so whatever is keyed by the pointer moves when the digest does.
import type { Context } from 'hono';
import { boundedStore } from '../digest/bounded-store';
import { latestDigest } from '../digest/latest-digest';
import { untilNextRun } from '../digest/schedule';
import type { Pointer } from '../digest/store';
import type { AppBindings } from './app-bindings';
import type { CacheSpec } from './cache/edge-cache';
import type { RouteContract } from './contract/routes';
import { requestUrl } from './request-url';

type C = Context<AppBindings>;

/** The digest store, every call bounded. */
export const digestStore = (c: C): KVNamespace => boundedStore(c.env.DIGESTS);

/** The latest digest for this request: what the pointer commits, or today's, computed. */
export const latestDigestOf = (c: C) =>
  latestDigest({
    kv: digestStore(c),
    env: c.env,
    baseCatalog: c.get('baseCatalog'),
    catalog: c.get('catalog'),
    path: requestUrl(c).pathname,
  });

/**
 * What the latest pointer commits, as an edge-cache entry: keyed by the committed `version`, fresh
 * until the next run, last modified at `changed`.
 */
export function committed(
  route: RouteContract,
  pointer: Pointer,
  version: [string, string],
  changed: string,
): CacheSpec {
  return {
    path: route.path,
    params: [version],
    cacheControl: untilNextRun(new Date(), pointer.date),
    lastModified: new Date(changed),
  };
}

/** An answer computed without the store: correct now, but never kept by any cache. */
export function uncached(res: Response): Response {
  res.headers.set('Cache-Control', 'no-store');
  return res;
}
