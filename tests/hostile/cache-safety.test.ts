// Cache poisoning and cache hygiene, route by route from the contract: inputs that are not part
// of the key (proxy headers, Host, Accept-Language, cookies, utm_* and other unknown parameters)
// never reach what is stored for others, and a request that fails never touches the cache.
import { SELF } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireCron } from '../digest/fire-cron';
import { untilHit } from '../edge-cache-helpers';
import { MARKER } from './response-checks';
import { BASE, ROUTES } from './routes';

/** Every header a proxy or a client could use to steer what a page says about itself. */
const UNKEYED_HEADERS = {
  'X-Forwarded-Host': 'evil-forwarded-host.example',
  'X-Forwarded-Proto': 'gopher',
  'X-Forwarded-Port': '6666',
  Forwarded: 'host=evil-forwarded.example;proto=http',
  'X-Host': 'evil-x-host.example',
  'X-Original-URL': '/evil-original-url',
  'X-Rewrite-URL': '/evil-rewrite-url',
  Host: 'evil-host-header.example',
  'Accept-Language': 'xx-EVIL',
  Cookie: `session=evil-cookie; x=${MARKER}`,
  Origin: 'https://evil-origin.example',
  Referer: 'https://evil-referer.example/',
  'User-Agent': 'evil-agent',
  'X-HTTP-Method-Override': 'DELETE',
};
const UNKEYED_PARAMS = `utm_source=evil-utm&utm_campaign=${encodeURIComponent(MARKER)}&fbclid=evil-fbclid&_v=evil-version`;

/** GET routes our edge caches, each with a request that succeeds. */
const CACHED = ROUTES.filter((r) => r.method === 'GET' && r.contract.cache !== 'no-store');

const withParams = (path: string, params: string) => `${path}${path.includes('?') ? '&' : '?'}${params}`;

function expectClean(where: string, res: Response, body: string): void {
  const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  for (const text of [body, headers]) {
    expect(text.toLowerCase(), where).not.toContain('evil');
    expect(text, where).not.toContain(MARKER);
  }
}

beforeAll(async () => {
  // A digest for the date the digest route's sample asks for.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await fireCron('2021-07-09T06:00:00Z');
  vi.restoreAllMocks();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('unkeyed inputs never reach a stored entry', () => {
  it.each(CACHED.map((r) => [r.sample, r] as const))('%s', async (sample) => {
    // The hostile request computes the entry and stores it ...
    const primed = await SELF.fetch(`${BASE}${withParams(sample, UNKEYED_PARAMS)}`, { headers: UNKEYED_HEADERS });
    expect(primed.status, sample).toBe(200);
    expect(primed.headers.get('Cache-Status'), sample).toBe('scenario-briefs; fwd=uri-miss; stored');
    expectClean(`${sample} (primed)`, primed, await primed.text());
    // ... and, with no other request allowed to store, a clean request must hit that very entry.
    vi.spyOn(caches.default, 'put').mockResolvedValue(undefined);
    const hit = await untilHit(sample);
    expect(hit.headers.get('Cache-Status'), sample).toBe('scenario-briefs; hit');
    const body = await hit.text();
    expectClean(`${sample} (hit)`, hit, body);
    // What was stored is what a clean request computes.
    vi.spyOn(caches.default, 'match').mockResolvedValue(undefined);
    const fresh = await SELF.fetch(`${BASE}${sample}`);
    expect(await fresh.text(), sample).toBe(body);
  });

  it('another Host gets its own entry, and never writes into ours', async () => {
    const path = '/oembed?url=http%3A%2F%2Fevil-host.example%2Fbriefs%2Fcsto-non-response&maxwidth=300';
    const other = await SELF.fetch(`http://evil-host.example${path}`);
    expect(other.status).toBe(200);
    expect(await other.text()).toContain('evil-host.example');
    const ours = await SELF.fetch(
      `${BASE}/oembed?url=${encodeURIComponent(`${BASE}/briefs/csto-non-response`)}&maxwidth=300`,
    );
    expect(ours.status).toBe(200);
    expectClean('our oEmbed after another host’s', ours, await ours.text());
  });
});

describe('a request that fails never touches the cache', () => {
  /** For every route, a request that fails validation or names nothing, and some app-wide ones. */
  const FAILING = [
    ...ROUTES.filter((r) => r.method === 'GET').flatMap((r) => [
      ...(r.queryParams.includes('asOf') ? [`${r.path()}?asOf=2021-02-30`] : []),
      ...r.pathParams.map((p) => r.path({ [p]: 'no-such-thing' })),
    ]),
    '/v1/briefs/csto-non-response?assume.tj.reservists_mobilized=NaN',
    '/oembed?url=javascript:alert(1)',
    '/oembed',
    '/nowhere',
    `/v1/scenarios?pad=${'x'.repeat(20_000)}`,
  ];

  it.each(FAILING)('%s', async (path) => {
    const match = vi.spyOn(caches.default, 'match');
    const put = vi.spyOn(caches.default, 'put');
    const res = await SELF.fetch(`${BASE}${path}`);
    expect(res.status, path).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 20));
    expect(put).not.toHaveBeenCalled();
    expect(match).not.toHaveBeenCalled();
  });

  it('(the spies see a request that succeeds)', async () => {
    const put = vi.spyOn(caches.default, 'put');
    const res = await SELF.fetch(`${BASE}/v1/briefs/csto-non-response?asOf=2021-05-05`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1));
  });
});
