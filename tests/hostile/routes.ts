// The routes under test, derived from the contract table (src/http/contract/routes.ts), never
// copied: a concrete request for each, the statuses the contract documents for it, and the
// statuses the whole app documents (docs/errors.md, /problems/*). Shared by the property tests,
// the hostile-case catalog and the security-header tests.
import { ROUTE_CONTRACTS, type RouteContract } from '../../src/http/contract/routes';
import { PROBLEM_TYPES } from '../../src/http/problem';

export const BASE = 'http://briefs.test';

/**
 * A value for each path parameter that names something that exists (or, for writes, may not),
 * by path, or by method and path where a write must not touch what the reads name.
 */
const PATH_VALUES: Record<string, Record<string, string>> = {
  '/v1/scenarios/{id}': { id: 'csto-non-response' },
  // A write that would change a seed takes a scenario that does not exist: a fuzzed request must
  // not retire or replace what the file's other tests read.
  'PUT /v1/scenarios/{id}': { id: 'no-such-scenario' },
  '/v1/scenarios/{id}/versions': { id: 'csto-non-response' },
  '/v1/scenarios/{id}/versions/{version}': { id: 'csto-non-response', version: '1' },
  'DELETE /v1/scenarios/{id}/versions/{version}': { id: 'no-such-scenario', version: '1' },
  '/v1/briefs/{id}': { id: 'csto-non-response' },
  '/v1/briefs/{id}/history': { id: 'csto-non-response' },
  '/v1/facts/{id}': { id: 'tj.reservists_mobilized' },
  '/v1/sources/{id}': { id: 'diplomat-2021-07-csto-afghan-border' },
  '/v1/observations/{id}': { id: 'no-such-observation' },
  '/v1/digest/{date}': { date: '2021-07-09' },
  '/briefs/{id}': { id: 'csto-non-response' },
  '/v1/sets/{id}': { id: 'tajik-border-security' },
  // A fuzzed write must not replace the seed set the file's other tests read.
  'PUT /v1/sets/{id}': { id: 'no-such-set' },
  '/v1/sets/{id}/versions': { id: 'tajik-border-security' },
  'DELETE /v1/sets/{id}/versions/{version}': { id: 'no-such-set', version: '1' },
  '/v1/sets/{id}/versions/{version}': { id: 'tajik-border-security', version: '1' },
  '/sets/{id}': { id: 'tajik-border-security' },
  '/embed/sets/{id}': { id: 'tajik-border-security' },
  '/embed/{id}': { id: 'csto-non-response' },
  '/problems/{type}': { type: 'not-found' },
};

/** A query a route needs to answer 200 (its required parameters). */
const SAMPLE_QUERIES: Record<string, string> = {
  '/oembed': `?url=${encodeURIComponent(`${BASE}/briefs/csto-non-response`)}`,
};

export interface RouteUnderTest {
  contract: RouteContract;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The concrete path, with every parameter filled with `values` (or the defaults above). */
  path: (values?: Record<string, string>) => string;
  /** The path with the sample values and any required query: a request that succeeds (for GETs). */
  sample: string;
  /** Path parameter names, e.g. ['id'], and the sample value of each. */
  pathParams: string[];
  defaults: Readonly<Record<string, string>>;
  /** Query parameter names the contract lists (`assume` stands for `assume.<factId>`). */
  queryParams: string[];
  /** Every status the contract documents for this route and method. */
  documented: ReadonlySet<number>;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

export const ROUTES: readonly RouteUnderTest[] = ROUTE_CONTRACTS.map((contract) => {
  const method = (contract.method ?? 'get').toUpperCase() as RouteUnderTest['method'];
  const defaults = PATH_VALUES[`${method} ${contract.path}`] ?? PATH_VALUES[contract.path] ?? {};
  const pathParams = contract.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const missing = pathParams.filter((p) => defaults[p] === undefined);
  if (missing.length > 0) throw new Error(`tests/hostile/routes.ts: no sample value for ${contract.path} ${missing}`);
  const documented = new Set<number>([
    contract.status ?? 200,
    ...(method === 'GET' ? [304] : []),
    ...[...contract.problems, 'method-not-allowed' as const].map((kind) => PROBLEM_TYPES[kind].status),
  ]);
  return {
    contract,
    method,
    path: (values = {}) => fill(contract.path, { ...defaults, ...values }),
    sample: `${fill(contract.path, defaults)}${SAMPLE_QUERIES[contract.path] ?? ''}`,
    pathParams,
    defaults,
    queryParams: contract.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    documented,
  };
});

/**
 * Statuses any request may get whatever its route, as the app documents them: an unknown path
 * (404), a method the path does not answer (405), an over-long URL (414), and the CORS preflight
 * any OPTIONS request gets (204).
 */
export const APP_WIDE = new Set([
  PROBLEM_TYPES['not-found'].status,
  PROBLEM_TYPES['method-not-allowed'].status,
  PROBLEM_TYPES['uri-too-long'].status,
]);
export const PREFLIGHT_STATUS = 204;

/** Every status documented anywhere, for requests that may land on any route. */
export const ANY_DOCUMENTED = new Set([...ROUTES.flatMap((r) => [...r.documented]), ...APP_WIDE, PREFLIGHT_STATUS]);

/**
 * The statuses a request may get: those documented for every method of the route's path (a
 * request with another method lands on the same path), and the app-wide ones.
 */
export function allowedStatuses(route: RouteUnderTest | undefined, method: string): Set<number> {
  const samePath = route ? ROUTES.filter((r) => r.contract.path === route.contract.path) : [];
  const base = route ? new Set([...samePath.flatMap((r) => [...r.documented]), ...APP_WIDE]) : new Set(ANY_DOCUMENTED);
  if (method === 'OPTIONS') base.add(PREFLIGHT_STATUS);
  return base;
}

/** Whether a path is answered as a page (its problems are HTML), as src/http/problem.ts says. */
export { isPagePath } from '../../src/http/problem';
