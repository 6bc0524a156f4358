// The scenario side of coherence: the warnings a linked scenario's brief carries when its number
// disagrees with a question set's beyond the tolerance (sets/coherence.ts). The set is judged on
// the brief's own day under the brief's own assumptions; closed questions are not compared.
import type { Assumptions, FactBase } from '../facts/fact-base';
import type { CompiledScenario } from '../rules/compile-scenario';
import { compareLink, scenarioWarning } from './coherence';
import type { CompiledSet } from './compile-set';
import { judgeSet } from './set-judgment';

/** The brief's cross-check for `scenario`, or undefined when no set links it. */
export function coherenceCheck(
  sets: ReadonlyMap<string, CompiledSet>,
  base: FactBase,
  scenario: CompiledScenario,
  asOf: string,
  assumptions: Assumptions,
): ((probability: number) => string[]) | undefined {
  const id = scenario.definition.id;
  const links = [...sets.values()].flatMap((set) =>
    set.definition.coherence.filter((link) => link.scenario === id).map((link) => ({ set, link })),
  );
  if (links.length === 0) return undefined;
  return (probability) =>
    links.flatMap(({ set, link }) => {
      const judged = judgeSet(set, base, asOf, assumptions);
      if (judged.status.status !== 'open') return [];
      const stated = new Map(judged.hypotheses.map((h) => [h.hypothesis.definition.id, h.probability]));
      const result = compareLink(set, link, scenario, true, stated, probability);
      return result.agrees ? [] : [scenarioWarning(set.definition.title, result)];
    });
}
