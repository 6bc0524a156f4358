// POST /v1/observation-imports: a chronology back-filled as NDJSON, all or nothing, every line's
// problems listed.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/brief/brief-schema';
import { AGREED, citing, TEST_ADMIN_TOKEN } from '../observation-fixtures';

const BASE = 'http://briefs.test';

/** Imports lines, each described source registered and cited first (a string line is sent as it is). */
async function importLines(lines: readonly unknown[], headers: Record<string, string> = {}): Promise<Response> {
  const sent = await Promise.all(lines.map(async (l) => (typeof l === 'string' ? l : JSON.stringify(await citing(l)))));
  return SELF.fetch(`${BASE}/v1/observation-imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/x-ndjson', ...headers },
    body: sent.join('\n'),
  });
}

const source = (n: string, published = '2021-10-20') => ({
  ...AGREED.source,
  url: `https://news.example/chronology-${n}`,
  published,
});

/** A chronology: a fact defined, then values of it, then a value of an existing fact. */
const CHRONOLOGY = [
  {
    factId: 'tj.border_posts_reinforced',
    value: 3,
    date: '2021-09-02',
    definition: {
      statement: 'Tajik border posts reinforced along the Afghan frontier',
      type: 'number',
      unit: 'count',
      actors: ['tajikistan'],
      tags: ['border'],
    },
    source: { ...source('1', '2021-09-02'), quote: 'Three more Tajik border posts were reinforced on September 2.' },
  },
  {
    factId: 'tj.border_posts_reinforced',
    value: 7,
    date: '2021-09-20',
    source: { ...source('2', '2021-09-20'), quote: 'Seven Tajik border posts had been reinforced by September 20.' },
  },
  { ...AGREED, source: source('3') },
];

interface ImportAnswer {
  count: number;
  observations: { id: string; factId: string; analyst: string; createdAt: string }[];
}
interface ProblemAnswer {
  type: string;
  detail: string;
  issues: { parameter: string; message: string }[];
}

const observationCount = async () =>
  ((await (await SELF.fetch(`${BASE}/v1/observations?limit=200`)).json()) as { count: number }).count;

describe('importing observations', () => {
  it('stores every line, in line order, and the briefs move with them', async () => {
    const before = await observationCount();
    const res = await importLines(CHRONOLOGY);
    expect(res.status).toBe(201);
    const answer = (await res.json()) as ImportAnswer;
    expect(answer.count).toBe(3);
    expect(answer.observations.map((o) => o.factId)).toEqual([
      'tj.border_posts_reinforced',
      'tj.border_posts_reinforced',
      'csto.response_to_request',
    ]);
    expect(answer.observations.every((o) => o.analyst === 'admin')).toBe(true);
    // The audit trail keeps them in line order: the definition before the value that needs it.
    const trail = (await (await SELF.fetch(`${BASE}/v1/observations?limit=200`)).json()) as ImportAnswer;
    expect(trail.observations.slice(before).map((o) => o.id)).toEqual(answer.observations.map((o) => o.id));
    const fact = (await (await SELF.fetch(`${BASE}/v1/facts/tj.border_posts_reinforced?asOf=2021-10-01`)).json()) as {
      value: number;
    };
    expect(fact.value).toBe(7);
    const brief = (await (await SELF.fetch(`${BASE}/v1/briefs/csto-non-response?asOf=2021-11-01`)).json()) as Brief;
    expect(brief.resolution.status).toBe('no');
  });

  it('stores nothing when any line fails, and lists every line’s problems', async () => {
    const before = await observationCount();
    const res = await importLines([
      { ...AGREED, date: '2021-10-21', source: source('4', '2021-10-21') },
      '{"factId": ',
      { ...AGREED, factId: 'tj.no_such_fact', source: source('5') },
      { ...AGREED, date: '2021-10-21', source: source('4', '2021-10-21') },
      { ...AGREED, value: 42, source: source('6') },
      { ...AGREED, analyst: 'someone-else', source: source('7') },
    ]);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as ProblemAnswer;
    expect(problem.type).toBe('/problems/invalid-body');
    expect(problem.detail).toMatch(/nothing was stored/);
    const lines = problem.issues.map((i) => i.parameter);
    expect(lines).toEqual(['line 2', 'line 3: definition', 'line 4', 'line 5: value', 'line 6: analyst']);
    expect(problem.issues[2]?.message).toMatch(/same observation as line 1/);
    expect(await observationCount()).toBe(before);
  });

  it('is all or nothing against what is stored too: a line stored already is a problem of its line, and none is stored', async () => {
    const one = { ...AGREED, date: '2021-10-22', source: source('8', '2021-10-22') };
    expect((await importLines([one])).status).toBe(201);
    const before = await observationCount();
    const res = await importLines([{ ...AGREED, date: '2021-10-23', source: source('9', '2021-10-23') }, one]);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as ProblemAnswer;
    expect(problem.issues).toEqual([
      { parameter: 'line 2', message: expect.stringMatching(/is stored already, as observation /) },
    ]);
    expect(await observationCount()).toBe(before);
  });

  it('takes NDJSON only, within its limits, with a token', async () => {
    expect((await importLines([AGREED], { 'Content-Type': 'application/json' })).status).toBe(415);
    expect((await importLines([])).status).toBe(400);
    const tooMany = Array.from({ length: 501 }, () => '{}');
    expect((await importLines(tooMany)).status).toBe(413);
    const noToken = await SELF.fetch(`${BASE}/v1/observation-imports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: JSON.stringify(AGREED),
    });
    expect(noToken.status).toBe(401);
  });
});
