// Before timing anything: the four versions (ours with and without explanations, json-rules-engine,
// and the floor generated from the scenario files) must reach the same indicator statuses, on every
// scenario and on dates before, during and after the article's events (so that unknown,
// bounded and partial-date cases are all exercised). A disagreement stops the benchmark.
import type { Catalog } from '../../src/catalog/catalog';
import { factsAsOf } from '../../src/facts/fact-base';
import { evaluateIndicators, indicatorStatuses } from '../../src/rules/evaluate';
import type { Floor } from './floor';
import { engineFacts, jsonRulesEngineScenario } from './json-rules-engine';

// The article is known from 2021-07-31: earlier days know nothing, later ones all it says.
const DATES = ['2012-06-01', '2021-07-09', '2021-07-30', '2021-07-31', '2021-12-31', '2022-07-31', '2030-01-01'];

export async function checkAgreement(
  catalog: Catalog,
  floors: ReadonlyMap<string, Floor>,
): Promise<{ checked: number; cases: number; unknown: number }> {
  let checked = 0;
  let cases = 0;
  let unknown = 0;
  for (const asOf of [...DATES, catalog.facts.latestDate]) {
    const facts = factsAsOf(catalog.facts, asOf, new Map());
    for (const [id, scenario] of catalog.scenarios) {
      const ours = evaluateIndicators(scenario, { facts, asOf }).map((i) => i.status);
      const jre = await jsonRulesEngineScenario(scenario).evaluate(engineFacts(facts, asOf, scenario));
      const floor = floors.get(id)?.(facts, asOf);
      const statuses = indicatorStatuses(scenario, { facts, asOf });
      const same = (xs: readonly string[] | undefined) => JSON.stringify(xs) === JSON.stringify(ours);
      if (!same(statuses) || !same(jre) || !same(floor)) {
        throw new Error(
          `${id} as of ${asOf}: the versions disagree\n  ours (explained): ${ours}\n  ours (statuses): ${statuses}\n` +
            `  json-rules-engine: ${jre}\n  generated floor: ${floor}`,
        );
      }
      cases += 1;
      checked += ours.length;
      unknown += ours.filter((s) => s === 'unknown').length;
    }
  }
  return { checked, cases, unknown };
}
