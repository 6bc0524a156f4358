// The observations API with the real D1 binding in workerd: authentication, validation, storage,
// retraction, and briefs, history and caches following within the staleness bound.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/brief/brief-schema';
import type { HistoryPoint } from '../../src/brief/history';
import { AGREED, postObservation, TEST_ADMIN_TOKEN } from '../observation-fixtures';

const TOKEN = TEST_ADMIN_TOKEN;
const get = (path: string, init?: RequestInit) => SELF.fetch(`http://briefs.test${path}`, init);
const agreed = AGREED;
const post = postObservation;

async function count(): Promise<number> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM observations').first<{ n: number }>();
  return row?.n ?? 0;
}

const probability = async (path: string) => ((await (await get(path)).json()) as Brief).likelihood.probability;

describe('authentication', () => {
  it.each([
    ['no token', {}, 'Bearer'],
    ['a wrong token', { Authorization: 'Bearer wrong-token-0123456789xxxxx' }, 'Bearer error="invalid_token"'],
    ['a token of the wrong length', { Authorization: 'Bearer short' }, 'Bearer error="invalid_token"'],
    ['another scheme', { Authorization: `Basic ${btoa(`admin:${TOKEN}`)}` }, 'Bearer'],
  ])('refuses %s with 401 and WWW-Authenticate, storing nothing', async (_name, auth, challenge) => {
    const before = await count();
    const res = await get('/v1/observations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify(agreed),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe(challenge);
    const text = await res.text();
    expect(text).not.toContain(TOKEN);
    expect(await count()).toBe(before);
  });

  it('reads stay public', async () => {
    expect((await get('/v1/observations')).status).toBe(200);
  });
});

describe('validation', () => {
  it.each([
    ['an unknown fact without definition', { ...agreed, factId: 'no.such_fact' }, 'definition'],
    ['a value of the wrong type', { ...agreed, value: 42 }, 'value'],
    ['a status outside the set', { ...agreed, value: 'refused' }, 'value'],
    ['an event after its source was published', { ...agreed, date: '2021-10-21' }, 'date'],
    ['a missing source quote', { ...agreed, source: { ...agreed.source, quote: undefined } }, 'source.quote'],
    ['an impossible date', { ...agreed, date: '2021-02-30' }, 'date'],
    ['a javascript: URL', { ...agreed, source: { ...agreed.source, url: 'javascript:alert(1)' } }, 'source.url'],
    ['an oversized note', { ...agreed, note: 'x'.repeat(3000) }, 'note'],
    ['an unknown field', { ...agreed, extra: true }, 'extra'],
    ['a derived fact', { ...agreed, factId: 'ru.pledge_2014_share_delivered', value: 1 }, 'factId'],
  ])('answers %s with 400 naming the field, and stores nothing', async (_name, body, field) => {
    const before = await count();
    const res = await post(body);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { type: string; issues: { parameter: string }[] };
    expect(problem.type).toBe('/problems/invalid-body');
    expect(problem.issues.map((i) => i.parameter)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('lists every issue at once', async () => {
    const res = await post({ ...agreed, date: 'soon', source: { ...agreed.source, url: 'nope', quote: 'short' } });
    const problem = (await res.json()) as { issues: { parameter: string }[] };
    expect([...new Set(problem.issues.map((i) => i.parameter))].sort()).toEqual(['date', 'source.quote', 'source.url']);
  });

  it('answers malformed JSON with 400, a wrong content type with 415, and a body over 16 KiB with 413', async () => {
    expect((await post('{"factId": ')).status).toBe(400);
    expect((await post(JSON.stringify(agreed), { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post({ ...agreed, note: 'x'.repeat(17_000) })).status).toBe(413);
  });
});

describe('an observation for an existing fact', () => {
  it('is stored with 201 and Location, changes the brief as of a later date only, and shows in the history', async () => {
    // The CSTO agreeing to help moves the programme question and settles the non-response one.
    const earlier = await probability('/v1/briefs/target-program-stalls?asOf=2021-08-01');
    const later = await probability('/v1/briefs/target-program-stalls?asOf=2021-11-01');
    const onTheDay = await probability('/v1/briefs/target-program-stalls?asOf=2021-10-20');

    const res = await post(agreed);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; retractedAt: null };
    expect(res.headers.get('Location')).toBe(`/v1/observations/${created.id}`);
    expect((await get(res.headers.get('Location') as string)).status).toBe(200);

    expect(await probability('/v1/briefs/target-program-stalls?asOf=2021-08-01')).toBe(earlier);
    expect(await probability('/v1/briefs/target-program-stalls?asOf=2021-11-01')).toBeLessThan(later);
    const settled = (await (await get('/v1/briefs/csto-non-response?asOf=2021-11-01')).json()) as Brief;
    expect(settled.resolution).toMatchObject({ status: 'no', date: '2021-10-20', decidedOn: '2021-10-20' });
    expect(settled.resolution.citations[0]).toMatchObject({ sourceId: `observation-${created.id}` });
    const brief = (await (await get('/v1/briefs/target-program-stalls?asOf=2021-11-01')).json()) as Brief;
    const citation = brief.citations.find((c) => c.factId === 'csto.response_to_request');
    expect(citation).toMatchObject({ sourceId: `observation-${created.id}`, quote: agreed.source.quote });

    const history = (await (await get('/v1/briefs/target-program-stalls/history')).json()) as {
      points: HistoryPoint[];
    };
    // The history has a point on the day the observation became known, below what that day said before it.
    const step = history.points.find((p) => p.date === '2021-10-20');
    expect(step?.probability).toBeLessThan(onTheDay);

    // The same observation again is a conflict, and nothing more is stored.
    const n = await count();
    expect((await post(agreed)).status).toBe(409);
    expect(await count()).toBe(n);
  });

  it('is retracted with who and when, stays on record, and the brief returns to what it was', async () => {
    const list = (await (await get('/v1/observations?factId=csto.response_to_request')).json()) as {
      observations: { id: string }[];
    };
    const id = list.observations[0]?.id as string;
    const res = await get(`/v1/observations/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ by: 'editor' }),
    });
    expect(res.status).toBe(200);
    const retracted = (await res.json()) as { retractedAt: string; retractedBy: string };
    expect(retracted.retractedBy).toBe('editor');
    expect(retracted.retractedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await get(`/v1/observations/${id}`)).status).toBe(200);
    const agreedLater = (await (await get('/v1/briefs/csto-non-response?asOf=2021-11-01')).json()) as Brief;
    expect(agreedLater.resolution.status).toBe('open');
    expect(agreedLater.citations.some((c) => c.sourceId.startsWith('observation-'))).toBe(false);
    // Retracting twice is a conflict; an unknown id is a 404.
    const again = await get(`/v1/observations/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(again.status).toBe(409);
    const missing = await get('/v1/observations/nope', {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(missing.status).toBe(404);
  });
});

describe('the staleness bound', () => {
  it('an observation written elsewhere reaches this isolate’s briefs within the bound, and no later', async () => {
    const path = '/v1/briefs/russian-pledges-delivered?asOf=2021-12-31';
    await probability(path);
    const before = await probability(path);
    // Written straight into D1, as another isolate would: this one learns of it only when its
    // cached view expires (OBSERVATIONS_TTL_SECONDS is 1 in the tests, 60 by default).
    const body = {
      factId: 'ru.pledge_2014_received_usd',
      value: 600_000_000,
      date: '2021-09-01',
      source: {
        ...agreed.source,
        url: 'https://news.example/pledge',
        quote: 'Russia transferred $600 million to Tajikistan.',
      },
    };
    await env.DB.prepare(
      'INSERT INTO observations (id, fact_id, body, dedupe_key, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    )
      .bind('direct-1', body.factId, JSON.stringify(body), 'direct-1', new Date().toISOString(), 'test')
      .run();
    // Within the bound this isolate may still answer from the snapshot it read a moment ago ...
    expect(await probability(path)).toBe(before);
    // ... and past it, it must not.
    await new Promise((r) => setTimeout(r, 1100));
    const after = await probability(path);
    expect(after).toBeGreaterThan(before);
  });
});

describe('writes without a configured secret', () => {
  it('are refused entirely', async () => {
    const { createApp } = await import('../../src/http/app');
    const { catalog } = await import('../../src/catalog/catalog');
    const { createExecutionContext } = await import('cloudflare:test');
    const app = createApp(catalog);
    const res = await app.fetch(
      new Request('http://briefs.test/v1/observations', {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(agreed),
      }),
      { ...env, ADMIN_TOKEN: undefined },
      createExecutionContext(),
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { type: string }).type).toBe('/problems/writes-disabled');
  });
});

describe('more about writes', () => {
  it('a retracted observation may be recorded again, and the reason for retracting is kept', async () => {
    const body = { ...agreed, date: '2021-10-19', source: { ...agreed.source, url: 'https://news.example/again' } };
    const first = (await (await post(body)).json()) as { id: string };
    const retracted = await get(`/v1/observations/${first.id}`, {
      method: 'DELETE',
      headers: { Authorization: `bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ by: 'editor', reason: 'wrong date' }),
    });
    expect(retracted.status).toBe(200);
    expect(((await retracted.json()) as { retractedReason: string }).retractedReason).toBe('wrong date');
    expect((await post(body)).status).toBe(201);
  });

  it('refuses an observation dated after today', async () => {
    const res = await post({ ...agreed, date: '2999-01-01', source: { ...agreed.source, published: '2999-01-01' } });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { issues: { parameter: string }[] };
    expect(problem.issues.map((i) => i.parameter).sort()).toEqual(['date', 'source.published']);
  });

  it('lets other sites read but not write: the preflight allows no write method', async () => {
    const res = await get('/v1/observations', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.headers.get('Access-Control-Allow-Methods')).not.toMatch(/POST|DELETE/);
    expect(res.headers.get('Access-Control-Allow-Headers') ?? '').not.toMatch(/authorization/i);
  });

  it('the database itself refuses deletes and second retractions', async () => {
    const row = await env.DB.prepare('SELECT id FROM observations LIMIT 1').first<{ id: string }>();
    await expect(env.DB.prepare('DELETE FROM observations WHERE id = ?').bind(row?.id).run()).rejects.toThrow(
      /append-only/,
    );
    await expect(
      env.DB.prepare('UPDATE observations SET body = ? WHERE id = ?').bind('{}', row?.id).run(),
    ).rejects.toThrow(/append-only/);
  });
});

describe('a secret too short to be one', () => {
  it('leaves writes refused', async () => {
    const { createApp } = await import('../../src/http/app');
    const { catalog } = await import('../../src/catalog/catalog');
    const { createExecutionContext } = await import('cloudflare:test');
    const res = await createApp(catalog).fetch(
      new Request('http://briefs.test/v1/observations', {
        method: 'POST',
        headers: { Authorization: 'Bearer short', 'Content-Type': 'application/json' },
        body: JSON.stringify(agreed),
      }),
      { ...env, ADMIN_TOKEN: 'short' },
      createExecutionContext(),
    );
    expect(res.status).toBe(403);
  });
});

describe('validation across the body and the fact', () => {
  it('lists the fact’s problems beside the body’s', async () => {
    const res = await post({ ...agreed, factId: 'no.such_fact', source: { ...agreed.source, quote: 'short' } });
    const problem = (await res.json()) as { issues: { parameter: string }[] };
    expect(problem.issues.map((i) => i.parameter).sort()).toEqual(['definition', 'source.quote']);
  });
});

describe('a new fact', () => {
  it('is defined by its first observation, which cannot be retracted while later ones use it', async () => {
    const defined = await post({
      ...agreed,
      factId: 'csto.border_exercise_held',
      value: true,
      definition: {
        statement: 'The CSTO held an exercise near the Tajik-Afghan border.',
        type: 'boolean',
        actors: ['csto'],
        tags: ['military'],
      },
      source: { ...agreed.source, url: 'https://news.example/exercise-1' },
    });
    expect(defined.status).toBe(201);
    const first = (await defined.json()) as { id: string };
    const later = await post({
      ...agreed,
      factId: 'csto.border_exercise_held',
      value: false,
      date: '2021-11-01',
      source: { ...agreed.source, published: '2021-11-01', url: 'https://news.example/exercise-2' },
    });
    expect(later.status).toBe(201);
    const fact = (await (await get('/v1/facts/csto.border_exercise_held?asOf=2021-12-31')).json()) as {
      value: boolean;
    };
    expect(fact.value).toBe(false);
    const refused = await get(`/v1/observations/${first.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(refused.status).toBe(409);
  });
});
