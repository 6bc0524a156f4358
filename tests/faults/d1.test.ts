// D1 faults, injected under the running worker: a database that throws or hangs. Briefs go on
// from the last view of the observations; reads and writes of the observations answer 503 with
// Retry-After (never 500), log the failure with its step, store nothing, and work again once the
// database is back.
import { env, SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Brief } from '../../src/brief/brief-schema';
import { STORAGE_READ_TIMEOUT_MS, STORAGE_WRITE_TIMEOUT_MS } from '../../src/lib/timeout';
import { AGREED, postObservation, TEST_ADMIN_TOKEN } from '../observation-fixtures';
import { logged } from './logs';

const BASE = 'http://briefs.test';
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);
/** The test binding's re-read bound is 1 s (vitest.config.ts): wait it out. */
const pastTheBound = () => new Promise((r) => setTimeout(r, 1100));
// The CSTO agreeing (AGREED) moves the programme question; it settles the non-response one.
const OBSERVED = '/v1/briefs/target-program-stalls?asOf=2021-11-01';

/** Read outside the mocks: the real prepare is kept before any spy replaces it. */
const realPrepare = env.DB.prepare.bind(env.DB);
async function rows(): Promise<string> {
  const { results } = await realPrepare('SELECT id, retracted_at FROM observations ORDER BY id').all();
  return JSON.stringify(results);
}

const down = () => {
  throw new Error('D1_ERROR: database unavailable');
};
/** A statement whose every result never arrives. */
const hanging = () => {
  const never = () => new Promise(() => {});
  const statement = { bind: () => statement, all: never, first: never, run: never, raw: never };
  return statement as unknown as D1PreparedStatement;
};

async function probabilityOf(path: string): Promise<number> {
  const res = await get(path);
  expect(res.status).toBe(200);
  return ((await res.json()) as Brief).likelihood.probability;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('briefs while D1 is down', () => {
  it('are served from the last view of the observations, logged, and D1 is read again once back', async () => {
    const before = await probabilityOf(OBSERVED);
    expect((await postObservation(AGREED)).status).toBe(201);
    const observed = await probabilityOf(OBSERVED);
    expect(observed).toBeLessThan(before);

    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'match').mockResolvedValue(undefined);
    const prepare = vi.spyOn(env.DB, 'prepare').mockImplementation(down);
    await pastTheBound();
    expect(await probabilityOf(OBSERVED)).toBe(observed);
    expect(logged(errors, 'observations-unavailable')[0]?.error).toContain('database unavailable');

    prepare.mockRestore();
    const reads = vi.spyOn(env.DB, 'prepare');
    await pastTheBound();
    const failures = logged(errors, 'observations-unavailable').length;
    expect(await probabilityOf(OBSERVED)).toBe(observed);
    expect(reads).toHaveBeenCalled();
    expect(logged(errors, 'observations-unavailable')).toHaveLength(failures);
  });

  it('are not held up by a D1 that hangs: answered within the read budget, the timeout logged', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(caches.default, 'match').mockResolvedValue(undefined);
    vi.spyOn(env.DB, 'prepare').mockImplementation(hanging);
    await pastTheBound();
    const started = Date.now();
    const res = await get('/v1/briefs/csto-non-response?asOf=2021-11-02');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(STORAGE_READ_TIMEOUT_MS + 1500);
    expect(logged(errors, 'observations-unavailable')[0]?.error).toContain(`within ${STORAGE_READ_TIMEOUT_MS} ms`);
  });
});

describe('the observations API while D1 is down', () => {
  const later = { ...AGREED, date: '2021-10-15', source: { ...AGREED.source, url: 'https://news.example/d1-fault' } };

  async function expectUnavailable(res: Response): Promise<void> {
    expect(res.status).toBe(503);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toBe('30');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const problem = (await res.json()) as { type: string; detail: string };
    expect(problem.type).toBe('/problems/unavailable');
    expect(problem.detail).toMatch(/database/);
  }

  it('refuses a write with 503 and Retry-After, stores nothing, and takes it once D1 is back', async () => {
    const before = await rows();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const prepare = vi.spyOn(env.DB, 'prepare').mockImplementation(down);
    await expectUnavailable(await postObservation(later));
    expect(logged(errors, 'observations-store-failure')[0]).toMatchObject({ step: 'read' });
    prepare.mockRestore();
    expect(await rows()).toBe(before);
    expect((await postObservation(later)).status).toBe(201);
  });

  it('refuses a write whose insert hangs, after the write budget, with nothing visible', async () => {
    const before = await rows();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(env.DB, 'prepare').mockImplementation((sql: string) =>
      sql.startsWith('INSERT') ? hanging() : realPrepare(sql),
    );
    const started = Date.now();
    await expectUnavailable(await postObservation({ ...later, date: '2021-10-16' }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(STORAGE_WRITE_TIMEOUT_MS - 50);
    expect(logged(errors, 'observations-store-failure')[0]).toMatchObject({ step: 'insert' });
    vi.restoreAllMocks();
    expect(await rows()).toBe(before);
  }, 15_000);

  it('answers reads and retractions with 503, not 500, and retracts nothing', async () => {
    const before = await rows();
    const id = (JSON.parse(before) as { id: string }[])[0]?.id as string;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(env.DB, 'prepare').mockImplementation(down);
    await expectUnavailable(await get('/v1/observations'));
    await expectUnavailable(await get(`/v1/observations/${id}`));
    await expectUnavailable(
      await get(`/v1/observations/${id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      }),
    );
    vi.restoreAllMocks();
    expect(await rows()).toBe(before);
    expect((await get('/v1/observations')).status).toBe(200);
  });
});
