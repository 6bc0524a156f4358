// Build-time checks of a scenario as a probability model, run wherever scenarios are checked
// (the content build, the tests, and any later publishing path):
// - correlated evidence: two indicators that read the same fact or the same quoted sentence
//   must share a group (so only the stronger counts), unless the scenario says why they are
//   independent;
// - reachability: short of resolution, the indicators must be able to take the judgment to 90 %
//   and to 10 %, unless the scenario says why not. A scenario that cannot move far enough from
//   its base rate asks the reader to trust a judgment the evidence can never make firm.
// Pure: a compiled scenario and the fact base in, problems with paths out.
import { appliedContributions, type WeightedSignal } from '../brief/likelihood';
import type { ContentProblem } from '../facts/content-error';
import { type FactBase, factsBehind } from '../facts/fact-base';
import type { CompiledScenario } from './compile-scenario';

/** The facts an indicator rests on (derived ones with their inputs) and the quotes behind them. */
function evidenceOf(base: FactBase, factIds: readonly string[]): { facts: Set<string>; quotes: Set<string> } {
  const facts = factsBehind(base, factIds);
  const quotes = new Set<string>();
  for (const record of [...base.cited, ...base.observed]) {
    if (!facts.has(record.id)) continue;
    for (const c of record.citations) quotes.add(`${c.sourceId}@${c.start}-${c.end}`);
  }
  return { facts, quotes };
}

/** Pairs of indicators that read one fact or one sentence but are neither grouped nor declared independent. */
export function correlatedProblems(scenario: CompiledScenario, base: FactBase): ContentProblem[] {
  const { indicators, independent } = scenario.definition;
  const declared = new Set((independent ?? []).map((d) => [...d.indicators].sort().join(' ')));
  const known = new Set(indicators.map((i) => i.id));
  const problems: ContentProblem[] = (independent ?? []).flatMap((d, k) =>
    d.indicators
      .filter((id) => !known.has(id))
      .map((id) => ({ path: `independent.${k}.indicators`, message: `no indicator "${id}"` })),
  );
  const evidence = scenario.indicators.map((i) => evidenceOf(base, i.compiled.factIds));
  scenario.indicators.forEach((a, i) => {
    scenario.indicators.forEach((b, j) => {
      if (j <= i) return;
      if (a.group !== undefined && a.group === b.group) return;
      if (declared.has([a.id, b.id].sort().join(' '))) return;
      const ea = evidence[i] as { facts: Set<string>; quotes: Set<string> };
      const eb = evidence[j] as { facts: Set<string>; quotes: Set<string> };
      const fact = [...ea.facts].find((f) => eb.facts.has(f));
      const quote = fact === undefined && [...ea.quotes].some((q) => eb.quotes.has(q));
      if (fact === undefined && !quote) return;
      const what = fact !== undefined ? `both read the fact ${fact}` : 'their facts rest on the same quoted sentence';
      problems.push({
        path: `indicators.${j}.group`,
        message: `"${b.id}" and "${a.id}" ${what}: give them one group, or list them in "independent" with a reason`,
      });
    });
  });
  return problems;
}

/** The evidence's probability range over every way the indicators could turn out (unknown is neutral). */
export function reachableRange(scenario: CompiledScenario): { low: number; high: number } {
  const signals: WeightedSignal[] = scenario.indicators.map((i) => ({
    direction: i.direction,
    weight: i.weight,
    ...(i.ifNotMet ? { weightIfNotMet: i.ifNotMet.weight } : {}),
    ...(i.group ? { group: i.group } : {}),
    status: 'unknown',
  }));
  const extreme = (sign: 1 | -1) => {
    // Each indicator takes the status that moves the odds furthest in one direction, or stays
    // unknown; within a group only the strongest counts, which appliedContributions applies.
    const chosen = signals.map((s): WeightedSignal => {
      const met = appliedContributions([{ ...s, status: 'met' }])[0] as number;
      const notMet = appliedContributions([{ ...s, status: 'not-met' }])[0] as number;
      const best = Math.max(sign * met, sign * notMet, 0);
      return { ...s, status: best === 0 ? 'unknown' : best === sign * met ? 'met' : 'not-met' };
    });
    const base = scenario.definition.baseRate.probability;
    const logOdds = Math.log(base / (1 - base)) + appliedContributions(chosen).reduce((x, y) => x + y, 0);
    return 1 / (1 + Math.exp(-logOdds));
  };
  return { low: extreme(-1), high: extreme(1) };
}

/** A scenario that cannot reach 90 % and 10 % short of resolution, unless it says why. */
export function reachabilityProblems(scenario: CompiledScenario): ContentProblem[] {
  if (scenario.definition.reachability) return [];
  const { low, high } = reachableRange(scenario);
  const pct = (p: number) => `${Math.round(p * 100)}%`;
  const problems: ContentProblem[] = [];
  if (high < 0.9 || low > 0.1) {
    problems.push({
      path: 'indicators',
      message: `short of resolution the indicators reach only ${pct(low)} to ${pct(high)}, not 10% to 90%: add or strengthen indicators, or give "reachability": { "reason": … }`,
    });
  }
  return problems;
}
