// Every check a scenario document passes before it is served, wherever it comes from: a file in
// scenarios/ at build time (build-catalog.ts), or a version an analyst publishes live (the
// scenarios routes). The schema, the references and conditions (compile-scenario.ts), the
// authored-text lint, labels over assessments, correlated evidence (double counting) and
// reachability (rules/model-checks.ts). Pure: a document and the fact base in, problems out.
import { ContentError, type ContentProblem } from '../facts/content-error';
import { type FactBase, factsAsOf } from '../facts/fact-base';
import { type CompiledScenario, compileScenario } from '../rules/compile-scenario';
import { correlatedProblems, reachabilityProblems } from '../rules/model-checks';
import { attributionProblems } from '../tradecraft/authored-text';

/** The checks of a compiled scenario that need the facts: labels over assessments, correlated evidence, reachability. */
export function scenarioProblems(scenario: CompiledScenario, facts: FactBase): ContentProblem[] {
  return [
    ...attributionProblems(scenario.indicators, factsAsOf(facts, facts.latestDate, new Map()), facts.latestDate),
    ...correlatedProblems(scenario, facts),
    ...reachabilityProblems(scenario),
  ];
}

export type ScenarioCheck =
  | { ok: true; scenario: CompiledScenario }
  | { ok: false; problems: readonly ContentProblem[] };

/**
 * A scenario document checked in full against a fact base (observed facts included, so a new
 * indicator can read a fact an observation defined): compiled, or every problem with its path.
 * A document the schema refuses is reported by the schema's problems alone, since nothing
 * further can be read from it.
 */
export function checkScenarioDocument(data: unknown, facts: FactBase, file: string): ScenarioCheck {
  const deep = tooDeep(data);
  if (deep) return { ok: false, problems: [deep] };
  let scenario: CompiledScenario;
  try {
    scenario = compileScenario(data, file, facts.types, 'authored');
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, problems: error.problems };
    throw error;
  }
  const problems = scenarioProblems(scenario, facts);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario };
}

/** The deepest nesting a document may have: the seed files nest conditions 8 levels deep at most. */
export const MAX_DEPTH = 40;

/**
 * Whether a document nests objects and arrays deeper than MAX_DEPTH, found without recursion: the
 * schema and the compiler recurse into conditions, and a document nested thousands deep (64 KiB
 * allows that) would exhaust the stack before either could say what is wrong.
 */
export function tooDeep(data: unknown): ContentProblem | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: data, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return { path, message: `nests deeper than ${MAX_DEPTH} levels: simplify the condition` };
    for (const [key, child] of Object.entries(value)) {
      stack.push({ value: child, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return undefined;
}
