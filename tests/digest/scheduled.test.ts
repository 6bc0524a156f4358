// The Cron Trigger and the digest routes inside workerd, with the real KV binding: keys written,
// idempotent reruns, feeds that independent parsers accept, conditional GETs, and faults.
import { createExecutionContext, createScheduledController, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Digest } from '../../src/digest/digest-schema';
import { KEYS } from '../../src/digest/store';
import worker from '../../src/index';

const BASE = 'http://briefs.test';
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);

async function fireCron(isoTime: string): Promise<void> {
  const controller = createScheduledController({ scheduledTime: new Date(isoTime), cron: '0 6 * * *' });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

async function snapshot(): Promise<Record<string, string | null>> {
  const keys = (await env.DIGESTS.list({ prefix: 'digest/' })).keys.map((k) => k.name).sort();
  return Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await env.DIGESTS.get(k)] as const)));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the scheduled handler', () => {
  beforeAll(async () => {
    await fireCron('2026-11-27T06:00:00Z');
  });

  it('writes the day record, the change log, the index and the latest pointer', async () => {
    const keys = Object.keys(await snapshot());
    expect(keys).toEqual([KEYS.changes, KEYS.day('2026-11-27'), KEYS.index, KEYS.latest].sort());
    const day = JSON.parse((await env.DIGESTS.get(KEYS.day('2026-11-27'))) as string) as Digest;
    expect(day.date).toBe('2026-11-27');
    expect(day.computedAt).toBe('2026-11-27T06:00:00.000Z');
    expect(day.entries).toHaveLength(6);
    expect(JSON.parse((await env.DIGESTS.get(KEYS.latest)) as string).date).toBe('2026-11-27');
  });

  it('is idempotent: firing again for the same day writes the same values', async () => {
    const first = await snapshot();
    await fireCron('2026-11-27T09:30:00Z');
    expect(await snapshot()).toEqual(first);
  });

  it('adds the next day, reporting that nothing changed, and moves the pointer', async () => {
    await fireCron('2026-11-28T06:00:00Z');
    const res = await get('/v1/digest');
    const digest = (await res.json()) as Digest;
    expect(digest).toMatchObject({ date: '2026-11-28', previousDate: '2026-11-27' });
    expect(digest.entries.every((e) => !e.changed && e.trend === 'unchanged')).toBe(true);
    const index = (await (await get('/v1/digests')).json()) as { latest: string; dates: { date: string }[] };
    expect(index.latest).toBe('2026-11-28');
    expect(index.dates.map((d) => d.date)).toEqual(['2026-11-28', '2026-11-27']);
    const past = (await (await get('/v1/digest/2026-11-27')).json()) as Digest;
    expect(past.date).toBe('2026-11-27');
  });
});

describe('serving', () => {
  it('answers 404 for a day with no digest, and 400 for an impossible one', async () => {
    expect((await get('/v1/digest/2020-01-01')).status).toBe(404);
    expect((await get('/v1/digest/2021-02-30')).status).toBe(400);
  });

  it('has ETag and Last-Modified, and answers If-None-Match and If-Modified-Since with 304', async () => {
    for (const path of ['/v1/digest', '/feeds/digest.atom', '/feeds/digest.json', '/v1/digests']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
      const etag = res.headers.get('ETag') as string;
      expect(etag, path).toMatch(/^"/);
      expect((await get(path, { headers: { 'If-None-Match': etag } })).status, path).toBe(304);
      const modified = res.headers.get('Last-Modified');
      if (path !== '/v1/digests') {
        expect(modified, path).toMatch(/GMT$/);
        expect((await get(path, { headers: { 'If-Modified-Since': modified as string } })).status, path).toBe(304);
        const earlier = new Date(Date.parse(modified as string) - 60_000).toUTCString();
        expect((await get(path, { headers: { 'If-Modified-Since': earlier } })).status, path).toBe(200);
      }
    }
  });

  it('keeps the latest digest fresh until the next run, at the edge too', async () => {
    const res = await get('/feeds/digest.atom');
    const match = /max-age=(\d+), s-maxage=(\d+)/.exec(res.headers.get('Cache-Control') ?? '');
    const seconds = Number(match?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(60);
    expect(seconds).toBeLessThanOrEqual(86_400);
    expect(match?.[2]).toBe(match?.[1]);
  });
});

describe('the feeds', () => {
  it('parse as Atom and JSON Feed with an independent parser, one item per scenario change', async () => {
    const atom = parseAtomFeed(await (await get('/feeds/digest.atom')).text());
    const json = parseJsonFeed(await (await get('/feeds/digest.json')).json());
    // The first digest assessed each of the six scenarios; the later ones changed nothing.
    expect(atom.entries).toHaveLength(6);
    expect(json.items).toHaveLength(6);
    for (const entry of atom.entries ?? []) {
      expect(entry.id).toMatch(/^http:\/\/briefs\.test\/briefs\/[a-z-]+\?asOf=2026-11-27$/);
      expect(entry.updated).toBe('2026-11-27T06:00:00.000Z');
      expect(entry.links?.[0]?.href).toBe(entry.id);
      expect((entry.title as unknown as { value: string }).value).toMatch(
        / ● (likely|very likely|unlikely|very unlikely|roughly even chance|almost certain|almost no chance) \(\d+%\), 2026-11-27$/,
      );
    }
    expect(json.items?.map((i) => i.id).sort()).toEqual(atom.entries?.map((e) => e.id).sort());
    expect(atom.id).toBe('http://briefs.test/feeds/digest.atom');
  });

  it('are discoverable from the HTML pages', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/digest.atom"');
    expect(html).toContain('<link rel="alternate" type="application/feed+json" href="/feeds/digest.json"');
  });
});

describe('faults', () => {
  it('a KV put that throws leaves the previous digest served, and is logged with its step', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const before = await snapshot();
    vi.spyOn(env.DIGESTS, 'put').mockRejectedValue(new Error('KV unavailable'));
    await fireCron('2026-11-29T06:00:00Z');
    vi.mocked(env.DIGESTS.put).mockRestore();
    expect(await snapshot()).toEqual(before);
    const logged = errors.mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(logged).toContainEqual(
      expect.objectContaining({ event: 'digest-failure', step: 'write-day', date: '2026-11-29' }),
    );
    expect(((await (await get('/v1/digest')).json()) as Digest).date).toBe('2026-11-28');
  });

  it('a corrupt stored digest is detected, logged, recomputed and never served raw', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await env.DIGESTS.put(KEYS.day('2026-11-28'), '{"date": "2026-11-28", "entries": [truncated');
    const res = await get('/v1/digest');
    expect(res.status).toBe(200);
    const digest = (await res.json()) as Digest;
    expect(digest.date).toBe('2026-11-28');
    expect(digest.entries).toHaveLength(6);
    expect(errors.mock.calls.some(([line]) => String(line).includes('"event":"digest-corrupt"'))).toBe(true);
    // It was rewritten whole.
    expect(JSON.parse((await env.DIGESTS.get(KEYS.day('2026-11-28'))) as string).entries).toHaveLength(6);
  });

  it('a record that parses but was altered is caught by its hash', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const stored = JSON.parse((await env.DIGESTS.get(KEYS.day('2026-11-28'))) as string) as Digest;
    const altered = { ...stored, entries: stored.entries.map((e) => ({ ...e, probability: 0.5 })) };
    await env.DIGESTS.put(KEYS.day('2026-11-28'), JSON.stringify(altered));
    const digest = (await (await get('/v1/digest')).json()) as Digest;
    expect(digest.entries.every((e) => e.probability !== 0.5)).toBe(true);
  });
});
