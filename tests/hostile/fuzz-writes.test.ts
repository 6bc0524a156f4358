// Property-based tests of the authenticated write API: hostile bodies (JSON or not, oversized),
// content types, tokens (wrong case, length, spacing, scheme) and methods. Every answer keeps the
// rules of response-checks.ts, and a refused request leaves the database as it was. (Its own
// file: storage is per file, so the counts see only these requests.)
import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_TOKEN } from '../observation-fixtures';
import { headerText, pathValue } from './arbitraries';
import { check, FUZZ_RUNS, FUZZ_SEED, logFigures, send } from './fuzz-support';
import { MARKER } from './response-checks';
import { allowedStatuses, BASE, ROUTES } from './routes';

const WRITES = new Map(
  ROUTES.filter((r) => r.contract.authenticated).map((r) => [`${r.method} ${r.contract.path}`, r]),
);

/** Rows, and retracted rows: a refused POST adds none, a refused DELETE retracts none. */
async function stored(): Promise<{ n: number; r: number }> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n, COUNT(retracted_at) AS r FROM observations').first<{
    n: number;
    r: number;
  }>();
  return row ?? { n: 0, r: 0 };
}

const authorization = fc.oneof(
  fc.constant(`Bearer ${TEST_ADMIN_TOKEN}`),
  fc.constantFrom(
    `Bearer ${TEST_ADMIN_TOKEN.toUpperCase()}`,
    `Bearer  ${TEST_ADMIN_TOKEN}`,
    `Bearer ${TEST_ADMIN_TOKEN}x`,
    `Bearer ${TEST_ADMIN_TOKEN.slice(0, -1)}`,
    TEST_ADMIN_TOKEN,
    'Bearer',
    `Basic ${btoa(`admin:${TEST_ADMIN_TOKEN}`)}`,
  ),
  headerText.map((s) => `Bearer ${s}`),
);

const body = fc.oneof(
  fc.json(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '{"factId": ',
    '[',
    '\ufeff{}',
    '{"__proto__": {"admin": true}}',
    `{"note": "${'x'.repeat(17_000)}"}`,
    '',
    `{"factId": "${MARKER}", "value": "${MARKER}"}`,
  ),
  fc
    .record({
      factId: fc.constantFrom('csto.response_to_request', 'no.such_fact', MARKER),
      value: fc.jsonValue(),
      date: fc.constantFrom('2021-10-20', '2021-02-30', '0000-01-01', MARKER),
    })
    .map((o) => JSON.stringify(o)),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/jsonx',
  '',
);

afterAll(() => logFigures('writes', FUZZ_RUNS.writes));

describe('the write API, with hostile bodies, types and tokens', () => {
  it(`answers within the contract and never stores what it refuses (${FUZZ_RUNS.writes} runs)`, {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WRITES.keys()),
        fc.constantFrom('POST', 'DELETE', 'PUT', 'PATCH'),
        pathValue('no-such-observation'),
        authorization,
        contentType,
        body,
        async (name, method, id, auth, type, payload) => {
          const route = WRITES.get(name);
          const before = await stored();
          const headers: Record<string, string> = { Authorization: auth, ...(type ? { 'Content-Type': type } : {}) };
          const answer = await send(method, `${BASE}${route?.path({ id })}`, headers, payload);
          check(answer, allowedStatuses(route, method));
          if (answer.status >= 300) expect(await stored()).toEqual(before);
        },
      ),
      { numRuns: FUZZ_RUNS.writes, seed: FUZZ_SEED },
    );
  });
});
