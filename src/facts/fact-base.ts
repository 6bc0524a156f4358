// Loads the fact base. From authored content it validates every fact, checks every quote against
// its source and every derivation, and fails with a ContentError naming file and path otherwise;
// from checked content (the service's start-up, once per isolate) it only indexes what the build
// already checked. The result is immutable.
import { ContentError, type ContentProblem } from './content-error';
import { deriveFact } from './derive';
import type { FactRecord, FactType } from './fact-record';
import { periodEnd } from './partial-date';
import {
  type CitedFact,
  CitedFactListSchema,
  type DerivedFactDefinition,
  DerivedFactListSchema,
  SourceMetaSchema,
} from './schema';
import { quoteMatches, type Source } from './sources';
import { type ContentOrigin, readContent } from './validate';

export interface ContentFile {
  file: string;
  data: unknown;
}

export interface FactBaseInput {
  sources: { meta: ContentFile; text: string }[];
  cited: ContentFile;
  derived: ContentFile;
  /** The latest date, when the build already computed it from these facts (checked content). */
  latestDate?: string;
}

export interface FactBase {
  sources: ReadonlyMap<string, Source>;
  /** Cited facts as records, in file order. */
  cited: readonly FactRecord[];
  citedById: ReadonlyMap<string, FactRecord>;
  /** Dated values recorded after the sources (observations.ts), oldest recording first. */
  observed: readonly FactRecord[];
  /** The record that defines each non-derived fact (type, unit, actors): its first one. */
  definitions: ReadonlyMap<string, FactRecord>;
  /** Derived fact definitions, ordered so that every input comes before its use. */
  derived: readonly DerivedFactDefinition[];
  types: ReadonlyMap<string, FactType>;
  /** The last day of the latest fact's date: the default `asOf` of a brief. */
  latestDate: string;
}

function toRecord(fact: CitedFact): FactRecord {
  const { citation, ...rest } = fact;
  return {
    ...rest,
    unit: fact.type === 'number' ? fact.unit : null,
    qualifier: fact.type === 'number' ? fact.qualifier : 'exact',
    citations: [citation],
    derived: false,
  };
}

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
      const expected = type?.type === 'number' ? 'number' : type?.type === 'boolean' ? 'boolean' : 'string';
      if (!type) problems.push({ path: `${i}.onlyWhile.fact`, message: `unknown fact "${def.onlyWhile.fact}"` });
      else if (typeof def.onlyWhile.value !== expected) {
        problems.push({ path: `${i}.onlyWhile.value`, message: `a ${type.type} fact takes a ${expected} value` });
      }
    }
    def.supportedBy.forEach((id, j) => {
      if (!types.has(id)) problems.push({ path: `${i}.supportedBy.${j}`, message: `unknown fact "${id}"` });
    });
  });
  return problems;
}

/** Orders derived definitions so inputs come first; reports cycles. */
function orderDerived(defs: readonly DerivedFactDefinition[], file: string): DerivedFactDefinition[] {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const ordered: DerivedFactDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (def: DerivedFactDefinition, trail: string[]) => {
    if (state.get(def.id) === 'done') return;
    if (state.get(def.id) === 'visiting') {
      throw new ContentError(file, [{ path: '', message: `derivation cycle: ${[...trail, def.id].join(' → ')}` }]);
    }
    state.set(def.id, 'visiting');
    for (const input of [
      ...def.derivation.inputs,
      ...def.supportedBy,
      ...(def.onlyWhile ? [def.onlyWhile.fact] : []),
    ]) {
      const dep = byId.get(input);
      if (dep) visit(dep, [...trail, def.id]);
    }
    state.set(def.id, 'done');
    ordered.push(def);
  };
  for (const def of defs) visit(def, []);
  return ordered;
}

/**
 * Authored files are validated and checked (quotes, ids, derivations); checked content (the
 * service's start-up) has passed all of that at build time, and is only indexed.
 */
export function loadFactBase(input: FactBaseInput, origin: ContentOrigin = 'authored'): FactBase {
  const checking = origin === 'authored';
  const sources = new Map<string, Source>();
  for (const { meta, text } of input.sources) {
    const parsed = readContent(SourceMetaSchema, meta.data, meta.file, origin);
    if (text.length === 0) throw new ContentError(meta.file, [{ path: '', message: 'the source text is empty' }]);
    sources.set(parsed.id, { meta: parsed, text });
  }

  const citedFacts = readContent(CitedFactListSchema, input.cited.data, input.cited.file, origin);
  const citationProblems = checking ? checkCitations(citedFacts, sources) : [];
  if (citationProblems.length > 0) throw new ContentError(input.cited.file, citationProblems);

  const derivedDefs = readContent(DerivedFactListSchema, input.derived.data, input.derived.file, origin);
  const types = new Map<string, FactType>();
  const citedDuplicates: ContentProblem[] = [];
  citedFacts.forEach((f, i) => {
    if (types.has(f.id)) citedDuplicates.push({ path: `${i}.id`, message: `duplicate fact id "${f.id}"` });
    types.set(f.id, { type: f.type, unit: f.type === 'number' ? f.unit : null, derived: false });
  });
  if (citedDuplicates.length > 0) throw new ContentError(input.cited.file, citedDuplicates);
  const derivedDuplicates: ContentProblem[] = [];
  derivedDefs.forEach((d, i) => {
    if (types.has(d.id)) derivedDuplicates.push({ path: `${i}.id`, message: `duplicate fact id "${d.id}"` });
    types.set(d.id, { type: 'number', unit: d.unit, derived: true });
  });
  if (derivedDuplicates.length > 0) throw new ContentError(input.derived.file, derivedDuplicates);

  const derivationProblems = checking ? checkDerivations(derivedDefs, types) : [];
  if (derivationProblems.length > 0) throw new ContentError(input.derived.file, derivationProblems);

  const cited = citedFacts.map(toRecord);
  const citedById = new Map(cited.map((f) => [f.id, f]));
  // Parsing every fact's date is a good share of a cold start; checked content brings the answer.
  const latestDate =
    input.latestDate ??
    (cited
      .map((f) => periodEnd(f.date))
      .sort()
      .at(-1) as string);
  return {
    sources,
    cited,
    citedById,
    observed: [],
    definitions: citedById,
    derived: orderDerived(derivedDefs, input.derived.file),
    types,
    latestDate,
  };
}

/** What a caller assumes: a value for a fact, or `null` to treat the fact as unknown. */
export type Assumptions = ReadonlyMap<string, FactRecord['value'] | null>;

/**
 * The facts known as of `asOf` (a full date), with assumptions applied and derived facts
 * recomputed from what is then known. An assumed fact counts whatever its date.
 */
export function factsAsOf(base: FactBase, asOf: string, assumptions: Assumptions): Map<string, FactRecord> {
  // Each fact takes its latest value dated on or before asOf; on a tie, the later record (an
  // observation over the article, a later observation over an earlier one).
  const known = new Map<string, FactRecord>();
  for (const fact of [...base.cited, ...base.observed]) {
    if (assumptions.has(fact.id) || periodEnd(fact.date) > asOf) continue;
    const current = known.get(fact.id);
    if (!current || periodEnd(fact.date) >= periodEnd(current.date)) known.set(fact.id, fact);
  }
  for (const [id, value] of assumptions) {
    const original = base.definitions.get(id);
    if (value === null || !original) continue;
    // An assumption is the caller's claim, not the source's: it carries no citation, and its
    // value is exact. It keeps the fact's own date (so "years since" still counts from when it
    // happened) unless that date lies after the brief date, where the assumption is dated by it.
    const keepsDate = periodEnd(original.date) <= asOf;
    known.set(id, {
      ...original,
      statement: `Assumed for this brief: ${id} = ${String(value)}.`,
      value,
      qualifier: 'exact',
      date: keepsDate ? original.date : asOf,
      dateNote: keepsDate
        ? original.dateNote
        : 'The fact is not dated on or before the brief date; the assumption is dated by it.',
      citations: [],
      assumed: true,
    });
  }
  for (const def of base.derived) {
    const inputs = def.derivation.inputs.map((id) => known.get(id));
    const supporting = def.supportedBy.flatMap((id) => known.get(id) ?? []);
    // The statement makes the supporting facts' claims too: without them it would say too much.
    if (supporting.length < def.supportedBy.length) continue;
    if (def.onlyWhile && known.get(def.onlyWhile.fact)?.value !== def.onlyWhile.value) continue;
    const fact = deriveFact(def, inputs, supporting);
    if (fact) known.set(def.id, fact);
  }
  return known;
}

/**
 * The given fact ids with, for each derived one, the facts it is computed from (and those its
 * statement also rests on), recursively: every fact whose value or date can move them.
 */
export function factsBehind(base: FactBase, ids: Iterable<string>): Set<string> {
  const all = new Set<string>();
  const add = (id: string) => {
    if (all.has(id)) return;
    all.add(id);
    const derived = base.derived.find((d) => d.id === id);
    for (const input of [...(derived?.derivation.inputs ?? []), ...(derived?.supportedBy ?? [])]) add(input);
  };
  for (const id of ids) add(id);
  return all;
}
