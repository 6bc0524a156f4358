// The staleness bound with the default settings: a view of the observations is reused for 30 s,
// and read again after.
import { env } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { DEFAULT_TTL_SECONDS, invalidateLiveCatalog, liveCatalog } from '../../src/observations/live-catalog';

describe('the live catalog', () => {
  it('re-reads observations only after the default bound', async () => {
    invalidateLiveCatalog();
    const settings = { ...env, OBSERVATIONS_TTL_SECONDS: undefined };
    const prepare = vi.spyOn(env.DB, 'prepare');
    const t0 = 1_000_000;
    await liveCatalog(catalog, settings, { now: t0 });
    const reads = prepare.mock.calls.length;
    await liveCatalog(catalog, settings, { now: t0 + (DEFAULT_TTL_SECONDS - 1) * 1000 });
    expect(prepare.mock.calls.length).toBe(reads);
    await liveCatalog(catalog, settings, { now: t0 + (DEFAULT_TTL_SECONDS + 1) * 1000 });
    expect(prepare.mock.calls.length).toBeGreaterThan(reads);
    expect(DEFAULT_TTL_SECONDS).toBe(30);
    prepare.mockRestore();
  });

  it('answers without observations when D1 fails, unless asked to be strict', async () => {
    invalidateLiveCatalog();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...env,
      DB: {
        prepare: () => {
          throw new Error('D1 down');
        },
      } as unknown as D1Database,
    };
    expect(await liveCatalog(catalog, broken)).toBe(catalog);
    await expect(liveCatalog(catalog, broken, { strict: true })).rejects.toThrow('D1 down');
    vi.restoreAllMocks();
  });
});
