// Operands: their static type (checked at compile time) and their value at evaluation time.
import * as v from 'valibot';
import { type FactRecord, type FactType, type FactValue, FactValueSchema } from '../facts/fact-record';
import { describeValue, formatQuantity } from '../facts/format';
import { periodEnd, yearsBetween } from '../facts/partial-date';
import { CERTAINTIES, QUALIFIERS, UNITS } from '../facts/vocabulary';
import type { Operand } from './condition';
import { type Interval, intervalOf } from './interval';

export interface EvalContext {
  facts: ReadonlyMap<string, FactRecord>;
  /** The brief date, a full ISO date. */
  asOf: string;
}

/** A fact the evaluation looked at, and what it found. */
export const FactReadSchema = v.object({
  factId: v.string(),
  known: v.pipe(v.boolean(), v.description('False when the fact is not known as of the brief date.')),
  value: v.optional(FactValueSchema),
  unit: v.optional(v.nullable(v.picklist(UNITS))),
  qualifier: v.optional(v.picklist(QUALIFIERS)),
  certainty: v.optional(
    v.pipe(
      v.picklist(CERTAINTIES),
      v.description(
        'How the source supports the value read: stated, reported second-hand, the author’s assessment, hedged, or inferred by this service.',
      ),
    ),
  ),
  assumed: v.optional(v.pipe(v.boolean(), v.description('Set when the value read is a what-if assumption.'))),
});
export type FactRead = v.InferOutput<typeof FactReadSchema>;

/**
 * A resolved operand. Numbers come with the interval they denote: a point for an exact value,
 * a half-line for a bound ("more than 1,500"), a span for years since a partial date.
 */
export type OperandValue =
  | { known: true; value: FactValue; interval?: Interval; text: string; reads: FactRead[] }
  | { known: false; text: string; reads: FactRead[] };

/** The ids of the facts an operand reads, in the order it names them. */
export function operandFacts(operand: Operand): string[] {
  if ('fact' in operand) return [operand.fact];
  if ('yearsSince' in operand) return [operand.yearsSince];
  return [...operand.ratio];
}

/** Where each fact an operand names sits inside it, as a dotted path suffix. */
function factPaths(operand: Operand): [string, string][] {
  if ('fact' in operand) return [['fact', operand.fact]];
  if ('yearsSince' in operand) return [['yearsSince', operand.yearsSince]];
  return operand.ratio.map((id, i): [string, string] => [`ratio.${i}`, id]);
}

/**
 * The operand's static type, or the problem that leaves it without one. `path` is relative to
 * the operand (e.g. `fact`, `ratio.1`), empty when the operand as a whole is at fault.
 */
export function operandType(
  operand: Operand,
  types: ReadonlyMap<string, FactType>,
): FactType | { path: string; message: string } {
  const missing = factPaths(operand).find(([, id]) => !types.has(id));
  if (missing) return { path: missing[0], message: `unknown fact "${missing[1]}"` };
  if ('fact' in operand) return types.get(operand.fact) as FactType;
  if ('yearsSince' in operand) return { type: 'number', unit: 'years', derived: true };
  const [a, b] = operand.ratio.map((id) => types.get(id) as FactType) as [FactType, FactType];
  if (a.type !== 'number' || b.type !== 'number') {
    return { path: 'ratio', message: `a ratio needs two numeric facts, got ${a.type} and ${b.type}` };
  }
  if (a.unit !== b.unit)
    return { path: 'ratio', message: `a ratio needs facts of one unit, got ${a.unit} and ${b.unit}` };
  return { type: 'number', unit: 'share', derived: true };
}

function read(fact: FactRecord | undefined, id: string): FactRead {
  if (!fact) return { factId: id, known: false };
  const base = { factId: id, known: true, value: fact.value, unit: fact.unit, qualifier: fact.qualifier };
  return fact.assumed ? { ...base, assumed: true } : { ...base, certainty: fact.certainty };
}

/** Resolves an operand against the facts known for this evaluation. */
export function resolveOperand(operand: Operand, ctx: EvalContext): OperandValue {
  // Most tests read one fact: resolved without the arrays the general case needs.
  if ('fact' in operand) {
    const id = operand.fact;
    const fact = ctx.facts.get(id);
    if (!fact) return { known: false, reads: [read(fact, id)], text: `${id} not known as of ${ctx.asOf}` };
    const interval = typeof fact.value === 'number' ? intervalOf(fact.value, fact.qualifier) : undefined;
    return {
      known: true,
      value: fact.value,
      interval,
      reads: [read(fact, id)],
      text: `${id} is ${describeValue(fact)}`,
    };
  }
  const ids = operandFacts(operand);
  const facts = ids.map((id) => ctx.facts.get(id));
  const reads = facts.map((f, i) => read(f, ids[i] as string));
  const missing = ids.filter((_, i) => !facts[i]);
  if (missing.length > 0) {
    return { known: false, reads, text: `${missing.join(' and ')} not known as of ${ctx.asOf}` };
  }
  if ('yearsSince' in operand) return yearsSince(facts[0] as FactRecord, ctx.asOf, reads);
  return ratioOf(facts as [FactRecord, FactRecord], reads);
}

/** The fact's date (a date-typed fact's value) and the years from its period's last and first day to `asOf`. */
function yearsSpan(fact: FactRecord, asOf: string): { since: string; least: number; most: number } {
  const since = fact.type === 'date' ? (fact.value as string) : fact.date;
  return { since, least: yearsBetween(periodEnd(since), asOf), most: yearsBetween(since, asOf) };
}

/**
 * Years from a fact's date (a date-typed fact's value) to the brief date. A partial date spans a
 * period, so the years are a span: from the period's last day to its first.
 */
function yearsSince(fact: FactRecord, asOf: string, reads: FactRead[]): OperandValue {
  const { since, least, most } = yearsSpan(fact, asOf);
  const years = (n: number) => formatQuantity(n, 'years', 2);
  if (least === most) {
    const text = `${years(most)} passed from ${fact.id} (${since}) to ${asOf}`;
    return { known: true, value: most, interval: intervalOf(most, 'exact'), reads, text };
  }
  const text = `between ${years(least)} and ${years(most)} passed from ${fact.id} (${since}) to ${asOf}`;
  return { known: true, value: most, interval: { lo: least, loOpen: false, hi: most, hiOpen: false }, reads, text };
}

function ratioOf([a, b]: [FactRecord, FactRecord], reads: FactRead[]): OperandValue {
  const bounded = [a, b].filter((f) => !isPoint(f));
  if (bounded.length > 0) {
    const which = bounded.map((f) => `${f.id} (${describeValue(f)})`).join(', ');
    return { known: false, reads, text: `the ratio ${a.id} / ${b.id} is not determined: ${which} is only bounded` };
  }
  const ratio = (a.value as number) / (b.value as number);
  if (!Number.isFinite(ratio)) {
    return { known: false, reads, text: `the ratio ${a.id} / ${b.id} is not defined: ${b.id} is ${describeValue(b)}` };
  }
  const text = `${a.id} / ${b.id} is ${formatQuantity(ratio, 'share', 2)}`;
  return { known: true, value: ratio, interval: intervalOf(ratio, 'exact'), reads, text };
}

/** An operand's value without the words: what a status needs, and nothing a reader does. */
export type OperandNumber = { value: FactValue; interval?: Interval };

/**
 * The operand's value, or undefined when it is not known (a missing fact, a ratio of bounds or
 * over zero). The same decisions as resolveOperand, without building reads or text: statuses
 * alone (history, the judgment's spread) need only this. A test checks that both agree.
 */
export function operandValue(operand: Operand, ctx: EvalContext): OperandNumber | undefined {
  if ('fact' in operand) {
    const fact = ctx.facts.get(operand.fact);
    if (!fact) return undefined;
    return typeof fact.value === 'number'
      ? { value: fact.value, interval: intervalOf(fact.value, fact.qualifier) }
      : { value: fact.value };
  }
  if ('yearsSince' in operand) {
    const fact = ctx.facts.get(operand.yearsSince);
    if (!fact) return undefined;
    const { least, most } = yearsSpan(fact, ctx.asOf);
    return { value: most, interval: { lo: least, loOpen: false, hi: most, hiOpen: false } };
  }
  const a = ctx.facts.get(operand.ratio[0]);
  const b = ctx.facts.get(operand.ratio[1]);
  if (!a || !b || !isPoint(a) || !isPoint(b)) return undefined;
  const ratio = (a.value as number) / (b.value as number);
  return Number.isFinite(ratio) ? { value: ratio, interval: intervalOf(ratio, 'exact') } : undefined;
}

function isPoint(fact: FactRecord): boolean {
  return fact.qualifier === 'exact' || fact.qualifier === 'about';
}
