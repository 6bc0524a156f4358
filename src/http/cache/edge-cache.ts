// The one edge-cache module every cacheable GET goes through, built on the Workers Cache API.
// A hit is served without running any rule code. A miss is computed, given a strong ETag, its
// Cache-Control and Cache-Status, and stored in the background (ctx.waitUntil). The cache is an
// optimisation only: if it throws or hangs, the response is computed and served anyway and the
// failure is logged. Only 200 responses without Set-Cookie or Authorization are stored.
import type { Context } from 'hono';
import type { AppBindings } from '../../env';
import { type CanonicalParams, cacheKey } from './cache-key';
import { CACHE_POLICIES, type CachePolicy } from './cache-policy';
import { ifNoneMatchMatches, strongEtag } from './etag';

/** How long a lookup may take before we compute instead: the cache must never delay a request. */
export const CACHE_LOOKUP_TIMEOUT_MS = 100;

/** RFC 9211 cache name in Cache-Status. */
const CACHE_NAME = 'scenario-briefs';

export interface CacheSpec {
  /** The canonical path of the resource (built from validated parts, not the raw request path). */
  path: string;
  params: CanonicalParams;
  policy: CachePolicy;
}

function logCacheFailure(step: 'match' | 'put', key: Request, error: unknown): void {
  console.error(JSON.stringify({ event: 'edge-cache-failure', step, key: key.url, error: String(error) }));
}

/** Resolves to undefined (and logs) if the lookup throws or outlasts the timeout. */
async function lookup(cache: Cache, key: Request): Promise<{ hit?: Response; failed: boolean }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CACHE_LOOKUP_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([cache.match(key), timeout]);
    if (result === 'timeout') {
      logCacheFailure('match', key, `timed out after ${CACHE_LOOKUP_TIMEOUT_MS} ms`);
      return { failed: true };
    }
    return { hit: result ?? undefined, failed: false };
  } catch (error) {
    logCacheFailure('match', key, error);
    return { failed: true };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

function openDefaultCache(): Cache | undefined {
  try {
    return caches.default;
  } catch {
    return undefined;
  }
}

function storable(response: Response): boolean {
  return response.status === 200 && !response.headers.has('Set-Cookie') && !response.headers.has('Authorization');
}

/** 304 for a matching If-None-Match (RFC 9110 §15.4.5: same validators and caching headers, no body). */
function conditional(request: Request, response: Response): Response {
  const etag = response.headers.get('ETag');
  if (!etag || !ifNoneMatchMatches(request.headers.get('If-None-Match'), etag)) return response;
  const headers = new Headers(response.headers);
  headers.delete('Content-Type');
  headers.delete('Content-Length');
  return new Response(null, { status: 304, headers });
}

export async function serveCached(
  c: Context<AppBindings>,
  spec: CacheSpec,
  compute: () => Response | Promise<Response>,
): Promise<Response> {
  const key = cacheKey(new URL(c.req.url).origin, spec.path, spec.params, c.get('cacheVersion'));
  const cache = openDefaultCache();
  const { hit, failed } = cache ? await lookup(cache, key) : { failed: true };
  if (hit) {
    const response = new Response(hit.body, hit);
    response.headers.set('Cache-Status', `${CACHE_NAME}; hit`);
    return conditional(c.req.raw, response);
  }

  const computed = await compute();
  if (!storable(computed)) return computed;
  const body = await computed.arrayBuffer();
  const headers = new Headers(computed.headers);
  headers.set('ETag', await strongEtag(body));
  headers.set('Cache-Control', CACHE_POLICIES[spec.policy]);
  const stored = cache !== undefined && !failed;
  headers.set('Cache-Status', `${CACHE_NAME}; fwd=uri-miss${stored ? '; stored' : '; detail=cache-unavailable'}`);
  const response = new Response(body, { status: 200, headers });
  if (cache && stored) {
    const put = cache.put(key, response.clone()).catch((error: unknown) => logCacheFailure('put', key, error));
    c.executionCtx.waitUntil(put);
  }
  return conditional(c.req.raw, response);
}
