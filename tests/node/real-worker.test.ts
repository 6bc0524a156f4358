// Starts the real worker with wrangler's dev server on workerd, as `npm run dev` does. The
// vitest pool is more lenient than production workerd (it accepts non-handler exports from the
// main module and allows eval), so this is the check that the worker as deployed starts and answers.

import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { STATIC_ASSETS, STATIC_PATHS } from '../../src/http/static-assets';

const base = inject('workerBase');
const get = (path: string, init?: RequestInit) => fetch(new URL(path, base), init);

describe('the real worker under wrangler dev', () => {
  it('serves a brief whose citations are verbatim', async () => {
    const res = await get('/v1/briefs/csto-non-response');
    expect(res.status).toBe(200);
    const brief = (await res.json()) as { scenario: { id: string }; citations: { quote: string }[] };
    expect(brief.scenario.id).toBe('csto-non-response');
    expect(brief.citations.length).toBeGreaterThan(5);
  });

  it('caches a brief at the edge: miss, then hit with the same ETag, then 304 for that ETag', async () => {
    const url = '/v1/briefs/taliban-border-advance?asOf=2021-07-08';
    const first = await get(url);
    expect(first.headers.get('Cache-Status')).toBe('scenario-briefs; fwd=uri-miss; stored');
    const etag = first.headers.get('ETag');
    await first.text();
    let second = await get(url);
    for (let i = 0; i < 20 && second.headers.get('Cache-Status') !== 'scenario-briefs; hit'; i++) {
      await second.text();
      await new Promise((r) => setTimeout(r, 25));
      second = await get(url);
    }
    expect(second.headers.get('Cache-Status')).toBe('scenario-briefs; hit');
    expect(second.headers.get('ETag')).toBe(etag);
    await second.text();
    const notModified = await get(url, { headers: { 'If-None-Match': etag ?? '' } });
    expect(notModified.status).toBe(304);
  });

  it('serves the other routes and problems', async () => {
    for (const path of [
      '/',
      '/v1/scenarios',
      '/v1/facts',
      '/v1/sources',
      '/v1/schemas/scenario.json',
      '/openapi.json',
      '/docs',
    ]) {
      expect((await get(path)).status, path).toBe(200);
    }
    const bad = await get('/v1/briefs/csto-non-response?asOf=2021-02-30');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('serves the files generated at build time from its Static Assets, byte for byte', async () => {
    for (const path of STATIC_PATHS) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type'), path).toBe(STATIC_ASSETS[path].type);
      expect(res.headers.get('Cache-Status'), path).toMatch(/^scenario-briefs; /);
      expect(await res.text(), path).toBe(readFileSync(`assets${STATIC_ASSETS[path].file}`, 'utf8'));
    }
    // Every request runs the worker first: a file name that is not a route is not served.
    const direct = await get('/docs.html');
    expect(direct.status).toBe(404);
    expect(direct.headers.get('Content-Type')).toBe('application/problem+json');
  });
});
