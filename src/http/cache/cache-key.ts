// The edge-cache key: the request's origin, the canonical path of the resource, only the known
// parameters in a canonical form and order, and the content version. Client headers never reach
// it, nor do unknown parameters such as utm_*, so no request can create or poison an entry that
// other requests read.

export type CanonicalParams = ReadonlyArray<readonly [string, string]>;

/** Reserved for the content version; no route takes a parameter of this name. */
const VERSION_PARAM = '_v';

export function cacheKey(origin: string, path: string, params: CanonicalParams, version: string): Request {
  const sorted = [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(sorted.map(([k, v]) => [k, v]));
  query.append(VERSION_PARAM, version);
  return new Request(`${origin}${path}?${query}`, { method: 'GET' });
}
