// Scenario versions published live, and the scenarios a catalog serves with them (by the rule in
// served-versions.ts). Versions were checked in full when published (check-scenario.ts); here
// they are parsed and compiled, against the facts as they are now. Pure: stored versions in,
// compiled scenarios out.
import type { FactBase } from '../facts/fact-base';
import { parseContent } from '../facts/validate';
import { type CompiledScenario, compileScenario } from '../rules/compile-scenario';
import { ScenarioSchema } from '../rules/scenario-schema';
import {
  type Compiled,
  compiledOrProblems,
  type DocumentVersion,
  servedVersions,
  type Unserved,
} from './served-versions';

/** A version as stored (migrations/0004_scenario_versions.sql). */
export type ScenarioVersion = DocumentVersion<'scenarioId'>;

/** A stored version that cannot be served now, and why (served-versions.ts). */
export type UnservedVersion = Omit<Unserved, 'id'> & { scenarioId: string };

/** The scenarios to serve, by the rule every versioned document follows (served-versions.ts). */
export function servedScenarios(
  seeds: ReadonlyMap<string, CompiledScenario>,
  facts: FactBase,
  versions: readonly ScenarioVersion[],
): { scenarios: Map<string, CompiledScenario>; unserved: UnservedVersion[] } {
  const { served, unserved } = servedVersions(
    seeds,
    versions,
    (v) => v.scenarioId,
    (v) => compileStored(v, facts),
  );
  return { scenarios: served, unserved: unserved.map(({ id, ...rest }) => ({ scenarioId: id, ...rest })) };
}

/**
 * A stored version compiled against the facts, or why it no longer compiles. The schema is applied
 * again (not the lint, whose rules may have grown since it was published): a stored document is
 * data from outside this deploy, and one that does not parse must cost its own scenario, not the
 * catalog.
 */
function compileStored(version: ScenarioVersion, facts: FactBase): Compiled<CompiledScenario> {
  const label = `scenario ${version.scenarioId} version ${version.version}`;
  const tag = { number: version.version, hash: version.hash };
  return compiledOrProblems(() =>
    compileScenario(parseContent(ScenarioSchema, version.document, label), label, facts.types, 'checked', tag),
  );
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
    if (!('compiled' in compiled)) return false;
    return [...compiled.compiled.factIds, ...compiled.compiled.resolutionFactIds].includes(factId);
  });
}
