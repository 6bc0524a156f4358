// Scenario versions published live, and the scenarios a catalog serves with them. A scenario is
// served at its latest version that is not retired; a scenario from the files in scenarios/ (the
// seed set) is version 1 until a version of it is published or retired. Versions were checked in
// full when published (check-scenario.ts); here they are parsed and compiled, against the facts
// as they are now. Pure: stored versions in, compiled scenarios out.
import { ContentError, type ContentProblem } from '../facts/content-error';
import type { FactBase } from '../facts/fact-base';
import { parseContent } from '../facts/validate';
import { type CompiledScenario, compileScenario } from '../rules/compile-scenario';
import { ScenarioSchema } from '../rules/scenario-schema';

/** A version as stored (migrations/0004_scenario_versions.sql). */
export interface ScenarioVersion {
  scenarioId: string;
  version: number;
  /** The scenario document, as it passed every check when published (no `$schema`). */
  document: unknown;
  hash: string;
  createdAt: string;
  createdBy: string;
  reason: string;
  retiredAt: string | null;
  retiredBy: string | null;
  retiredReason: string | null;
}

/** A version that is stored but cannot be served now, and why (a fact it reads has gone). */
export interface UnservedVersion {
  scenarioId: string;
  version: number;
  problems: readonly ContentProblem[];
}

/**
 * The scenarios to serve: the seeds, each replaced by its latest version that is not retired and
 * still compiles (or dropped if it has none), then the scenarios published live, in the order they
 * were first published. A version that no longer compiles (a fact it reads was retracted, or left
 * the content files) is passed over for the one before it, and reported.
 */
export function servedScenarios(
  seeds: ReadonlyMap<string, CompiledScenario>,
  facts: FactBase,
  versions: readonly ScenarioVersion[],
): { scenarios: Map<string, CompiledScenario>; unserved: UnservedVersion[] } {
  const byScenario = new Map<string, ScenarioVersion[]>();
  for (const version of [...versions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.version - b.version)) {
    const list = byScenario.get(version.scenarioId) ?? [];
    list.push(version);
    byScenario.set(version.scenarioId, list);
  }
  const unserved: UnservedVersion[] = [];
  const latest = (list: readonly ScenarioVersion[]): CompiledScenario | undefined => {
    const active = list.filter((v) => v.retiredAt === null).sort((a, b) => b.version - a.version);
    for (const version of active) {
      const compiled = compileStored(version, facts);
      if ('scenario' in compiled) return compiled.scenario;
      unserved.push({ scenarioId: version.scenarioId, version: version.version, problems: compiled.problems });
    }
    return undefined;
  };
  const scenarios = new Map<string, CompiledScenario>();
  for (const [id, seed] of seeds) {
    const list = byScenario.get(id);
    // A seed whose stored versions all fail to compile (a later deploy renamed a fact they read)
    // falls back to its file, as deployed, unless its version 1 was retired.
    const seedRetired = list?.some((v) => v.version === 1 && v.retiredAt !== null) ?? false;
    const served = list
      ? (latest(list) ?? (seedRetired || !list.some((v) => v.retiredAt === null) ? undefined : seed))
      : seed;
    if (served) scenarios.set(id, served);
  }
  for (const [id, list] of byScenario) {
    if (seeds.has(id)) continue;
    const served = latest(list);
    if (served) scenarios.set(id, served);
  }
  return { scenarios, unserved };
}

/**
 * A stored version compiled against the facts, or why it no longer compiles. The schema is applied
 * again (not the lint, whose rules may have grown since it was published): a stored document is
 * data from outside this deploy, and one that does not parse must cost its own scenario, not the
 * catalog.
 */
function compileStored(
  version: ScenarioVersion,
  facts: FactBase,
): { scenario: CompiledScenario } | { problems: readonly ContentProblem[] } {
  const label = `scenario ${version.scenarioId} version ${version.version}`;
  try {
    const document = parseContent(ScenarioSchema, version.document, label);
    const tag = { number: version.version, hash: version.hash };
    return { scenario: compileScenario(document, label, facts.types, 'checked', tag) };
  } catch (error) {
    const problems =
      error instanceof ContentError ? error.problems : [{ path: '', message: `does not compile: ${String(error)}` }];
    return { problems };
  }
}

/**
 * The versions not retired whose indicators or resolution read a fact: while one does, the
 * observation that defines the fact may not be retracted (it would stop compiling, and could come
 * back to life if the fact were defined again).
 */
export function versionsReading(
  factId: string,
  versions: readonly ScenarioVersion[],
  facts: FactBase,
): ScenarioVersion[] {
  return versions.filter((version) => {
    if (version.retiredAt !== null) return false;
    const compiled = compileStored(version, facts);
    if (!('scenario' in compiled)) return false;
    return [...compiled.scenario.factIds, ...compiled.scenario.resolutionFactIds].includes(factId);
  });
}
