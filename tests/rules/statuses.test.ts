// The status-only path (compiled `truth`, indicatorStatuses, judgeStatuses) must decide exactly
// as the explaining path a brief shows: on every scenario, on dates before, during and after the
// article's events (unknown, bounded and partial-date cases), and under what-if assumptions.
import { describe, expect, it } from 'vitest';
import { judge, judgeStatuses } from '../../src/brief/judgment';
import { catalog } from '../../src/catalog/catalog';
import { type Assumptions, factsAsOf } from '../../src/facts/fact-base';
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

describe('statuses alone', () => {
  const cases = DATES.flatMap((asOf) => WHAT_IFS.map((assumptions) => ({ asOf, assumptions })));

  it.each([...catalog.scenarios.keys()])(
    '%s: the same statuses, probability, band and confidence as the brief',
    (id) => {
      const scenario = catalog.scenarios.get(id);
      if (!scenario) throw new Error(id);
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
