import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/facts/content-error';
import type { FactRecord } from '../../src/facts/fact-record';
import type { Qualifier } from '../../src/facts/vocabulary';
import { compileCondition, type Outcome } from '../../src/rules/compile';
import type { ComparisonOp, Condition } from '../../src/rules/condition';
import { compareInterval, intervalOf } from '../../src/rules/interval';
import type { Truth } from '../../src/rules/truth';
import { factMap, factRecord, typesOf } from '../factories';

const AS_OF = '2021-07-10';

/** Compiles against the types of `declared`, then evaluates with only `known` facts present. */
function run(
  condition: Condition,
  declared: readonly FactRecord[],
  known: readonly FactRecord[] = declared,
  asOf = AS_OF,
): Outcome {
  const problems: ContentProblem[] = [];
  const compiled = compileCondition(condition, typesOf(declared), 'condition', problems);
  expect(problems).toEqual([]);
  const ctx = { facts: factMap(known), asOf };
  const outcome = compiled.evaluate(ctx);
  // Every case also checks the status-only path against the explaining one.
  expect(compiled.truth(ctx)).toBe(outcome.truth);
  return outcome;
}

const truth = (condition: Condition, declared: readonly FactRecord[], known?: readonly FactRecord[]): Truth =>
  run(condition, declared, known).truth;

const number = (value: number, qualifier: Qualifier = 'exact') =>
  factRecord({ id: 'test.n', value, unit: 'persons', qualifier });

describe('comparisons on an exact number', () => {
  const facts = [number(100)];
  const cases: [ComparisonOp, number, Truth][] = [
    ['eq', 100, 'true'],
    ['eq', 99, 'false'],
    ['eq', 100.5, 'false'],
    ['ne', 100, 'false'],
    ['ne', 99, 'true'],
    ['gt', 99, 'true'],
    ['gt', 100, 'false'],
    ['gt', 101, 'false'],
    ['gte', 99, 'true'],
    ['gte', 100, 'true'],
    ['gte', 101, 'false'],
    ['lt', 101, 'true'],
    ['lt', 100, 'false'],
    ['lt', 99, 'false'],
    ['lte', 101, 'true'],
    ['lte', 100, 'true'],
    ['lte', 99, 'false'],
  ];
  it.each(cases)('100 %s %d is %s', (op, value, expected) => {
    expect(truth({ op, of: { fact: 'test.n' }, value }, facts)).toBe(expected);
  });

  it('in is true when one value matches and false when none does', () => {
    expect(truth({ op: 'in', of: { fact: 'test.n' }, values: [1, 100] }, facts)).toBe('true');
    expect(truth({ op: 'in', of: { fact: 'test.n' }, values: [1, 2, 101] }, facts)).toBe('false');
  });

  it('handles zero and negative numbers', () => {
    const zero = [number(0)];
    expect(truth({ op: 'eq', of: { fact: 'test.n' }, value: 0 }, zero)).toBe('true');
    expect(truth({ op: 'gt', of: { fact: 'test.n' }, value: -1 }, zero)).toBe('true');
    expect(truth({ op: 'lt', of: { fact: 'test.n' }, value: 0 }, zero)).toBe('false');
    const negative = [number(-5)];
    expect(truth({ op: 'lt', of: { fact: 'test.n' }, value: 0 }, negative)).toBe('true');
    expect(truth({ op: 'gte', of: { fact: 'test.n' }, value: -5 }, negative)).toBe('true');
  });
});

describe('comparisons on a bounded number', () => {
  const table: Record<Exclude<Qualifier, 'exact'>, [ComparisonOp, number, Truth][]> = {
    // (1500, ∞)
    'more-than': [
      ['gte', 1000, 'true'],
      ['gt', 1000, 'true'],
      ['gt', 1500, 'true'],
      ['gte', 1500, 'true'],
      ['gte', 1501, 'unknown'],
      ['gt', 2000, 'unknown'],
      ['lt', 2000, 'unknown'],
      ['lte', 2000, 'unknown'],
      ['lt', 1500, 'false'],
      ['lte', 1500, 'false'],
      ['lt', 1000, 'false'],
      ['eq', 1500, 'false'],
      ['eq', 1000, 'false'],
      ['eq', 2000, 'unknown'],
      ['ne', 1500, 'true'],
      ['ne', 1000, 'true'],
      ['ne', 2000, 'unknown'],
    ],
    // [1500, ∞)
    'at-least': [
      ['gte', 1500, 'true'],
      ['gte', 1000, 'true'],
      ['gt', 1499, 'true'],
      ['gt', 1500, 'unknown'],
      ['gte', 1501, 'unknown'],
      ['lt', 1500, 'false'],
      ['lt', 1000, 'false'],
      ['lte', 1500, 'unknown'],
      ['lte', 1499, 'false'],
      ['lt', 1501, 'unknown'],
      ['eq', 1500, 'unknown'],
      ['eq', 1499, 'false'],
      ['eq', 2000, 'unknown'],
      ['ne', 1499, 'true'],
      ['ne', 1500, 'unknown'],
    ],
    // (-∞, 1500)
    'less-than': [
      ['lt', 1500, 'true'],
      ['lte', 1500, 'true'],
      ['lt', 2000, 'true'],
      ['lt', 1000, 'unknown'],
      ['lte', 1499, 'unknown'],
      ['gt', 1500, 'false'],
      ['gte', 1500, 'false'],
      ['gt', 1000, 'unknown'],
      ['gte', 2000, 'false'],
      ['eq', 1500, 'false'],
      ['eq', 1000, 'unknown'],
      ['ne', 1500, 'true'],
      ['ne', 1000, 'unknown'],
    ],
    // (-∞, 1500]
    'at-most': [
      ['lte', 1500, 'true'],
      ['lt', 1501, 'true'],
      ['lt', 1500, 'unknown'],
      ['lte', 1499, 'unknown'],
      ['gt', 1500, 'false'],
      ['gte', 1500, 'unknown'],
      ['gte', 1501, 'false'],
      ['gt', 1499, 'unknown'],
      ['eq', 1500, 'unknown'],
      ['eq', 1501, 'false'],
      ['ne', 1501, 'true'],
      ['ne', 1500, 'unknown'],
    ],
    // "about 1500" is read as the point 1500.
    about: [
      ['eq', 1500, 'true'],
      ['eq', 1400, 'false'],
      ['ne', 1400, 'true'],
      ['gt', 1000, 'true'],
      ['gte', 1500, 'true'],
      ['lt', 1500, 'false'],
      ['lte', 1500, 'true'],
    ],
  };
  for (const [qualifier, cases] of Object.entries(table) as [Qualifier, [ComparisonOp, number, Truth][]][]) {
    it.each(cases)(`${qualifier} 1500: %s %d is %s`, (op, value, expected) => {
      expect(truth({ op, of: { fact: 'test.n' }, value }, [number(1500, qualifier)])).toBe(expected);
    });
  }

  it('in over a bounded number is the disjunction of equalities', () => {
    const facts = [number(1500, 'more-than')];
    expect(truth({ op: 'in', of: { fact: 'test.n' }, values: [1000, 1500] }, facts)).toBe('false');
    expect(truth({ op: 'in', of: { fact: 'test.n' }, values: [1000, 2000] }, facts)).toBe('unknown');
    const atLeast = [number(1500, 'at-least')];
    expect(truth({ op: 'in', of: { fact: 'test.n' }, values: [1500] }, atLeast)).toBe('unknown');
    expect(truth({ op: 'in', of: { fact: 'test.n' }, values: [1499, 1000] }, atLeast)).toBe('false');
    const about = [number(1500, 'about')];
    expect(truth({ op: 'in', of: { fact: 'test.n' }, values: [1000, 1500] }, about)).toBe('true');
  });
});

describe('intervalOf and compareInterval', () => {
  it('maps each qualifier to its interval', () => {
    expect(intervalOf(5, 'exact')).toEqual({ lo: 5, loOpen: false, hi: 5, hiOpen: false });
    expect(intervalOf(5, 'about')).toEqual({ lo: 5, loOpen: false, hi: 5, hiOpen: false });
    expect(intervalOf(5, 'more-than')).toEqual({ lo: 5, loOpen: true, hi: Infinity, hiOpen: true });
    expect(intervalOf(5, 'at-least')).toEqual({ lo: 5, loOpen: false, hi: Infinity, hiOpen: true });
    expect(intervalOf(5, 'less-than')).toEqual({ lo: -Infinity, loOpen: true, hi: 5, hiOpen: true });
    expect(intervalOf(5, 'at-most')).toEqual({ lo: -Infinity, loOpen: true, hi: 5, hiOpen: false });
  });

  it('decides a closed interval [1, 2] at and beyond its ends', () => {
    const x = { lo: 1, loOpen: false, hi: 2, hiOpen: false };
    expect(compareInterval(x, 'gte', 1)).toBe('true');
    expect(compareInterval(x, 'gt', 1)).toBe('unknown');
    expect(compareInterval(x, 'gt', 0.999)).toBe('true');
    expect(compareInterval(x, 'lte', 2)).toBe('true');
    expect(compareInterval(x, 'lt', 2)).toBe('unknown');
    expect(compareInterval(x, 'lt', 2.001)).toBe('true');
    expect(compareInterval(x, 'gt', 2)).toBe('false');
    expect(compareInterval(x, 'gte', 2)).toBe('unknown');
    expect(compareInterval(x, 'lt', 1)).toBe('false');
    expect(compareInterval(x, 'lte', 1)).toBe('unknown');
    expect(compareInterval(x, 'eq', 1)).toBe('unknown');
    expect(compareInterval(x, 'eq', 1.5)).toBe('unknown');
    expect(compareInterval(x, 'eq', 3)).toBe('false');
    expect(compareInterval(x, 'eq', 0)).toBe('false');
    expect(compareInterval(x, 'ne', 3)).toBe('true');
    expect(compareInterval(x, 'ne', 1)).toBe('unknown');
  });

  it('decides an open interval (1, 2) at its ends', () => {
    const x = { lo: 1, loOpen: true, hi: 2, hiOpen: true };
    expect(compareInterval(x, 'gt', 1)).toBe('true');
    expect(compareInterval(x, 'lte', 1)).toBe('false');
    expect(compareInterval(x, 'lt', 2)).toBe('true');
    expect(compareInterval(x, 'gte', 2)).toBe('false');
    expect(compareInterval(x, 'eq', 1)).toBe('false');
    expect(compareInterval(x, 'eq', 2)).toBe('false');
    expect(compareInterval(x, 'ne', 2)).toBe('true');
    expect(compareInterval(x, 'eq', 1.5)).toBe('unknown');
  });

  it('decides a point exactly', () => {
    const x = intervalOf(0, 'exact');
    expect(compareInterval(x, 'eq', 0)).toBe('true');
    expect(compareInterval(x, 'ne', 0)).toBe('false');
    expect(compareInterval(x, 'gt', 0)).toBe('false');
    expect(compareInterval(x, 'gte', 0)).toBe('true');
    expect(compareInterval(x, 'lt', 0)).toBe('false');
    expect(compareInterval(x, 'lte', 0)).toBe('true');
    expect(compareInterval(x, 'lt', 1e-9)).toBe('true');
  });

  it('never decides an unbounded side', () => {
    const up = intervalOf(0, 'more-than');
    expect(compareInterval(up, 'lt', Number.MAX_VALUE)).toBe('unknown');
    expect(compareInterval(up, 'gt', Number.MAX_VALUE)).toBe('unknown');
    const down = intervalOf(0, 'less-than');
    expect(compareInterval(down, 'gt', -Number.MAX_VALUE)).toBe('unknown');
    expect(compareInterval(down, 'lt', -Number.MAX_VALUE)).toBe('unknown');
  });
});

describe('comparisons on booleans, statuses, text and dates', () => {
  const facts = [
    factRecord({ id: 'test.yes', type: 'boolean', value: true }),
    factRecord({ id: 'test.no', type: 'boolean', value: false }),
    factRecord({ id: 'test.status', type: 'status', value: 'declined' }),
    factRecord({ id: 'test.text', type: 'text', value: 'a label' }),
    factRecord({ id: 'test.day', type: 'date', value: '2013-09-23', date: '2013-09-23' }),
  ];

  it('compares booleans with eq and ne', () => {
    expect(truth({ op: 'eq', of: { fact: 'test.yes' }, value: true }, facts)).toBe('true');
    expect(truth({ op: 'eq', of: { fact: 'test.yes' }, value: false }, facts)).toBe('false');
    expect(truth({ op: 'eq', of: { fact: 'test.no' }, value: false }, facts)).toBe('true');
    expect(truth({ op: 'ne', of: { fact: 'test.no' }, value: false }, facts)).toBe('false');
    expect(truth({ op: 'ne', of: { fact: 'test.yes' }, value: false }, facts)).toBe('true');
  });

  it('compares statuses with eq, ne and in', () => {
    expect(truth({ op: 'eq', of: { fact: 'test.status' }, value: 'declined' }, facts)).toBe('true');
    expect(truth({ op: 'eq', of: { fact: 'test.status' }, value: 'agreed' }, facts)).toBe('false');
    expect(truth({ op: 'ne', of: { fact: 'test.status' }, value: 'agreed' }, facts)).toBe('true');
    expect(truth({ op: 'ne', of: { fact: 'test.status' }, value: 'declined' }, facts)).toBe('false');
    expect(truth({ op: 'in', of: { fact: 'test.status' }, values: ['agreed', 'declined'] }, facts)).toBe('true');
    expect(truth({ op: 'in', of: { fact: 'test.status' }, values: ['agreed', 'adopted'] }, facts)).toBe('false');
  });

  it('compares text exactly with eq, ne and in', () => {
    expect(truth({ op: 'eq', of: { fact: 'test.text' }, value: 'a label' }, facts)).toBe('true');
    expect(truth({ op: 'eq', of: { fact: 'test.text' }, value: 'A label' }, facts)).toBe('false');
    expect(truth({ op: 'ne', of: { fact: 'test.text' }, value: 'other' }, facts)).toBe('true');
    expect(truth({ op: 'in', of: { fact: 'test.text' }, values: ['x', 'a label'] }, facts)).toBe('true');
    expect(truth({ op: 'in', of: { fact: 'test.text' }, values: ['x', 'y'] }, facts)).toBe('false');
  });

  it('compares dates with eq, ne and in', () => {
    expect(truth({ op: 'eq', of: { fact: 'test.day' }, value: '2013-09-23' }, facts)).toBe('true');
    expect(truth({ op: 'eq', of: { fact: 'test.day' }, value: '2013-09-24' }, facts)).toBe('false');
    expect(truth({ op: 'ne', of: { fact: 'test.day' }, value: '2013-09-24' }, facts)).toBe('true');
    expect(truth({ op: 'ne', of: { fact: 'test.day' }, value: '2013-09-23' }, facts)).toBe('false');
    expect(truth({ op: 'in', of: { fact: 'test.day' }, values: ['2014', '2013-09-23'] }, facts)).toBe('true');
    expect(truth({ op: 'in', of: { fact: 'test.day' }, values: ['2014', '2012-01-01'] }, facts)).toBe('false');
  });

  it('compares a date with a partial date as the period it names: overlap is undecidable', () => {
    expect(truth({ op: 'eq', of: { fact: 'test.day' }, value: '2013' }, facts)).toBe('unknown');
    expect(truth({ op: 'eq', of: { fact: 'test.day' }, value: '2013-09' }, facts)).toBe('unknown');
    expect(truth({ op: 'ne', of: { fact: 'test.day' }, value: '2013-09' }, facts)).toBe('unknown');
    expect(truth({ op: 'eq', of: { fact: 'test.day' }, value: '2013-10' }, facts)).toBe('false');
    expect(truth({ op: 'in', of: { fact: 'test.day' }, values: ['2012', '2013'] }, facts)).toBe('unknown');
    expect(truth({ op: 'in', of: { fact: 'test.day' }, values: ['2013', '2013-09-23'] }, facts)).toBe('true');
  });
});

describe('three-valued logic', () => {
  const T = factRecord({ id: 'test.t', type: 'boolean', value: true });
  const F = factRecord({ id: 'test.f', type: 'boolean', value: false });
  const M = factRecord({ id: 'test.m', type: 'boolean', value: true });
  const N = number(10);
  const declared = [T, F, M, N];
  const known = [T, F, N];
  const isTrue = (fact: string): Condition => ({ op: 'eq', of: { fact }, value: true });
  const t = isTrue('test.t');
  const f = isTrue('test.f');
  const u = isTrue('test.m');
  const value = (c: Condition) => truth(c, declared, known);

  it('makes every comparison on a missing fact unknown, never false', () => {
    const missing = [number(10)];
    const ops: Condition[] = [
      { op: 'eq', of: { fact: 'test.n' }, value: 10 },
      { op: 'ne', of: { fact: 'test.n' }, value: 10 },
      { op: 'gt', of: { fact: 'test.n' }, value: 0 },
      { op: 'gte', of: { fact: 'test.n' }, value: 0 },
      { op: 'lt', of: { fact: 'test.n' }, value: 0 },
      { op: 'lte', of: { fact: 'test.n' }, value: 0 },
      { op: 'in', of: { fact: 'test.n' }, values: [10] },
      { op: 'gte', of: { yearsSince: 'test.n' }, value: 1 },
      { op: 'eq', of: { fact: 'test.m' }, value: true },
      { op: 'ne', of: { fact: 'test.m' }, value: true },
    ];
    for (const c of ops) expect(truth(c, [...missing, M], [])).toBe('unknown');
  });

  it('reads a missing fact as not known as of the date', () => {
    const outcome = run({ op: 'gte', of: { fact: 'test.n' }, value: 1000 }, [number(10)], [], '2021-07-10');
    expect(outcome.reasons).toEqual(['test.n not known as of 2021-07-10, so ≥ 1,000 cannot be decided']);
    expect(outcome.reads).toEqual([{ factId: 'test.n', known: false }]);
  });

  it('all is Kleene conjunction', () => {
    expect(value({ op: 'all', conditions: [t, t] })).toBe('true');
    expect(value({ op: 'all', conditions: [t, u] })).toBe('unknown');
    expect(value({ op: 'all', conditions: [u, f] })).toBe('false');
    expect(value({ op: 'all', conditions: [f, t] })).toBe('false');
    expect(value({ op: 'all', conditions: [u, u] })).toBe('unknown');
    expect(value({ op: 'all', conditions: [t] })).toBe('true');
  });

  it('any is Kleene disjunction', () => {
    expect(value({ op: 'any', conditions: [f, f] })).toBe('false');
    expect(value({ op: 'any', conditions: [f, u] })).toBe('unknown');
    expect(value({ op: 'any', conditions: [u, t] })).toBe('true');
    expect(value({ op: 'any', conditions: [t, f] })).toBe('true');
    expect(value({ op: 'any', conditions: [u, u] })).toBe('unknown');
  });

  it('not keeps unknown unknown', () => {
    expect(value({ op: 'not', condition: t })).toBe('false');
    expect(value({ op: 'not', condition: f })).toBe('true');
    expect(value({ op: 'not', condition: u })).toBe('unknown');
    expect(value({ op: 'not', condition: { op: 'all', conditions: [t, u] } })).toBe('unknown');
    expect(value({ op: 'not', condition: { op: 'any', conditions: [f, u] } })).toBe('unknown');
    expect(value({ op: 'not', condition: { op: 'all', conditions: [f, u] } })).toBe('true');
  });

  it('nests: any(all(t, u), not(f)) is true, all(any(f, u), t) is unknown', () => {
    expect(
      value({
        op: 'any',
        conditions: [
          { op: 'all', conditions: [t, u] },
          { op: 'not', condition: f },
        ],
      }),
    ).toBe('true');
    expect(value({ op: 'all', conditions: [{ op: 'any', conditions: [f, u] }, t] })).toBe('unknown');
  });

  it('exists and unknown are decided whether or not the fact is known', () => {
    expect(value({ op: 'exists', fact: 'test.t' })).toBe('true');
    expect(value({ op: 'exists', fact: 'test.f' })).toBe('true');
    expect(value({ op: 'exists', fact: 'test.m' })).toBe('false');
    expect(value({ op: 'unknown', fact: 'test.m' })).toBe('true');
    expect(value({ op: 'unknown', fact: 'test.t' })).toBe('false');
    expect(value({ op: 'not', condition: { op: 'exists', fact: 'test.m' } })).toBe('true');
  });

  it('exists and unknown explain and record their read', () => {
    const present = run({ op: 'exists', fact: 'test.t' }, declared, known);
    expect(present.reasons).toEqual(['test.t is known']);
    expect(present.reads).toEqual([{ factId: 'test.t', known: true, value: true }]);
    const absent = run({ op: 'unknown', fact: 'test.m' }, declared, known, '2021-07-10');
    expect(absent.reasons).toEqual(['test.m is not known as of 2021-07-10']);
    expect(absent.reads).toEqual([{ factId: 'test.m', known: false }]);
  });

  it('all, any and not gather the reasons and reads of their children in order', () => {
    const outcome = run({ op: 'all', conditions: [t, { op: 'not', condition: u }] }, declared, known, '2021-07-10');
    expect(outcome.truth).toBe('unknown');
    expect(outcome.reasons).toEqual([
      'test.t is true; test = true: holds',
      'not (test.m not known as of 2021-07-10, so = true cannot be decided)',
    ]);
    expect(outcome.reads.map((r) => [r.factId, r.known])).toEqual([
      ['test.t', true],
      ['test.m', false],
    ]);
  });
});

describe('reasons and reads of comparisons', () => {
  it('names the fact, its value, the test and the verdict', () => {
    const fled = [factRecord({ id: 'test.fled', value: 1500, unit: 'persons', qualifier: 'more-than' })];
    const holds = run({ op: 'gte', of: { fact: 'test.fled' }, value: 1000 }, fled);
    expect(holds.reasons).toEqual(['test.fled is more than 1,500 persons; test ≥ 1,000: holds']);
    const undecided = run({ op: 'lt', of: { fact: 'test.fled' }, value: 2000 }, fled);
    expect(undecided.reasons).toEqual(['test.fled is more than 1,500 persons; test < 2,000: cannot be decided']);
    const fails = run({ op: 'eq', of: { fact: 'test.fled' }, value: 1500 }, fled);
    expect(fails.reasons).toEqual(['test.fled is more than 1,500 persons; test = 1,500: does not hold']);
  });

  it('records the value, unit and qualifier it read', () => {
    const fled = [factRecord({ id: 'test.fled', value: 1500, unit: 'persons', qualifier: 'more-than' })];
    expect(run({ op: 'gte', of: { fact: 'test.fled' }, value: 1000 }, fled).reads).toEqual([
      { factId: 'test.fled', known: true, value: 1500, unit: 'persons', qualifier: 'more-than', certainty: 'stated' },
    ]);
  });

  it('quotes statuses and lists the values of in', () => {
    const facts = [factRecord({ id: 'test.status', type: 'status', value: 'declined' })];
    const outcome = run({ op: 'in', of: { fact: 'test.status' }, values: ['agreed', 'adopted'] }, facts);
    expect(outcome.reasons).toEqual(['test.status is "declined"; test in ["agreed", "adopted"]: does not hold']);
    expect(outcome.reads).toEqual([
      { factId: 'test.status', known: true, value: 'declined', unit: null, qualifier: 'exact', certainty: 'stated' },
    ]);
  });

  it('shows shares as percentages', () => {
    const facts = [factRecord({ id: 'test.share', value: 0.61, unit: 'share' })];
    expect(run({ op: 'gte', of: { fact: 'test.share' }, value: 0.5 }, facts).reasons).toEqual([
      'test.share is 61%; test ≥ 50%: holds',
    ]);
  });
});

describe('yearsSince', () => {
  const days = (from: [number, number, number], to: [number, number, number]) =>
    (Date.UTC(to[0], to[1] - 1, to[2]) - Date.UTC(from[0], from[1] - 1, from[2])) / 86_400_000;

  it("uses a date-typed fact's value, not its date", () => {
    // The record is dated 2021 but its value is the 2013 adoption date.
    const facts = [factRecord({ id: 'test.adopted', type: 'date', value: '2013-09-23', date: '2021-07-09' })];
    const expected = days([2013, 9, 23], [2021, 7, 10]) / 365.2425; // ≈ 7.80
    const c = (op: ComparisonOp, value: number): Condition => ({ op, of: { yearsSince: 'test.adopted' }, value });
    expect(truth(c('gte', 7), facts)).toBe('true');
    expect(truth(c('gte', 8), facts)).toBe('false');
    expect(truth(c('gt', expected - 0.0001), facts)).toBe('true');
    expect(truth(c('lt', expected + 0.0001), facts)).toBe('true');
    const outcome = run(c('gte', 5), facts);
    expect(outcome.reasons).toEqual([
      '7.79 years passed from test.adopted (2013-09-23) to 2021-07-10; test ≥ 5: holds',
    ]);
    expect(outcome.reads).toEqual([
      { factId: 'test.adopted', known: true, value: '2013-09-23', unit: null, qualifier: 'exact', certainty: 'stated' },
    ]);
  });

  it("spans the period of another fact's partial date: from its last day to its first", () => {
    const facts = [factRecord({ id: 'test.pledge', value: 1_230_000_000, unit: 'USD', date: '2014' })];
    const most = days([2014, 1, 1], [2021, 7, 10]) / 365.2425; // ≈ 7.52
    const least = days([2014, 12, 31], [2021, 7, 10]) / 365.2425; // ≈ 6.52
    const c = (op: ComparisonOp, value: number): Condition => ({ op, of: { yearsSince: 'test.pledge' }, value });
    expect(truth(c('gte', least), facts)).toBe('true');
    expect(truth(c('gt', least - 0.0001), facts)).toBe('true');
    expect(truth(c('lte', most), facts)).toBe('true');
    expect(truth(c('gt', most), facts)).toBe('false');
    expect(truth(c('gte', 7.6), facts)).toBe('false');
    // Inside the span it cannot be decided: as of mid-2021, "at least 7 years since 2014" depends on the month.
    expect(truth(c('gte', 7), facts)).toBe('unknown');
    expect(truth(c('lt', 7), facts)).toBe('unknown');
    expect(run(c('gte', 7), facts).reasons[0]).toMatch(
      /^between 6\.52 years and 7\.52 years passed from test\.pledge \(2014\)/,
    );
  });

  it('counts to the evaluation date', () => {
    const facts = [factRecord({ id: 'test.adopted', type: 'date', value: '2013-09-23' })];
    const condition: Condition = { op: 'gte', of: { yearsSince: 'test.adopted' }, value: 5 };
    expect(run(condition, facts, facts, '2018-09-22').truth).toBe('false');
    expect(run(condition, facts, facts, '2018-09-24').truth).toBe('true');
  });
});

describe('ratio', () => {
  const usd = (id: string, value: number, qualifier: Qualifier = 'exact') =>
    factRecord({ id, value, unit: 'USD', qualifier });
  const lt = (value: number): Condition => ({ op: 'lt', of: { ratio: ['test.a', 'test.b'] }, value });
  const gte = (value: number): Condition => ({ op: 'gte', of: { ratio: ['test.a', 'test.b'] }, value });

  it('divides the first fact by the second', () => {
    const facts = [usd('test.a', 122_000_000), usd('test.b', 200_000_000)];
    expect(truth(gte(0.61), facts)).toBe('true');
    expect(truth(gte(0.62), facts)).toBe('false');
    expect(truth(lt(0.5), facts)).toBe('false');
    expect(truth({ op: 'eq', of: { ratio: ['test.a', 'test.b'] }, value: 0.61 }, facts)).toBe('true');
    const outcome = run(gte(0.5), facts);
    expect(outcome.reasons).toEqual(['test.a / test.b is 61%; test ≥ 50%: holds']);
    expect(outcome.reads.map((r) => [r.factId, r.value])).toEqual([
      ['test.a', 122_000_000],
      ['test.b', 200_000_000],
    ]);
  });

  it('a zero numerator gives zero', () => {
    const facts = [usd('test.a', 0), usd('test.b', 1_230_000_000)];
    expect(truth(lt(0.1), facts)).toBe('true');
  });

  it('is unknown when an input is only bounded', () => {
    for (const q of ['more-than', 'at-least', 'less-than', 'at-most'] as const) {
      expect(truth(lt(0.5), [usd('test.a', 1, q), usd('test.b', 100)])).toBe('unknown');
      expect(truth(lt(0.5), [usd('test.a', 1), usd('test.b', 100, q)])).toBe('unknown');
    }
    const outcome = run(lt(0.5), [usd('test.a', 1, 'more-than'), usd('test.b', 100)]);
    expect(outcome.reasons[0]).toContain('test.a / test.b is not determined');
    expect(outcome.reasons[0]).toContain('cannot be decided');
  });

  it('is decided when an input is "about"', () => {
    expect(truth(lt(0.5), [usd('test.a', 10, 'about'), usd('test.b', 100)])).toBe('true');
  });

  it('is unknown when the denominator is zero', () => {
    const outcome = run(gte(0), [usd('test.a', 5), usd('test.b', 0)]);
    expect(outcome.truth).toBe('unknown');
    expect(outcome.reasons[0]).toContain('not defined: test.b is $0');
    expect(outcome.reasons[0]).toContain('cannot be decided');
    expect(truth(lt(1), [usd('test.a', 0), usd('test.b', 0)])).toBe('unknown');
  });

  it('is unknown when either input is missing', () => {
    const facts = [usd('test.a', 1), usd('test.b', 2)];
    expect(truth(lt(1), facts, [facts[0] as FactRecord])).toBe('unknown');
    const outcome = run(lt(1), facts, [facts[1] as FactRecord]);
    expect(outcome.truth).toBe('unknown');
    expect(outcome.reads).toEqual([
      { factId: 'test.a', known: false },
      { factId: 'test.b', known: true, value: 2, unit: 'USD', qualifier: 'exact', certainty: 'stated' },
    ]);
  });
});

describe('compiled fact ids', () => {
  it('lists every fact a condition can read, once, in first-use order', () => {
    const facts = [
      number(1),
      factRecord({ id: 'test.a', value: 1, unit: 'USD' }),
      factRecord({ id: 'test.b', value: 2, unit: 'USD' }),
    ];
    const problems: ContentProblem[] = [];
    const compiled = compileCondition(
      {
        op: 'all',
        conditions: [
          { op: 'gt', of: { ratio: ['test.a', 'test.b'] }, value: 0 },
          { op: 'not', condition: { op: 'exists', fact: 'test.n' } },
          { op: 'gte', of: { yearsSince: 'test.a' }, value: 1 },
        ],
      },
      typesOf(facts),
      'condition',
      problems,
    );
    expect(problems).toEqual([]);
    expect(compiled.factIds).toEqual(['test.a', 'test.b', 'test.n']);
  });
});
