// JSON representations of the catalog's resources (scenarios, facts, sources) as the API serves
// them, with links so a client can walk from one to the next.
import type { Brief } from '../brief/brief';
import type { FactRecord } from '../facts/fact-record';
import type { Source } from '../facts/sources';
import type { CompiledScenario } from '../rules/compile-scenario';

export function scenarioSummary(scenario: CompiledScenario, current: Brief) {
  const { id, title, question, horizon } = scenario.definition;
  return {
    id,
    title,
    question,
    horizon,
    asOf: current.asOf,
    band: current.likelihood.band,
    term: current.likelihood.term,
    probability: current.likelihood.probability,
    confidence: current.confidence.level,
    links: { scenario: `/v1/scenarios/${id}`, brief: `/v1/briefs/${id}` },
  };
}

export function factResource(fact: FactRecord) {
  return { ...fact, links: { self: `/v1/facts/${fact.id}` } };
}

export function sourceSummary(source: Source) {
  return {
    ...source.meta,
    length: source.text.length,
    links: { self: `/v1/sources/${source.meta.id}` },
  };
}

/** A source with its full text, the ground truth citations point into, and the facts citing it. */
export function sourceResource(source: Source, citingFactIds: readonly string[]) {
  return { ...sourceSummary(source), offsets: 'UTF-16 code units', text: source.text, factIds: citingFactIds };
}
