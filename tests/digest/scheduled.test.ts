// The Cron Trigger and the digest routes inside workerd, with the real KV binding: keys written,
// idempotent reruns, feeds that independent parsers accept, conditional GETs, and faults.
import { env, SELF } from 'cloudflare:test';
import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import type { Digest } from '../../src/digest/digest-schema';
import { KEYS } from '../../src/digest/store';
import { formatDay } from '../../src/facts/format';
import { fireCron } from './fire-cron';

const BASE = 'http://briefs.test';
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);
/** A digest has an entry per scenario. */
const SCENARIOS = catalog.scenarios.size;
const SETS = catalog.sets.size;

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
    expect(keys).toHaveLength(4);
    expect(keys).toEqual(expect.arrayContaining([KEYS.day('2026-11-27'), KEYS.index, KEYS.latest]));
    const pointer = JSON.parse((await env.DIGESTS.get(KEYS.latest)) as string);
    expect(keys).toContain(KEYS.changes(pointer.changesHash));
    const day = JSON.parse((await env.DIGESTS.get(KEYS.day('2026-11-27'))) as string) as Digest;
    expect(day.date).toBe('2026-11-27');
    expect(day.computedAt).toBe('2026-11-27T06:00:00.000Z');
    expect(day.entries).toHaveLength(SCENARIOS);
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
      {
        expect(modified, path).toMatch(/GMT$/);
        expect((await get(path, { headers: { 'If-Modified-Since': modified as string } })).status, path).toBe(304);
        const earlier = new Date(Date.parse(modified as string) - 60_000).toUTCString();
        expect((await get(path, { headers: { 'If-Modified-Since': earlier } })).status, path).toBe(200);
        // Not an HTTP date: ignored, as RFC 9110 §13.1.3 requires.
        expect((await get(path, { headers: { 'If-Modified-Since': '9999' } })).status, path).toBe(200);
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
  it('parse as Atom and JSON Feed with an independent parser, one item per scenario or set change', async () => {
    const atom = parseAtomFeed(await (await get('/feeds/digest.atom')).text());
    const json = parseJsonFeed(await (await get('/feeds/digest.json')).json());
    // The first digest assessed each scenario and each set; the later ones changed nothing.
    expect(atom.entries).toHaveLength(SCENARIOS + SETS);
    expect(json.items).toHaveLength(SCENARIOS + SETS);
    const isSet = (href: string) => href.startsWith('http://briefs.test/sets/');
    const sets = (atom.entries ?? []).filter((e) => isSet(e.links?.[0]?.href ?? ''));
    expect(sets.map((e) => e.links?.[0]?.href)).toEqual(
      [...catalog.sets.keys()].map((id) => `http://briefs.test/sets/${id}?asOf=2026-11-27`),
    );
    const day = catalog.on('2026-11-27');
    let noRecord = 0;
    for (const entry of (atom.entries ?? []).filter((e) => !isSet(e.links?.[0]?.href ?? ''))) {
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(entry.updated).toBe('2026-11-27T06:00:00.000Z');
      const href = entry.links?.[0]?.href ?? '';
      expect(href).toMatch(/^http:\/\/briefs\.test\/briefs\/[a-z][a-z0-9-]*\?asOf=2026-11-27$/);
      const resolution = day.brief(new URL(href).pathname.slice('/briefs/'.length))?.resolution;
      const title = (entry.title as unknown as { value: string }).value;
      if (resolution?.basis === 'no-record') {
        // Closed for want of any record (every seed question, at its horizon in 2021-2022): the
        // title says how and when, with no probability.
        noRecord += 1;
        expect(title).toMatch(/: resolved (yes|no) on \d{1,2} [A-Z][a-z]+ \d{4}, for want of any record \(digest/);
        expect(title).toContain(
          `: resolved ${resolution.status} on ${formatDay(resolution.date ?? '')}, for want of any record (digest of 27 November 2026)`,
        );
      } else if (resolution?.status === 'open') {
        expect(title).toMatch(/ \(\d+%\) \(digest of 27 November 2026\)$/);
      } else {
        expect(title).toMatch(/: (resolved (yes|no) on|not resolved)[^%]* \(digest of 27 November 2026\)$/);
      }
    }
    expect(noRecord).toBeGreaterThan(0);
    expect(json.items?.map((i) => i.id).sort()).toEqual(atom.entries?.map((e) => e.id).sort());
    expect(atom.id).toMatch(/^urn:uuid:/);
    // The same ids from another host: readers never see a change twice.
    const other = parseAtomFeed(await (await SELF.fetch('http://other-host.test/feeds/digest.atom')).text());
    expect(other.entries?.map((e) => e.id)).toEqual(atom.entries?.map((e) => e.id));
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
    // The run fails, and says so to the Cron Trigger.
    await expect(fireCron('2026-11-29T06:00:00Z')).rejects.toThrow(/write-day failed/);
    vi.mocked(env.DIGESTS.put).mockRestore();
    expect(await snapshot()).toEqual(before);
    const logged = errors.mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(logged).toContainEqual(
      expect.objectContaining({ event: 'digest-failure', step: 'write-day', date: '2026-11-29' }),
    );
    expect(((await (await get('/v1/digest')).json()) as Digest).date).toBe('2026-11-28');
  });

  it('a put that fails only on the pointer leaves the last good digest, index and feed served', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const feedBefore = await (await get('/feeds/digest.json')).text();
    const real = env.DIGESTS.put.bind(env.DIGESTS);
    vi.spyOn(env.DIGESTS, 'put').mockImplementation((key, value, options) =>
      key === KEYS.latest ? Promise.reject(new Error('pointer write refused')) : real(key, value, options),
    );
    await expect(fireCron('2026-11-30T06:00:00Z')).rejects.toThrow(/write-pointer failed/);
    vi.mocked(env.DIGESTS.put).mockRestore();
    expect(((await (await get('/v1/digest')).json()) as Digest).date).toBe('2026-11-28');
    const index = (await (await get('/v1/digests')).json()) as { latest: string; dates: { date: string }[] };
    expect(index.latest).toBe('2026-11-28');
    expect(index.dates.map((d) => d.date)).not.toContain('2026-11-30');
    expect(await (await get('/feeds/digest.json')).text()).toBe(feedBefore);
    expect((await get('/v1/digest/2026-11-30')).status).toBe(404);
  });

  it('a corrupt stored digest is detected, logged, recomputed against its own predecessor, never served raw', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await env.DIGESTS.put(KEYS.day('2026-11-28'), '{"date": "2026-11-28", "entries": [truncated');
    const res = await get('/v1/digest/2026-11-28');
    expect(res.status).toBe(200);
    const digest = (await res.json()) as Digest;
    expect(digest).toMatchObject({ date: '2026-11-28', previousDate: '2026-11-27' });
    expect(digest.entries).toHaveLength(SCENARIOS);
    expect(digest.entries.every((e) => e.trend === 'unchanged')).toBe(true);
    expect(errors.mock.calls.some(([line]) => String(line).includes('"event":"digest-corrupt"'))).toBe(true);
    // It was rewritten whole.
    expect(JSON.parse((await env.DIGESTS.get(KEYS.day('2026-11-28'))) as string).entries).toHaveLength(SCENARIOS);
  });

  it('a latest record that parses but was altered is caught by the pointer’s hash', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'match').mockResolvedValue(undefined);
    const stored = JSON.parse((await env.DIGESTS.get(KEYS.day('2026-11-28'))) as string) as Digest;
    const altered = { ...stored, entries: stored.entries.map((e) => ({ ...e, probability: 0.5 })) };
    await env.DIGESTS.put(KEYS.day('2026-11-28'), JSON.stringify(altered));
    const digest = (await (await get('/v1/digest')).json()) as Digest;
    expect(digest.entries.every((e) => e.probability !== 0.5)).toBe(true);
    expect(errors.mock.calls.some(([line]) => String(line).includes('is not the pointer'))).toBe(true);
  });

  it('a corrupt index never lets a request create a digest for a date that has none', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await env.DIGESTS.put(KEYS.index, 'garbage');
    expect((await get('/v1/digest/9999-12-31')).status).toBe(404);
    expect((await get('/v1/digest/2026-11-27')).status).toBe(200);
    expect(await env.DIGESTS.get(KEYS.day('9999-12-31'))).toBeNull();
    expect(((await (await get('/v1/digest')).json()) as Digest).date).toBe('2026-11-28');
  });

  it('a lost change log is rebuilt from the day records, not emptied', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'match').mockResolvedValue(undefined);
    const pointer = JSON.parse((await env.DIGESTS.get(KEYS.latest)) as string);
    await env.DIGESTS.put(KEYS.changes(pointer.changesHash), '{"events": 1}');
    const feed = parseJsonFeed(await (await get('/feeds/digest.json')).json());
    expect(feed.items).toHaveLength(SCENARIOS + SETS);
  });
});
