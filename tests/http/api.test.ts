// The HTTP API end to end through the worker's fetch handler, inside workerd.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import article from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.txt';
import type { BriefCitation } from '../../src/brief/evidence';
import { catalog } from '../../src/catalog/catalog';
import { ROUTE_CONTRACTS } from '../../src/http/contract/routes';
import type { QueryIssue } from '../../src/http/problem';
import { readQuery } from '../../src/http/query';
import type { IndicatorResult } from '../../src/rules/evaluate';

const BASE = 'http://briefs.test';
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);

/** The parsed JSON body; tests read it by path, so its shape is left open. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field below
type Body = any;

async function json(path: string, status = 200): Promise<{ res: Response; body: Body }> {
  const res = await get(path);
  expect(res.status, `${path} → ${res.status}: ${await res.clone().text()}`).toBe(status);
  return { res, body: await res.json() };
}

async function problem(path: string, status: number, init?: RequestInit) {
  const res = await get(path, init);
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    issues?: QueryIssue[];
  };
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^\/problems\/[a-z-]+$/);
  expect(body.title.length).toBeGreaterThan(3);
  expect(body.detail.length).toBeGreaterThan(10);
  return { res, body };
}

describe('GET /', () => {
  it('says what the service is, as JSON for clients that ask for it', async () => {
    const res = await get('/', { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Vary')).toBe('Accept');
    const body = (await res.json()) as Body;
    expect(body.name).toBe('scenario-briefs');
    expect(body.links.scenarios).toBe('/v1/scenarios');
    expect(body.source[0].title).toBe('A Fateful Moment for the CSTO on the Afghan Border');
  });

  it('lists the scenarios as a page for browsers and clients without a preference', async () => {
    for (const accept of [undefined, '*/*', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8']) {
      const res = await get('/', accept ? { headers: { Accept: accept } } : {});
      expect(res.headers.get('Content-Type'), accept).toMatch(/^text\/html/);
      expect(res.headers.get('Vary')).toBe('Accept');
      const html = await res.text();
      expect(html).toContain('href="/briefs/csto-non-response"');
    }
  });

  it('keeps the two representations apart in the cache', async () => {
    const page = await get('/');
    const json = await get('/', { headers: { Accept: 'application/json' } });
    expect(page.headers.get('ETag')).not.toBe(json.headers.get('ETag'));
  });
});

describe('scenarios', () => {
  it('lists every scenario with its current band', async () => {
    const { res, body } = await json('/v1/scenarios');
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const ids = body.scenarios.map((s: { id: string }) => s.id);
    expect(ids).toEqual([...catalog.scenarios.keys()]);
    expect(ids).toContain('csto-non-response');
    const csto = body.scenarios.find((s: { id: string }) => s.id === 'csto-non-response');
    const { body: brief } = await json('/v1/briefs/csto-non-response');
    // The default date is today, read at the edge: long past the horizon, the question is
    // resolved, and its judgment is the last one made before the horizon.
    expect(csto).toMatchObject({
      band: brief.likelihood.band,
      probability: brief.likelihood.probability,
      asOf: new Date().toISOString().slice(0, 10),
      status: 'yes',
      judgedAsOf: '2021-12-31',
    });
    const { body: then } = await json('/v1/scenarios?asOf=2021-07-31');
    expect(then.asOf).toBe('2021-07-31');
    const { body: thenBrief } = await json('/v1/briefs/csto-non-response?asOf=2021-07-31');
    expect(then.scenarios.find((s: { id: string }) => s.id === 'csto-non-response')).toMatchObject({
      asOf: '2021-07-31',
      status: 'open',
      judgedAsOf: '2021-07-31',
      probability: thenBrief.likelihood.probability,
      links: { brief: '/v1/briefs/csto-non-response?asOf=2021-07-31' },
    });
    await problem('/v1/scenarios?asOf=2021-02-30', 400);
  });

  it('serves a definition as data', async () => {
    const { body } = await json('/v1/scenarios/target-program-stalls');
    expect(body.id).toBe('target-program-stalls');
    expect(body.indicators[0].condition.op).toBeTypeOf('string');
    expect(body.baseRate.probability).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown scenario, naming the known ones', async () => {
    const { body } = await problem('/v1/scenarios/nope', 404);
    expect(body.type).toBe('/problems/not-found');
    expect(body.detail).toContain('csto-non-response');
  });
});

describe('GET /v1/briefs/:id', () => {
  it('returns a brief whose citations are verbatim sentences of the article', async () => {
    const { body } = await json('/v1/briefs/csto-non-response');
    expect(body.scenario.id).toBe('csto-non-response');
    expect(body.bluf).toMatch(/CSTO/);
    expect(body.citations.length).toBeGreaterThan(5);
    for (const c of body.citations) expect(article.slice(c.start, c.end)).toBe(c.quote);
    for (const i of body.indicators) {
      const known = i.reads.filter((r: { known: boolean }) => r.known).map((r: { factId: string }) => r.factId);
      expect(known.every((id: string) => body.citations.some((c: BriefCitation) => c.factId === id))).toBe(true);
    }
    expect(body.sources[0]).toMatchObject({ publisher: 'The Diplomat', genre: 'analysis', published: '2021-07' });
    expect(body.tradecraft.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);
  });

  it('honours asOf', async () => {
    const { body } = await json('/v1/briefs/csto-non-response?asOf=2021-07-30');
    expect(body.asOf).toBe('2021-07-30');
    expect(body.indicators.find((i: IndicatorResult) => i.id === 'formal-request-made').status).toBe('unknown');
  });

  it('applies repeatable assume.* parameters and shows the baseline', async () => {
    const { body } = await json(
      '/v1/briefs/csto-non-response?asOf=2021-07-31&assume.csto.response_to_request=agreed&assume.tj.reservists_mobilized=5000&assume.csto.involvement_required=unknown',
    );
    expect(body.assumptions).toEqual([
      { factId: 'csto.involvement_required', value: null, baselineValue: false },
      { factId: 'csto.response_to_request', value: 'agreed', baselineValue: 'pending' },
      { factId: 'tj.reservists_mobilized', value: 5000, baselineValue: 20000 },
    ]);
    expect(body.baseline.likelihood.probability).toBeGreaterThan(body.likelihood.probability);
  });

  // Reported: `assume.X=-0` and `assume.X=0` share one cache entry (the key reads "0") but were
  // computed with -0 and 0, so which one a reader saw depended on who asked first.
  it('reads -0 as 0, so the value in the key is the value computed with', () => {
    const route = ROUTE_CONTRACTS.find((r) => r.operationId === 'getBrief');
    if (!route) throw new Error('no getBrief route');
    const types = catalog.facts.types;
    for (const raw of ['-0', '-0.0', '0e5', '-0e-3']) {
      const query = readQuery(route, new URLSearchParams({ 'assume.tj.reservists_mobilized': raw }), types);
      const value = query.assumptions.get('tj.reservists_mobilized');
      expect(Object.is(value, 0), `${raw} → ${String(value)}`).toBe(true);
      expect(query.canonical).toEqual([['assume.tj.reservists_mobilized', '0']]);
    }
  });

  it('ignores parameters it does not know, such as utm_source', async () => {
    const plain = await json('/v1/briefs/csto-non-response');
    const tagged = await json('/v1/briefs/csto-non-response?utm_source=newsletter');
    expect(tagged.body).toEqual(plain.body);
  });

  it('answers 404 for an unknown scenario', async () => {
    await problem('/v1/briefs/no-such-scenario', 404);
    await problem('/v1/briefs/..%2f..%2fetc', 404);
  });

  it.each([
    ['?asOf=2021-02-30', 'asOf'],
    ['?asOf=2021-7-9', 'asOf'],
    ['?asOf=yesterday', 'asOf'],
    ['?asOf=2021-07-09&asOf=2021-07-10', 'asOf'],
    ['?assume.no.such_fact=1', 'assume.no.such_fact'],
    ['?assume.tj.reservists_mobilized=many', 'assume.tj.reservists_mobilized'],
    ['?assume.tj.reservists_mobilized=1e309', 'assume.tj.reservists_mobilized'],
    ['?assume.tj.reservists_mobilized=NaN', 'assume.tj.reservists_mobilized'],
    ['?assume.csto.involvement_required=yes', 'assume.csto.involvement_required'],
    ['?assume.tj.csto_request=refused', 'assume.tj.csto_request'],
    ['?assume.ru.pledge_2014_share_delivered=0.5', 'assume.ru.pledge_2014_share_delivered'],
    ['?assume.ru.base_stay_until=2042-02-30', 'assume.ru.base_stay_until'],
  ])('answers 400 for %s, naming the parameter', async (query, parameter) => {
    const { body } = await problem(`/v1/briefs/csto-non-response${query}`, 400);
    expect(body.type).toBe('/problems/invalid-query');
    expect(body.issues?.map((i) => i.parameter)).toContain(parameter);
  });

  it.each([
    ['?assume.tj.reservists_mobilized=-5', 'must not be negative'],
    ['?assume.csto.program_delay_explanation=a%00b', 'control characters'],
    ['?asOf=0999-12-31', 'year from 1000 to 9999'],
    ['?assume.csto.involvement_required=true&assume.csto.involvement_required=false', 'at most once'],
  ])('says what is wrong with %s', async (query, message) => {
    const { body } = await problem(`/v1/briefs/csto-non-response${query}`, 400);
    expect(body.issues?.map((i) => i.message).join(' | ')).toContain(message);
  });

  it('does not reflect a huge parameter name whole', async () => {
    const name = `assume.${'x'.repeat(5000)}`;
    const { body } = await problem(`/v1/briefs/csto-non-response?${name}=1`, 400);
    expect(JSON.stringify(body).length).toBeLessThan(1000);
    expect(body.issues?.[0]?.parameter.endsWith('…')).toBe(true);
  });

  it('lists every issue at once', async () => {
    const { body } = await problem(
      '/v1/briefs/csto-non-response?asOf=2021-02-30&assume.nope=1&assume.tj.reservists_mobilized=x',
      400,
    );
    expect(body.issues?.map((i) => i.parameter).sort()).toEqual([
      'asOf',
      'assume.nope',
      'assume.tj.reservists_mobilized',
    ]);
  });

  it('limits the number of assumptions', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `assume.x${i}.y=1`).join('&');
    const { body } = await problem(`/v1/briefs/csto-non-response?${many}`, 400);
    expect(body.issues?.[0]?.message).toMatch(/at most 32/);
  });
});

describe('facts', () => {
  it('lists the facts, filtered by actor and tag', async () => {
    const all = await json('/v1/facts');
    expect(all.body.count).toBeGreaterThanOrEqual(44);
    const russia = await json('/v1/facts?actor=russia&tag=funding');
    expect(russia.body.count).toBeGreaterThan(3);
    for (const f of russia.body.facts) {
      expect(f.actors).toContain('russia');
      expect(f.tags).toContain('funding');
    }
    const none = await json('/v1/facts?actor=atlantis');
    expect(none.body.count).toBe(0);
  });

  it('filters by asOf', async () => {
    // As known on a day: nothing before the article was published, everything it says after.
    const early = await json('/v1/facts?asOf=2021-07-30');
    expect(early.body.count).toBe(0);
    const known = await json('/v1/facts?asOf=2021-07-31');
    expect(known.body.count).toBeGreaterThan(50);
    expect(known.body.facts.every((f: { known: string }) => f.known <= '2021-07-31')).toBe(true);
  });

  it('serves one fact with its citation, and derived facts with their inputs', async () => {
    const { body } = await json('/v1/facts/tj.reservists_mobilized');
    expect(body).toMatchObject({ id: 'tj.reservists_mobilized', value: 20000, unit: 'persons', derived: false });
    expect(article.slice(body.citations[0].start, body.citations[0].end)).toBe(body.citations[0].quote);
    const derived = await json('/v1/facts/ru.pledge_2012_covered_by_cantonments_usd');
    expect(derived.body).toMatchObject({ derived: true, value: 78000000 });
  });

  it('answers 400 for empty or malformed filters rather than silently matching nothing', async () => {
    for (const query of ['?actor=', '?tag=', '?actor=Russia', '?tag=a%20b', '?actor=x&actor=y']) {
      const { body } = await problem(`/v1/facts${query}`, 400);
      expect(body.issues?.length).toBeGreaterThan(0);
    }
  });

  it('answers 404 for an unknown fact and 400 for a bad date', async () => {
    await problem('/v1/facts/no.such_fact', 404);
    await problem('/v1/facts/tj.reservists_mobilized?asOf=2021-07-01', 404);
    await problem('/v1/facts?asOf=2021-02-30', 400);
  });
});

describe('sources', () => {
  it('lists the sources and serves the text citations point into', async () => {
    const list = await json('/v1/sources');
    expect(list.body.sources).toHaveLength(1);
    const { body } = await json('/v1/sources/diplomat-2021-07-csto-afghan-border');
    expect(body.text).toBe(article);
    expect(body.factIds).toContain('tj.reservists_mobilized');
    await problem('/v1/sources/unknown', 404);
  });
});

describe('errors', () => {
  it('answers 404 problem+json for an unknown path', async () => {
    await problem('/v2/anything', 404);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('answers %s with 405 and Allow', async (method) => {
    const { res, body } = await problem('/v1/briefs/csto-non-response', 405, { method });
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(body.type).toBe('/problems/method-not-allowed');
  });

  it('documents each problem type at its URI, and only those', async () => {
    const { body } = await json('/problems/invalid-query');
    expect(body).toMatchObject({ type: '/problems/invalid-query', status: 400 });
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'nope']) {
      await problem(`/problems/${name}`, 404);
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await get('/v1/briefs/csto-non-response', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await res.text()).toBe('');
  });

  it('serves the scenario JSON Schema for authors', async () => {
    const res = await get('/v1/schemas/scenario.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/schema+json');
    const schema = (await res.json()) as { required: string[] };
    expect(schema.required).toContain('indicators');
  });
});
