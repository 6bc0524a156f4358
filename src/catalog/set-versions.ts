// Question-set versions published live, and the sets a catalog serves with them. A set is served
// at its latest version that is not retired and still compiles against the facts as they are now
// (or dropped if it has none); a
// set from the files in scenarios/sets/ (the seed) is version 1 until a version of it is
// published. Versions were checked in full when published (sets/check-set.ts). Pure: stored
// versions in, compiled sets out.
import { ContentError, type ContentProblem } from '../facts/content-error';
import type { FactBase } from '../facts/fact-base';
import { parseContent } from '../facts/validate';
import { type CompiledSet, compileSet } from '../sets/compile-set';
import { SetSchema } from '../sets/set-schema';

/** A version as stored (migrations/0007_set_versions.sql). */
export interface SetVersion {
  setId: string;
  version: number;
  /** The set document, as it passed every check when published (no `$schema`). */
  document: unknown;
  hash: string;
  createdAt: string;
  createdBy: string;
  reason: string;
  retiredAt: string | null;
  retiredBy: string | null;
  retiredReason: string | null;
}

/** A stored version that cannot be served now, and why. */
export interface UnservedSetVersion {
  setId: string;
  version: number;
  problems: readonly ContentProblem[];
}

/**
 * A stored version compiled against the facts, or why it no longer compiles. The schema is
 * applied again: a stored document is data from outside this deploy, and one that does not parse
 * must cost its own set, never the catalog.
 */
function compileStored(version: SetVersion, facts: FactBase): CompiledSet | ContentProblem[] {
  const file = `set ${version.setId} version ${version.version}`;
  try {
    const definition = parseContent(SetSchema, version.document, file);
    return { ...compileSet(definition, file, facts.types, 'checked'), version: version.version };
  } catch (error) {
    return error instanceof ContentError
      ? [...error.problems]
      : [{ path: '', message: `does not compile: ${String(error)}` }];
  }
}

/**
 * The versions not retired whose indicators or settling conditions read a fact: while one does,
 * the observation that defines the fact may not be retracted (as for scenario versions).
 */
export function setVersionsReading(factId: string, versions: readonly SetVersion[], facts: FactBase): SetVersion[] {
  return versions.filter((version) => {
    if (version.retiredAt !== null) return false;
    const compiled = compileStored(version, facts);
    if (Array.isArray(compiled)) return false;
    return compiled.hypotheses.some((h) => [...h.question.factIds, ...h.question.resolutionFactIds].includes(factId));
  });
}

/**
 * The sets to serve: the seeds, each replaced by its latest stored version that compiles, then
 * the sets published live, in the order they were first published. A version that no longer
 * compiles is passed over for the one before it, and reported.
 */
export function servedSets(
  seeds: ReadonlyMap<string, CompiledSet>,
  facts: FactBase,
  versions: readonly SetVersion[],
): { sets: Map<string, CompiledSet>; unserved: UnservedSetVersion[] } {
  const bySet = new Map<string, SetVersion[]>();
  for (const v of [...versions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.version - b.version)) {
    bySet.set(v.setId, [...(bySet.get(v.setId) ?? []), v]);
  }
  const unserved: UnservedSetVersion[] = [];
  const latest = (list: readonly SetVersion[]): CompiledSet | undefined => {
    for (const version of list.filter((v) => v.retiredAt === null).sort((a, b) => b.version - a.version)) {
      const compiled = compileStored(version, facts);
      if (!Array.isArray(compiled)) return compiled;
      unserved.push({ setId: version.setId, version: version.version, problems: compiled });
    }
    return undefined;
  };
  const sets = new Map<string, CompiledSet>();
  for (const [id, seed] of seeds) {
    const list = bySet.get(id);
    // A seed whose stored versions all fail to compile (a later deploy renamed a fact they read)
    // falls back to its file, as deployed, unless its version 1 was retired.
    const seedRetired = list?.some((v) => v.version === 1 && v.retiredAt !== null) ?? false;
    const served = list
      ? (latest(list) ?? (seedRetired || !list.some((v) => v.retiredAt === null) ? undefined : seed))
      : seed;
    if (served) sets.set(id, served);
  }
  for (const [id, list] of bySet) {
    if (seeds.has(id)) continue;
    const served = latest(list);
    if (served) sets.set(id, served);
  }
  return { sets, unserved };
}
