// The question-set routes end to end through the worker: GET /v1/sets, /v1/sets/:id (asOf and
// what-ifs as briefs take them) and the /sets/:id page.
import { SELF } from 'cloudflare:test';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import SEED from '../../scenarios/sets/tajik-border-security.json';
import {
  SetBriefSchema,
  SetDraftSchema,
  SetListSchema,
  SetVersionDocumentSchema,
  SetVersionListSchema,
  SetVersionSchema,
} from '../../src/sets/set-brief-schema';
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

describe('sets published live', () => {
  const AUTH = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
  const put = (path: string, body: unknown, headers: Record<string, string> = AUTH) =>
    SELF.fetch(`${BASE}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
  const seed = () => structuredClone(SEED) as Record<string, unknown> & { hypotheses: Record<string, unknown>[] };

  it('publish a new version, served at once, with the seed recorded as version 1', async () => {
    const before = await json('/v1/sets/tajik-border-security?asOf=2021-07-31', SetBriefSchema);
    expect(before.set.version.number).toBe(1);
    const edited = seed();
    const priors = [0.15, 0.35, 0.15, 0.35];
    edited.hypotheses.forEach((h, k) => {
      (h.prior as { probability: number }).probability = priors[k] as number;
    });
    const res = await put('/v1/sets/tajik-border-security?reason=another%20state%20given%20more%20weight', edited);
    expect(res.status, await res.clone().text()).toBe(200);
    const published = v.parse(SetVersionSchema, await res.json());
    expect(published).toMatchObject({ setId: 'tajik-border-security', version: 2, served: true, createdBy: 'admin' });
    const after = await json('/v1/sets/tajik-border-security?asOf=2021-07-31', SetBriefSchema);
    expect(after.set.version).toEqual({ number: 2, hash: published.hash });
    expect(after.hypotheses.map((h) => h.prior.probability)).toEqual(priors);
    expect(after.version.rules).not.toBe(before.version.rules);
    const list = v.parse(SetVersionListSchema, await (await get('/v1/sets/tajik-border-security/versions')).json());
    expect(list.served).toBe(2);
    expect(list.versions.map((x) => [x.version, x.createdBy, x.served])).toEqual([
      [1, 'seed', false],
      [2, 'admin', true],
    ]);
    const one = v.parse(
      SetVersionDocumentSchema,
      await (await get('/v1/sets/tajik-border-security/versions/2')).json(),
    );
    expect(
      (one.document as { hypotheses: { prior: { probability: number } }[] }).hypotheses[0]?.prior.probability,
    ).toBe(0.15);
    expect((await get('/v1/sets/tajik-border-security/versions/7')).status).toBe(404);
    // The same document again publishes nothing.
    const again = v.parse(
      SetVersionSchema,
      await (await put('/v1/sets/tajik-border-security?reason=again', edited)).json(),
    );
    expect(again.version).toBe(2);
  });

  it('create a new set as its version 1', async () => {
    const fresh = { ...seed(), id: 'border-support-copy', title: 'A copy of the border set, published live' };
    const res = await put('/v1/sets/border-support-copy?reason=a%20copy%20to%20compare', fresh);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(v.parse(SetVersionSchema, await res.json()).version).toBe(1);
    const list = await json('/v1/sets', SetListSchema);
    expect(list.sets.map((s) => s.id)).toContain('border-support-copy');
  });

  it('retire a version: the set falls back to the one before, and goes when none is left', async () => {
    const del = (path: string, body?: unknown) =>
      SELF.fetch(`${BASE}${path}`, {
        method: 'DELETE',
        headers: AUTH,
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const res = await del('/v1/sets/tajik-border-security/versions/2', { reason: 'back to the file' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(v.parse(SetVersionSchema, await res.json())).toMatchObject({
      version: 2,
      retiredReason: 'back to the file',
      served: false,
    });
    const after = await json('/v1/sets/tajik-border-security?asOf=2021-07-31', SetBriefSchema);
    expect(after.set.version.number).toBe(1);
    expect((await del('/v1/sets/tajik-border-security/versions/2')).status).toBe(409);
    expect((await del('/v1/sets/tajik-border-security/versions/9')).status).toBe(404);
    expect((await del('/v1/sets/border-support-copy/versions/1')).status).toBe(200);
    expect((await get('/v1/sets/border-support-copy')).status).toBe(404);
  });

  it('refuse a broken document (422), an id other than the path’s (400), and a request without a token (401)', async () => {
    const broken = seed();
    (broken.hypotheses[0] as { prior: { probability: number } }).prior.probability = 0.9;
    const bad = await put('/v1/sets/tajik-border-security?reason=broken', broken);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { type: string }).type).toBe('/problems/invalid-set');
    expect((await put('/v1/sets/another-id?reason=x', seed())).status).toBe(400);
    expect(
      (await put('/v1/sets/tajik-border-security?reason=x', seed(), { 'Content-Type': 'application/json' })).status,
    ).toBe(401);
    expect((await get('/v1/sets/no-such-set/versions')).status).toBe(404);
  });
});

describe('what a hostile review of the set write path found', () => {
  const AUTH = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
  const send = (method: string, path: string, body?: unknown) =>
    SELF.fetch(`${BASE}${path}`, {
      method,
      headers: AUTH,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const seed = () => structuredClone(SEED) as Record<string, unknown> & { hypotheses: Record<string, unknown>[] };
  const SOURCE_TEXT =
    'KHOROG, September 14 (A news agency) — Tajikistan moved an extra 2,000 border guards to the Gorno-Badakhshan stretch of the Afghan frontier this week, the border service said.';

  it('an observation whose fact a published set version reads cannot be retracted', async () => {
    const registered = await send('POST', '/v1/sources', {
      id: 'agency-2021-09-14-guards-sets',
      title: 'Tajikistan reinforces its Afghan frontier',
      publisher: 'A news agency',
      genre: 'wire-report',
      published: '2021-09-14',
      url: 'https://news.example/2021/09/14/guards-sets',
      reliability: {
        grade: 'B',
        rationale: 'An established wire service with a record of accurate reporting on the region.',
      },
      text: SOURCE_TEXT,
    });
    expect(registered.status, await registered.clone().text()).toBe(201);
    const defined = await send('POST', '/v1/observations', {
      factId: 'tj.guards_reinforced_sets',
      value: true,
      date: '2021-09-14',
      definition: {
        statement: 'Tajikistan sent extra border guards to its Afghan frontier',
        type: 'boolean',
        actors: ['tajikistan'],
        tags: ['border'],
      },
      citation: {
        sourceId: 'agency-2021-09-14-guards-sets',
        quote: 'Tajikistan moved an extra 2,000 border guards to the Gorno-Badakhshan stretch of the Afghan frontier',
      },
    });
    expect(defined.status, await defined.clone().text()).toBe(201);
    const observation = (await defined.json()) as { id: string };
    const reading = { ...seed(), id: 'guards-set', title: 'A set that reads the reinforcements' };
    const none = reading.hypotheses[3] as { indicators: Record<string, unknown>[] };
    none.indicators.push({
      id: 'guards-reinforced',
      label: 'Tajikistan sent extra border guards to its Afghan frontier',
      condition: { op: 'eq', of: { fact: 'tj.guards_reinforced_sets' }, value: true },
      direction: 'raises',
      weight: 1.3,
      rationale: 'Tajikistan reinforcing the frontier itself makes outside support less needed.',
    });
    const published = await send('PUT', '/v1/sets/guards-set?reason=reads%20the%20reinforcements', reading);
    expect(published.status, await published.clone().text()).toBe(200);
    const retract = await send('DELETE', `/v1/observations/${observation.id}`);
    expect(retract.status).toBe(409);
    expect(((await retract.json()) as { detail: string }).detail).toContain('set guards-set version 1');
  });

  it('a document edited from a version no longer served is refused (409), not silently replacing it', async () => {
    const first = { ...seed(), id: 'race-set', title: 'A set two analysts edit at once' };
    const created = await send('PUT', '/v1/sets/race-set?reason=first%20version', first);
    expect(created.status, await created.clone().text()).toBe(200);
    const a = structuredClone(first);
    (a.hypotheses[0] as { label: string }).label = 'The CSTO acts first, as a bloc';
    const b = structuredClone(first);
    (b.hypotheses[1] as { label: string }).label = 'Russia acts first, alone';
    const edited = await send('PUT', '/v1/sets/race-set?reason=edit%20a', { ...a, version: { number: 1 } });
    expect(edited.status, await edited.clone().text()).toBe(200);
    const late = await send('PUT', '/v1/sets/race-set?reason=edit%20b', { ...b, version: { number: 1 } });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { detail: string }).detail).toContain('version 2 is served now');
  });
});
