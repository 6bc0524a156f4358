// Validates a scenario file and compiles its indicators against the fact base's types.
// A broken scenario throws a ContentError naming the file and every problem's path.
import { ContentError, type ContentProblem } from '../facts/content-error';
import type { FactType } from '../facts/fact-record';
import { type ContentReader, parseContent } from '../facts/validate';
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
}

/** `read` validates the file by default; see loadFactBase for when it does not. */
export function compileScenario(
  data: unknown,
  file: string,
  types: ReadonlyMap<string, FactType>,
  read: ContentReader = parseContent,
): CompiledScenario {
  const definition = read(ScenarioSchema, data, file);
  const problems: ContentProblem[] = [];
  const indicators = definition.indicators.map((indicator, i) => ({
    ...indicator,
    compiled: compileCondition(indicator.condition, types, `indicators.${i}.condition`, problems),
  }));
  if (problems.length > 0) throw new ContentError(file, problems);
  const factIds = [...new Set(indicators.flatMap((i) => i.compiled.factIds))];
  return { file, definition, indicators, factIds };
}
