// The request's URL, parsed once per request: a cache hit reads its origin (the cache key) and its
// query (the key's parameters), and parsing the same URL twice is a measurable share of a hit.
import type { Context } from 'hono';

const parsed = new WeakMap<Request, URL>();

/**
 * The URL of the request `c` answers, parsed on first use and shared after. Callers must not
 * change it: build a new URL from it to make another.
 */
export function requestUrl(c: Context): Readonly<URL> {
  const raw = c.req.raw;
  let url = parsed.get(raw);
  if (!url) {
    url = new URL(raw.url);
    parsed.set(raw, url);
  }
  return url;
}
