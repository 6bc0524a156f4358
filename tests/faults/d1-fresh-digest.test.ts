// A fresh deploy whose first digest request finds the observations database down: the digest
// must not be committed from the article alone (found by review: it was, and stayed). It is
// served computed on the spot, never stored or cached, and committed once D1 answers.
// (Storage is isolated per test file, so this file starts with no digest stored.)
import { env, SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYS } from '../../src/digest/store';
import { logged } from './logs';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the first digest request while D1 is down', () => {
  it('serves an uncommitted digest with no-store, stores nothing, and commits once D1 is back', async () => {
    expect(await env.DIGESTS.get(KEYS.latest)).toBeNull();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'match').mockResolvedValue(undefined);
    const prepare = vi.spyOn(env.DB, 'prepare').mockImplementation(() => {
      throw new Error('D1_ERROR: database unavailable');
    });
    const res = await SELF.fetch('http://briefs.test/v1/digest');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await env.DIGESTS.get(KEYS.latest)).toBeNull();
    expect(logged(errors, 'observations-unavailable').length).toBeGreaterThan(0);

    prepare.mockRestore();
    const back = await SELF.fetch('http://briefs.test/v1/digest');
    expect(back.status).toBe(200);
    expect(await env.DIGESTS.get(KEYS.latest)).not.toBeNull();
  });
});
