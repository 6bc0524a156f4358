// Finds catalog entries named in a path, or throws the 404 problem that names what was missing.
import type { Catalog } from '../catalog/catalog';
import type { FactRecord } from '../facts/fact-record';
import type { Source } from '../facts/sources';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { CompiledSet } from '../sets/compile-set';
import { Problem } from './problem';
import { echo } from './query';

/** The scenario with the id; a 404 problem listing the known ids if there is none. */
export function findScenario(catalog: Catalog, id: string): CompiledScenario {
  const scenario = catalog.scenarios.get(id);
  if (!scenario) {
    const known = [...catalog.scenarios.keys()].join(', ');
    throw new Problem('not-found', `No scenario has the id ${echo(id)}. Known scenarios: ${known}.`);
  }
  return scenario;
}

/** The question set with the id; a 404 problem listing the known sets if there is none. */
export function findSet(catalog: Catalog, id: string): CompiledSet {
  const set = catalog.sets.get(id);
  if (!set) {
    const known = [...catalog.sets.keys()].join(', ');
    throw new Problem('not-found', `No question set has the id ${echo(id)}. Known sets: ${known || 'none'}.`);
  }
  return set;
}

/** The fact with the id among those known as of `asOf`; a 404 problem if there is none. */
export function findFact(facts: ReadonlyMap<string, FactRecord>, id: string, asOf: string): FactRecord {
  const fact = facts.get(id);
  if (!fact) throw new Problem('not-found', `No fact with the id ${echo(id)} is known as of ${asOf}.`);
  return fact;
}

/** The source with the id; a 404 problem if there is none. */
export function findSource(catalog: Catalog, id: string): Source {
  const source = catalog.facts.sources.get(id);
  if (!source) throw new Problem('not-found', `No source has the id ${echo(id)}.`);
  return source;
}
