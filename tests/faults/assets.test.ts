// Static Assets faults: the store behind the contract, docs, schemas, scripts and stylesheet
// throws or hangs. The request gets a 503 with Retry-After, logged with the file, never a 500 and
// never a wait past the read budget; nothing is cached or kept, so the next request recovers.
import { env, SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_READ_TIMEOUT_MS } from '../../src/lib/timeout';
import { logged } from './logs';

const BASE = 'http://briefs.test';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a Static Assets store that fails', () => {
  // One file per case: once read, a file is kept by the isolate and the edge cache.
  it.each([
    ['throws', '/static/embed-height.js', 'postMessage', () => Promise.reject(new Error('assets store down'))],
    ['hangs', '/static/site.css', 'color-scheme', () => new Promise<never>(() => {})],
  ] as const)(
    'when it %s: 503 with Retry-After, logged; the next request is served',
    async (_, path, content, fault) => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const fetch = vi.spyOn(env.ASSETS, 'fetch').mockImplementation(fault);
      const started = Date.now();
      const res = await SELF.fetch(`${BASE}${path}`);
      expect(res.status).toBe(503);
      expect(res.headers.get('Retry-After')).toBe('30');
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
      expect(((await res.json()) as { type: string }).type).toBe('/problems/unavailable');
      expect(Date.now() - started).toBeLessThan(STORAGE_READ_TIMEOUT_MS + 2000);
      expect(logged(errors, 'static-asset-failure')).toEqual([expect.objectContaining({ file: path })]);
      fetch.mockRestore();
      const recovered = await SELF.fetch(`${BASE}${path}`);
      expect(recovered.status).toBe(200);
      expect(await recovered.text()).toContain(content);
    },
  );
});
