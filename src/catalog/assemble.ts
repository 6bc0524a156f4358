// A catalog over a fact base and compiled scenarios: from content the build already checked (the
// service's start-up), or with observations applied. Authored content is validated first by
// build-catalog.ts, which only the build and the tests import. Either way a broken file throws a
// ContentError naming file and path.
import { buildBrief } from '../brief/brief';
import type { Brief, ContentVersion } from '../brief/brief-schema';
import { ContentError, type ContentProblem } from '../facts/content-error';
import { type ContentFile, type FactBase, factsAsOf, indexFactBase } from '../facts/fact-base';
import { type Observation, withObservations } from '../facts/observation';
import { type RegisteredSource, withRegisteredSources } from '../facts/registered-source';
import type { ContentOrigin } from '../facts/validate';
import { type CompiledScenario, compileScenario } from '../rules/compile-scenario';
import { type CompiledSet, compileSet } from '../sets/compile-set';
import { coherenceCheck } from '../sets/scenario-coherence';
import type { Catalog, DayState } from './catalog';
import type { CheckedContent } from './checked-content';
import { contentHash } from './content-hash';
import { type ScenarioVersion, servedScenarios, type UnservedVersion } from './scenario-versions';
import { type SetVersion, servedSets, type UnservedSetVersion } from './set-versions';

/** A catalog from checked content (checked-content.ts), compiled with no check run again. */
export function catalogFromChecked(content: CheckedContent): Catalog {
  const facts = indexFactBase({
    sources: content.sources.map((meta) => ({ meta, text: content.texts[meta.file] ?? '' })),
    cited: content.cited,
    derived: content.derived,
    watched: content.watched,
    latestDate: content.latestDate,
  });
  return assemble(
    facts,
    compileScenarios(content.scenarios, facts, 'checked'),
    content.version,
    [],
    compileSets(content.sets ?? [], facts, 'checked'),
  );
}

/** Question-set files compiled against the fact base's types, ids unique; `check` as for scenarios. */
export function compileSets(
  files: readonly ContentFile[],
  facts: FactBase,
  origin: ContentOrigin,
  check?: (set: CompiledSet) => ContentProblem[],
): Map<string, CompiledSet> {
  const sets = new Map<string, CompiledSet>();
  for (const { file, data } of files) {
    const set = compileSet(data, file, facts.types, origin);
    const problems = check?.(set) ?? [];
    if (problems.length > 0) throw new ContentError(file, problems);
    if (sets.has(set.definition.id)) {
      throw new ContentError(file, [{ path: 'id', message: `duplicate set id "${set.definition.id}"` }]);
    }
    sets.set(set.definition.id, set);
  }
  return sets;
}

/**
 * Scenario files compiled against the fact base's types, ids unique. `check`, the build's, adds
 * the problems that need the facts (build-catalog.ts); checked content passed them at build time.
 */
export function compileScenarios(
  files: readonly ContentFile[],
  facts: FactBase,
  origin: ContentOrigin,
  check?: (scenario: CompiledScenario) => ContentProblem[],
): Map<string, CompiledScenario> {
  const scenarios = new Map<string, CompiledScenario>();
  for (const { file, data } of files) {
    const scenario = compileScenario(data, file, facts.types, origin);
    const problems = check?.(scenario) ?? [];
    if (problems.length > 0) throw new ContentError(file, problems);
    if (scenarios.has(scenario.definition.id)) {
      throw new ContentError(file, [{ path: 'id', message: `duplicate scenario id "${scenario.definition.id}"` }]);
    }
    scenarios.set(scenario.definition.id, scenario);
  }
  return scenarios;
}

/** How many days' state a catalog keeps: today's, and the fact base's latest date. */
const DAYS_KEPT = 2;

/**
 * The catalog over a fact base. The state on a day (its facts and each scenario's brief) is
 * computed on first use, then kept for the few days asked for most (today, the latest fact
 * date): a cold isolate answering one brief computes that brief, not all of them.
 */
export function assemble(
  facts: FactBase,
  scenarios: ReadonlyMap<string, CompiledScenario>,
  version: ContentVersion,
  unservedVersions: readonly UnservedVersion[] = [],
  sets: ReadonlyMap<string, CompiledSet> = new Map(),
  unservedSetVersions: readonly UnservedSetVersion[] = [],
): Catalog {
  const days = new Map<string, DayState>();
  const citingFacts = new Map(
    [...facts.sources.keys()].map((sourceId) => [
      sourceId,
      [...facts.cited, ...facts.observed]
        .filter((f) => f.citations.some((c) => c.sourceId === sourceId))
        .map((f) => f.id),
    ]),
  );
  const on = (day: string): DayState => {
    let state = days.get(day);
    if (!state) {
      if (days.size >= DAYS_KEPT) days.delete(days.keys().next().value as string);
      state = dayState(facts, scenarios, sets, version, day);
      days.set(day, state);
    }
    return state;
  };
  return {
    facts,
    scenarios,
    sets,
    version,
    on,
    get current() {
      return on(facts.latestDate);
    },
    citingFacts,
    unservedVersions,
    unservedSetVersions,
  };
}

/** The state on one day, each part computed on first use. */
function dayState(
  facts: FactBase,
  scenarios: ReadonlyMap<string, CompiledScenario>,
  sets: ReadonlyMap<string, CompiledSet>,
  version: ContentVersion,
  day: string,
): DayState {
  const briefs = new Map<string, Brief>();
  return {
    day,
    // The fact base keeps its readings itself (factsAsOf): nothing to keep here.
    get facts() {
      return factsAsOf(facts, day, new Map());
    },
    brief(scenarioId) {
      const scenario = scenarios.get(scenarioId);
      if (!scenario) return undefined;
      let brief = briefs.get(scenarioId);
      if (!brief) {
        const crossChecks = coherenceCheck(sets, facts, scenario, day, new Map());
        brief = buildBrief(scenario, facts, version, { asOf: day, ...(crossChecks ? { crossChecks } : {}) });
        briefs.set(scenarioId, brief);
      }
      return brief;
    },
  };
}

/**
 * The catalog with what is stored applied: registered sources, observations, and scenario
 * versions published live. The seeds stay compiled as they are (they name only facts of the
 * content files); a published version is compiled against the facts with the observations, so
 * its indicators can read a fact an observation defined. The facts version covers the sources
 * and observations, the rules version the scenario versions, so every cache entry and ETag moves
 * when one lands, is retracted or is retired.
 */
export function withObservationsApplied(
  base: Catalog,
  observations: readonly Observation[],
  registered: readonly RegisteredSource[] = [],
  versions: readonly ScenarioVersion[] = [],
  setVersions: readonly SetVersion[] = [],
): Catalog {
  if (observations.length === 0 && registered.length === 0 && versions.length === 0 && setVersions.length === 0) {
    return base;
  }
  const stored = observations.length > 0 || registered.length > 0;
  const facts = stored ? withObservations(withRegisteredSources(base.facts, registered), observations) : base.facts;
  // Registered sources are part of the facts version: a new one changes what /v1/sources answers.
  const version = {
    rules:
      versions.length === 0 && setVersions.length === 0
        ? base.version.rules
        : contentHash({
            base: base.version.rules,
            versions: versions.map((v) => [v.scenarioId, v.version, v.hash, v.retiredAt !== null]),
            // Left out while empty, so the hash of scenario versions alone is what it was.
            ...(setVersions.length > 0
              ? { sets: setVersions.map((v) => [v.setId, v.version, v.hash, v.retiredAt !== null]) }
              : {}),
          }),
    facts: !stored
      ? base.version.facts
      : contentHash(
          registered.length === 0
            ? { base: base.version.facts, observations }
            : { base: base.version.facts, observations, registered },
        ),
  };
  const { scenarios, unserved } =
    versions.length === 0
      ? { scenarios: base.scenarios, unserved: [] }
      : servedScenarios(base.scenarios, facts, versions);
  // Set versions compile against the facts with the observations, as scenario versions do.
  const served =
    setVersions.length === 0 ? { sets: base.sets, unserved: [] } : servedSets(base.sets, facts, setVersions);
  return assemble(facts, scenarios, version, unserved, served.sets, served.unserved);
}
