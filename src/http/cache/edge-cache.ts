// The one edge-cache module every cacheable GET goes through, built on the Workers Cache API.
// A hit is served without running any rule code. A miss is computed, given a strong ETag, and
// stored in the background (ctx.waitUntil). The cache is an optimisation only: if it throws or
// hangs, the response is computed and served anyway and the failure is logged.
//
// What is stored is deliberately narrow: the body and the few headers that belong to the
// representation (Content-Type, ETag, Vary, Content-Security-Policy), with a long internal
// lifetime, since every key carries the content version and an entry can never go stale. The
// client-facing Cache-Control and Cache-Status are set on the way out, on hits and misses alike,
// and nothing a request or middleware adds (CORS, Age) is ever stored for other users.
import type { Context } from 'hono';
import { logEvent } from '../../lib/log';
import { withTimeout } from '../../lib/timeout';
import type { AppBindings } from '../app-bindings';
import type { RouteContract } from '../contract/routes';
import { requestUrl } from '../request-url';
import { type CanonicalParams, cacheKey } from './cache-key';
import { CACHE_POLICIES, type RouteCaching } from './cache-policy';
import { ifNoneMatchMatches, strongEtag } from './etag';

/** How long a lookup may take before we compute instead: the cache must never hold a request up. */
export const CACHE_LOOKUP_TIMEOUT_MS = 50;

/** Lifetime of a stored entry at our edge. Keys carry the content version, so this is only eviction. */
const STORED_LIFETIME = 'public, max-age=604800';

/** The headers of a representation that are stored with it. */
const STORED_HEADERS = ['Content-Type', 'ETag', 'Vary', 'Content-Security-Policy'];

/** RFC 9211 cache name in Cache-Status. */
const CACHE_NAME = 'scenario-briefs';

export interface CacheSpec {
  /** The canonical path of the resource (built from validated parts, not the raw request path). */
  path: string;
  params: CanonicalParams;
  /** For an `until-next-digest` route: its Cache-Control, computed from the next run. */
  cacheControl?: string;
  /** When the resource last changed (Date), for Last-Modified and If-Modified-Since. */
  lastModified?: Date;
}

function logCacheFailure(step: 'match' | 'put', key: string, error: unknown): void {
  logEvent('edge-cache-failure', { step, key, error: String(error) });
}

/** The stored entry, or undefined with `failed` when the lookup throws or outlasts the timeout. */
async function lookup(cache: Cache, key: string): Promise<{ hit?: Response; failed: boolean }> {
  try {
    const hit = await withTimeout(cache.match(key), CACHE_LOOKUP_TIMEOUT_MS, 'the edge cache');
    return { hit: hit ?? undefined, failed: false };
  } catch (error) {
    logCacheFailure('match', key, error);
    return { failed: true };
  }
}

function openDefaultCache(path: string): Cache | undefined {
  try {
    return caches.default;
  } catch (error) {
    logEvent('edge-cache-failure', { step: 'open', path, error: String(error) });
    return undefined;
  }
}

/**
 * Whether a computed answer may be kept. One its handler marked `no-store` (it rests on a read
 * that failed, and would be wrong to serve again) passes through with that header, uncached.
 */
function storable(response: Response): boolean {
  return (
    response.status === 200 &&
    !response.headers.has('Set-Cookie') &&
    !response.headers.has('Authorization') &&
    !/\bno-store\b/.test(response.headers.get('Cache-Control') ?? '')
  );
}

/** Stores in the background; a put that throws, at once or later, is logged and never fails the request. */
function store(c: Context<AppBindings>, cache: Cache, key: string, response: Response): void {
  try {
    const stored = new Headers();
    for (const name of STORED_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) stored.set(name, value);
    }
    stored.set('Cache-Control', STORED_LIFETIME);
    const put = Promise.resolve()
      .then(() => cache.put(key, new Response(response.body, { status: 200, headers: stored })))
      .catch((error: unknown) => logCacheFailure('put', key, error));
    c.executionCtx.waitUntil(put);
  } catch (error) {
    logCacheFailure('put', key, error);
  }
}

/**
 * 304 for a matching If-None-Match, or, when the request has none, for an If-Modified-Since no
 * earlier than Last-Modified (RFC 9110 §13.1.2-3, §15.4.5: same validators and caching headers,
 * no body).
 */
function conditional(request: Request, response: Response): Response {
  const etag = response.headers.get('ETag');
  const ifNoneMatch = request.headers.get('If-None-Match');
  let notModified = false;
  if (ifNoneMatch !== null) {
    notModified = etag !== null && ifNoneMatchMatches(ifNoneMatch, etag);
  } else {
    const since = httpDate(request.headers.get('If-Modified-Since'));
    const modified = httpDate(response.headers.get('Last-Modified'));
    notModified = Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
  }
  if (!notModified) return response;
  const headers = new Headers(response.headers);
  headers.delete('Content-Type');
  headers.delete('Content-Length');
  return new Response(null, { status: 304, headers });
}

/** IMF-fixdate (RFC 9110 §5.6.7), as we send it; anything else is ignored, as §13.1.3 requires. */
const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function httpDate(value: string | null): number {
  return value !== null && IMF_FIXDATE.test(value) ? Date.parse(value) : Number.NaN;
}

/** The headers every answer gets on its way out, hit or miss. */
function outgoing(headers: Headers, cacheControl: string, spec: CacheSpec): void {
  headers.set('Cache-Control', cacheControl);
  if (spec.lastModified) headers.set('Last-Modified', spec.lastModified.toUTCString());
}

/** The Cache-Control a route's answers go out with, by the policy its contract entry states. */
function cacheControlOf(cache: RouteCaching, spec: CacheSpec): string {
  if (cache === 'no-store') throw new Error(`${spec.path}: a no-store route is never served from the edge cache`);
  if (cache === 'until-next-digest') {
    if (spec.cacheControl === undefined) throw new Error(`${spec.path}: until-next-digest needs its Cache-Control`);
    return spec.cacheControl;
  }
  return CACHE_POLICIES[cache];
}

/**
 * The answer of a cacheable GET: from our edge cache, or computed and stored. `route` is the
 * contract entry of the route answering, whose policy sets Cache-Control.
 */
export async function serveCached(
  c: Context<AppBindings>,
  route: Pick<RouteContract, 'cache'>,
  spec: CacheSpec,
  compute: () => Response | Promise<Response>,
): Promise<Response> {
  const cacheControl = cacheControlOf(route.cache, spec);
  const key = cacheKey(requestUrl(c).origin, spec.path, spec.params, c.get('cacheVersion'));
  const cache = openDefaultCache(spec.path);
  const { hit, failed } = cache ? await lookup(cache, key) : { failed: true };
  if (hit) {
    const headers = new Headers();
    for (const name of STORED_HEADERS) {
      const value = hit.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    outgoing(headers, cacheControl, spec);
    headers.set('Cache-Status', `${CACHE_NAME}; hit`);
    return conditional(c.req.raw, new Response(hit.body, { status: 200, headers }));
  }

  const computed = await compute();
  if (!storable(computed)) return computed;
  const response = await tagged(computed);
  const usable = cache !== undefined && !failed;
  // Stored before the outgoing headers are set: the entry keeps only the representation's own.
  if (cache && usable) store(c, cache, key, response.clone());
  outgoing(response.headers, cacheControl, spec);
  response.headers.set(
    'Cache-Status',
    usable ? `${CACHE_NAME}; fwd=uri-miss; stored` : `${CACHE_NAME}; fwd=bypass; detail=cache-unavailable`,
  );
  return conditional(c.req.raw, response);
}

/**
 * The computed response with its strong ETag. Bodies written once (JSON, HTML) come tagged and
 * pass through untouched: their bytes are never read back out of the response, which in workerd
 * costs a copy and a response per request. Anything else is read and hashed here.
 */
async function tagged(computed: Response): Promise<Response> {
  if (computed.headers.has('ETag')) return computed;
  const body = await computed.arrayBuffer();
  const response = new Response(body, { status: 200, headers: computed.headers });
  response.headers.set('ETag', await strongEtag(body));
  return response;
}
