// Cache API faults beyond those in tests/http/cache.test.ts (a lookup that throws or hangs, a put
// that throws or rejects): a put that never settles, a Cache API that cannot be opened, and
// recovery once the cache works again.
import { SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { untilHit } from '../edge-cache-helpers';
import { logged } from './logs';

const get = (path: string) => SELF.fetch(`http://briefs.test${path}`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the edge cache when it fails', () => {
  it('does not hold an answer for a put that never settles', async () => {
    vi.spyOn(caches.default, 'put').mockReturnValue(new Promise(() => {}));
    const started = Date.now();
    const res = await get('/v1/briefs/csto-non-response?asOf=2021-06-01');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { asOf: string }).asOf).toBe('2021-06-01');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('answers, and logs, when the Cache API cannot be opened', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches, 'default', 'get').mockImplementation(() => {
      throw new Error('cache storage unavailable');
    });
    const res = await get('/v1/briefs/csto-non-response?asOf=2021-06-02');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=bypass; detail=cache-unavailable');
    expect(logged(errors, 'edge-cache-failure')[0]).toMatchObject({
      step: 'open',
      path: '/v1/briefs/csto-non-response',
    });
  });

  it('stores and hits again once a failing lookup recovers', async () => {
    const path = '/v1/briefs/csto-non-response?asOf=2021-06-03';
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const match = vi.spyOn(caches.default, 'match').mockRejectedValue(new Error('cache down'));
    const during = await get(path);
    expect(during.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=bypass; detail=cache-unavailable');
    const body = await during.text();
    match.mockRestore();
    const after = await get(path);
    expect(after.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=uri-miss; stored');
    expect(await after.text()).toBe(body);
    const hit = await untilHit(path);
    expect(hit.headers.get('Cache-Status')).toBe('scenario-briefs; hit');
    expect(await hit.text()).toBe(body);
  });
});
