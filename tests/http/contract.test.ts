// The documented contract: /openapi.json validates, lists exactly the routes the app serves,
// and what each route returns conforms to the schema the document gives for it.

import { SELF } from 'cloudflare:test';
import { compileErrors, validate } from '@readme/openapi-parser';
import Ajv2020 from 'ajv/dist/2020';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { createApp } from '../../src/http/app';
import { responseSchema } from '../../src/http/contract/response-schemas';
import { ROUTE_CONTRACTS } from '../../src/http/contract/routes';
import { PROBLEM_TYPES } from '../../src/http/problem';
import { postObservation } from '../observation-fixtures';

const BASE = 'http://briefs.test';
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);

type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters: { name: string }[] }>>;
  components: { schemas: Record<string, { externalDocs?: { url: string } }>; responses: Record<string, unknown> };
};

async function openApi(): Promise<OpenApi> {
  const res = await get('/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('application/vnd.oai.openapi+json');
  return (await res.json()) as OpenApi;
}

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document, by an independent validator', async () => {
    const doc = await openApi();
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('lists exactly the routes the app serves, GET ones with HEAD', async () => {
    const doc = await openApi();
    const served = createApp(catalog)
      .routes.filter((r) => ['GET', 'POST', 'PUT', 'DELETE'].includes(r.method))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => m !== 'head')
        .map((m) => `${m} ${path}`),
    );
    expect(documented.sort()).toEqual([...new Set(served)].sort());
    for (const [path, item] of Object.entries(doc.paths)) {
      if (item.get) {
        expect(Object.keys(item), path).toContain('head');
        expect(Object.keys(item.get.responses), path).toEqual(expect.arrayContaining(['200', '304', '405']));
      }
    }
  });

  it('and the 405 answers agree: Allow lists exactly the methods the contract gives a path', async () => {
    // The worker reads a path's methods from its router, not from the contract table (which stays
    // out of the bundle): this keeps the two the same.
    const documented = new Map<string, Set<string>>();
    for (const route of ROUTE_CONTRACTS) {
      const methods = documented.get(route.path) ?? new Set(['OPTIONS']);
      const method = (route.method ?? 'get').toUpperCase();
      methods.add(method);
      if (method === 'GET') methods.add('HEAD');
      documented.set(route.path, methods);
    }
    for (const [path, methods] of documented) {
      const res = await get(path.replace(/\{\w+\}/g, 'x'), { method: 'PATCH' });
      expect(res.status, path).toBe(405);
      expect(new Set(res.headers.get('Allow')?.split(', ')), path).toEqual(methods);
    }
  });

  it('documents every problem type, and every parameter the brief route validates', async () => {
    const doc = await openApi();
    expect(Object.keys(doc.components.responses).sort()).toEqual(Object.keys(PROBLEM_TYPES).sort());
    const brief = doc.paths['/v1/briefs/{id}']?.get;
    expect(brief?.parameters.map((p) => p.name)).toEqual(['id', 'asOf', 'assume']);
    expect(Object.keys(brief?.responses ?? {})).toEqual(expect.arrayContaining(['400', '404']));
  });

  it('points the brief and fact schemas to their published JSON Schemas', async () => {
    const doc = await openApi();
    expect(doc.components.schemas.Brief?.externalDocs?.url).toBe('/v1/schemas/brief.json');
    expect(doc.components.schemas.Fact?.externalDocs?.url).toBe('/v1/schemas/fact.json');
  });

  it('documents for HEAD the same statuses as for GET, and a 500 everywhere', async () => {
    const doc = await openApi();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(Object.keys(operation.responses), `${method} ${path}`).toContain('500');
      }
      if (!item.get) continue;
      const statuses = Object.keys(item.get.responses).sort();
      expect(Object.keys(item.head?.responses ?? {}).sort(), path).toEqual(statuses);
    }
  });

  it('documents the writes: their body, the bearer token, 201 and every problem', async () => {
    const doc = (await openApi()) as OpenApi & { components: { securitySchemes: Record<string, unknown> } };
    const post = doc.paths['/v1/observations']?.post as unknown as Record<string, unknown> & {
      responses: Record<string, unknown>;
    };
    expect(post.security).toEqual([{ analystToken: [] }]);
    expect(post.requestBody).toBeTruthy();
    expect(Object.keys(post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '413', '415']),
    );
    expect(doc.components.securitySchemes.analystToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(doc.paths['/v1/observations/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'head']);
  });
});

describe('published JSON Schemas', () => {
  it.each(['brief', 'fact', 'scenario'])('%s is served at a stable URL with its $id', async (name) => {
    const res = await get(`/v1/schemas/${name}.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/schema+json');
    const schema = (await res.json()) as Record<string, unknown>;
    expect(schema.$id).toBe(`/v1/schemas/${name}.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
  });
});

describe('responses conform to the documented schemas', () => {
  const samples: Record<string, string> = {
    '/': '/',
    '/oembed': '/oembed?url=http%3A%2F%2Fbriefs.test%2Fbriefs%2Fcsto-non-response%3FasOf%3D2021-07-08&maxwidth=400',
    '/problems/{type}': '/problems/invalid-query',
    '/v1/digest': '/v1/digest',
    '/v1/briefs/{id}/history': '/v1/briefs/csto-non-response/history',
    '/v1/observations': '/v1/observations',
    '/v1/observations/{id}': '/v1/observations/{observation}',
    '/v1/digest/{date}': `/v1/digest/${new Date().toISOString().slice(0, 10)}`,
    '/v1/digests': '/v1/digests',
    '/v1/track-record': '/v1/track-record',
    '/feeds/digest.json': '/feeds/digest.json',
    '/v1/scenarios': '/v1/scenarios',
    '/v1/scenarios/{id}': '/v1/scenarios/csto-non-response',
    // Version 1 of a seed, and (published in beforeAll) version 2 of it.
    '/v1/scenarios/{id}/versions': '/v1/scenarios/taliban-border-advance/versions',
    '/v1/scenarios/{id}/versions/{version}': '/v1/scenarios/taliban-border-advance/versions/2',
    '/v1/briefs/{id}': '/v1/briefs/csto-non-response?assume.csto.response_to_request=agreed',
    '/v1/facts': '/v1/facts?asOf=2021-07-07',
    '/v1/facts/{id}': '/v1/facts/ru.pledge_2014_share_delivered',
    '/v1/sources': '/v1/sources',
    '/v1/sources/{id}': '/v1/sources/diplomat-2021-07-csto-afghan-border',
    '/v1/sets': '/v1/sets?asOf=2021-08-01',
    '/v1/sets/{id}/versions': '/v1/sets/tajik-border-security/versions',
    '/v1/sets/{id}/versions/{version}': '/v1/sets/tajik-border-security/versions/1',
    '/v1/sets/{id}': '/v1/sets/tajik-border-security?asOf=2021-08-15&assume.ru.bilateral_defence_pledged=true',
  };
  const withSchemas = ROUTE_CONTRACTS.filter((r) => responseSchema(r) && (r.method ?? 'get') === 'get');
  let observationId = '';
  const sample = (path: string) => (samples[path] as string).replace('{observation}', observationId);

  beforeAll(async () => {
    const res = await postObservation({
      factId: 'tj.reservists_mobilized',
      value: 30000,
      date: '2021-08-01',
      source: {
        title: 'More reservists called up',
        publisher: 'A news agency',
        url: 'https://news.example/reservists',
        published: '2021-08-01',
        quote: 'Tajikistan called up 30,000 reservists in August.',
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    observationId = ((await res.json()) as { id: string }).id;
    const scenario = (await (await get('/v1/scenarios/taliban-border-advance')).json()) as Record<string, unknown>;
    const published = await get('/v1/scenarios/taliban-border-advance?reason=a%20second%20version', {
      method: 'PUT',
      headers: { Authorization: 'Bearer test-admin-token-0123456789', 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...scenario, title: `${scenario.title as string}, again` }),
    });
    expect(published.status).toBe(200);
  });

  it('has a sample for every route with a schema', () => {
    expect(withSchemas.map((r) => r.path).sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(withSchemas.map((r) => [r.path, r] as const))('%s', async (path, route) => {
    const res = await get(sample(path), { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    const body = await res.json();
    const parsed = v.safeParse(responseSchema(route) as v.GenericSchema, body);
    expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    // valibot objects drop unknown keys: equality means no field goes undocumented.
    expect(parsed.output).toEqual(body);
  });

  it.each(withSchemas.map((r) => [r.path, r] as const))(
    '%s also validates against the JSON Schema /openapi.json gives for it, by an independent validator',
    async (path, route) => {
      const doc = await openApi();
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      ajv.addSchema({ $id: 'openapi', components: doc.components } as never);
      const validate = ajv.compile({ $ref: `openapi#/components/schemas/${route.response.name}` });
      const body = await (await get(sample(path), { headers: { Accept: 'application/json' } })).json();
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.each(['brief', 'fact'])('the published %s JSON Schema accepts what the API serves', async (name) => {
    const schema = await (await get(`/v1/schemas/${name}.json`)).json();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema as object);
    const sample = name === 'brief' ? samples['/v1/briefs/{id}'] : samples['/v1/facts/{id}'];
    const body = await (await get(sample as string)).json();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    // And it can fail: a brief without its bottom line is not one.
    const broken = { ...(body as object), bluf: undefined, statement: undefined, id: 42 };
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });
});

describe('/docs', () => {
  it('is an offline HTML reference that covers every route and links the OpenAPI document', async () => {
    const res = await get('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('href="/openapi.json"');
    for (const route of ROUTE_CONTRACTS) expect(html).toContain(`<code>${route.path}</code>`);
    for (const kind of Object.keys(PROBLEM_TYPES)) expect(html).toContain(`/problems/${kind}`);
    // Nothing is loaded from elsewhere: no scripts at all, and no absolute URLs in src or href.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('allows only its own stylesheet, by hash', async () => {
    const res = await get('/docs');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    const html = await res.text();
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    const b64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(csp).toContain(`'sha256-${b64}'`);
  });
});
