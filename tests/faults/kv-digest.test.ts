// KV faults under the digest routes and the Cron Trigger: a namespace that throws or hangs.
// Without the pointer, today's digest is computed and served, uncached; with the pointer but not
// the records, an edge-cache hit still serves the last good digest and a miss is a 503 with
// Retry-After; a cron run fails at its step, logged, writing nothing; everything recovers once
// KV is back.
import { env, SELF } from 'cloudflare:test';
import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Digest } from '../../src/digest/digest-schema';
import { digestDateOf } from '../../src/digest/schedule';
import { KEYS } from '../../src/digest/store';
import { STORAGE_READ_TIMEOUT_MS, STORAGE_WRITE_TIMEOUT_MS } from '../../src/lib/timeout';
import { fireCron } from '../digest/fire-cron';
import { untilHit } from '../edge-cache-helpers';
import { logged } from './logs';

const BASE = 'http://briefs.test';
const get = (path: string) => SELF.fetch(`${BASE}${path}`);
const realGet = env.DIGESTS.get.bind(env.DIGESTS);

async function snapshot(): Promise<Record<string, string | null>> {
  const keys = (await env.DIGESTS.list({ prefix: 'digest/' })).keys.map((k) => k.name).sort();
  return Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await realGet(k)] as const)));
}

const kvDown = () => Promise.reject(new Error('KV GET failed: 503 Service Unavailable'));
const kvHangs = () => new Promise<never>(() => {});

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await fireCron('2026-01-10T06:00:00Z');
  await fireCron('2026-01-11T06:00:00Z');
  vi.restoreAllMocks();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('digest routes when KV cannot be read at all', () => {
  it('serve today’s digest computed now, never cached, write nothing, log it, and recover', async () => {
    const before = await snapshot();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const puts = vi.spyOn(env.DIGESTS, 'put');
    const cachePuts = vi.spyOn(caches.default, 'put');
    vi.spyOn(env.DIGESTS, 'get').mockImplementation(kvDown);
    const today = digestDateOf(new Date());

    const latest = await get('/v1/digest');
    expect(latest.status).toBe(200);
    expect(latest.headers.get('Cache-Control')).toBe('no-store');
    expect(((await latest.json()) as Digest).date).toBe(today);
    const index = (await (await get('/v1/digests')).json()) as { latest: string };
    expect(index.latest).toBe(today);
    const atom = await get('/feeds/digest.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('Cache-Control')).toBe('no-store');
    expect(parseAtomFeed(await atom.text()).entries?.length).toBeGreaterThan(0);
    expect(parseJsonFeed(await (await get('/feeds/digest.json')).json()).items?.length).toBeGreaterThan(0);
    const todays = await get(`/v1/digest/${today}`);
    expect(todays.status).toBe(200);
    await todays.arrayBuffer();

    expect(logged(errors, 'digest-storage-unavailable')[0]).toMatchObject({ step: 'read-pointer', path: '/v1/digest' });
    expect(puts).not.toHaveBeenCalled();
    expect(cachePuts).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);

    const back = await get('/v1/digest');
    expect(((await back.json()) as Digest).date).toBe('2026-01-11');
    expect(back.headers.get('Cache-Control')).not.toBe('no-store');
  });

  it('serve within the read budget when KV hangs', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(env.DIGESTS, 'get').mockImplementation(kvHangs);
    const started = Date.now();
    const res = await get('/v1/digest');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(STORAGE_READ_TIMEOUT_MS + 1500);
    expect(String(logged(errors, 'digest-storage-unavailable')[0]?.error)).toContain(
      `within ${STORAGE_READ_TIMEOUT_MS} ms`,
    );
  });
});

describe('digest routes when KV has the pointer but not the records', () => {
  it('serve the last good digest from the edge cache, answer a miss with 503, and never cache the 503', async () => {
    const good = await get('/v1/digest');
    const etag = good.headers.get('ETag');
    await good.arrayBuffer();
    await (await untilHit('/v1/digest')).arrayBuffer();

    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(env.DIGESTS, 'get').mockImplementation(((key: string) =>
      key === KEYS.latest ? realGet(key) : kvDown()) as typeof env.DIGESTS.get);
    const hit = await get('/v1/digest');
    expect(hit.status).toBe(200);
    expect(hit.headers.get('Cache-Status')).toBe('scenario-briefs; hit');
    expect(hit.headers.get('ETag')).toBe(etag);
    await hit.arrayBuffer();

    vi.spyOn(caches.default, 'match').mockResolvedValue(undefined);
    const cachePuts = vi.spyOn(caches.default, 'put');
    for (const path of ['/v1/digest', '/v1/digests', '/v1/digest/2026-01-10', '/feeds/digest.json']) {
      const res = await get(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('Retry-After'), path).toBe('30');
      expect(res.headers.get('Content-Type'), path).toBe('application/problem+json');
      expect(((await res.json()) as { type: string }).type).toBe('/problems/unavailable');
    }
    expect(cachePuts).not.toHaveBeenCalled();
    expect(logged(errors, 'digest-storage-unavailable').map((e) => e.step)).toEqual(
      expect.arrayContaining(['read-day', 'read-index', 'read-changes']),
    );
    vi.restoreAllMocks();
    expect((await get('/v1/digest/2026-01-10')).status).toBe(200);
  });
});

describe('the Cron Trigger when KV fails', () => {
  it.each([
    ['throws', kvDown],
    ['hangs', kvHangs],
  ])(
    'fails at its read step when KV %s, writes nothing and keeps the last good digest',
    {
      // The cron waits for KV as long as a write would, before it counts a read as failed.
      timeout: STORAGE_WRITE_TIMEOUT_MS + 10_000,
    },
    async (_how, fault) => {
      const before = await snapshot();
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      vi.spyOn(env.DIGESTS, 'get').mockImplementation(fault as typeof env.DIGESTS.get);
      await expect(fireCron('2026-01-12T06:00:00Z')).rejects.toThrow(/digest read failed/);
      expect(logged(errors, 'digest-failure')[0]).toMatchObject({ step: 'read', date: '2026-01-12' });
      vi.restoreAllMocks();
      expect(await snapshot()).toEqual(before);
      expect(((await (await get('/v1/digest')).json()) as Digest).date).toBe('2026-01-11');
    },
  );

  it('succeeds once KV is back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fireCron('2026-01-12T06:00:00Z');
    expect(((await (await get('/v1/digest')).json()) as Digest).date).toBe('2026-01-12');
  });
});
