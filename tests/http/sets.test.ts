// The question-set routes end to end through the worker: GET /v1/sets, /v1/sets/:id (asOf and
// what-ifs as briefs take them) and the /sets/:id page.
import { SELF } from 'cloudflare:test';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import SEED from '../../scenarios/sets/tajik-border-security.json';
import { SetBriefSchema, SetDraftSchema, SetListSchema } from '../../src/sets/set-brief-schema';
import { TEST_ADMIN_TOKEN } from '../observation-fixtures';

const BASE = 'http://briefs.test';
const get = (path: string) => SELF.fetch(`${BASE}${path}`);

async function json<S extends v.GenericSchema>(path: string, schema: S): Promise<v.InferOutput<S>> {
  const res = await get(path);
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return v.parse(schema, await res.json());
}

describe('GET /v1/sets', () => {
  it('lists each set with its leading hypothesis and links', async () => {
    const list = await json('/v1/sets?asOf=2021-07-31', SetListSchema);
    const set = list.sets.find((s) => s.id === 'tajik-border-security');
    expect(set?.links).toEqual({ self: '/v1/sets/tajik-border-security', page: '/sets/tajik-border-security' });
    expect(set?.hypotheses.reduce((sum, h) => sum + Math.round(h.probability * 100), 0)).toBe(100);
    expect(set?.leading.probability).toBe(Math.max(...(set?.hypotheses ?? []).map((h) => h.probability)));
  });
});

describe('GET /v1/sets/:id', () => {
  it('answers the set’s brief as of a date, with a Link to its page', async () => {
    const res = await get('/v1/sets/tajik-border-security?asOf=2021-07-31');
    expect(res.status).toBe(200);
    expect(res.headers.get('Link')).toBe('</sets/tajik-border-security>; rel="alternate"; type="text/html"');
    expect(res.headers.get('ETag')).toBeTruthy();
    const brief = v.parse(SetBriefSchema, await res.json());
    expect(brief.asOf).toBe('2021-07-31');
    expect(brief.status.status).toBe('open');
    expect(brief.tradecraft.checks.every((c) => c.passed)).toBe(true);
  });

  it('takes what-ifs, and shows the baseline beside them', async () => {
    const brief = await json(
      '/v1/sets/tajik-border-security?asOf=2021-08-15&assume.ru.bilateral_border_support=true',
      SetBriefSchema,
    );
    expect(brief.status).toMatchObject({ status: 'resolved', hypothesis: 'russia-first' });
    expect(brief.baseline?.probabilities.length).toBe(4);
  });

  it('answers an unknown set with a 404 problem naming the known ones', async () => {
    const res = await get('/v1/sets/no-such-set');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toContain('tajik-border-security');
  });

  it('answers a bad date or a what-if on an unknown fact with a 400 naming the parameter', async () => {
    for (const query of ['asOf=2021-02-30', 'assume.no.such_fact=true']) {
      const res = await get(`/v1/sets/tajik-border-security?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { issues: { parameter: string }[] };
      expect(body.issues[0]?.parameter).toBe(query.slice(0, query.indexOf('=')));
    }
  });
});

describe('GET /sets/:id', () => {
  it('shows the matrix as a table with column and row headers, and what it does not show', async () => {
    const res = await get('/sets/tajik-border-security?asOf=2021-07-31');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<table class="matrix">');
    expect(html).toContain('<th scope="col">Russia acts first, on its own</th>');
    expect(html).toMatch(/<th scope="row">The CSTO&#39;s Chief of the Joint Staff/);
    expect(html).toContain('What the matrix does not show');
    expect(html).toContain('Weighted inconsistency (rank)');
  });

  it('treats empty form fields as “as reported”', async () => {
    const res = await get('/sets/tajik-border-security?asOf=');
    expect(res.status).toBe(200);
  });
});

describe('embedding a set', () => {
  it('serves a card other sites may frame, with the hypotheses as text and bars', async () => {
    const res = await get('/embed/sets/tajik-border-security?asOf=2021-07-31');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors * file:');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    const html = await res.text();
    expect(html).toContain('data-scenario="set:tajik-border-security"');
    expect(html).toMatch(/Russia acts first, on its own: 60% <span class="meta">\(likely\)/);
    expect(html).not.toContain('<table class="matrix">');
    expect(html).not.toMatch(/ style=/);
  });

  it('adds the matrix in the full view, and the evidence that would change the lead', async () => {
    const html = await (await get('/embed/sets/tajik-border-security?asOf=2021-10-15&view=full')).text();
    expect(html).toContain('<table class="matrix">');
    expect(html).toContain('The lead would change if any of these were wrong:');
  });

  it('answers oEmbed for a set page with the card as an iframe', async () => {
    const url = encodeURIComponent(`${BASE}/sets/tajik-border-security?asOf=2021-07-31`);
    const res = await get(`/oembed?url=${url}&maxwidth=400`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { html: string; width: number; height: number; title: string };
    expect(body.title).toBe("Who first adds military support to Tajikistan's Afghan border in 2021");
    expect(body.width).toBe(400);
    expect(body.html).toContain(`src="${BASE}/embed/sets/tajik-border-security?asOf=2021-07-31"`);
    expect(body.html).toContain('title="Competing hypotheses: ');
  });

  it('answers oEmbed for an unknown set with a 404', async () => {
    const url = encodeURIComponent(`${BASE}/sets/no-such-set`);
    expect((await get(`/oembed?url=${url}`)).status).toBe(404);
  });
});

describe('POST /v1/set-drafts', () => {
  const AUTH = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
  const post = (path: string, body: unknown, headers: Record<string, string> = AUTH) =>
    SELF.fetch(`${BASE}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const seed = () => structuredClone(SEED) as Record<string, unknown> & { hypotheses: Record<string, unknown>[] };

  it('checks a draft as the build does and previews its brief, storing nothing', async () => {
    const draft = { ...seed(), id: 'draft-set' };
    const res = await post('/v1/set-drafts?asOf=2021-08-15', draft);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = v.parse(SetDraftSchema, await res.json());
    expect(body).toMatchObject({ valid: true, setId: 'draft-set', served: null });
    expect(body.brief.asOf).toBe('2021-08-15');
    expect(body.brief.version.rules).toBe(`draft-${body.hash}`);
    expect((await get('/v1/sets/draft-set')).status).toBe(404);
  });

  it('says which served set a draft would replace', async () => {
    const body = v.parse(SetDraftSchema, await (await post('/v1/set-drafts', seed())).json());
    expect(body.served?.hash).toBe(body.hash);
  });

  it('answers a broken draft with a 422 invalid-set naming every problem by its path', async () => {
    const draft = seed();
    (draft.hypotheses[0] as { prior: { probability: number } }).prior.probability = 0.9;
    (draft.hypotheses[1] as { indicators: { condition: { of: { fact: string } } }[] }).indicators[0] = {
      ...((draft.hypotheses[1] as { indicators: object[] }).indicators[0] as object),
      condition: { op: 'eq', of: { fact: 'no.such_fact' }, value: true },
    } as { condition: { of: { fact: string } } };
    const res = await post('/v1/set-drafts', draft);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { type: string; issues: { parameter: string }[] };
    expect(problem.type).toBe('/problems/invalid-set');
    expect(problem.issues.map((i) => i.parameter)).toContain('hypotheses');
  });

  it('names an unknown fact by its path in the set', async () => {
    const draft = seed();
    (draft.hypotheses[1] as { indicators: { condition: unknown }[] }).indicators[0] = {
      ...((draft.hypotheses[1] as { indicators: object[] }).indicators[0] as object),
      condition: { op: 'eq', of: { fact: 'no.such_fact' }, value: true },
    };
    const res = await post('/v1/set-drafts', draft);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { issues: { parameter: string }[] };
    expect(problem.issues.map((i) => i.parameter)).toContain('hypotheses.1.indicators.0.condition.of.fact');
  });

  it('needs a token, and refuses what is not a JSON object', async () => {
    expect((await post('/v1/set-drafts', seed(), { 'Content-Type': 'application/json' })).status).toBe(401);
    expect((await post('/v1/set-drafts', [1, 2])).status).toBe(400);
  });
});
