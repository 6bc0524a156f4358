// The checked content is a Static Asset the worker reads once per isolate (content-asset.ts), not
// part of its bundle. A store that throws or hangs is a 503 with Retry-After, logged; a missing
// file is a broken deploy, a 500. Nothing is kept, so the next request reads again, and once read
// the content is never read again by that isolate. Routes whose answer depends on the code alone
// (the generated files, the problem types), 404s and 405s read no content, and answer through it.
import { createExecutionContext, env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { CONTENT_ASSET_PATH, ContentUnavailable, contentLoader } from '../../src/catalog/content-asset';
import { createApp } from '../../src/http/app';
import { ROUTE_CONTRACTS } from '../../src/http/contract/routes';
import { STATIC_PATHS } from '../../src/http/static-assets';
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
    ['throws', () => Promise.reject(new Error('assets store down')), /assets store down/, true],
    ['hangs', () => new Promise<never>(() => {}), /did not answer within 50 ms/, true],
    ['has no such file', async () => new Response('missing', { status: 404 }), /answered 404/, false],
  ] as const)('rejects when the store %s, and reads again on the next call', async (_, fault, message, retry) => {
    let failing = true;
    const assets = reader(() => (failing ? fault() : content()));
    const load = contentLoader();
    const error = await load(assets, 50).catch((e: unknown) => e);
    expect(String(error)).toMatch(message);
    // Only a store that failed is worth a retry; a missing file is a broken deploy.
    expect(error instanceof ContentUnavailable).toBe(retry);
    failing = false;
    expect((await load(assets, 50)).version).toEqual(catalog.version);
    expect(assets.reads).toHaveLength(2);
  });

  it('rejects content that does not parse, as a broken deploy', async () => {
    const error = await contentLoader()(
      reader(async () => new Response('{"version":')),
      1000,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyntaxError);
  });
});

describe('a request when the content cannot be read', () => {
  it('is a 503 with Retry-After when the store fails, logged; the next request is served', async () => {
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

  it('is a 500 when the deploy has no content file, logged as the fault it is', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = contentLoader();
    const app = createApp(() =>
      load(
        reader(async () => new Response('missing', { status: 404 })),
        1000,
      ),
    );
    const res = await app.fetch(new Request(`${BASE}/v1/scenarios`), env);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { type: string }).type).toBe('/problems/internal-error');
    expect(logged(errors, 'content-asset-failure')).toEqual([]);
    expect(logged(errors, 'unhandled-error')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('answered 404') }),
    ]);
  });

  it('does not hold up what depends on the code alone, nor 404s and 405s', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const assets = reader(() => Promise.reject(new Error('assets store down')));
    const load = contentLoader();
    const app = createApp(() => load(assets, 1000));
    const codeOnly = ROUTE_CONTRACTS.filter((r) => 'codeOnly' in r && r.codeOnly).map((r) => r.path);
    // The generated files and the problem types, exactly.
    expect([...codeOnly].sort()).toEqual([...STATIC_PATHS, '/problems/{type}'].sort());
    for (const path of [...STATIC_PATHS, '/problems/not-found']) {
      const res = await app.fetch(new Request(`${BASE}${path}`), env, createExecutionContext());
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
    }
    expect((await app.fetch(new Request(`${BASE}/nowhere`), env)).status).toBe(404);
    expect((await app.fetch(new Request(`${BASE}/v1/facts`, { method: 'PATCH' }), env)).status).toBe(405);
    expect((await app.fetch(new Request(`${BASE}/widget.js`, { method: 'POST' }), env)).status).toBe(405);
    expect(assets.reads).toEqual([]);
    // A route that reads the content still needs it.
    expect((await app.fetch(new Request(`${BASE}/v1/facts`), env)).status).toBe(503);
    expect(assets.reads).toEqual([CONTENT_ASSET_PATH]);
  });
});
