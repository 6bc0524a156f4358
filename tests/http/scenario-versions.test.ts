// Scenarios authored live: created and versioned over HTTP with the build's checks, served at
// their latest version not retired, with indicators that read facts observations defined.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import INCURSION from '../../scenarios/taliban-cross-border-incursion.json';
import type { Brief } from '../../src/brief/brief-schema';
import { postObservation, TEST_ADMIN_TOKEN } from '../observation-fixtures';

const BASE = 'http://briefs.test';
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);
const AUTH = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json' };

function send(method: string, path: string, body?: unknown): Promise<Response> {
  return get(path, { method, headers: AUTH, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

interface VersionAnswer {
  scenarioId: string;
  version: number;
  hash: string;
  seed: boolean;
  publishedAt: string | null;
  by: string;
  reason: string;
  retired: { at: string; by: string; reason: string | null } | null;
  served: boolean;
  problems?: { path: string; message: string }[];
  document?: Record<string, unknown>;
}
interface VersionList {
  scenarioId: string;
  served: number | null;
  versions: VersionAnswer[];
}
interface ProblemAnswer {
  type: string;
  status: number;
  issues?: { parameter: string; message: string }[];
}

/** A source registered for these tests, and the fact an observation citing it defines. */
const SOURCE_TEXT =
  'KHOROG, September 14 (A news agency) — Tajikistan moved an extra 2,000 border guards to the Gorno-Badakhshan stretch of the Afghan frontier this week, the border service said.';
const SOURCE = {
  id: 'agency-2021-09-14-tajik-reinforcements',
  title: 'Tajikistan reinforces its Afghan frontier in Gorno-Badakhshan',
  publisher: 'A news agency',
  genre: 'wire-report',
  published: '2021-09-14',
  url: 'https://news.example/2021/09/14/tajik-reinforcements',
  reliability: {
    grade: 'B',
    rationale: 'An established wire service with a record of accurate reporting on the region.',
  },
  text: SOURCE_TEXT,
};
const NEW_FACT = 'tj.border_guards_reinforced';
const DEFINITION = {
  factId: NEW_FACT,
  value: true,
  date: '2021-09-14',
  definition: {
    statement: 'Tajikistan sent extra border guards to its Afghan frontier',
    type: 'boolean',
    actors: ['tajikistan'],
    tags: ['border'],
  },
  citation: {
    sourceId: SOURCE.id,
    quote: 'Tajikistan moved an extra 2,000 border guards to the Gorno-Badakhshan stretch of the Afghan frontier',
  },
};

/** A new scenario: the incursion question again, with an indicator over the observed fact. */
function newScenario(id: string, weight = 1.6): Record<string, unknown> {
  const { $schema: _hint, ...rest } = INCURSION as Record<string, unknown>;
  return {
    ...rest,
    id,
    title: 'Incursion despite reinforcements',
    indicators: [
      ...(INCURSION.indicators as unknown[]),
      {
        id: 'guards-reinforced',
        label: 'Tajikistan sent extra border guards to its Afghan frontier',
        condition: { op: 'eq', of: { fact: NEW_FACT }, value: true },
        direction: 'lowers',
        weight,
        rationale: 'More guards on the frontier make an armed crossing harder to carry out unopposed.',
      },
    ],
  };
}

async function registerSourceAndDefineFact(): Promise<void> {
  const registered = await send('POST', '/v1/sources', SOURCE);
  expect([201, 409]).toContain(registered.status);
  const defined = await postObservation(DEFINITION);
  expect([201, 409]).toContain(defined.status);
}

const brief = async (id: string, asOf = '2021-10-01') =>
  (await (await get(`/v1/briefs/${id}?asOf=${asOf}`)).json()) as Brief;

describe('creating a scenario live', () => {
  it('checks it as the build does, stores version 1, and serves briefs whose indicators read an observed fact', async () => {
    await registerSourceAndDefineFact();
    const res = await send(
      'POST',
      '/v1/scenarios?reason=reinforcements%20reported',
      newScenario('incursion-vs-guards'),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/v1/scenarios/incursion-vs-guards');
    const created = (await res.json()) as VersionAnswer;
    expect(created).toMatchObject({
      scenarioId: 'incursion-vs-guards',
      version: 1,
      by: 'admin',
      reason: 'reinforcements reported',
      retired: null,
      served: true,
    });
    expect(created.hash).toMatch(/^[0-9a-f]{16}$/);

    const b = await brief('incursion-vs-guards');
    expect(b.scenario.version).toEqual({ number: 1, hash: created.hash });
    const reinforced = b.indicators.find((i) => i.id === 'guards-reinforced');
    expect(reinforced?.status).toBe('met');
    // The observed fact is cited from the registered source, at offsets the server found.
    expect(b.citations.some((c) => c.sourceId === SOURCE.id)).toBe(true);
    // Before the observation's date, the fact is not known and the indicator is not met.
    expect(
      (await brief('incursion-vs-guards', '2021-09-01')).indicators.find((i) => i.id === 'guards-reinforced')?.status,
    ).toBe('unknown');

    const list = (await (await get('/v1/scenarios?asOf=2021-10-01')).json()) as { scenarios: { id: string }[] };
    expect(list.scenarios.map((s) => s.id)).toContain('incursion-vs-guards');
  });

  it('refuses a taken id with a 409, the seeds’ included', async () => {
    const seed = { ...newScenario('taliban-cross-border-incursion') };
    await registerSourceAndDefineFact();
    const res = await send('POST', '/v1/scenarios', seed);
    expect(res.status).toBe(409);
    expect(((await res.json()) as ProblemAnswer).type).toBe('/problems/conflict');
  });

  it('answers 422 listing every problem with its path: unknown facts, the lint, double counting, reachability', async () => {
    const doc = newScenario('broken-scenario');
    const indicators = doc.indicators as Record<string, unknown>[];
    const broken = {
      ...doc,
      indicators: [
        ...indicators,
        {
          id: 'no-such-fact',
          label: 'A fact nobody recorded holds',
          condition: { op: 'eq', of: { fact: 'tj.no_such_fact' }, value: true },
          direction: 'raises',
          weight: 2,
          rationale: 'Reads a fact the service does not have at all, on purpose.',
        },
        {
          ...(indicators[0] as object),
          id: 'taliban-hold-border-again',
          label: 'The Taliban will certainly hold the border',
        },
      ],
    };
    const res = await send('POST', '/v1/scenarios', broken);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as ProblemAnswer;
    expect(problem.type).toBe('/problems/invalid-scenario');
    const paths = (problem.issues ?? []).map((i) => i.parameter);
    expect(paths).toContain(`indicators.${indicators.length}.condition.of.fact`);
    expect(paths.some((p) => p.startsWith(`indicators.${indicators.length + 1}.`))).toBe(true);

    const weak = {
      ...newScenario('too-weak'),
      indicators: [(newScenario('too-weak').indicators as object[]).at(-1)],
    };
    const unreachable = (await (await send('POST', '/v1/scenarios', weak)).json()) as ProblemAnswer;
    expect(unreachable.issues?.map((i) => i.parameter)).toContain('indicators');
    expect(unreachable.issues?.[0]?.message).toMatch(/10% to 90%/);
    // Nothing was stored.
    expect((await get('/v1/scenarios/broken-scenario/versions')).status).toBe(404);
  });

  it('needs a token, and names the writer from it', async () => {
    const res = await get('/v1/scenarios', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(newScenario('no-token')),
    });
    expect(res.status).toBe(401);
  });
});

describe('publishing versions', () => {
  it('a seed scenario: version 1 is its file, recorded on the first publication; briefs name the new version', async () => {
    const before = await brief('taliban-cross-border-incursion');
    expect(before.scenario.version.number).toBe(1);
    const served = (await (await get('/v1/scenarios/taliban-cross-border-incursion')).json()) as Record<
      string,
      unknown
    >;
    // The document as served, edited: `links` is ignored, `version` says what it was edited from.
    const edited = { ...served, baseRate: { ...(served.baseRate as object), probability: 0.3 } };
    const res = await send('PUT', '/v1/scenarios/taliban-cross-border-incursion?reason=a%20higher%20prior', edited);
    expect(res.status).toBe(200);
    const published = (await res.json()) as VersionAnswer;
    expect(published).toMatchObject({ version: 2, by: 'admin', reason: 'a higher prior', served: true });
    expect(res.headers.get('Content-Location')).toBe('/v1/scenarios/taliban-cross-border-incursion/versions/2');

    const after = await brief('taliban-cross-border-incursion');
    expect(after.scenario.version).toEqual({ number: 2, hash: published.hash });
    expect(after.likelihood.probability).toBeGreaterThan(before.likelihood.probability);
    expect(after.version.rules).not.toBe(before.version.rules);

    const list = (await (await get('/v1/scenarios/taliban-cross-border-incursion/versions')).json()) as VersionList;
    expect(list.served).toBe(2);
    expect(list.versions.map((v) => [v.version, v.seed, v.by, v.served])).toEqual([
      [1, true, 'seed', false],
      [2, false, 'admin', true],
    ]);
    expect(list.versions[0]?.hash).toBe(before.scenario.version.hash);
    const one = (await (await get('/v1/scenarios/taliban-cross-border-incursion/versions/1')).json()) as VersionAnswer;
    expect((one.document as { baseRate: { probability: number } }).baseRate.probability).toBe(0.15);

    // The same document again publishes nothing: PUT is idempotent.
    const again = await send('PUT', '/v1/scenarios/taliban-cross-border-incursion?reason=again', {
      ...edited,
      version: undefined,
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as VersionAnswer).version).toBe(2);

    // Edited from version 1 while version 2 is served: a lost update, refused.
    const stale = await send('PUT', '/v1/scenarios/taliban-cross-border-incursion?reason=stale%20edit', {
      ...edited,
      baseRate: { ...(served.baseRate as object), probability: 0.2 },
    });
    expect(stale.status).toBe(409);
  });

  it('needs a reason, the path’s id, and a scenario that exists', async () => {
    const doc = { ...(INCURSION as object), baseRate: { ...INCURSION.baseRate, probability: 0.2 } };
    const noReason = (await (
      await send('PUT', '/v1/scenarios/taliban-cross-border-incursion', doc)
    ).json()) as ProblemAnswer;
    expect(noReason.issues?.map((i) => i.parameter)).toEqual(['reason']);
    const otherId = (await (
      await send('PUT', '/v1/scenarios/csto-non-response?reason=wrong%20id', doc)
    ).json()) as ProblemAnswer;
    expect(otherId.issues?.map((i) => i.parameter)).toEqual(['id']);
    const nobody = { ...doc, id: 'nobody-wrote-this' };
    expect((await send('PUT', '/v1/scenarios/nobody-wrote-this?reason=nothing', nobody)).status).toBe(404);
  });

  it('writers publishing at once: each version number lands once, and a writer who loses the race gets 409', async () => {
    const { default: SUBSTITUTION } = await import('../../scenarios/russia-bilateral-substitution.json');
    const raced = await Promise.all(
      ['first', 'second', 'third'].map((writer) =>
        send('PUT', '/v1/scenarios/russia-bilateral-substitution?reason=race', {
          ...(SUBSTITUTION as object),
          baseRate: {
            ...SUBSTITUTION.baseRate,
            rationale: `${SUBSTITUTION.baseRate.rationale} (Edited by the ${writer} writer.)`,
          },
        }),
      ),
    );
    // Whether the three overlap depends on scheduling: what must hold either way is that no
    // number is given twice and every writer that did not publish was told so.
    const answers = await Promise.all(
      raced.map(async (r) => ({ status: r.status, body: (await r.json()) as VersionAnswer & ProblemAnswer })),
    );
    const published = answers.filter((a) => a.status === 200).map((a) => a.body.version);
    expect(published.length).toBeGreaterThan(0);
    expect(new Set(published).size).toBe(published.length);
    for (const lost of answers.filter((a) => a.status !== 200)) {
      expect(lost.status).toBe(409);
      expect(lost.body.type).toBe('/problems/conflict');
    }
    const list = (await (await get('/v1/scenarios/russia-bilateral-substitution/versions')).json()) as VersionList;
    expect(list.versions.map((v) => v.version)).toEqual([1, ...published.sort()]);
  });

  it('the store decides a race for one number atomically: one insert lands, the others store nothing', async () => {
    const { env } = await import('cloudflare:test');
    const { insertScenarioVersion } = await import('../../src/observations/scenario-store');
    const version = (by: string) => ({
      scenarioId: 'raced-in-the-store',
      version: 1,
      document: { ...(INCURSION as object), id: 'raced-in-the-store', title: `Raced by ${by}` },
      hash: by.padEnd(16, '0'),
      createdAt: new Date().toISOString(),
      createdBy: by,
      reason: 'race',
    });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((by) => insertScenarioVersion(env.DB, version(by))));
    expect(results.filter(Boolean)).toHaveLength(1);
    const rows = await env.DB.prepare('SELECT created_by FROM scenario_versions WHERE scenario_id = ?')
      .bind('raced-in-the-store')
      .all();
    expect(rows.results).toHaveLength(1);
  });
});

describe('retiring versions', () => {
  it('serves the latest version not retired; retiring every version takes the scenario out, on record', async () => {
    await registerSourceAndDefineFact();
    expect((await send('POST', '/v1/scenarios?reason=first', newScenario('retire-me', 1.6))).status).toBe(201);
    const v2 = await send('PUT', '/v1/scenarios/retire-me?reason=stronger', newScenario('retire-me', 3));
    expect(v2.status).toBe(200);
    expect((await brief('retire-me')).scenario.version.number).toBe(2);

    const retired = await get('/v1/scenarios/retire-me/versions/2', {
      method: 'DELETE',
      headers: AUTH,
      body: JSON.stringify({ reason: 'the weight was not argued' }),
    });
    expect(retired.status).toBe(200);
    expect((await retired.json()) as VersionAnswer).toMatchObject({
      version: 2,
      retired: { by: 'admin', reason: 'the weight was not argued' },
      served: false,
    });
    expect((await brief('retire-me')).scenario.version.number).toBe(1);
    expect((await send('DELETE', '/v1/scenarios/retire-me/versions/2')).status).toBe(409);

    expect((await send('DELETE', '/v1/scenarios/retire-me/versions/1')).status).toBe(200);
    expect((await get('/v1/briefs/retire-me')).status).toBe(404);
    const list = (await (await get('/v1/scenarios')).json()) as { scenarios: { id: string }[] };
    expect(list.scenarios.map((s) => s.id)).not.toContain('retire-me');
    // Never deleted: both stay on record.
    const versions = (await (await get('/v1/scenarios/retire-me/versions')).json()) as VersionList;
    expect(versions.served).toBeNull();
    expect(versions.versions.map((v) => [v.version, v.retired?.by])).toEqual([
      [1, 'admin'],
      [2, 'admin'],
    ]);
    // A new version brings it back.
    expect((await send('PUT', '/v1/scenarios/retire-me?reason=back', newScenario('retire-me', 2))).status).toBe(200);
    expect((await brief('retire-me')).scenario.version.number).toBe(3);
  });

  it('a seed’s file can be retired too: it is recorded as version 1, retired', async () => {
    const res = await send('DELETE', '/v1/scenarios/target-program-stalls/versions/1');
    expect(res.status).toBe(200);
    expect(((await res.json()) as VersionAnswer).seed).toBe(true);
    expect((await get('/v1/briefs/target-program-stalls')).status).toBe(404);
    expect((await send('DELETE', '/v1/scenarios/target-program-stalls/versions/3')).status).toBe(404);
  });

  it('an observation whose definition a served version reads cannot be retracted', async () => {
    await registerSourceAndDefineFact();
    await send('POST', '/v1/scenarios?reason=first', newScenario('reads-the-fact'));
    const list = (await (await get(`/v1/observations?factId=${NEW_FACT}`)).json()) as {
      observations: { id: string; retractedAt: string | null }[];
    };
    const definer = list.observations.find((o) => o.retractedAt === null);
    const res = await send('DELETE', `/v1/observations/${definer?.id}`);
    expect(res.status).toBe(409);
  });
});

describe('drafts', () => {
  it('are checked and previewed without being stored', async () => {
    const res = await send('POST', '/v1/scenario-drafts?asOf=2021-08-15', {
      ...(INCURSION as object),
      id: 'draft-only',
    });
    expect(res.status).toBe(200);
    const draft = (await res.json()) as { valid: boolean; hash: string; brief: Brief };
    expect(draft.valid).toBe(true);
    expect(draft.brief.asOf).toBe('2021-08-15');
    expect(draft.brief.scenario).toMatchObject({ id: 'draft-only', version: { number: 1, hash: draft.hash } });
    expect((await get('/v1/scenarios/draft-only/versions')).status).toBe(404);
    const bad = await send('POST', '/v1/scenario-drafts', { ...(INCURSION as object), id: 'Not A Slug' });
    expect(bad.status).toBe(422);
  });
});

describe('what a hostile review of the live scenarios found', () => {
  it('refuses unsafe text, an id no URL can reach, a window of centuries and a condition nested past the stack, each as a 422 with its path', async () => {
    const base = newScenario('hostile-text');
    const nested = (depth: number): unknown =>
      depth === 0
        ? { op: 'eq', of: { fact: 'tj.border_forces_in_control' }, value: true }
        : { op: 'not', condition: nested(depth - 1) };
    const indicators = base.indicators as Record<string, unknown>[];
    for (const [document, path] of [
      [{ ...base, title: 'CSTO\u0001 non-response' }, 'title'],
      [{ ...base, question: 'Will the \u202ECSTO act by the end of 2021?' }, 'question'],
      [{ ...base, id: 'a'.repeat(20_000) }, 'id'],
      [{ ...base, horizon: { ...(base.horizon as object), opens: '1000-01-01', end: '9999-12-31' } }, 'horizon.end'],
      [
        { ...base, indicators: [{ ...indicators[0], condition: nested(2000) }, ...indicators.slice(1)] },
        'indicators.0.condition',
      ],
    ] as const) {
      const res = await send('POST', '/v1/scenario-drafts', document);
      expect(res.status, path).toBe(422);
      const problem = (await res.json()) as ProblemAnswer;
      expect(
        problem.issues?.some((i) => i.parameter.startsWith(path)),
        JSON.stringify(problem.issues),
      ).toBe(true);
    }
  });

  it('an observation whose fact a version not served but not retired reads cannot be retracted either', async () => {
    await registerSourceAndDefineFact();
    const { default: PLEDGES } = await import('../../scenarios/russian-pledges-delivered.json');
    // Version 2 reads the observed fact; version 3, served, does not.
    const reading = {
      ...(PLEDGES as object),
      indicators: [
        ...(PLEDGES.indicators as object[]),
        {
          id: 'guards-reinforced',
          label: 'Tajikistan sent extra border guards to its Afghan frontier',
          condition: { op: 'eq', of: { fact: NEW_FACT }, value: true },
          direction: 'raises',
          weight: 1.2,
          rationale: 'A Tajik build-up shows the border is funded from somewhere; weak evidence of Russian money.',
        },
      ],
    };
    expect(
      (await send('PUT', '/v1/scenarios/russian-pledges-delivered?reason=reads%20the%20fact', reading)).status,
    ).toBe(200);
    const plain = { ...(PLEDGES as object), title: `${PLEDGES.title}, again` };
    expect((await send('PUT', '/v1/scenarios/russian-pledges-delivered?reason=without%20it', plain)).status).toBe(200);
    const list = (await (await get(`/v1/observations?factId=${NEW_FACT}`)).json()) as {
      observations: { id: string; retractedAt: string | null; definition?: object }[];
    };
    const definer = list.observations.find((o) => o.retractedAt === null && o.definition);
    const res = await send('DELETE', `/v1/observations/${definer?.id}`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/russian-pledges-delivered version 2/);
  });

  it('publishing reaches the latest digest at once, as a retirement does', async () => {
    const { fireCron } = await import('../digest/fire-cron');
    await fireCron('2026-11-22T06:00:00Z');
    const before = (await (await get('/v1/digest')).json()) as { entries: { scenarioId: string }[] };
    expect(before.entries.map((e) => e.scenarioId)).not.toContain('digest-follows');
    await registerSourceAndDefineFact();
    expect((await send('POST', '/v1/scenarios?reason=first', newScenario('digest-follows'))).status).toBe(201);
    const after = (await (await get('/v1/digest')).json()) as { entries: { scenarioId: string }[] };
    expect(after.entries.map((e) => e.scenarioId)).toContain('digest-follows');
    expect((await send('DELETE', '/v1/scenarios/digest-follows/versions/1')).status).toBe(200);
    const retired = (await (await get('/v1/digest')).json()) as { entries: { scenarioId: string }[] };
    expect(retired.entries.map((e) => e.scenarioId)).not.toContain('digest-follows');
  });
});

describe('retiring onto a version that no longer compiles', () => {
  it('is refused: the scenario would vanish, or fall back further, unannounced', async () => {
    const { env } = await import('cloudflare:test');
    const { insertScenarioVersion } = await import('../../src/observations/scenario-store');
    // Version 1 reads a fact that has gone (as after a deploy that renamed it); version 2 is served.
    const gone = {
      ...newScenario('falls-back'),
      indicators: [
        ...(newScenario('falls-back').indicators as object[]).slice(0, -1),
        {
          id: 'reads-a-fact-that-went',
          label: 'A fact a later deploy renamed holds',
          condition: { op: 'eq', of: { fact: 'tj.renamed_since' }, value: true },
          direction: 'lowers',
          weight: 1.6,
          rationale: 'Stands for a version published before its fact was renamed by a deploy.',
        },
      ],
    };
    const stored = await insertScenarioVersion(env.DB, {
      scenarioId: 'falls-back',
      version: 1,
      document: gone,
      hash: 'f'.repeat(16),
      createdAt: new Date().toISOString(),
      createdBy: 'test',
      reason: 'stored before the rename',
    });
    expect(stored).toBe(true);
    const { default: INCURSION_DOC } = await import('../../scenarios/taliban-cross-border-incursion.json');
    const v2 = await send('PUT', '/v1/scenarios/falls-back?reason=compiles', {
      ...(INCURSION_DOC as object),
      id: 'falls-back',
    });
    expect(v2.status).toBe(200);
    const res = await send('DELETE', '/v1/scenarios/falls-back/versions/2');
    expect(res.status).toBe(409);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/version 1 .*no longer compiles/);
    expect((await brief('falls-back')).scenario.version.number).toBe(2);
  });
});
