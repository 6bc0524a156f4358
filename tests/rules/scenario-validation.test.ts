/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import scenarioSchemaFile from '../../scenarios/scenario.schema.json';
import statusVocabulary from '../../scenarios/vocabulary/statuses.json';
import { catalog } from '../../src/catalog/catalog';
import { SCENARIO_FILES } from '../../src/catalog/content-files';
import { loadFactBase } from '../../src/facts/content-checks';
import { ContentError } from '../../src/facts/content-error';
import { STATUSES } from '../../src/facts/vocabulary';
import { publishedSchema } from '../../src/http/contract/json-schemas';
import { COMPARISON_OPS } from '../../src/rules/condition';
import {
  CITED_FILE,
  citation,
  citedFact,
  DERIVED_FILE,
  defaultCitedFacts,
  derivedFact,
  factFiles,
  indicator,
  resolution,
  scenario,
  scenarioFile,
  testCatalog,
  testFactBase,
} from '../factories';

const FILE = 'tests/scenarios/broken.json';

/** The ContentError `load` throws; fails the test if it throws anything else or nothing. */
function contentError(load: () => unknown): ContentError {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but the content loaded');
}

function scenarioError(data: unknown, file = FILE): ContentError {
  return contentError(() => testCatalog([scenarioFile(data, file)]));
}

/** Asserts the error names `file` and has a problem at `path` whose message contains `message`. */
function expectProblem(error: ContentError, file: string, path: string, message: string | RegExp = ''): void {
  expect(error.name).toBe('ContentError');
  expect(error.file).toBe(file);
  expect(error.message.startsWith(`${file}: `)).toBe(true);
  const problem = error.problems.find((p) => p.path === path);
  expect(problem, `no problem at "${path}"; problems: ${JSON.stringify(error.problems)}`).toBeDefined();
  expect(problem?.message).toMatch(message);
  if (path !== '') expect(error.message).toContain(`${path}: ${problem?.message}`);
}

const withCondition = (condition: unknown) =>
  scenario({ indicators: [indicator(condition as Record<string, unknown>)] });

describe('a valid test scenario', () => {
  it('loads, so the broken variants below fail for their one mistake', () => {
    const built = testCatalog([scenarioFile(scenario())]);
    expect([...built.scenarios.keys()]).toEqual(['test-scenario']);
    expect(built.scenarios.get('test-scenario')?.factIds).toEqual(['test.border_held']);
  });
});

describe('broken conditions are rejected with file and path', () => {
  it('an unknown fact in a comparison', () => {
    const error = scenarioError(withCondition({ op: 'eq', of: { fact: 'test.no_such_fact' }, value: true }));
    expectProblem(error, FILE, 'indicators.0.condition.of.fact', 'unknown fact "test.no_such_fact"');
  });

  it('an unknown fact in exists', () => {
    const error = scenarioError(withCondition({ op: 'exists', fact: 'test.no_such_fact' }));
    expectProblem(error, FILE, 'indicators.0.condition.fact', 'unknown fact "test.no_such_fact"');
  });

  it('an unknown fact in unknown, in a later indicator', () => {
    const data = scenario({
      indicators: [
        indicator({ op: 'exists', fact: 'test.border_held' }),
        indicator({ op: 'unknown', fact: 'test.missing' }, { id: 'indicator-two' }),
      ],
    });
    expectProblem(scenarioError(data), FILE, 'indicators.1.condition.fact', 'unknown fact "test.missing"');
  });

  it('names the unknown fact of a ratio or yearsSince operand', () => {
    const ratio = scenarioError(withCondition({ op: 'lt', of: { ratio: ['test.pledge_usd', 'test.nope'] }, value: 1 }));
    expect(ratio.file).toBe(FILE);
    expectProblem(ratio, FILE, 'indicators.0.condition.of.ratio.1', 'unknown fact "test.nope"');
    const years = scenarioError(withCondition({ op: 'gt', of: { yearsSince: 'test.nope' }, value: 1 }));
    expectProblem(years, FILE, 'indicators.0.condition.of.yearsSince', 'unknown fact "test.nope"');
  });

  it('an unknown operator, listing the valid ones', () => {
    const error = scenarioError(withCondition({ op: 'between', of: { fact: 'test.reservists' }, value: 1 }));
    expectProblem(error, FILE, 'indicators.0.condition.op');
    const message = error.problems.find((p) => p.path === 'indicators.0.condition.op')?.message ?? '';
    expect(message).toContain('"between"');
    for (const op of ['all', 'any', 'not', 'exists', 'unknown', ...COMPARISON_OPS, 'in']) {
      expect(message).toContain(`"${op}"`);
    }
  });

  it('a numeric comparison on a boolean fact', () => {
    const error = scenarioError(withCondition({ op: 'gt', of: { fact: 'test.border_held' }, value: 1 }));
    expectProblem(error, FILE, 'indicators.0.condition.op', '"gt" compares numbers, but the operand is a boolean');
  });

  it('an ordered comparison on a status, text or date fact', () => {
    for (const fact of ['test.request_status', 'test.label', 'test.resolution_adopted']) {
      const error = scenarioError(withCondition({ op: 'lte', of: { fact }, value: 'x' }));
      expectProblem(error, FILE, 'indicators.0.condition.op', '"lte" compares numbers');
    }
  });

  it('in on a boolean fact', () => {
    const error = scenarioError(withCondition({ op: 'in', of: { fact: 'test.border_held' }, values: ['true'] }));
    expectProblem(error, FILE, 'indicators.0.condition.op', '"in" does not apply to a boolean fact');
  });

  it('a value of the wrong type', () => {
    const onBoolean = scenarioError(withCondition({ op: 'eq', of: { fact: 'test.border_held' }, value: 'yes' }));
    expectProblem(onBoolean, FILE, 'indicators.0.condition.value', 'a boolean fact is compared with true or false');
    const onNumber = scenarioError(withCondition({ op: 'gte', of: { fact: 'test.reservists' }, value: '1000' }));
    expectProblem(onNumber, FILE, 'indicators.0.condition.value', 'number');
    const onText = scenarioError(withCondition({ op: 'eq', of: { fact: 'test.label' }, value: 3 }));
    expectProblem(onText, FILE, 'indicators.0.condition.value', 'a text fact is compared with a string');
    const onDate = scenarioError(
      withCondition({ op: 'eq', of: { fact: 'test.resolution_adopted' }, value: '2021-02-30' }),
    );
    expectProblem(onDate, FILE, 'indicators.0.condition.value', 'ISO date');
    const onYears = scenarioError(withCondition({ op: 'gte', of: { yearsSince: 'test.pledge_usd' }, value: true }));
    expectProblem(onYears, FILE, 'indicators.0.condition.value', 'number');
  });

  it('a status value outside the fixed set', () => {
    const error = scenarioError(withCondition({ op: 'eq', of: { fact: 'test.request_status' }, value: 'refused' }));
    expectProblem(
      error,
      FILE,
      'indicators.0.condition.value',
      'a status is one of requested, pending, under-consultation, convened-no-decision, deferred, declined',
    );
    expect(error.message).toContain('"refused"');
  });

  it('a status value outside the fixed set inside in', () => {
    const error = scenarioError(
      withCondition({ op: 'in', of: { fact: 'test.request_status' }, values: ['agreed', 'refused'] }),
    );
    expectProblem(error, FILE, 'indicators.0.condition.values.1', 'a status is one of');
    expect(error.problems.some((p) => p.path === 'indicators.0.condition.values.0')).toBe(false);
  });

  it('a ratio of facts with different units', () => {
    const error = scenarioError(
      withCondition({ op: 'lt', of: { ratio: ['test.pledge_usd', 'test.reservists'] }, value: 0.5 }),
    );
    expectProblem(
      error,
      FILE,
      'indicators.0.condition.of.ratio',
      'a ratio needs facts of one unit, got USD and persons',
    );
  });

  it('a ratio of a non-numeric fact', () => {
    const error = scenarioError(
      withCondition({ op: 'lt', of: { ratio: ['test.pledge_usd', 'test.border_held'] }, value: 0.5 }),
    );
    expectProblem(error, FILE, 'indicators.0.condition.of.ratio', 'a ratio needs two numeric facts');
  });

  it('a bad condition nested in all', () => {
    const error = scenarioError(
      withCondition({
        op: 'all',
        conditions: [
          { op: 'eq', of: { fact: 'test.border_held' }, value: true },
          { op: 'eq', of: { fact: 'test.border_held' }, value: 1 },
        ],
      }),
    );
    expectProblem(error, FILE, 'indicators.0.condition.conditions.1.value', 'a boolean fact');
    expect(error.problems).toHaveLength(1);
  });

  it('a bad condition nested in any inside not', () => {
    const error = scenarioError(
      withCondition({
        op: 'not',
        condition: {
          op: 'any',
          conditions: [
            { op: 'exists', fact: 'test.label' },
            { op: 'gt', of: { fact: 'test.label' }, value: 2 },
          ],
        },
      }),
    );
    expectProblem(error, FILE, 'indicators.0.condition.condition.conditions.1.op', '"gt" compares numbers');
  });

  it('a malformed nested condition is caught by the schema, with its path', () => {
    const error = scenarioError(
      withCondition({ op: 'any', conditions: [{ op: 'exists', fact: 'test.label' }, { op: 'exists' }] }),
    );
    expectProblem(error, FILE, 'indicators.0.condition.conditions.1.fact');
  });

  it('reports every problem of a file at once', () => {
    const data = scenario({
      indicators: [
        indicator({ op: 'gt', of: { fact: 'test.border_held' }, value: 1 }),
        indicator({ op: 'eq', of: { fact: 'test.label' }, value: false }, { id: 'indicator-two' }),
      ],
    });
    const error = scenarioError(data);
    expect(error.problems.map((p) => p.path)).toEqual(['indicators.0.condition.op', 'indicators.1.condition.value']);
  });
});

describe('the tradecraft lint refuses, with file and path', () => {
  it('an off-scale estimative word in any authored text', () => {
    const words = scenario({
      indicators: [
        indicator(
          { op: 'eq', of: { fact: 'test.border_held' }, value: true },
          { rationale: 'This makes a gesture more likely.' },
        ),
      ],
    });
    expectProblem(scenarioError(words), FILE, 'indicators.0.rationale', /"more likely" expresses a probability/);
    const base = scenario({ baseRate: { probability: 0.3, rationale: 'Presumably the base rate is low here.' } });
    expectProblem(scenarioError(base), FILE, 'baseRate.rationale', /"Presumably"/);
    const settle = scenario({
      resolution: resolution(undefined, { criteria: 'It all but settles once the label reads settled.' }),
    });
    expectProblem(scenarioError(settle), FILE, 'resolution.criteria', /"all but"/);
    // The technical phrase is allowed.
    const fine = scenario({
      baseRate: { probability: 0.3, rationale: 'The likelihood ratio of the record is small.' },
    });
    expect(testCatalog([scenarioFile(fine)]).scenarios.size).toBe(1);
  });

  it('an indicator that tests what is known rather than what happened', () => {
    for (const op of ['exists', 'unknown']) {
      const error = scenarioError(withCondition({ op, fact: 'test.label' }));
      expectProblem(error, FILE, 'indicators.0.condition.op', /tests what is known, not what happened/);
    }
    const nested = withCondition({
      op: 'all',
      conditions: [
        { op: 'eq', of: { fact: 'test.border_held' }, value: true },
        { op: 'exists', fact: 'test.label' },
      ],
    });
    expectProblem(scenarioError(nested), FILE, 'indicators.0.condition.conditions.1.op');
  });

  it('a label that presents an assessment as fact, while the indicator is met', () => {
    const cited = [
      ...defaultCitedFacts(),
      // Its statement says whose view it is, as an assessment's must (content-checks.ts): the label is what is tested.
      citedFact({
        id: 'test.judged',
        type: 'boolean',
        value: true,
        certainty: 'assessment',
        statement: 'The author judges that Russia can obtain assurances.',
      }),
    ];
    const bare = scenario({
      indicators: [
        indicator({ op: 'eq', of: { fact: 'test.judged' }, value: true }, { label: 'Russia can obtain assurances' }),
      ],
    });
    const error = contentError(() => testCatalog([scenarioFile(bare, FILE)], { cited }));
    expectProblem(error, FILE, 'indicators.0.label', /presents a judgment as fact: test\.judged/);
    const attributed = scenario({
      indicators: [
        indicator(
          { op: 'eq', of: { fact: 'test.judged' }, value: true },
          { label: 'The author judges that Russia can obtain assurances' },
        ),
      ],
    });
    expect(testCatalog([scenarioFile(attributed)], { cited }).scenarios.size).toBe(1);
    // Not met, it asserts nothing: no attribution needed.
    const unmet = scenario({
      indicators: [
        indicator(
          { op: 'eq', of: { fact: 'test.judged' }, value: false },
          { label: 'Russia cannot obtain assurances' },
        ),
      ],
    });
    expect(testCatalog([scenarioFile(unmet)], { cited }).scenarios.size).toBe(1);
  });

  it('a cited fact whose event begins after its source was published', () => {
    const facts = [
      ...defaultCitedFacts(),
      citedFact({ id: 'test.future', type: 'boolean', value: true, date: '2021-08-02' }),
    ];
    const error = contentError(() => testFactBase({ cited: facts }));
    expectProblem(
      error,
      CITED_FILE,
      `${facts.length - 1}.date`,
      'the fact starts after its source was published (2021-07)',
    );
    // A span may end after publication as long as it begins before: the state when it was written.
    const span = [
      ...defaultCitedFacts(),
      citedFact({ id: 'test.span', type: 'boolean', value: true, date: '2021-07-09/2021-08' }),
    ];
    expect(testFactBase({ cited: span }).citedById.get('test.span')?.known).toBe('2021-07-31');
  });
});

describe('resolution criteria are required and checked like indicators', () => {
  it('a scenario without resolution criteria', () => {
    const { resolution: _none, ...rest } = scenario();
    expectProblem(scenarioError(rest), FILE, 'resolution', /resolution/i);
  });

  it('criteria with no condition that settles the question', () => {
    const error = scenarioError(
      scenario({ resolution: { criteria: 'Resolves at the horizon, whatever happens.', atHorizon: 'no' } }),
    );
    expectProblem(error, FILE, 'resolution', 'a question needs a condition that settles it yes or no');
  });

  it('a settling condition over an unknown fact, or of the wrong type', () => {
    const unknown = scenarioError(
      scenario({ resolution: resolution({ op: 'eq', of: { fact: 'test.nowhere' }, value: true }) }),
    );
    expectProblem(unknown, FILE, 'resolution.yes.condition.of.fact', 'unknown fact "test.nowhere"');
    const typed = scenarioError(
      scenario({ resolution: resolution({ op: 'eq', of: { fact: 'test.border_held' }, value: 'yes' }) }),
    );
    expectProblem(typed, FILE, 'resolution.yes.condition.value', 'a boolean fact is compared with true or false');
    const knowledge = scenarioError(scenario({ resolution: resolution({ op: 'exists', fact: 'test.label' }) }));
    expectProblem(knowledge, FILE, 'resolution.yes.condition.op', /tests what is known/);
  });

  it('a horizon outcome outside yes, no and unresolved, or a reporting window out of range', () => {
    expectProblem(
      scenarioError(scenario({ resolution: resolution(undefined, { atHorizon: 'maybe' }) })),
      FILE,
      'resolution.atHorizon',
    );
    expectProblem(
      scenarioError(scenario({ resolution: resolution(undefined, { reportingDays: 400 }) })),
      FILE,
      'resolution.reportingDays',
    );
  });

  it('every seed scenario has criteria, settles on a condition, and says what its horizon means', () => {
    for (const [, s] of catalog.scenarios) {
      const r = s.definition.resolution;
      expect(r.criteria.length).toBeGreaterThan(40);
      expect(r.yes ?? r.no).toBeDefined();
      expect(['yes', 'no', 'unresolved']).toContain(r.atHorizon);
      expect(s.resolutionFactIds.length).toBeGreaterThan(0);
    }
  });
});

describe('broken scenario fields are rejected with file and path', () => {
  it('duplicate indicator ids', () => {
    const data = scenario({
      indicators: [indicator({ op: 'exists', fact: 'test.label' }), indicator({ op: 'exists', fact: 'test.label' })],
    });
    expectProblem(scenarioError(data), FILE, 'indicators', 'indicator ids must be unique');
  });

  it('a weight out of range', () => {
    const label = { op: 'eq', of: { fact: 'test.label' }, value: 'a label' };
    const high = scenario({ indicators: [indicator(label, { weight: 10.5 })] });
    expectProblem(scenarioError(high), FILE, 'indicators.0.weight');
    const low = scenario({ indicators: [indicator(label, { weight: 1 })] });
    expectProblem(scenarioError(low), FILE, 'indicators.0.weight');
    for (const weight of [1.05, 10]) {
      const ok = scenario({ indicators: [indicator(label, { weight })] });
      expect(testCatalog([scenarioFile(ok)]).scenarios.size).toBe(1);
    }
  });

  it('a question without a question mark', () => {
    const error = scenarioError(scenario({ question: 'Will the test scenario come true.' }));
    expectProblem(error, FILE, 'question', 'a question ends with a question mark');
  });

  it('a horizon that ends on a day that does not exist', () => {
    const error = scenarioError(scenario({ horizon: { label: 'by February', end: '2021-02-30' } }));
    expectProblem(error, FILE, 'horizon.end', 'the horizon ends on a real YYYY-MM-DD date');
    const partial = scenarioError(scenario({ horizon: { label: 'by February', end: '2021-02' } }));
    expectProblem(partial, FILE, 'horizon.end', 'YYYY-MM-DD');
  });

  it('a base rate outside [0.01, 0.99]', () => {
    const error = scenarioError(scenario({ baseRate: { probability: 1, rationale: 'A rationale long enough.' } }));
    expectProblem(error, FILE, 'baseRate.probability');
  });

  it('an unknown direction and an unknown field', () => {
    const direction = scenario({
      indicators: [indicator({ op: 'exists', fact: 'test.label' }, { direction: 'up' })],
    });
    expectProblem(scenarioError(direction), FILE, 'indicators.0.direction');
    expectProblem(scenarioError(scenario({ extra: 1 })), FILE, 'extra');
  });

  it('duplicate scenario ids across files, naming the second file', () => {
    const error = contentError(() =>
      testCatalog([
        scenarioFile(scenario(), 'tests/scenarios/first.json'),
        scenarioFile(scenario({ title: 'Another title' }), 'tests/scenarios/second.json'),
      ]),
    );
    expectProblem(error, 'tests/scenarios/second.json', 'id', 'duplicate scenario id "test-scenario"');
  });
});

describe('broken fact files are rejected with file and path', () => {
  it('loads the default test facts', () => {
    const base = testFactBase({
      derived: [derivedFact('test.share_delivered', 'ratio', ['test.delivered_usd', 'test.pledge_usd'], 'share')],
    });
    expect(base.cited.map((f) => f.id)).toContain('test.soldiers_fled');
    expect(base.types.get('test.share_delivered')).toEqual({ type: 'number', unit: 'share', derived: true });
    // The test source is dated July 2021: what it says is known from the month's last day.
    expect(base.latestDate).toBe('2021-07-31');
  });

  it('a quote that is not at its offsets', () => {
    const facts = defaultCitedFacts();
    const shifted = citedFact({ id: 'test.shifted', type: 'boolean', value: true });
    const quoted = citation('The request was declined by the alliance.');
    shifted.citation = { ...quoted, start: quoted.start + 1, end: quoted.end + 1 };
    const error = contentError(() => testFactBase({ cited: [...facts, shifted] }));
    expectProblem(error, CITED_FILE, `${facts.length}.citation`, 'quote is not the source text');
    expect(error.message).toContain(`the quote is at ${quoted.start}-${quoted.end}`);
  });

  it('a quote that is not in the source at all', () => {
    const fact = citedFact({ id: 'test.invented', type: 'boolean', value: true });
    fact.citation = { sourceId: 'test-source', quote: 'Words the article never used.', start: 0, end: 29 };
    const error = contentError(() => testFactBase({ cited: [fact] }));
    expectProblem(error, CITED_FILE, '0.citation', 'the quote does not occur in the source');
  });

  it('a citation of an unknown source', () => {
    const fact = citedFact({ id: 'test.elsewhere', type: 'boolean', value: true });
    fact.citation = { ...citation('The request was declined by the alliance.'), sourceId: 'other-source' };
    const error = contentError(() => testFactBase({ cited: [fact] }));
    expectProblem(error, CITED_FILE, '0.citation.sourceId', 'unknown source "other-source"');
  });

  it('a duplicate fact id is reported with the id and where it occurs', () => {
    const facts = [...defaultCitedFacts(), citedFact({ id: 'test.label', type: 'text', value: 'another label' })];
    const error = contentError(() => testFactBase({ cited: facts }));
    expect(error.message).toContain('duplicate fact id "test.label"');
    expect(error.message).toContain(CITED_FILE);
  });

  it('a duplicate cited fact id names the cited file and the dotted path of the duplicate', () => {
    const facts = [...defaultCitedFacts(), citedFact({ id: 'test.label', type: 'text', value: 'another label' })];
    const error = contentError(() => testFactBase({ cited: facts }));
    expectProblem(error, CITED_FILE, `${facts.length - 1}.id`, 'duplicate fact id "test.label"');
  });

  it('a derived fact reusing a cited id names the derived file and the dotted path', () => {
    const derived = [derivedFact('test.reservists', 'sum', ['test.pledge_usd', 'test.delivered_usd'], 'USD')];
    const error = contentError(() => testFactBase({ derived }));
    expectProblem(error, DERIVED_FILE, '0.id', 'duplicate fact id "test.reservists"');
  });

  it('a derived fact with an unknown input', () => {
    const derived = [derivedFact('test.gap_usd', 'difference', ['test.pledge_usd', 'test.nothing_usd'], 'USD')];
    const error = contentError(() => testFactBase({ derived }));
    expectProblem(error, DERIVED_FILE, '0.derivation', 'unknown input fact "test.nothing_usd"');
  });

  it('a derived fact supported by an unknown fact', () => {
    const derived = [
      derivedFact('test.gap_usd', 'difference', ['test.pledge_usd', 'test.delivered_usd'], 'USD', ['test.nope']),
    ];
    const error = contentError(() => testFactBase({ derived }));
    expectProblem(error, DERIVED_FILE, '0.supportedBy.0', 'unknown fact "test.nope"');
  });

  it('a derived ratio of different units', () => {
    const derived = [derivedFact('test.mixed', 'ratio', ['test.pledge_usd', 'test.reservists'], 'share')];
    const error = contentError(() => testFactBase({ derived }));
    expectProblem(error, DERIVED_FILE, '0.derivation', 'ratio of different units (USD, persons)');
  });

  it('a derivation cycle', () => {
    const derived = [
      derivedFact('test.cycle_a', 'sum', ['test.pledge_usd', 'test.cycle_b'], 'USD'),
      derivedFact('test.cycle_b', 'sum', ['test.cycle_a', 'test.delivered_usd'], 'USD'),
    ];
    const error = contentError(() => testFactBase({ derived }));
    expectProblem(error, DERIVED_FILE, '', 'derivation cycle: test.cycle_a → test.cycle_b → test.cycle_a');
  });

  it('a cited fact that fails its schema', () => {
    const fact = citedFact({ id: 'test.n', type: 'number', value: 1, unit: 'count' });
    fact.unit = 'litres';
    const error = contentError(() => testFactBase({ cited: [fact] }));
    expectProblem(error, CITED_FILE, '0.unit');
  });
});

describe('the committed scenarios', () => {
  const REQUIRED = [
    'taliban-border-advance',
    'csto-non-response',
    'target-program-stalls',
    'russia-bilateral-substitution',
    'taliban-cross-border-incursion',
  ];

  it('include the five required scenarios', () => {
    expect([...catalog.scenarios.keys()]).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('all compile, one per listed file', () => {
    expect(catalog.scenarios.size).toBe(SCENARIO_FILES.length);
    const files = [...catalog.scenarios.values()].map((s) => s.file).sort();
    expect(files).toEqual(SCENARIO_FILES.map((f) => f.file).sort());
  });

  for (const [id, compiled] of catalog.scenarios) {
    it(`${id} has raising and lowering indicators, each with a rationale, over known facts`, () => {
      const { definition, indicators, factIds } = compiled;
      expect(definition.id).toBe(id);
      expect(indicators.filter((i) => i.direction === 'raises').length).toBeGreaterThanOrEqual(1);
      expect(indicators.filter((i) => i.direction === 'lowers').length).toBeGreaterThanOrEqual(1);
      expect(definition.baseRate.rationale.length).toBeGreaterThanOrEqual(20);
      for (const indicator of indicators) {
        expect(indicator.rationale.length, indicator.id).toBeGreaterThanOrEqual(20);
        expect(indicator.compiled.factIds.length, indicator.id).toBeGreaterThanOrEqual(1);
      }
      expect(factIds.length).toBeGreaterThanOrEqual(1);
      for (const factId of factIds) expect(catalog.facts.types.has(factId), factId).toBe(true);
    });
  }

  it('every scenario file in scenarios/ is listed in SCENARIO_FILES', () => {
    const onDisk = Object.keys(import.meta.glob('../../scenarios/*.json', { eager: true }))
      .map((path) => path.replace(/^\.\.\/\.\.\//, ''))
      .filter((path) => path !== 'scenarios/scenario.schema.json')
      .sort();
    expect(onDisk.length).toBeGreaterThanOrEqual(5);
    expect(SCENARIO_FILES.map((f) => f.file).sort()).toEqual(onDisk);
  });

  it('scenarios/scenario.schema.json matches the valibot schema', () => {
    const generated = JSON.parse(JSON.stringify(publishedSchema('scenario')));
    expect(
      scenarioSchemaFile,
      'scenarios/scenario.schema.json is out of date with src/rules/scenario-schema.ts: run `npm run schemas`',
    ).toEqual(generated);
  });
});

describe('the model checks refuse', () => {
  const held = { op: 'eq', of: { fact: 'test.border_held' }, value: true };
  const notHeld = { op: 'eq', of: { fact: 'test.border_held' }, value: false };
  const strong = (id: string, condition: unknown, overrides: Record<string, unknown> = {}) =>
    indicator(condition as Record<string, unknown>, { id, weight: 10, ...overrides });

  it('two ungrouped indicators over one fact, naming both and the fact', () => {
    const error = scenarioError(scenario({ indicators: [strong('held', held), strong('not-held', notHeld)] }));
    expectProblem(
      error,
      FILE,
      'indicators.1.group',
      '"not-held" and "held" both read the fact test.border_held: give them one group, or list them in "independent" with a reason',
    );
  });

  it('two ungrouped indicators over facts quoted from one sentence', () => {
    // test.soldiers_fled and test.border_held quote the factory's default sentence.
    const fled = { op: 'gte', of: { fact: 'test.soldiers_fled' }, value: 1000 };
    const error = scenarioError(scenario({ indicators: [strong('held', held), strong('fled', fled)] }));
    expectProblem(error, FILE, 'indicators.1.group', 'their facts rest on the same quoted sentence');
  });

  it('nothing once they share a group, or are declared independent with a reason', () => {
    const grouped = scenario({
      indicators: [strong('held', held, { group: 'border' }), strong('not-held', notHeld, { group: 'border' })],
    });
    expect(() => testCatalog([scenarioFile(grouped)])).not.toThrow();
    const declared = scenario({
      indicators: [strong('held', held), strong('not-held', notHeld)],
      independent: [{ indicators: ['held', 'not-held'], reason: 'Two readings that a test treats as independent.' }],
    });
    expect(() => testCatalog([scenarioFile(declared)])).not.toThrow();
  });

  it('an independence declaration naming an indicator that does not exist', () => {
    const error = scenarioError(
      scenario({
        independent: [{ indicators: ['indicator-one', 'nowhere'], reason: 'A reason long enough for the schema.' }],
      }),
    );
    expectProblem(error, FILE, 'independent.0.indicators', 'no indicator "nowhere"');
  });

  it('a scenario whose indicators cannot reach 10% and 90%, with the range they reach', () => {
    const { reachability: _none, ...unexplained } = scenario();
    const error = scenarioError(unexplained);
    // Base rate 30%, one raising indicator with ratio 1.5: 30% to 39%.
    expectProblem(
      error,
      FILE,
      'indicators',
      /^short of resolution the indicators reach only 30% to 39%, not 10% to 90%/,
    );
    // Two independent pieces of evidence, each strong both ways (met raises, not met lowers):
    // they reach 0.4% to 98%, and need no reason.
    const bothWays = { ifNotMet: { weight: 10, rationale: 'A rationale long enough for the schema.' } };
    const declined = { op: 'eq', of: { fact: 'test.request_status' }, value: 'declined' };
    const twoSided = {
      ...unexplained,
      indicators: [strong('held', held, bothWays), strong('declined', declined, bothWays)],
    };
    expect(() => testCatalog([scenarioFile(twoSided)])).not.toThrow();
  });
});

describe('the status vocabulary file', () => {
  const STATUSES_FILE = 'tests/vocabulary/statuses.json';
  const withStatuses = (data: unknown) => () =>
    loadFactBase({ ...factFiles(), statuses: { file: STATUSES_FILE, data } });

  it('loads as committed, and is what conditions and observations check statuses against', () => {
    expect(() => withStatuses(statusVocabulary)()).not.toThrow();
    expect(STATUSES).toEqual(statusVocabulary.map((s) => s.id));
    expect(STATUSES).toContain('convened-no-decision');
  });

  it('refuses a repeated id, a missing description, and a description in weasel words', () => {
    const twice = [
      { id: 'pending', description: 'Open with no decision reported.' },
      { id: 'pending', description: 'Open with no decision reported, again.' },
    ];
    expectProblem(contentError(withStatuses(twice)), STATUSES_FILE, '', 'status ids must be unique');
    expectProblem(contentError(withStatuses([{ id: 'pending' }])), STATUSES_FILE, '0.description');
    const weasel = [{ id: 'pending', description: 'Open, and it is likely that nothing will be decided.' }];
    expectProblem(contentError(withStatuses(weasel)), STATUSES_FILE, '0.description');
  });
});
