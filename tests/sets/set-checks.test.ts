// A question set is checked at build time like a scenario (build-catalog.ts → sets/check-set.ts):
// a broken set fails with its file and the path of every problem.
import { describe, expect, it } from 'vitest';
import setSchemaFile from '../../scenarios/sets/set.schema.json';
import { buildCatalog } from '../../src/catalog/build-catalog';
import { FACT_FILES, SCENARIO_FILES, SET_FILES } from '../../src/catalog/content-files';
import { ContentError } from '../../src/facts/content-error';
import { publishedSchema } from '../../src/http/contract/json-schemas';

const [seedFile] = SET_FILES;
const seed = () =>
  structuredClone(seedFile?.data) as Record<string, unknown> & { hypotheses: Record<string, unknown>[] };

function problemsOf(data: unknown): { path: string; message: string }[] {
  try {
    buildCatalog(FACT_FILES, SCENARIO_FILES, [{ file: 'scenarios/sets/broken.json', data }]);
  } catch (error) {
    if (error instanceof ContentError) {
      expect(error.message.startsWith('scenarios/sets/broken.json: ')).toBe(true);
      return [...error.problems];
    }
    throw error;
  }
  return [];
}

describe('question-set checks', () => {
  it('the seed set passes them all', () => {
    expect(SET_FILES.length).toBeGreaterThan(0);
    expect(problemsOf(seed())).toEqual([]);
  });

  it('refuses priors that do not sum to 1', () => {
    const data = seed();
    (data.hypotheses[0] as { prior: { probability: number } }).prior.probability = 0.5;
    expect(problemsOf(data)).toContainEqual({ path: 'hypotheses', message: 'the priors sum to 1' });
  });

  it('refuses two defaults, or a hypothesis with no settling development that is not the default', () => {
    const twoDefaults = seed();
    const first = twoDefaults.hypotheses[0] as Record<string, unknown>;
    first.default = true;
    delete first.settles;
    expect(problemsOf(twoDefaults).map((p) => p.message)).toContain('exactly one hypothesis is the default');
    const unsettled = seed();
    delete (unsettled.hypotheses[1] as Record<string, unknown>).settles;
    expect(problemsOf(unsettled).map((p) => p.message)).toContain(
      'every hypothesis but the default has a settling development, and the default has none',
    );
  });

  it('names an indicator reading an unknown fact by its path in the set', () => {
    const data = seed();
    const indicators = data.hypotheses[1]?.indicators as { condition: { of: { fact: string } } }[];
    (indicators[0] as { condition: { of: { fact: string } } }).condition.of.fact = 'no.such_fact';
    expect(problemsOf(data).map((p) => p.path)).toContain('hypotheses.1.indicators.0.condition.of.fact');
  });

  it('names a settling condition reading an unknown fact by its path in the set', () => {
    const data = seed();
    (data.hypotheses[2] as { settles: { condition: { of: { fact: string } } } }).settles.condition.of.fact =
      'no.such_fact';
    expect(problemsOf(data).map((p) => p.path)).toContain('hypotheses.2.settles.condition.of.fact');
  });

  it('lints the set’s words like a scenario’s', () => {
    const data = seed();
    (data.hypotheses[0] as { prior: { rationale: string } }).prior.rationale =
      'A collective response is probably the least likely answer, given the record.';
    const paths = problemsOf(data).map((p) => p.path);
    expect(paths).toContain('hypotheses.0.prior.rationale');
  });

  it('refuses a coherence link to an unknown scenario, or to one with another horizon', () => {
    const unknown = seed();
    (unknown.coherence as { scenario: string }[])[0] = {
      ...(unknown.coherence as { scenario: string }[])[0],
      scenario: 'no-such-scenario',
    } as { scenario: string };
    expect(problemsOf(unknown)).toContainEqual({
      path: 'coherence.0.scenario',
      message: 'no scenario "no-such-scenario"',
    });
    const other = seed();
    (other.horizon as { end: string }).end = '2022-06-30';
    expect(
      problemsOf(other).some(
        (p) => p.path === 'coherence.0.scenario' && /only questions with one horizon/.test(p.message),
      ),
    ).toBe(true);
  });

  it('refuses what a scenario may not have: duplicate indicator ids, a window of centuries, evidence counted twice', () => {
    const duplicate = seed();
    const indicators = duplicate.hypotheses[1]?.indicators as { id: string }[];
    (indicators[1] as { id: string }).id = (indicators[0] as { id: string }).id;
    expect(problemsOf(duplicate)).toContainEqual({
      path: 'hypotheses.1.indicators',
      message: 'indicator ids are unique within a hypothesis',
    });
    const centuries = seed();
    (centuries.horizon as { opens: string; end: string }).opens = '1000-01-01';
    expect(problemsOf(centuries).map((p) => p.path)).toContain('horizon.end');
    const twice = seed();
    const russia = twice.hypotheses[1]?.indicators as Record<string, unknown>[];
    russia.push({ ...(russia[2] as object), id: 'base-extended-again', group: undefined });
    expect(problemsOf(twice).some((p) => p.path.startsWith('hypotheses.1.indicators'))).toBe(true);
  });

  it('refuses a coherence link that names a hypothesis twice', () => {
    const data = seed();
    const links = data.coherence as { hypotheses: string[] }[];
    (links[0] as { hypotheses: string[] }).hypotheses = ['russia-first', 'russia-first'];
    expect(problemsOf(data)).toContainEqual({ path: 'coherence.0.hypotheses', message: 'each hypothesis once' });
  });
});

describe('the set file JSON Schema', () => {
  it('scenarios/sets/set.schema.json matches the valibot schema', () => {
    expect(
      setSchemaFile,
      'scenarios/sets/set.schema.json is out of date with src/sets/set-schema.ts: run `npm run schemas`',
    ).toEqual(JSON.parse(JSON.stringify(publishedSchema('set'))));
  });
});
