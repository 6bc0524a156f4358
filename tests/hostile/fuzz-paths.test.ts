// Property-based tests over arbitrary paths (known words, traversal, broken percent-encoding,
// anything), methods, query strings and headers: an unknown path is a 404, a known one answers
// as documented, and every answer keeps the rules of response-checks.ts. (Its own file, so the
// edge cache the route properties fill does not slow it down.)
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { hostileHeaders, METHODS, queryString, urlPart } from './arbitraries';
import { check, FUZZ_RUNS, FUZZ_SEED, logFigures, send } from './fuzz-support';
import { allowedStatuses, BASE } from './routes';

afterAll(() => logFigures('paths', FUZZ_RUNS.paths));

describe('arbitrary paths, with hostile input', () => {
  it(`answers arbitrary paths with 404, 405 or another documented status (${FUZZ_RUNS.paths} runs)`, {
    timeout: 120_000,
  }, async () => {
    const segment = fc.oneof(
      fc.constantFrom('v1', 'briefs', 'embed', 'facts', 'static', 'problems', 'digest', 'feeds', '..', '.', ''),
      fc.constantFrom('csto-non-response', 'observations', 'sources', 'schemas', 'widget.js', '%2e%2e'),
      urlPart,
    );
    const path = fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => `/${s.join('/')}`);
    await fc.assert(
      fc.asyncProperty(
        path,
        queryString(undefined),
        fc.constantFrom(...METHODS),
        hostileHeaders,
        async (p, q, method, headers) => {
          check(await send(method, `${BASE}${p}${q}`, headers), allowedStatuses(undefined, method));
        },
      ),
      { numRuns: FUZZ_RUNS.paths, seed: FUZZ_SEED },
    );
  });
});
