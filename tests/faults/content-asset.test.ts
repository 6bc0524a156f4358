// The checked content is a Static Asset the worker reads once per isolate (content-asset.ts), not
// part of its bundle. A store that fails, hangs or answers without the file is a 503 with
// Retry-After, logged, never a 500; nothing is kept, so the next request reads again, and once
// read the content is never read again by that isolate.
import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { CONTENT_ASSET_PATH, contentLoader } from '../../src/catalog/content-asset';
import { createApp } from '../../src/http/app';
import { logged } from './logs';

const BASE = 'http://briefs.test';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A stand-in for the ASSETS binding that answers with `answer`, counting the reads. */
function reader(answer: () => Promise<Response>) {
  const reads: string[] = [];
  return {
    reads,
    fetch: (url: string) => {
      reads.push(new URL(url).pathname);
      return answer();
    },
  };
}

const content = async () => new Response(await (await env.ASSETS.fetch(`${BASE}${CONTENT_ASSET_PATH}`)).text());

describe('the content read from Static Assets', () => {
  it('is the deployed assets/content.json, and compiles to the catalog the build checked', async () => {
    const assets = reader(content);
    const loaded = await contentLoader()(assets, 1000);
    expect(assets.reads).toEqual([CONTENT_ASSET_PATH]);
    expect(loaded.version).toEqual(catalog.version);
    expect([...loaded.scenarios.keys()]).toEqual([...catalog.scenarios.keys()]);
    expect([...loaded.sets.keys()]).toEqual([...catalog.sets.keys()]);
    expect(loaded.facts).toEqual(catalog.facts);
    for (const id of catalog.scenarios.keys()) expect(loaded.current.brief(id)).toEqual(catalog.current.brief(id));
  });

  it('is read once, then kept', async () => {
    const assets = reader(content);
    const load = contentLoader();
    const first = await load(assets, 1000);
    expect(await load(assets, 1000)).toBe(first);
    expect(assets.reads).toHaveLength(1);
  });

  it.each([
    ['throws', () => Promise.reject(new Error('assets store down')), /assets store down/],
    ['hangs', () => new Promise<never>(() => {}), /did not answer within 50 ms/],
    ['has no such file', async () => new Response('missing', { status: 404 }), /answered 404/],
  ] as const)('rejects when the store %s, and reads again on the next call', async (_, fault, message) => {
    let failing = true;
    const assets = reader(() => (failing ? fault() : content()));
    const load = contentLoader();
    await expect(load(assets, 50)).rejects.toThrow(message);
    failing = false;
    expect((await load(assets, 50)).version).toEqual(catalog.version);
    expect(assets.reads).toHaveLength(2);
  });
});

describe('a request when the content cannot be read', () => {
  it('is a 503 with Retry-After, logged; the next request is served', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let failing = true;
    const load = contentLoader();
    const app = createApp(() =>
      load(
        reader(() => (failing ? Promise.reject(new Error('assets store down')) : content())),
        1000,
      ),
    );
    const res = await app.fetch(new Request(`${BASE}/v1/scenarios`), env);
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('30');
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    expect(((await res.json()) as { type: string }).type).toBe('/problems/unavailable');
    expect(logged(errors, 'content-asset-failure')).toEqual([
      expect.objectContaining({ error: expect.stringContaining('assets store down') }),
    ]);
    failing = false;
    const recovered = await app.fetch(new Request(`${BASE}/v1/scenarios`), env);
    expect(recovered.status).toBe(200);
  });
});
