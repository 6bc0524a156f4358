// Property-based tests over every route of the contract table: path parameters, methods, query
// strings and headers, real and hostile. Whatever is asked, the answer keeps the rules of
// response-checks.ts: a documented status, never a 5xx, problems as problem+json (pages'
// problems as pages) that no cache keeps, security headers, no cookie, nothing echoed raw.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { hostileHeaders, pathValue, queryString, readMethod } from './arbitraries';
import { check, FUZZ_RUNS, FUZZ_SEED, logFigures, send } from './fuzz-support';
import { allowedStatuses, BASE, ROUTES } from './routes';

/** Routes by a readable name, so a counterexample prints as a line, not as a contract object. */
const BY_NAME = new Map(ROUTES.map((r) => [`${r.method} ${r.contract.path}`, r]));

const routeRequest = fc.constantFrom(...BY_NAME.keys()).chain((name) => {
  const route = BY_NAME.get(name);
  if (!route) throw new Error(name);
  const real = Object.fromEntries(route.pathParams.map((p) => [p, pathValue(route.defaults[p] ?? '')]));
  return fc.record({
    name: fc.constant(name),
    values: fc.record(real),
    query: queryString(route),
    method: readMethod,
    headers: hostileHeaders,
  });
});

afterAll(() => logFigures('routes', FUZZ_RUNS.routes));

describe('every route of the contract, with hostile input', () => {
  it(`answers within the contract (${FUZZ_RUNS.routes} runs)`, { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(routeRequest, async ({ name, values, query, method, headers }) => {
        const route = BY_NAME.get(name);
        const url = `${BASE}${route?.path(values)}${query}`;
        check(await send(method, url, headers), allowedStatuses(route, method));
      }),
      { numRuns: FUZZ_RUNS.routes, seed: FUZZ_SEED },
    );
  });
});
