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
  const sorted = [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(sorted.map(([k, v]) => [k, v]));
  query.append(VERSION_PARAM, version);
  return `${origin}${path}?${query}`;
}
