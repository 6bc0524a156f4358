// The edge-cache key: the request's origin, the canonical path of the resource, only the known
// parameters in a canonical form and order, and the content version. Client headers never reach
// it, nor do unknown parameters such as utm_*, so no request can create or poison an entry that
// other requests read.

export type CanonicalParams = ReadonlyArray<readonly [string, string]>;

/** Reserved for the content version; no route takes a parameter of this name. */
const VERSION_PARAM = '_v';

/**
 * The key as a URL: the Cache API takes a URL for a plain GET with no headers, which is what a
 * key must be, without a Request built for every lookup.
 */
export function cacheKey(origin: string, path: string, params: CanonicalParams, version: string): string {
  // Built by hand rather than through URLSearchParams: the key is made on every cache hit. Each
  // name and value is percent-encoded, so distinct parameters never make the same key.
  const sorted = params.length > 1 ? [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : params;
  let query = '';
  for (const [name, value] of sorted) query += `${encodeURIComponent(name)}=${encodeURIComponent(value)}&`;
  return `${origin}${path}?${query}${VERSION_PARAM}=${encodeURIComponent(version)}`;
}
