// Sends every case of the hostile catalog (cases.ts) and checks the answer against the case's
// expectations and against every rule of response-checks.ts.
import { env, SELF } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_ADMIN_TOKEN } from '../observation-fixtures';
import { AGREED_SOURCE, CASES, type HostileCase } from './cases';
import { answerOf, violations } from './response-checks';
import { BASE, isPagePath } from './routes';

async function storedRows(): Promise<string> {
  const { results } = await env.DB.prepare('SELECT id, retracted_at FROM observations ORDER BY id').all();
  return JSON.stringify(results);
}

afterEach(() => {
  vi.restoreAllMocks();
});

// The observations the cases write cite this registered source.
beforeAll(async () => {
  const res = await SELF.fetch(`${BASE}/v1/sources`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(AGREED_SOURCE),
  });
  expect(res.status).toBe(201);
});

describe('the hostile catalog', () => {
  it('covers every bullet of the issue', () => {
    const bullets = new Set(CASES.map((c) => c.bullet));
    expect([...bullets].sort()).toEqual(
      [
        'body-on-get',
        'bad-number',
        'content-type',
        'dangerous-url',
        'header-injection',
        'impossible-date',
        'long-url',
        'many-assumptions',
        'method',
        'path-traversal',
        'write-api',
        'xss',
      ].sort(),
    );
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [`${c.bullet}: ${c.name}`, c] as const))('%s', async (_name, c: HostileCase) => {
    const { method = 'GET', path, headers = {}, body } = c.request;
    const before = c.expect.storesNothing ? await storedRows() : '';
    const url = `${BASE}${path}`;
    const res = await SELF.fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    const answer = await answerOf(method, url, res);
    const statuses = typeof c.expect.status === 'number' ? [c.expect.status] : c.expect.status;

    expect(violations(answer, new Set(statuses)), answer.body.slice(0, 500)).toEqual([]);
    if (isPagePath(new URL(url).pathname)) {
      // A page's problem is a page: it links its type and names the parameter in words.
      if (c.expect.problem) expect(answer.body).toContain(`/problems/${c.expect.problem}`);
      if (c.expect.names) expect(answer.body).toContain(c.expect.names);
    } else if (c.expect.problem || c.expect.names) {
      const problem = JSON.parse(answer.body) as { type: string; issues?: { parameter: string }[] };
      if (c.expect.problem) expect(problem.type).toBe(`/problems/${c.expect.problem}`);
      if (c.expect.names) expect(problem.issues?.map((i) => i.parameter)).toContain(c.expect.names);
    }
    for (const text of c.expect.absent ?? []) expect(answer.body).not.toContain(text);
    const headerText = [...answer.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
    for (const text of c.expect.absentFromHeaders ?? [])
      expect(headerText.toLowerCase()).not.toContain(text.toLowerCase());
    if (c.expect.maxBodyLength !== undefined) expect(answer.body.length).toBeLessThanOrEqual(c.expect.maxBodyLength);
    if (c.expect.storesNothing) expect(await storedRows()).toBe(before);
  });
});
