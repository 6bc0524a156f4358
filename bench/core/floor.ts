// The floor: every scenario's indicators as plain JavaScript, generated from the scenario files at
// bench time and compiled with `new Function` (this is Node, not the Workers runtime), so it costs
// what the same code written by hand would. One expression per indicator, with the same
// three-valued semantics as the rules module (an unknown fact makes a test unknown; "more than
// 1,500" is an interval, not a number; a partial date is the period it names). No interpretation,
// no explanations: the least work that reaches the same statuses. A new scenario needs nothing here.
import type { FactRecord, FactType } from '../../src/facts/fact-record';
import { periodEnd, yearsBetween } from '../../src/facts/partial-date';
import type { CompiledScenario } from '../../src/rules/compile-scenario';
import type { ComparisonOp, Condition, Operand } from '../../src/rules/condition';
import type { IndicatorStatus } from '../../src/rules/evaluate';
import { compareInterval, datesEqual, intervalOf } from '../../src/rules/interval';
import { and, fromBoolean, not, or, type Truth } from '../../src/rules/truth';

type Facts = ReadonlyMap<string, FactRecord>;
type Fact = FactRecord | undefined;

/** Statuses in indicator order. */
export type Floor = (facts: Facts, asOf: string) => IndicatorStatus[];

const STATUS: Record<Truth, IndicatorStatus> = { true: 'met', false: 'not-met', unknown: 'unknown' };

/** What the generated code calls: the helpers hand-written code would write once and reuse. */
const HELPERS = {
  and,
  or,
  not,
  /** A boolean, status or text fact equal to a constant. */
  is: (x: Fact, c: unknown): Truth => (x ? fromBoolean(x.value === c) : 'unknown'),
  /** A boolean, status or text fact among constants. */
  isIn: (x: Fact, cs: readonly unknown[]): Truth => (x ? fromBoolean(cs.includes(x.value)) : 'unknown'),
  /** A date-typed fact equal to a date, each the period it names (as interval.ts decides). */
  sameDate: (x: Fact, c: string): Truth => (x ? datesEqual(x.value as string, c) : 'unknown'),
  /** A numeric fact, a point or a bound by its qualifier, against a constant. */
  num: (x: Fact, op: ComparisonOp, c: number): Truth =>
    x ? compareInterval(intervalOf(x.value as number, x.qualifier), op, c) : 'unknown',
  /** Years since a fact's date: a span when the date is partial (as operand.ts resolves it). */
  years: (x: Fact, asOf: string, op: ComparisonOp, c: number): Truth => {
    if (!x) return 'unknown';
    const since = x.type === 'date' ? (x.value as string) : x.date;
    const least = yearsBetween(periodEnd(since), asOf);
    return compareInterval({ lo: least, loOpen: false, hi: yearsBetween(since, asOf), hiOpen: false }, op, c);
  },
  /** a / b against a constant; unknown when either is missing or only bounded, or b is 0 (as operand.ts decides). */
  ratio: (a: Fact, b: Fact, op: ComparisonOp, c: number): Truth => {
    if (!a || !b) return 'unknown';
    const point = (f: FactRecord) => f.qualifier === 'exact' || f.qualifier === 'about';
    if (!point(a) || !point(b)) return 'unknown';
    const r = (a.value as number) / (b.value as number);
    if (!Number.isFinite(r)) return 'unknown';
    return compareInterval(intervalOf(r, 'exact'), op, c);
  },
};

const js = (value: unknown) => JSON.stringify(value);
const read = (id: string) => `f.get(${js(id)})`;

/** One comparison of an operand with a constant, as the rules module types it. */
function leaf(of: Operand, op: ComparisonOp, c: unknown, types: ReadonlyMap<string, FactType>): string {
  if ('yearsSince' in of) return `years(${read(of.yearsSince)}, asOf, ${js(op)}, ${js(c)})`;
  if ('ratio' in of) return `ratio(${read(of.ratio[0])}, ${read(of.ratio[1])}, ${js(op)}, ${js(c)})`;
  const type = types.get(of.fact)?.type;
  if (type === undefined) throw new Error(`unknown fact "${of.fact}"`);
  if (type === 'number') return `num(${read(of.fact)}, ${js(op)}, ${js(c)})`;
  const equal = type === 'date' ? `sameDate(${read(of.fact)}, ${js(c)})` : `is(${read(of.fact)}, ${js(c)})`;
  if (op === 'eq') return equal;
  if (op === 'ne') return `not(${equal})`;
  throw new Error(`"${op}" on a ${type} fact`);
}

/** A condition as one plain JavaScript expression giving 'true', 'false' or 'unknown'. */
export function expression(node: Condition, types: ReadonlyMap<string, FactType>): string {
  switch (node.op) {
    case 'all':
    case 'any':
      return `${node.op === 'all' ? 'and' : 'or'}([${node.conditions.map((c) => expression(c, types)).join(', ')}])`;
    case 'not':
      return `not(${expression(node.condition, types)})`;
    case 'exists':
      return `(${read(node.fact)} ? 'true' : 'false')`;
    case 'unknown':
      return `(${read(node.fact)} ? 'false' : 'true')`;
    case 'in': {
      const { of, values } = node;
      const type = 'fact' in of ? types.get(of.fact)?.type : 'number';
      if ('fact' in of && type !== 'number' && type !== 'date') return `isIn(${read(of.fact)}, ${js(values)})`;
      return `or([${values.map((v) => leaf(of, 'eq', v, types)).join(', ')}])`;
    }
    default:
      return leaf(node.of, node.op, node.value, types);
  }
}

/** The source of a scenario's floor: a function of the facts and the brief date. */
export function floorSource(scenario: CompiledScenario, types: ReadonlyMap<string, FactType>): string {
  const lines = scenario.indicators.map((i) => `    S[${expression(i.condition, types)}], // ${i.id}`);
  return `return function floor(f, asOf) {\n  return [\n${lines.join('\n')}\n  ];\n};`;
}

/** Every scenario's floor, generated from its definition and compiled. */
export function generatedFloors(
  scenarios: ReadonlyMap<string, CompiledScenario>,
  types: ReadonlyMap<string, FactType>,
): Map<string, Floor> {
  const names = Object.keys(HELPERS);
  const helpers = Object.values(HELPERS);
  const floors = new Map<string, Floor>();
  for (const [id, scenario] of scenarios) {
    const make = new Function('S', ...names, floorSource(scenario, types)) as (...args: unknown[]) => Floor;
    floors.set(id, make(STATUS, ...helpers));
  }
  return floors;
}
