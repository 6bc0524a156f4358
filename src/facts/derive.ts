// Computes derived facts from the facts they name. Pure: the same inputs give the same record.
import type { FactRecord } from './fact-record';
import { formatQuantity } from './format';
import { isFullDate, laterDay, periodEnd, yearsBetween } from './partial-date';
import type { DerivedFactDefinition } from './schema';
import { CERTAINTY_RANK, type Certainty } from './vocabulary';

function isPoint(fact: FactRecord): boolean {
  return fact.qualifier === 'exact' || fact.qualifier === 'about';
}

function dateOf(fact: FactRecord): string {
  return fact.type === 'date' ? (fact.value as string) : fact.date;
}

function compute(def: DerivedFactDefinition, a: FactRecord, b: FactRecord): number | undefined {
  switch (def.derivation.op) {
    case 'difference':
      return (a.value as number) - (b.value as number);
    case 'sum':
      return (a.value as number) + (b.value as number);
    case 'ratio':
      return (b.value as number) === 0 ? undefined : (a.value as number) / (b.value as number);
    case 'yearsBetween':
      return yearsBetween(dateOf(a), dateOf(b));
  }
}

function weakest(certainties: Certainty[]): Certainty {
  return certainties.reduce((w, c) => (CERTAINTY_RANK[c] < CERTAINTY_RANK[w] ? c : w), 'stated');
}

/**
 * The derived fact for the given inputs, or undefined when an input is missing (not yet known as of
 * the brief's date) or the computation is undefined (a ratio over zero).
 * `supporting` are the facts named in `supportedBy`, all known; their quotes are cited too.
 * `condition` is the record of the fact it exists only while (`onlyWhile`), holding: the statement
 * claims it too, so it dates, grades and is cited with the derived fact like a supporting one.
 */
export function deriveFact(
  def: DerivedFactDefinition,
  inputs: readonly (FactRecord | undefined)[],
  supporting: readonly FactRecord[],
  condition?: FactRecord,
): FactRecord | undefined {
  const [a, b] = inputs;
  if (!a || !b) return undefined;
  // Arithmetic on a bound ("more than 1,500") gives only a bound; rather than claim a number the
  // source does not support, the derived fact is left unknown.
  if (!isPoint(a) || !isPoint(b)) return undefined;
  const value = compute(def, a, b);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const sources = [a, b, ...supporting];
  // Once each: the condition is often an input too (a span that counts only while unimplemented).
  if (condition && !sources.includes(condition)) sources.push(condition);
  const latest = sources.reduce((x, y) => (periodEnd(y.date) > periodEnd(x.date) ? y : x));
  // A span between partial dates (`2014`) is only approximate, as is anything computed from an approximation.
  const partialDates = def.derivation.op === 'yearsBetween' && !(isFullDate(dateOf(a)) && isFullDate(dateOf(b)));
  const exact = a.qualifier === 'exact' && b.qualifier === 'exact' && !partialDates;
  return {
    id: def.id,
    statement: def.statement.replace('{value}', formatQuantity(value, def.unit, def.decimals)),
    type: 'number',
    value,
    unit: def.unit,
    qualifier: exact ? 'exact' : 'about',
    date: latest.date,
    known: laterDay(...sources.map((s) => s.known)),
    dateNote: `Computed from ${sources.map((s) => s.id).join(', ')}; dated by the latest of them.`,
    actors: def.actors,
    tags: def.tags,
    certainty: weakest(sources.map((s) => s.certainty)),
    citations: sources.flatMap((s) => s.citations),
    derived: true,
    derivation: { op: def.derivation.op, inputs: [...def.derivation.inputs] },
    // Resting on an assumption anywhere (an input, a claim it makes too, its condition) is resting on one.
    ...(sources.some((s) => s.assumed) ? { assumed: true } : {}),
  };
}
