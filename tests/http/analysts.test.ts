// Named analysts: each writes with a token of their own, stored as its SHA-256 by the statements
// `npm run analyst` runs (src/authoring/analyst-sql.mjs, run here against the test database), and
// the audit trail records who wrote from the token, never from the body.
import { createExecutionContext, env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  addStatement,
  checkName,
  newToken,
  revokeStatement,
  rotateStatements,
  tokenSha256,
} from '../../src/authoring/analyst-sql.mjs';
import { AGREED, citing } from '../observation-fixtures';

const BASE = 'http://briefs.test';

function run(sql: string): Promise<unknown> {
  return env.DB.exec(sql);
}

/** A write with an analyst's token; an observation's described source is registered and cited first. */
async function write(token: string, method: string, path: string, body?: unknown): Promise<Response> {
  const sent = path === '/v1/observations' ? await citing(body) : body;
  return SELF.fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(sent === undefined ? {} : { body: JSON.stringify(sent) }),
  });
}

const observation = (n: number) => ({
  ...AGREED,
  date: `2021-10-${String(10 + n).padStart(2, '0')}`,
  source: { ...AGREED.source, url: `https://news.example/analysts-${n}` },
});

describe('the analyst command’s statements', () => {
  it('keep only the token’s SHA-256, and refuse names the service writes itself', async () => {
    const token = newToken();
    expect(token).toMatch(/^sba_[A-Za-z0-9_-]{43}$/);
    expect(addStatement('jane', token, '2026-01-01T00:00:00.000Z')).not.toContain(token);
    const subtle = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
    expect(tokenSha256(token)).toBe([...subtle].map((b) => b.toString(16).padStart(2, '0')).join(''));
    expect(checkName('admin')).toMatch(/service's own name/);
    expect(checkName('seed')).toMatch(/service's own name/);
    expect(checkName("o'brien")).toBeDefined();
    expect(checkName('jane.doe')).toBeUndefined();
  });
});

describe('writes by a named analyst', () => {
  it('record the analyst the token names, in observations, retractions, sources and scenario versions', async () => {
    const token = newToken();
    await run(addStatement('jane.doe', token, new Date().toISOString()));

    const created = await write(token, 'POST', '/v1/observations', observation(1));
    expect(created.status).toBe(201);
    const stored = (await created.json()) as { id: string; analyst: string };
    expect(stored.analyst).toBe('jane.doe');
    const row = await env.DB.prepare('SELECT created_by FROM observations WHERE id = ?')
      .bind(stored.id)
      .first<{ created_by: string }>();
    expect(row?.created_by).toBe('jane.doe');

    const retracted = await write(token, 'DELETE', `/v1/observations/${stored.id}`, { reason: 'a test' });
    expect(((await retracted.json()) as { retractedBy: string }).retractedBy).toBe('jane.doe');

    const source = await write(token, 'POST', '/v1/sources', {
      id: 'analysts-test-source',
      title: 'A source registered by a named analyst',
      publisher: 'A test publisher',
      genre: 'analysis',
      published: '2021-09-01',
      url: 'https://news.example/analysts-test-source',
      reliability: { grade: 'C', rationale: 'A fairly reliable test source, for this test only.' },
      text: 'A text of a source registered by a named analyst, for the audit trail.',
    });
    expect(source.status).toBe(201);
    const sourceRow = await env.DB.prepare('SELECT created_by FROM sources WHERE id = ?')
      .bind('analysts-test-source')
      .first<{ created_by: string }>();
    expect(sourceRow?.created_by).toBe('jane.doe');

    const retired = await write(token, 'DELETE', '/v1/scenarios/russian-pledges-delivered/versions/1', {
      reason: 'a test of who retires',
    });
    expect(((await retired.json()) as { retired: { by: string } }).retired.by).toBe('jane.doe');
  });

  it('refuse a body that claims another writer', async () => {
    const token = newToken();
    await run(addStatement('claims-test', token, new Date().toISOString()));
    const res = await write(token, 'POST', '/v1/observations', { ...observation(2), analyst: 'someone-else' });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { issues: { parameter: string; message: string }[] };
    expect(problem.issues).toEqual([{ parameter: 'analyst', message: expect.stringContaining('claims-test') }]);
    // Naming oneself is allowed, and changes nothing.
    const own = await write(token, 'POST', '/v1/observations', { ...observation(3), analyst: 'claims-test' });
    expect(own.status).toBe(201);
    const { id } = (await own.json()) as { id: string };
    const by = await write(token, 'DELETE', `/v1/observations/${id}`, { by: 'someone-else' });
    expect(by.status).toBe(400);
  });

  it('stop when the token is revoked, and a rotated token replaces the old one', async () => {
    const first = newToken();
    await run(addStatement('rotating', first, new Date().toISOString()));
    const firstWrite = await write(first, 'POST', '/v1/observations', observation(4));
    expect(firstWrite.status, await firstWrite.clone().text()).toBe(201);

    const second = newToken();
    await run(rotateStatements('rotating', second, new Date().toISOString()));
    const old = await write(first, 'POST', '/v1/observations', observation(5));
    expect(old.status).toBe(401);
    expect(old.headers.get('WWW-Authenticate')).toBe('Bearer error="invalid_token"');
    const secondWrite = await write(second, 'POST', '/v1/observations', observation(5));
    expect(secondWrite.status, await secondWrite.clone().text()).toBe(201);

    const revoked = await env.DB.prepare(revokeStatement('rotating', new Date().toISOString())).all();
    expect(revoked.results).toEqual([{ name: 'rotating' }]);
    // Revoking again revokes nothing, and says so: the command fails on an empty answer.
    expect((await env.DB.prepare(revokeStatement('rotating', new Date().toISOString())).all()).results).toEqual([]);
    expect((await write(second, 'POST', '/v1/observations', observation(6))).status).toBe(401);
    // The database keeps both tokens' hashes, revoked, and never deletes them.
    const rows = await env.DB.prepare('SELECT revoked_at FROM analysts WHERE name = ?').bind('rotating').all();
    expect(rows.results).toHaveLength(2);
    expect(rows.results.every((r) => r.revoked_at !== null)).toBe(true);
    await expect(run("DELETE FROM analysts WHERE name = 'rotating'")).rejects.toThrow(/stay on record/);
  });

  it('one live token per name: adding a name that has one fails in the database', async () => {
    await run(addStatement('twice', newToken(), new Date().toISOString()));
    await expect(run(addStatement('twice', newToken(), new Date().toISOString()))).rejects.toThrow(/UNIQUE/);
  });

  it('turn writes on without an admin token, which writes nothing then', async () => {
    const token = newToken();
    await run(addStatement('no-admin', token, new Date().toISOString()));
    const { createApp } = await import('../../src/http/app');
    const { catalog } = await import('../../src/catalog/catalog');
    const app = createApp(catalog);
    const body = JSON.stringify(await citing(observation(7)));
    const post = (bearer: string) =>
      app.fetch(
        new Request(`${BASE}/v1/observations`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
          body,
        }),
        { ...env, ADMIN_TOKEN: undefined },
        createExecutionContext(),
      );
    expect((await post('test-admin-token-0123456789')).status).toBe(401);
    expect((await post(token)).status).toBe(201);
  });
});
