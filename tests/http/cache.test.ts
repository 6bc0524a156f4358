// The edge cache and the HTTP caching contract, through the worker inside workerd: hits and
// misses, the canonical key, conditional requests, HEAD, CORS, faults, and what a standards
// cache makes of our headers.
import { env, SELF } from 'cloudflare:test';
import CachePolicy from 'http-cache-semantics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readContent } from '../../src/catalog/content-asset';
import { CACHE_LOOKUP_TIMEOUT_MS } from '../../src/http/cache/edge-cache';
import { untilHit } from '../edge-cache-helpers';

const BASE = 'http://briefs.test';

/** A request for every GET route, and a bad one, for HEAD to mirror. */
const HEAD_SAMPLES = [
  '/',
  '/v1/scenarios',
  '/v1/scenarios/csto-non-response',
  '/v1/briefs/csto-non-response?asOf=2021-07-09',
  '/v1/briefs/csto-non-response?asOf=2021-02-30',
  '/v1/facts?tag=funding',
  '/v1/facts/tj.reservists_mobilized',
  '/v1/sources',
  '/v1/sources/diplomat-2021-07-csto-afghan-border',
  '/v1/schemas/brief.json',
  '/openapi.json',
  '/docs',
  '/problems/not-found',
  '/briefs/csto-non-response',
  '/embed/csto-non-response',
  '/widget',
  '/widget.js',
  '/static/site.css',
  '/static/embed-height.js',
  '/oembed?url=http%3A%2F%2Fbriefs.test%2Fbriefs%2Fcsto-non-response',
  '/nowhere',
];
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hits and misses', () => {
  it('runs no rule code on a hit', async () => {
    // The worker's own catalog: the one its loader read from Static Assets for this isolate.
    const scenario = (await readContent(env.ASSETS, 1000)).scenarios.get('csto-non-response');
    if (!scenario) throw new Error('csto-non-response missing');
    const spies = scenario.indicators.flatMap((i) => [vi.spyOn(i.compiled, 'evaluate'), vi.spyOn(i.compiled, 'truth')]);
    const calls = () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
    const path = '/v1/briefs/csto-non-response?asOf=2021-07-07&assume.tj.reservists_mobilized=12345';
    await (await get(path)).arrayBuffer();
    // The worker evaluates the very rules spied on here: a miss calls them...
    expect(calls()).toBeGreaterThan(0);
    await (await untilHit(path)).arrayBuffer();
    for (const spy of spies) spy.mockClear();
    const hit = await get(path);
    expect(hit.headers.get('Cache-Status')).toBe('scenario-briefs; hit');
    await hit.arrayBuffer();
    // ...and a hit does not.
    expect(calls()).toBe(0);
  });

  it('serves the second identical request from the cache, with the same body and ETag', async () => {
    const path = '/v1/briefs/csto-non-response?asOf=2021-07-08';
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=uri-miss; stored');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    const body = await first.text();
    const second = await untilHit(path);
    expect(second.headers.get('Cache-Status')).toBe('scenario-briefs; hit');
    expect(second.headers.get('ETag')).toBe(etag);
    expect(await second.text()).toBe(body);
  });

  it('keys reordered and re-spelt parameters to one entry', async () => {
    const original = '/v1/briefs/csto-non-response?assume.tj.reservists_mobilized=5000&assume.tj.csto_request=declined';
    await (await get(original)).text();
    const stored = await untilHit(original);
    const etag = stored.headers.get('ETag');
    await stored.text();
    // One request each, no retry: they must find the entry the original stored.
    for (const variant of [
      '/v1/briefs/csto-non-response?assume.tj.csto_request=declined&assume.tj.reservists_mobilized=5000',
      '/v1/briefs/csto-non-response?assume.tj.csto_request=declined&assume.tj.reservists_mobilized=5e3',
      '/v1/briefs/csto-non-response?assume.tj.reservists_mobilized=5000.0&utm_medium=x&assume.tj.csto_request=declined',
    ]) {
      const res = await get(variant);
      expect(res.headers.get('Cache-Status'), variant).toBe('scenario-briefs; hit');
      expect(res.headers.get('ETag'), variant).toBe(etag);
      await res.text();
    }
  });

  it('does not key on unknown parameters such as utm_source, nor on request headers', async () => {
    await (await get('/v1/briefs/taliban-border-advance?asOf=2021-07-07')).text();
    await untilHit('/v1/briefs/taliban-border-advance?asOf=2021-07-07');
    const tagged = await get('/v1/briefs/taliban-border-advance?asOf=2021-07-07&utm_source=newsletter&fbclid=x', {
      headers: { 'Accept-Language': 'fr', 'X-Forwarded-Host': 'evil.example', Cookie: 'a=b' },
    });
    expect(tagged.headers.get('Cache-Status')).toBe('scenario-briefs; hit');
  });

  it('makes a different assumption a different entry', async () => {
    await (await get('/v1/briefs/taliban-border-advance?assume.tj.reservists_mobilized=1')).text();
    await untilHit('/v1/briefs/taliban-border-advance?assume.tj.reservists_mobilized=1');
    const other = await get('/v1/briefs/taliban-border-advance?assume.tj.reservists_mobilized=2');
    expect(other.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=uri-miss; stored');
  });

  it('never stores an error: 400 and 404 carry no-store and are never hits', async () => {
    for (const path of ['/v1/briefs/csto-non-response?asOf=2021-02-30', '/v1/briefs/nope', '/v1/facts/no.such_fact']) {
      for (let i = 0; i < 2; i++) {
        const res = await get(path);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.headers.get('Cache-Control')).toBe('no-store');
        expect(res.headers.get('Cache-Status')).toBeNull();
        expect(res.headers.get('ETag')).toBeNull();
      }
    }
  });
});

describe('conditional requests and HEAD', () => {
  it('answers a matching If-None-Match on a hit with 304 and no body, keeping the caching headers', async () => {
    const path = '/v1/briefs/target-program-stalls?asOf=2021-07-01';
    const first = await get(path);
    const etag = first.headers.get('ETag') as string;
    await first.text();
    await (await untilHit(path)).text();
    const onHit = await get(path, { headers: { 'If-None-Match': etag } });
    expect(onHit.status).toBe(304);
    expect(onHit.headers.get('Cache-Status')).toBe('scenario-briefs; hit');
    expect(await onHit.text()).toBe('');
    expect(onHit.headers.get('ETag')).toBe(etag);
    expect(onHit.headers.get('Cache-Control')).toContain('max-age=');
  });

  it('answers a matching If-None-Match on a miss with 304 too, in W/, list and * forms', async () => {
    const path = '/v1/briefs/russian-pledges-delivered?asOf=2021-01-01';
    const probe = await get(path);
    const etag = probe.headers.get('ETag') as string;
    await probe.text();
    // Force every lookup to miss, so each request below is computed afresh.
    vi.spyOn(caches.default, 'match').mockResolvedValue(undefined);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get(path, { headers: { 'If-None-Match': header } });
      expect(res.headers.get('Cache-Status')).toContain('fwd=uri-miss');
      expect(res.status, header).toBe(304);
      expect(await res.text()).toBe('');
    }
    const mismatch = await get(path, { headers: { 'If-None-Match': '"not-it"' } });
    expect(mismatch.status).toBe(200);
  });

  it.each(HEAD_SAMPLES)('answers HEAD %s with the status and headers of GET and no body', async (path) => {
    const getRes = await get(path);
    await getRes.arrayBuffer();
    const head = await get(path, { method: 'HEAD' });
    expect(head.status).toBe(getRes.status);
    expect(await head.text()).toBe('');
    const comparable = (res: Response) =>
      [...res.headers].filter(([name]) => !['cache-status', 'date', 'age', 'content-length'].includes(name));
    expect(comparable(head)).toEqual(comparable(getRes));
  });

  it('answers a conditional HEAD with 304', async () => {
    const res = await get('/v1/scenarios');
    const etag = res.headers.get('ETag') as string;
    await res.text();
    const head = await get('/v1/scenarios', { method: 'HEAD', headers: { 'If-None-Match': etag } });
    expect(head.status).toBe(304);
  });
});

describe('CORS and security headers', () => {
  it('lets any origin read, and answers the preflight', async () => {
    const res = await get('/v1/scenarios', { headers: { Origin: 'https://newsroom.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    const preflight = await get('/v1/briefs/csto-non-response', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://newsroom.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'If-None-Match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('GET');
    expect(preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('if-none-match');
    expect(preflight.headers.get('Access-Control-Max-Age')).toBe('86400');
  });

  it.each([
    '/v1/briefs/csto-non-response',
    '/v1/briefs/nope',
    '/docs',
    '/openapi.json',
    '/',
    '/briefs/csto-non-response',
    '/briefs/nope',
    '/widget',
    '/feeds/digest.atom',
  ])('sets security headers on %s, and forbids framing it', async (path) => {
    const res = await get(path);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Vary')).toBe(path === '/' ? 'Accept' : null);
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it('lets any site, and a local file, frame the embed card, and nothing else', async () => {
    const res = await get('/embed/csto-non-response');
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors * file:');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it.each([
    '/embed/csto-non-response?view=full',
    '/briefs/csto-non-response?asOf=2021-07-07',
    `/oembed?url=${encodeURIComponent('http://briefs.test/briefs/csto-non-response')}`,
    '/widget.js',
  ])('answers If-None-Match on %s with 304', async (path) => {
    const res = await get(path);
    const etag = res.headers.get('ETag') as string;
    await res.arrayBuffer();
    expect(etag).toMatch(/^"/);
    expect((await get(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});

describe('faults', () => {
  it('still answers 200 when the cache throws on match, and logs it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'match').mockRejectedValue(new Error('cache down'));
    const res = await get('/v1/briefs/csto-non-response?asOf=2021-07-05');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=bypass; detail=cache-unavailable');
    expect(((await res.json()) as { asOf: string }).asOf).toBe('2021-07-05');
    expect(errors.mock.calls.some(([line]) => String(line).includes('"step":"match"'))).toBe(true);
  });

  it('still answers 200 when the cache put rejects, and logs it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'put').mockRejectedValue(new Error('quota'));
    const res = await get('/v1/briefs/csto-non-response?asOf=2021-07-04');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { asOf: string }).asOf).toBe('2021-07-04');
    await vi.waitFor(() =>
      expect(errors.mock.calls.some(([line]) => String(line).includes('"step":"put"'))).toBe(true),
    );
  });

  it('still answers 200 when the cache put throws at once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'put').mockImplementation(() => {
      throw new TypeError('synchronous failure');
    });
    const res = await get('/v1/briefs/csto-non-response?asOf=2021-07-02');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=uri-miss; stored');
    expect(((await res.json()) as { asOf: string }).asOf).toBe('2021-07-02');
    await vi.waitFor(() =>
      expect(errors.mock.calls.some(([line]) => String(line).includes('synchronous failure'))).toBe(true),
    );
  });

  it('does not wait for a cache that hangs beyond the lookup budget', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'match').mockReturnValue(new Promise(() => {}));
    const started = Date.now();
    const res = await get('/v1/briefs/csto-non-response?asOf=2021-07-03');
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=bypass; detail=cache-unavailable');
    expect(elapsed).toBeGreaterThanOrEqual(CACHE_LOOKUP_TIMEOUT_MS - 5);
    // Generous bound: the point is that the hang is cut off, not how fast the machine is.
    expect(elapsed).toBeLessThan(CACHE_LOOKUP_TIMEOUT_MS + 2000);
  });
});

describe('what a standards cache makes of our headers', () => {
  const policyOf = async (path: string, shared: boolean) => {
    const res = await get(path);
    await res.arrayBuffer();
    const headers = Object.fromEntries(res.headers);
    return new CachePolicy({ url: path, method: 'GET', headers: {} }, { status: res.status, headers }, { shared });
  };

  it('keeps briefs fresh 30 s anywhere, so an observation is never more than 60 s away', async () => {
    for (const path of [
      '/v1/briefs/csto-non-response?asOf=2021-07-09',
      '/v1/briefs/csto-non-response',
      '/v1/scenarios',
    ]) {
      for (const shared of [true, false]) {
        const policy = await policyOf(path, shared);
        expect(policy.storable(), path).toBe(true);
        expect(policy.maxAge(), path).toBe(30);
        // No stale-while-revalidate: nothing serves an answer older than that.
        expect(Math.round(policy.timeToLive() / 1000), path).toBe(30);
      }
    }
  });

  it('keeps reference documents long, and sources (which observations add to) as briefly as briefs', async () => {
    expect((await policyOf('/v1/schemas/brief.json', true)).maxAge()).toBe(86_400);
    expect((await policyOf('/v1/sources/diplomat-2021-07-csto-afghan-border', true)).maxAge()).toBe(30);
    expect((await policyOf('/openapi.json', true)).maxAge()).toBe(86_400);
    expect((await policyOf('/docs', false)).maxAge()).toBe(3_600);
  });

  it('judges a hit like a miss: our edge adds no Age that would shorten it downstream', async () => {
    const path = '/v1/briefs/russia-bilateral-substitution?asOf=2021-07-09';
    await (await get(path)).text();
    const hit = await untilHit(path);
    await hit.arrayBuffer();
    expect(hit.headers.get('Age')).toBeNull();
    expect(hit.headers.get('CF-Cache-Status')).toBeNull();
    const policy = new CachePolicy(
      { url: path, method: 'GET', headers: {} },
      { status: 200, headers: Object.fromEntries(hit.headers) },
      { shared: false },
    );
    expect(policy.storable()).toBe(true);
    expect(policy.maxAge()).toBe(30);
    expect(policy.age()).toBeLessThan(1);
  });

  it('refuses to store errors', async () => {
    expect((await policyOf('/v1/briefs/nope', true)).storable()).toBe(false);
  });
});
