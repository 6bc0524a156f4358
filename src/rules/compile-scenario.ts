// Validates a scenario file and compiles its indicators against the fact base's types.
// A broken scenario throws a ContentError naming the file and every problem's path.
import { ContentError, type ContentProblem } from '../facts/content-error';
import type { FactType } from '../facts/fact-record';
import { type ContentOrigin, readContent } from '../facts/validate';
import { canonicalJson } from '../lib/canonical-json';
import { sha256Hex } from '../lib/hash';
import { lintScenario } from '../tradecraft/authored-text';
import { type CompiledCondition, compileCondition } from './compile';
import { type Indicator, type Scenario, ScenarioSchema } from './scenario-schema';

export interface CompiledIndicator extends Indicator {
  compiled: CompiledCondition;
}

/**
 * Which version of a scenario a brief used: its number (1 is the file in scenarios/, the seed, or
 * the first version published live) and the content hash of its document.
 */
export interface ScenarioVersionTag {
  readonly number: number;
  readonly hash: string;
}

export interface CompiledScenario {
  file: string;
  definition: Scenario;
  version: ScenarioVersionTag;
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
  version?: ScenarioVersionTag,
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
  return {
    file,
    definition,
    version: version ?? seedVersion(definition),
    indicators,
    factIds,
    settles,
    resolutionFactIds,
  };
}

/** A scenario document without its editor hint (`$schema`), as stored and hashed. */
export function scenarioDocument(definition: Scenario): Omit<Scenario, '$schema'> {
  const { $schema: _hint, ...document } = definition;
  return document;
}

/** The content hash of a scenario document: 16 hex digits of the SHA-256 of its canonical JSON. */
export function scenarioHash(definition: Scenario): string {
  return sha256Hex(canonicalJson(scenarioDocument(definition))).slice(0, 16);
}

/** Version 1, from the file: its hash is computed when first read (a cold start compiles every seed). */
function seedVersion(definition: Scenario): ScenarioVersionTag {
  let hash: string | undefined;
  return {
    number: 1,
    get hash() {
      hash ??= scenarioHash(definition);
      return hash;
    },
  };
}
