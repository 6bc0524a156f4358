// JSON representations of the catalog's resources (scenarios, facts, sources) as the API serves
// them, with links so a client can walk from one to the next. Shapes: resource-schemas.ts.
import type { Brief } from '../brief/brief-schema';
import type { FactRecord } from '../facts/fact-record';
import type { Observation } from '../facts/observation';
import type { Source } from '../facts/sources';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { FactResource, ScenarioSummary, SourceSummary } from './resource-schemas';

/** `dated`: the list was asked for a given day, so its brief link names that day too. */
export function scenarioSummary(scenario: CompiledScenario, current: Brief, dated = false): ScenarioSummary {
  const { id, title, question, horizon } = scenario.definition;
  return {
    id,
    title,
    question,
    horizon,
    version: current.scenario.version,
    asOf: current.asOf,
    status: current.resolution.status,
    resolvedOn: current.resolution.date ?? null,
    basis: current.resolution.basis ?? null,
    judgedAsOf: current.judgedAsOf,
    band: current.likelihood.band,
    term: current.likelihood.term,
    probability: current.likelihood.probability,
    confidence: current.confidence.level,
    links: {
      scenario: `/v1/scenarios/${id}`,
      brief: `/v1/briefs/${id}${dated ? `?asOf=${current.asOf}` : ''}`,
      versions: `/v1/scenarios/${id}/versions`,
    },
  };
}

/** The scenario definition as served (without `$schema`), with its version and links. */
export function scenarioResource(scenario: CompiledScenario) {
  const { $schema: _schema, ...definition } = scenario.definition;
  return {
    ...definition,
    version: { number: scenario.version.number, hash: scenario.version.hash },
    links: {
      brief: `/v1/briefs/${definition.id}`,
      versions: `/v1/scenarios/${definition.id}/versions`,
      schema: '/v1/schemas/scenario.json',
    },
  };
}

/** The fact with a link to itself. */
export function factResource(fact: FactRecord): FactResource {
  return { ...fact, links: { self: `/v1/facts/${fact.id}` } };
}

/** The source's metadata and text length, without the text, with a link to itself. */
export function sourceSummary(source: Source): SourceSummary {
  return {
    ...source.meta,
    length: source.text.length,
    links: { self: `/v1/sources/${source.meta.id}` },
  };
}

/** A source with its full text, the ground truth citations point into, and the facts citing it. */
export function sourceResource(source: Source, citingFactIds: readonly string[]) {
  return {
    ...sourceSummary(source),
    offsets: 'UTF-16 code units' as const,
    text: source.text,
    factIds: [...citingFactIds],
  };
}

/** An observation as the audit trail serves it, with links to itself and its fact. */
export function observationResource(observation: Observation) {
  return {
    ...observation,
    links: { self: `/v1/observations/${observation.id}`, fact: `/v1/facts/${observation.factId}` },
  };
}
