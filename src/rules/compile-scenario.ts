// Validates a scenario file and compiles its indicators against the fact base's types.
// A broken scenario throws a ContentError naming the file and every problem's path.
import { ContentError, type ContentProblem } from '../facts/content-error';
import type { FactType } from '../facts/fact-record';
import { type ContentOrigin, readContent } from '../facts/validate';
import { lintScenario } from '../tradecraft/authored-text';
import { type CompiledCondition, compileCondition } from './compile';
import { type Indicator, type Scenario, ScenarioSchema } from './scenario-schema';

export interface CompiledIndicator extends Indicator {
  compiled: CompiledCondition;
}

export interface CompiledScenario {
  file: string;
  definition: Scenario;
  indicators: CompiledIndicator[];
  /** Every fact any indicator reads, in first-use order. */
  factIds: string[];
  /** The conditions that settle the question, compiled like indicators. */
  settles: { yes?: CompiledCondition; no?: CompiledCondition };
  /** Every fact a settling condition reads. */
  resolutionFactIds: string[];
}

/**
 * An authored file is validated, compiled and linted (tradecraft/authored-text.ts); checked
 * content passed all of that at build time and is only compiled (see fact-base.ts's indexFactBase).
 */
export function compileScenario(
  data: unknown,
  file: string,
  types: ReadonlyMap<string, FactType>,
  origin: ContentOrigin = 'authored',
): CompiledScenario {
  const definition = readContent(ScenarioSchema, data, file, origin);
  const problems: ContentProblem[] = [];
  const indicators = definition.indicators.map((indicator, i) => ({
    ...indicator,
    compiled: compileCondition(indicator.condition, types, `indicators.${i}.condition`, problems),
  }));
  const settles: CompiledScenario['settles'] = {};
  for (const outcome of ['yes', 'no'] as const) {
    const settling = definition.resolution[outcome];
    if (settling) {
      settles[outcome] = compileCondition(settling.condition, types, `resolution.${outcome}.condition`, problems);
    }
  }
  if (origin === 'authored') {
    problems.push(...lintScenario(definition));
  }
  if (problems.length > 0) throw new ContentError(file, problems);
  const factIds = [...new Set(indicators.flatMap((i) => i.compiled.factIds))];
  const resolutionFactIds = [...new Set([...(settles.yes?.factIds ?? []), ...(settles.no?.factIds ?? [])])];
  return { file, definition, indicators, factIds, settles, resolutionFactIds };
}
