// The status-only path (compiled `truth`, indicatorStatuses, judgeStatuses) must decide exactly
// as the explaining path a brief shows: on every scenario, on dates before, during and after the
// article's events (unknown, bounded and partial-date cases), and under what-if assumptions.
import { describe, expect, it } from 'vitest';
import { judge, judgeStatuses } from '../../src/brief/judgment';
import { catalog } from '../../src/catalog/catalog';
import { type Assumptions, factsAsOf } from '../../src/facts/fact-base';
import type { FactValue } from '../../src/facts/fact-record';
import { STATUSES } from '../../src/facts/vocabulary';
import type { CompiledScenario } from '../../src/rules/compile-scenario';
import type { Condition, Operand } from '../../src/rules/condition';
import { evaluateIndicators, indicatorStatuses } from '../../src/rules/evaluate';

const DATES = ['2000-01-01', '2012-06-01', '2013-12-31', '2014-12-31', '2017-06-30', '2018-01-01', '2021-06-30'];
for (let day = 1; day <= 12; day++) DATES.push(`2021-07-${String(day).padStart(2, '0')}`);
// The article is known from 2021-07-31: dates after it read its facts, with years since the
// partial-dated ones growing.
DATES.push('2021-07-31', '2021-08-15', '2021-12-31', '2022-07-31', '2030-01-01', catalog.facts.latestDate);

const WHAT_IFS: Assumptions[] = [
  new Map(),
  new Map([['csto.response_to_request', 'agreed']]),
  new Map([['ru.pledge_2014_received_usd', 150_000_000]]),
  new Map([['ru.pledge_2014_usd', 0]]),
  new Map<string, null | boolean>([
    ['csto.target_program_adopted', null],
    ['taliban.rules_along_border', false],
  ]),
  new Map([['csto.border_resolution_adopted', '2020']]),
];

/** What-ifs that put an operand at each of a test's constants and on either side of them. */
function around(of: Operand, values: readonly (number | boolean | string)[]): Assumptions[] {
  const each = (id: string, xs: FactValue[]) => xs.map((x) => new Map([[id, x]]));
  const numbers = values.flatMap((v) => (typeof v === 'number' ? [v - 1, v, v + 1] : []));
  if ('ratio' in of) {
    const [a, b] = of.ratio;
    return numbers.map((x) => new Map([[a, x * 100]]).set(b, 100));
  }
  if ('yearsSince' in of) {
    // A date-typed fact's value is its date; any other fact keeps its record's date when assumed.
    const isDate = catalog.facts.types.get(of.yearsSince)?.type === 'date';
    return isDate ? each(of.yearsSince, ['1900', '2100']) : [];
  }
  const type = catalog.facts.types.get(of.fact)?.type;
  if (type === 'number') return each(of.fact, numbers);
  if (type === 'boolean') return each(of.fact, [true, false]);
  // A status, text or date: each constant, and a value none of them is.
  const other = type === 'date' ? '1900' : type === 'status' ? STATUSES.find((x) => !values.includes(x)) : '(other)';
  return each(of.fact, [...(values as string[]), ...(other === undefined ? [] : [other])]);
}

/**
 * What-ifs read from a scenario's own tests, so that its indicators are met and not met somewhere
 * whatever facts it reads (the fixed ones above were written for the first six scenarios).
 */
function whatIfsFor(scenario: CompiledScenario): Assumptions[] {
  const out: Assumptions[] = [];
  const visit = (node: Condition): void => {
    switch (node.op) {
      case 'all':
      case 'any':
        for (const c of node.conditions) visit(c);
        return;
      case 'not':
        visit(node.condition);
        return;
      case 'exists':
      case 'unknown':
        return;
      default:
        out.push(...around(node.of, node.op === 'in' ? node.values : [node.value]));
    }
  };
  for (const indicator of scenario.indicators) visit(indicator.condition);
  return out;
}

describe('statuses alone', () => {
  it.each([...catalog.scenarios.keys()])(
    '%s: the same statuses, probability, band and confidence as the brief',
    (id) => {
      const scenario = catalog.scenarios.get(id);
      if (!scenario) throw new Error(id);
      const whatIfs = [...WHAT_IFS, ...whatIfsFor(scenario)];
      const cases = DATES.flatMap((asOf) => whatIfs.map((assumptions) => ({ asOf, assumptions })));
      const seen = new Set<string>();
      for (const { asOf, assumptions } of cases) {
        const facts = factsAsOf(catalog.facts, asOf, assumptions);
        const explained = evaluateIndicators(scenario, { facts, asOf }).map((i) => i.status);
        expect(indicatorStatuses(scenario, { facts, asOf }), `${id} ${asOf}`).toEqual(explained);
        const full = judge(scenario, facts, asOf, catalog.facts.sources);
        const light = judgeStatuses(scenario, facts, asOf, catalog.facts.sources);
        expect(light.probability).toBe(full.probability);
        expect(light.band).toBe(full.band);
        expect(light.confidence).toEqual(full.confidence);
        for (const s of explained) seen.add(s);
      }
      // The cases reach every status somewhere, so the comparison covers each of them.
      expect([...seen].sort()).toEqual(['met', 'not-met', 'unknown']);
    },
  );
});
