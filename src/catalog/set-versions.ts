// Question-set versions published live, and the sets a catalog serves with them (by the rule in
// served-versions.ts, as for scenarios). Versions were checked in full when published
// (sets/check-set.ts). Pure: stored versions in, compiled sets out.
import type { FactBase } from '../facts/fact-base';
import { parseContent } from '../facts/validate';
import { type CompiledSet, compileSet } from '../sets/compile-set';
import { SetSchema } from '../sets/set-schema';
import {
  type Compiled,
  compiledOrProblems,
  type DocumentVersion,
  servedVersions,
  type Unserved,
} from './served-versions';

/** A version as stored (migrations/0007_set_versions.sql). */
export type SetVersion = DocumentVersion<'setId'>;

/** A stored version that cannot be served now, and why (served-versions.ts). */
export type UnservedSetVersion = Omit<Unserved, 'id'> & { setId: string };

/**
 * A stored version compiled against the facts, or why it no longer compiles. The schema is
 * applied again: a stored document is data from outside this deploy, and one that does not parse
 * must cost its own set, never the catalog.
 */
function compileStored(version: SetVersion, facts: FactBase): Compiled<CompiledSet> {
  const file = `set ${version.setId} version ${version.version}`;
  return compiledOrProblems(() => ({
    ...compileSet(parseContent(SetSchema, version.document, file), file, facts.types, 'checked'),
    version: version.version,
  }));
}

/**
 * The versions not retired whose indicators or settling conditions read a fact: while one does,
 * the observation that defines the fact may not be retracted (as for scenario versions).
 */
export function setVersionsReading(factId: string, versions: readonly SetVersion[], facts: FactBase): SetVersion[] {
  return versions.filter((version) => {
    if (version.retiredAt !== null) return false;
    const compiled = compileStored(version, facts);
    if (!('compiled' in compiled)) return false;
    return compiled.compiled.hypotheses.some((h) =>
      [...h.question.factIds, ...h.question.resolutionFactIds].includes(factId),
    );
  });
}

/** The sets to serve, by the rule every versioned document follows (served-versions.ts). */
export function servedSets(
  seeds: ReadonlyMap<string, CompiledSet>,
  facts: FactBase,
  versions: readonly SetVersion[],
): { sets: Map<string, CompiledSet>; unserved: UnservedSetVersion[] } {
  const { served, unserved } = servedVersions(
    seeds,
    versions,
    (v) => v.setId,
    (v) => compileStored(v, facts),
  );
  return { sets: served, unserved: unserved.map(({ id, ...rest }) => ({ setId: id, ...rest })) };
}
