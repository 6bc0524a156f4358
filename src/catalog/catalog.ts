// The compiled catalog: fact base and scenarios, loaded, checked and compiled once at module
// load. A broken content file makes the module throw here, at start-up, naming file and path.
import type { ContentVersion } from '../brief/brief';
import { ContentError } from '../facts/content-error';
import { type ContentFile, type FactBase, type FactBaseInput, loadFactBase } from '../facts/fact-base';
import { type CompiledScenario, compileScenario } from '../rules/compile-scenario';
import { FACT_FILES, SCENARIO_FILES } from './content-files';
import { contentHash } from './content-hash';

export interface Catalog {
  facts: FactBase;
  scenarios: ReadonlyMap<string, CompiledScenario>;
  version: ContentVersion;
}

export function buildCatalog(factFiles: FactBaseInput, scenarioFiles: readonly ContentFile[]): Catalog {
  const facts = loadFactBase(factFiles);
  const scenarios = new Map<string, CompiledScenario>();
  for (const { file, data } of scenarioFiles) {
    const scenario = compileScenario(data, file, facts.types);
    if (scenarios.has(scenario.definition.id)) {
      throw new ContentError(file, [{ path: 'id', message: `duplicate scenario id "${scenario.definition.id}"` }]);
    }
    scenarios.set(scenario.definition.id, scenario);
  }
  const version: ContentVersion = {
    rules: contentHash(scenarioFiles.map((f) => f.data)),
    facts: contentHash({
      cited: factFiles.cited.data,
      derived: factFiles.derived.data,
      sources: factFiles.sources.map((s) => ({ meta: s.meta.data, text: s.text })),
    }),
  };
  return { facts, scenarios, version };
}

/** The service's catalog, built when this module is first imported. */
export const catalog: Catalog = buildCatalog(FACT_FILES, SCENARIO_FILES);
