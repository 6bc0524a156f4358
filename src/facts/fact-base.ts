// The fact base the service answers from, and the facts it gives as of a day. It is indexed from
// content the build already checked (the service's start-up, once per isolate); authored files are
// validated and checked first by content-checks.ts, which only the build and the tests import.
// The result is immutable.

import { ContentError } from './content-error';
import { deriveFact } from './derive';
import type { FactDefinition, FactRecord, FactType } from './fact-record';
import { earlierDay, laterDay, periodEnd, periodStart } from './partial-date';
import type { CitedFact, DerivedFactDefinition, SourceMeta, WatchedFactDefinition } from './schema';
import { knownDateOf, originKey, type Source } from './sources';
import { CERTAINTY_RANK } from './vocabulary';

export interface ContentFile {
  file: string;
  data: unknown;
}

export interface FactBaseInput {
  sources: { meta: ContentFile; text: string }[];
  cited: ContentFile;
  derived: ContentFile;
  /** Facts defined to be watched for, with no value until an observation gives one. */
  watched?: ContentFile;
  /** The status vocabulary (src/facts/vocabulary.ts loads it); content-checks.ts checks it. */
  statuses?: ContentFile;
  /** The latest date, when the build already computed it from these facts (checked content). */
  latestDate?: string;
}

/** Never changed once built: a new record or source makes a new base (what keeps readings per base sound). */
export interface FactBase {
  readonly sources: ReadonlyMap<string, Source>;
  /** Cited facts as records, in file order. */
  readonly cited: readonly FactRecord[];
  readonly citedById: ReadonlyMap<string, FactRecord>;
  /** Dated values recorded after the sources (observations.ts), oldest recording first. */
  readonly observed: readonly FactRecord[];
  /** What defines each non-derived fact (type, unit, actors): its first record, or its watch definition. */
  readonly definitions: ReadonlyMap<string, FactDefinition>;
  /** Facts to watch for: defined, with no value until an observation records one. */
  readonly watched: readonly WatchedFactDefinition[];
  /** Derived fact definitions, ordered so that every input comes before its use. */
  readonly derived: readonly DerivedFactDefinition[];
  readonly types: ReadonlyMap<string, FactType>;
  /** The day the latest fact became known: the default `asOf` of a brief. */
  readonly latestDate: string;
}

function toRecord(fact: CitedFact, sources: ReadonlyMap<string, Source>): FactRecord {
  const { citation, ...rest } = fact;
  const source = sources.get(citation.sourceId);
  return {
    ...rest,
    unit: fact.type === 'number' ? fact.unit : null,
    qualifier: fact.type === 'number' ? fact.qualifier : 'exact',
    // Checked content has passed content-checks.ts: every cited source exists.
    known: source ? knownDateOf(source.meta) : periodEnd(fact.date),
    citations: [citation],
    derived: false,
  };
}

function watchedDefinition(w: WatchedFactDefinition): FactDefinition {
  return {
    id: w.id,
    statement: w.statement,
    type: w.type,
    unit: w.type === 'number' ? (w.unit ?? null) : null,
    actors: w.actors,
    tags: w.tags,
  };
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
    for (const input of dependenciesOf(def)) {
      const dep = byId.get(input);
      if (dep) visit(dep, [...trail, def.id]);
    }
    state.set(def.id, 'done');
    ordered.push(def);
  };
  for (const def of defs) visit(def, []);
  return ordered;
}

/** The declared type of every fact in the files, cited, derived and watched. */
export function factTypes(
  cited: readonly CitedFact[],
  derived: readonly DerivedFactDefinition[],
  watched: readonly WatchedFactDefinition[],
): Map<string, FactType> {
  const types = new Map<string, FactType>();
  for (const f of cited) types.set(f.id, { type: f.type, unit: f.type === 'number' ? f.unit : null, derived: false });
  for (const d of derived) types.set(d.id, { type: 'number', unit: d.unit, derived: true });
  for (const w of watched) {
    types.set(w.id, { type: w.type, unit: w.type === 'number' ? (w.unit ?? null) : null, derived: false });
  }
  return types;
}

/**
 * The fact base over content as the build checked and normalised it (schema defaults applied):
 * indexed, not validated again. Authored files go through content-checks.ts's loadFactBase.
 */
export function indexFactBase(input: FactBaseInput): FactBase {
  const sources = new Map<string, Source>();
  for (const { meta, text } of input.sources) {
    const parsed = meta.data as SourceMeta;
    sources.set(parsed.id, { meta: parsed, text });
  }
  const citedFacts = input.cited.data as CitedFact[];
  const derivedDefs = input.derived.data as DerivedFactDefinition[];
  const watchedDefs = (input.watched?.data ?? []) as WatchedFactDefinition[];
  const types = factTypes(citedFacts, derivedDefs, watchedDefs);
  const cited = citedFacts.map((f) => toRecord(f, sources));
  const citedById = new Map(cited.map((f) => [f.id, f]));
  const definitions = new Map<string, FactDefinition>(citedById);
  for (const w of watchedDefs) definitions.set(w.id, watchedDefinition(w));
  // Checked content brings the answer; otherwise the latest day a fact became known.
  const latestDate =
    input.latestDate ??
    (cited
      .map((f) => f.known)
      .sort()
      .at(-1) as string);
  return {
    sources,
    cited,
    citedById,
    observed: [],
    definitions,
    watched: watchedDefs,
    derived: orderDerived(derivedDefs, input.derived.file),
    types,
    latestDate,
  };
}

/** What a caller assumes: a value for a fact, or `null` to treat the fact as unknown. */
export type Assumptions = ReadonlyMap<string, FactRecord['value'] | null>;

/** Whether record `a` supersedes `b` as a fact's value: a later valid date, then a later knowledge date. */
function supersedes(a: FactRecord, b: FactRecord): boolean {
  const ea = periodEnd(a.date);
  const eb = periodEnd(b.date);
  return ea > eb || (ea === eb && a.known >= b.known);
}

/**
 * The facts known as of `asOf` (a full date), with assumptions applied and derived facts
 * recomputed from what is then known. Knowledge time: a record counts once it was known (its
 * `known` day) and its event had begun, so "as of" a day is what could be read that day, and a
 * record added later about an earlier event leaves every earlier answer as it was. An assumed
 * fact counts whatever its date.
 */
export function factsAsOf(
  base: FactBase,
  asOf: string,
  assumptions: Assumptions,
  /** Leave out records of events that began after this day (a question's horizon). */
  eventsBy = asOf,
): ReadonlyMap<string, FactRecord> {
  const until = earlierDay(eventsBy, asOf);
  if (assumptions.size > 0) return computeFactsAsOf(base, asOf, assumptions, until);
  // With no assumptions the answer depends only on the base, which never changes once built (a new
  // record makes a new base), and the two days: kept per base, so the days a resolution walks and
  // the briefs of one date share one reading. Readonly: every caller shares it.
  let kept = recorded.get(base);
  if (!kept) {
    kept = new Map();
    recorded.set(base, kept);
  }
  const key = `${asOf}/${until}`;
  let facts = kept.get(key);
  if (facts) {
    // Moved to the end, so the readings in use outlast the dates a caller merely asked for once.
    kept.delete(key);
  } else {
    // Bounded: past the limit the least recently read goes first (a Map iterates in insertion order).
    if (kept.size >= KEPT_READINGS) kept.delete(kept.keys().next().value as string);
    facts = computeFactsAsOf(base, asOf, assumptions, until);
  }
  kept.set(key, facts);
  return facts;
}

/** The assumption-free readings kept per base, by `${asOf}/${until}`; a base that goes takes its own. */
const recorded = new WeakMap<FactBase, Map<string, ReadonlyMap<string, FactRecord>>>();
/** Enough for every day the content's records became known and a run of brief dates besides. */
const KEPT_READINGS = 256;

function computeFactsAsOf(
  base: FactBase,
  asOf: string,
  assumptions: Assumptions,
  until: string,
): Map<string, FactRecord> {
  // Each fact takes the value of its latest record (by event date, then by when it became known;
  // on a full tie, the later record: an observation over the article, a later one over an earlier).
  const known = new Map<string, FactRecord>();
  let several: Set<string> | undefined;
  for (const list of [base.cited, base.observed]) {
    for (const fact of list) {
      if (fact.known > asOf || assumptions.has(fact.id) || periodStart(fact.date) > until) continue;
      const current = known.get(fact.id);
      if (current) {
        several ??= new Set();
        several.add(fact.id);
      }
      if (!current || supersedes(fact, current)) known.set(fact.id, fact);
    }
  }
  for (const id of several ?? []) {
    const records = [...base.cited, ...base.observed].filter(
      (f) => f.id === id && f.known <= asOf && periodStart(f.date) <= until,
    );
    known.set(id, settled(records, base.sources));
  }
  for (const [id, value] of assumptions) {
    const original = base.definitions.get(id);
    if (value === null || !original) continue;
    // An assumption is the caller's claim, not the source's: it carries no citation, and its
    // value is exact. It keeps the fact's own date (so "years since" still counts from when it
    // happened) unless the fact has none on or before the brief date, where it is dated by it.
    const keepsDate = original.date !== undefined && periodEnd(original.date) <= asOf;
    known.set(id, {
      ...original,
      statement: `Assumed for this brief: ${id} = ${String(value)}.`,
      value,
      qualifier: 'exact',
      date: keepsDate ? (original.date as string) : asOf,
      ...(keepsDate && original.dateNote
        ? { dateNote: original.dateNote }
        : keepsDate
          ? {}
          : { dateNote: 'The fact is not dated on or before the brief date; the assumption is dated by it.' }),
      known: asOf,
      certainty: 'stated',
      citations: [],
      derived: false,
      assumed: true,
    });
  }
  for (const def of base.derived) {
    const inputs = def.derivation.inputs.map((id) => known.get(id));
    const supporting = def.supportedBy.flatMap((id) => known.get(id) ?? []);
    // The statement makes the supporting facts' claims too: without them it would say too much.
    if (supporting.length < def.supportedBy.length) continue;
    const condition = def.onlyWhile ? known.get(def.onlyWhile.fact) : undefined;
    if (def.onlyWhile && condition?.value !== def.onlyWhile.value) continue;
    const fact = deriveFact(def, inputs, supporting, condition);
    if (fact) known.set(def.id, fact);
  }
  return known;
}

/** The origin a record's first citation comes from; a record without one is its own origin. */
function originOf(record: FactRecord, sources: ReadonlyMap<string, Source>): string {
  const sourceId = record.citations[0]?.sourceId;
  const source = sourceId === undefined ? undefined : sources.get(sourceId);
  return source ? originKey(source.meta) : `record:${record.observationId ?? record.id}`;
}

/**
 * A fact's value from several records known at once. Rules, so that repetition cannot pass for
 * evidence:
 * - a restatement adds nothing: a record whose origin already gave the same value, with no other
 *   value recorded between the two, is set aside (its certainty cannot firm up the first one's);
 * - the value is that of the latest remaining record (see supersedes);
 * - records of the same value from other origins since the last different value corroborate it:
 *   their citations are added, and the fact takes the firmest certainty among them.
 */
function settled(records: readonly FactRecord[], sources: ReadonlyMap<string, Source>): FactRecord {
  const order = [...records.keys()].sort(
    (i, j) => byKnown(records[i] as FactRecord, records[j] as FactRecord) || i - j,
  );
  const kept: FactRecord[] = [];
  for (const i of order) {
    const r = records[i] as FactRecord;
    const origin = originOf(r, sources);
    const restates = kept.some(
      (k) =>
        k.value === r.value &&
        originOf(k, sources) === origin &&
        !kept.some((d) => d.value !== r.value && periodEnd(d.date) > periodEnd(k.date) && !supersedes(d, r)),
    );
    if (!restates) kept.push(r);
  }
  let current = kept[0] as FactRecord;
  for (const r of kept) if (supersedes(r, current)) current = r;
  const value = current.value;
  const lastOther = laterDay(...kept.filter((d) => d.value !== value).map((d) => periodEnd(d.date)));
  const currentOrigin = originOf(current, sources);
  const origins = new Set([currentOrigin]);
  const corroborating: FactRecord[] = [];
  for (const r of kept) {
    const origin = originOf(r, sources);
    if (r === current || r.value !== value || origins.has(origin) || periodEnd(r.date) < lastOther) continue;
    origins.add(origin);
    corroborating.push(r);
  }
  if (corroborating.length === 0) return current;
  const firmest = [current, ...corroborating].reduce((a, b) =>
    CERTAINTY_RANK[b.certainty] > CERTAINTY_RANK[a.certainty] ? b : a,
  );
  return {
    ...current,
    certainty: firmest.certainty,
    // Each citation keeps how its own record supports the fact.
    citations: [current, ...corroborating].flatMap((r) => r.citations.map((c) => ({ ...c, certainty: r.certainty }))),
  };
}

function byKnown(a: FactRecord, b: FactRecord): number {
  return a.known < b.known ? -1 : a.known > b.known ? 1 : 0;
}

/**
 * Everything a derived fact's value or existence depends on: its inputs, the facts whose claims
 * its statement makes too (`supportedBy`), and the fact it exists only while (`onlyWhile`). The
 * derivation order, the facts behind a question and a what-if's reach all follow this one list.
 */
function dependenciesOf(def: DerivedFactDefinition): string[] {
  return [...def.derivation.inputs, ...def.supportedBy, ...(def.onlyWhile ? [def.onlyWhile.fact] : [])];
}

/**
 * The given fact ids with, for each derived one, the facts it is computed from, those its
 * statement also rests on and the one it exists only while, recursively: every fact whose value
 * or date can move them.
 */
export function factsBehind(base: FactBase, ids: Iterable<string>): Set<string> {
  const all = new Set<string>();
  const add = (id: string) => {
    if (all.has(id)) return;
    all.add(id);
    const derived = base.derived.find((d) => d.id === id);
    if (derived) for (const input of dependenciesOf(derived)) add(input);
  };
  for (const id of ids) add(id);
  return all;
}
