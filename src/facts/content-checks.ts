// Build-time checks of the authored fact files under scenarios/: every file validated by its
// schema, every quote against its source, fact dates against their sources' publication, ids,
// units, derivations, the status vocabulary, and the tradecraft lint of every statement (an
// assessment's says whose view it is). A
// broken file throws a ContentError naming file and path. Only the content build
// (catalog/checked-content.ts, through build-catalog.ts) and the tests run this: the service
// starts from the checked output (fact-base.ts's indexFactBase), and analysts' observations are
// checked where they are written (observation.ts).

import { assessmentProblems, lintStatements } from '../tradecraft/authored-text';
import { ContentError, type ContentProblem } from './content-error';
import { type FactBase, type FactBaseInput, factTypes, indexFactBase } from './fact-base';
import type { FactType } from './fact-record';
import { periodStart } from './partial-date';
import {
  type CitedFact,
  CitedFactListSchema,
  type DerivedFactDefinition,
  DerivedFactListSchema,
  SourceMetaSchema,
  StatusVocabularySchema,
  WatchedFactListSchema,
} from './schema';
import { knownDateOf, quoteMatches, type Source } from './sources';
import { parseContent } from './validate';
import { valueType } from './value-types';

/** Every citation names a known source, and its quote is that source's text at its offsets. */
function checkCitations(facts: readonly CitedFact[], sources: ReadonlyMap<string, Source>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  facts.forEach((fact, i) => {
    const { sourceId, quote, start, end } = fact.citation;
    const source = sources.get(sourceId);
    if (!source) {
      problems.push({ path: `${i}.citation.sourceId`, message: `unknown source "${sourceId}"` });
    } else if (!quoteMatches(source, quote, start, end)) {
      const found = source.text.indexOf(quote);
      const hint =
        found < 0 ? 'the quote does not occur in the source' : `the quote is at ${found}-${found + quote.length}`;
      problems.push({ path: `${i}.citation`, message: `quote is not the source text at [${start}, ${end}): ${hint}` });
    }
  });
  return problems;
}

/** A source cannot report what had not begun by its publication. */
function checkDatesAgainstSources(facts: readonly CitedFact[], sources: ReadonlyMap<string, Source>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  facts.forEach((fact, i) => {
    const source = sources.get(fact.citation.sourceId);
    if (source && periodStart(fact.date) > knownDateOf(source.meta)) {
      problems.push({
        path: `${i}.date`,
        message: `the fact starts after its source was published (${source.meta.published})`,
      });
    }
  });
  return problems;
}

function checkDerivation(def: DerivedFactDefinition, types: ReadonlyMap<string, FactType>): string | undefined {
  const inputs = def.derivation.inputs.map((id) => types.get(id));
  const missing = def.derivation.inputs.filter((_, i) => !inputs[i]);
  if (missing.length > 0) return `unknown input fact ${missing.map((m) => `"${m}"`).join(', ')}`;
  const [a, b] = inputs as [FactType, FactType];
  switch (def.derivation.op) {
    case 'yearsBetween':
      return def.unit === 'years' ? undefined : 'yearsBetween gives unit "years"';
    case 'ratio':
      if (a.type !== 'number' || b.type !== 'number') return 'ratio takes two numeric facts';
      if (a.unit !== b.unit) return `ratio of different units (${a.unit}, ${b.unit})`;
      return def.unit === 'share' ? undefined : 'a ratio gives unit "share"';
    case 'difference':
    case 'sum':
      if (a.type !== 'number' || b.type !== 'number') return `${def.derivation.op} takes two numeric facts`;
      if (a.unit !== b.unit) return `${def.derivation.op} of different units (${a.unit}, ${b.unit})`;
      return def.unit === a.unit ? undefined : `${def.derivation.op} keeps the unit "${a.unit}"`;
  }
}

/** Every derivation's inputs, units, `onlyWhile` and `supportedBy` against the fact types. */
function checkDerivations(
  defs: readonly DerivedFactDefinition[],
  types: ReadonlyMap<string, FactType>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  defs.forEach((def, i) => {
    const problem = checkDerivation(def, types);
    if (problem) problems.push({ path: `${i}.derivation`, message: problem });
    if (def.onlyWhile) {
      const type = types.get(def.onlyWhile.fact);
      if (!type) problems.push({ path: `${i}.onlyWhile.fact`, message: `unknown fact "${def.onlyWhile.fact}"` });
      else if (typeof def.onlyWhile.value !== valueType(type.type).kind) {
        problems.push({
          path: `${i}.onlyWhile.value`,
          message: `a ${type.type} fact takes a ${valueType(type.type).kind} value`,
        });
      }
    }
    def.supportedBy.forEach((id, j) => {
      if (!types.has(id)) problems.push({ path: `${i}.supportedBy.${j}`, message: `unknown fact "${id}"` });
    });
  });
  return problems;
}

/** The fact at `i` if an earlier fact (in `seen`, which it joins) has its id already. */
function duplicate(fact: { id: string }, i: number, seen: Set<string>): ContentProblem[] {
  if (seen.has(fact.id)) return [{ path: `${i}.id`, message: `duplicate fact id "${fact.id}"` }];
  seen.add(fact.id);
  return [];
}

/** The status vocabulary's schema, and its descriptions in plain words. */
function checkStatuses({ file, data }: NonNullable<FactBaseInput['statuses']>): void {
  parseContent(StatusVocabularySchema, data, file);
  const descriptions = data as { description: string }[];
  const words = lintStatements(descriptions.map((d) => ({ statement: d.description }))).map((p) => ({
    ...p,
    path: p.path.replace(/statement$/, 'description'),
  }));
  if (words.length > 0) throw new ContentError(file, words);
}

/**
 * The fact base from authored files, each validated and checked in full first (quotes, dates,
 * ids, units, derivations, words); then indexed as the service indexes checked content.
 */
export function loadFactBase(input: FactBaseInput): FactBase {
  const sources = new Map<string, Source>();
  const sourceFiles = input.sources.map(({ meta, text }) => {
    const parsed = parseContent(SourceMetaSchema, meta.data, meta.file);
    if (text.length === 0) throw new ContentError(meta.file, [{ path: '', message: 'the source text is empty' }]);
    sources.set(parsed.id, { meta: parsed, text });
    return { meta: { file: meta.file, data: parsed }, text };
  });

  const cited = parseContent(CitedFactListSchema, input.cited.data, input.cited.file);
  const citationProblems = [
    ...checkCitations(cited, sources),
    ...checkDatesAgainstSources(cited, sources),
    ...lintStatements(cited),
    ...assessmentProblems(cited),
  ];
  if (citationProblems.length > 0) throw new ContentError(input.cited.file, citationProblems);

  const derived = parseContent(DerivedFactListSchema, input.derived.data, input.derived.file);
  if (input.statuses) checkStatuses(input.statuses);
  const watched = input.watched ? parseContent(WatchedFactListSchema, input.watched.data, input.watched.file) : [];

  const seen = new Set<string>();
  const citedDuplicates = cited.flatMap((f, i) => duplicate(f, i, seen));
  if (citedDuplicates.length > 0) throw new ContentError(input.cited.file, citedDuplicates);
  const derivedDuplicates = derived.flatMap((d, i) => duplicate(d, i, seen));
  if (derivedDuplicates.length > 0) throw new ContentError(input.derived.file, derivedDuplicates);
  const watchedProblems = watched.flatMap((w, i) => [
    ...duplicate(w, i, seen),
    ...(w.type === 'number' && !w.unit ? [{ path: `${i}.unit`, message: 'a numeric fact needs a unit' }] : []),
  ]);
  watchedProblems.push(...lintStatements(watched));
  if (watchedProblems.length > 0 && input.watched) throw new ContentError(input.watched.file, watchedProblems);

  const derivationProblems = checkDerivations(derived, factTypes(cited, derived, watched));
  if (derivationProblems.length > 0) throw new ContentError(input.derived.file, derivationProblems);

  return indexFactBase({
    ...input,
    sources: sourceFiles,
    cited: { file: input.cited.file, data: cited },
    derived: { file: input.derived.file, data: derived },
    ...(input.watched ? { watched: { file: input.watched.file, data: watched } } : {}),
  });
}
