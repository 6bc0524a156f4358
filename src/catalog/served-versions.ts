// Which stored version of each versioned document (a scenario, a question set) a catalog serves:
// one rule for both. A document is served at its latest version that is not retired and still
// compiles against the facts as they are now (or dropped if it has none); a seed, from the files
// in scenarios/, is version 1 until a version of it is stored. Pure: stored versions in, compiled
// documents out.
import { ContentError, type ContentProblem } from '../facts/content-error';

/** A version as stored (migrations/0004 and 0007), its document's id under `K` (scenarioId, setId). */
export type DocumentVersion<K extends string> = {
  version: number;
  /** The document, as it passed every check when published (no `$schema`). */
  document: unknown;
  hash: string;
  createdAt: string;
  createdBy: string;
  reason: string;
  retiredAt: string | null;
  retiredBy: string | null;
  retiredReason: string | null;
} & Record<K, string>;

/** What the selection reads of a stored version. */
export type StoredVersion = Pick<DocumentVersion<never>, 'version' | 'createdAt' | 'retiredAt'>;

/** A stored version that cannot be served now, and why (a fact it reads has gone). */
export interface Unserved {
  id: string;
  version: number;
  problems: readonly ContentProblem[];
}

/** A stored version compiled, or why it does not compile. */
export type Compiled<C> = { compiled: C } | { problems: readonly ContentProblem[] };

/**
 * `compile` run over a stored document: its result, or the problems that stopped it. A stored
 * document is data from outside this deploy: one that does not parse must cost its own document,
 * never the catalog.
 */
export function compiledOrProblems<C>(compile: () => C): Compiled<C> {
  try {
    return { compiled: compile() };
  } catch (error) {
    const problems =
      error instanceof ContentError ? error.problems : [{ path: '', message: `does not compile: ${String(error)}` }];
    return { problems };
  }
}

/**
 * The documents to serve: the seeds, each replaced by its latest stored version that compiles,
 * then the documents published live, in the order they were first published. A version that no
 * longer compiles (a fact it reads was retracted, or left the content files) is passed over for
 * the one before it, and reported.
 */
export function servedVersions<V extends StoredVersion, C>(
  seeds: ReadonlyMap<string, C>,
  versions: readonly V[],
  idOf: (version: V) => string,
  compile: (version: V) => Compiled<C>,
): { served: Map<string, C>; unserved: Unserved[] } {
  const byId = new Map<string, V[]>();
  for (const v of [...versions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.version - b.version)) {
    byId.set(idOf(v), [...(byId.get(idOf(v)) ?? []), v]);
  }
  const unserved: Unserved[] = [];
  const latest = (list: readonly V[]): C | undefined => {
    for (const version of list.filter((v) => v.retiredAt === null).sort((a, b) => b.version - a.version)) {
      const result = compile(version);
      if ('compiled' in result) return result.compiled;
      unserved.push({ id: idOf(version), version: version.version, problems: result.problems });
    }
    return undefined;
  };
  const served = new Map<string, C>();
  for (const [id, seed] of seeds) {
    const list = byId.get(id);
    // A seed whose stored versions all fail to compile (a later deploy renamed a fact they read)
    // falls back to its file, as deployed, unless its version 1 was retired.
    const seedRetired = list?.some((v) => v.version === 1 && v.retiredAt !== null) ?? false;
    const chosen = list
      ? (latest(list) ?? (seedRetired || !list.some((v) => v.retiredAt === null) ? undefined : seed))
      : seed;
    if (chosen) served.set(id, chosen);
  }
  for (const [id, list] of byId) {
    if (seeds.has(id)) continue;
    const chosen = latest(list);
    if (chosen) served.set(id, chosen);
  }
  return { served, unserved };
}

/**
 * Why retiring version `number` of `id` must be refused, or undefined: after it, the document
 * would fall back to versions that no longer compile, and vanish (or be served from an older
 * version) unannounced. `stillServed` and `stuck` (its versions passed over) are the selection
 * with the retirement applied.
 */
export function retirementRefusal(
  id: string,
  number: number,
  stillServed: boolean,
  stuck: readonly Pick<Unserved, 'version' | 'problems'>[],
): string | undefined {
  if (stillServed || stuck.length === 0) return undefined;
  const named = stuck.map((u) => `version ${u.version} (${u.problems[0]?.message ?? 'does not compile'})`);
  return `Retiring version ${number} of ${id} would fall back to ${named.join(', ')}, which no longer compiles against the facts: publish a version that does, or retire those too, first.`;
}
