// The files the worker serves from Static Assets (assets/, written by `npm run contract`): each is
// what the code generates today, and is served as it was when the worker generated it itself:
// its type, a strong ETag of its bytes, the reference lifetime, CORS, 304 and HEAD.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { CONTENT_ASSET_PATH } from '../../src/catalog/content-asset';
import { CACHE_POLICIES } from '../../src/http/cache/cache-policy';
import { strongEtagOfText } from '../../src/http/cache/etag';
import { staticFiles } from '../../src/http/contract/static-files';
import { STATIC_ASSETS, STATIC_PATHS } from '../../src/http/static-assets';

const BASE = 'http://briefs.test';
const FILES = staticFiles();

describe('generated static files', () => {
  it('are generated for exactly the paths the worker serves from assets', () => {
    expect(FILES.map((f) => f.path).sort()).toEqual([...STATIC_PATHS].sort());
  });

  it.each(FILES.map((f) => [f.file, f] as const))('assets%s is up to date with the code', async (file, { text }) => {
    const deployed = await (await env.ASSETS.fetch(`${BASE}${file}`)).text();
    expect(
      deployed === text,
      `assets${file} is out of date with the code that generates it: run \`npm run contract\``,
    ).toBe(true);
  });
});

describe.each(FILES.map((f) => [f.path, f] as const))('%s', (path, { text }) => {
  it('is served with its type, a strong ETag of its bytes, the reference lifetime and CORS', async () => {
    const res = await SELF.fetch(`${BASE}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(STATIC_ASSETS[path].type);
    expect(res.headers.get('ETag')).toBe(strongEtagOfText(text));
    expect(res.headers.get('Cache-Control')).toBe(CACHE_POLICIES.reference);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await res.text()).toBe(text);
  });

  it('answers If-None-Match with 304 and HEAD without a body', async () => {
    const etag = strongEtagOfText(text);
    const notModified = await SELF.fetch(`${BASE}${path}`, { headers: { 'If-None-Match': `W/${etag}` } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    const head = await SELF.fetch(`${BASE}${path}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(etag);
    expect(await head.text()).toBe('');
  });

  it('answers other methods with 405 and Allow', async () => {
    const post = await SELF.fetch(`${BASE}${path}`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('the checked content among the assets', () => {
  it('is read by the worker, never served as it is: its path is a 404 problem', async () => {
    // It is there: the worker reads it through the binding (catalog/content-asset.ts).
    expect((await env.ASSETS.fetch(`${BASE}${CONTENT_ASSET_PATH}`)).status).toBe(200);
    const res = await SELF.fetch(`${BASE}${CONTENT_ASSET_PATH}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    expect(await res.text()).not.toContain('"latestDate"');
  });
});
