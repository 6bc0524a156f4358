// The compiled catalog: fact base and scenarios, loaded, checked and compiled once at module
// load, with everything that does not depend on a request computed then too: the facts and the
// brief of every scenario at the default date, and which facts cite each source. A broken content
// file makes the module throw here, at start-up, naming file and path.
import { buildBrief } from '../brief/brief';
import type { Brief, ContentVersion } from '../brief/brief-schema';
import { ContentError } from '../facts/content-error';
import { type ContentFile, type FactBase, type FactBaseInput, factsAsOf, loadFactBase } from '../facts/fact-base';
import type { FactRecord } from '../facts/fact-record';
import { type Observation, withObservations } from '../facts/observation';
import { type CompiledScenario, compileScenario } from '../rules/compile-scenario';
import { FACT_FILES, SCENARIO_FILES } from './content-files';
import { authoredContentHash, contentHash } from './content-hash';

export interface Catalog {
  facts: FactBase;
  scenarios: ReadonlyMap<string, CompiledScenario>;
  version: ContentVersion;
  /** The state at the default date (the fact base's latest date) with no assumptions. */
  current: {
    facts: ReadonlyMap<string, FactRecord>;
    briefs: ReadonlyMap<string, Brief>;
  };
  /** For each source id, the ids of the cited facts that quote it. */
  citingFacts: ReadonlyMap<string, readonly string[]>;
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
    rules: authoredContentHash(scenarioFiles.map((f) => f.data)),
    facts: authoredContentHash({
      cited: factFiles.cited.data,
      derived: factFiles.derived.data,
      sources: factFiles.sources.map((s) => ({ meta: s.meta.data, text: s.text })),
    }),
  };
  return assemble(facts, scenarios, version);
}

/** The catalog over a fact base: the state at its default date, and who cites which source. */
function assemble(facts: FactBase, scenarios: ReadonlyMap<string, CompiledScenario>, version: ContentVersion): Catalog {
  const briefs = new Map([...scenarios].map(([id, s]) => [id, buildBrief(s, facts, version)]));
  const citingFacts = new Map(
    [...facts.sources.keys()].map((sourceId) => [
      sourceId,
      [...facts.cited, ...facts.observed]
        .filter((f) => f.citations.some((c) => c.sourceId === sourceId))
        .map((f) => f.id),
    ]),
  );
  return {
    facts,
    scenarios,
    version,
    current: { facts: factsAsOf(facts, facts.latestDate, new Map()), briefs },
    citingFacts,
  };
}

/**
 * The catalog with observations applied. The scenarios stay compiled as they are (they name
 * only facts of the content files); the facts version covers the observations, so every cache
 * entry and ETag moves when one lands or is retracted.
 */
export function withObservationsApplied(base: Catalog, observations: readonly Observation[]): Catalog {
  if (observations.length === 0) return base;
  const facts = withObservations(base.facts, observations);
  const version = { rules: base.version.rules, facts: contentHash({ base: base.version.facts, observations }) };
  return assemble(facts, base.scenarios, version);
}

/** The service's catalog, built when this module is first imported. */
export const catalog: Catalog = buildCatalog(FACT_FILES, SCENARIO_FILES);
