// The same scenario logic expressed in json-rules-engine, for the side-by-side benchmark.
//
// json-rules-engine is two-valued; our conditions are three-valued (a fact not known makes a test
// unknown, never false). The faithful translation gives each indicator two rules: one that
// succeeds when the condition certainly holds, one when it certainly fails (negation pushed to
// the leaves by De Morgan); neither succeeding means unknown. Leaves use custom operators with the
// rules module's own interval and date semantics, and "years since" and ratios are dynamic facts,
// so the engine does the same work in its own way and must reach the same statuses.
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';
import type { FactRecord } from '../../src/facts/fact-record';
import { periodEnd, yearsBetween } from '../../src/facts/partial-date';
import type { CompiledScenario } from '../../src/rules/compile-scenario';
import type { ComparisonOp, Condition, Operand } from '../../src/rules/condition';
import type { IndicatorStatus } from '../../src/rules/evaluate';
import { compareInterval, datesEqual, type Interval, intervalOf } from '../../src/rules/interval';
import { fromBoolean, not, or, type Truth } from '../../src/rules/truth';

/** What a leaf compares: a known value (numbers with their interval), or nothing. */
type Resolved = { value: FactRecord['value']; interval?: Interval; date: boolean } | undefined;

function fromRecord(fact: FactRecord | undefined): Resolved {
  if (!fact) return undefined;
  const interval = typeof fact.value === 'number' ? intervalOf(fact.value, fact.qualifier) : undefined;
  return { value: fact.value, interval, date: fact.type === 'date' };
}

function leafTruth(op: ComparisonOp | 'in', x: Resolved, c: unknown): Truth {
  if (!x) return 'unknown';
  const one = (v: unknown): Truth => {
    if (x.interval) return compareInterval(x.interval, op === 'in' ? 'eq' : op, v as number);
    return x.date ? datesEqual(x.value as string, v as string) : fromBoolean(x.value === v);
  };
  if (op === 'in') return or((c as unknown[]).map(one));
  if (op === 'ne' && !x.interval) return not(one(c));
  return one(c);
}

const OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'] as const;

function engineFor(scenario: CompiledScenario): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of OPS) {
    engine.addOperator<Resolved | FactRecord, unknown>(
      `holds:${op}`,
      (x, c) => leafTruth(op, resolve(x), c) === 'true',
    );
    engine.addOperator<Resolved | FactRecord, unknown>(
      `fails:${op}`,
      (x, c) => leafTruth(op, resolve(x), c) === 'false',
    );
  }
  engine.addOperator<unknown, boolean>('known', (x, wanted) => (x !== undefined) === wanted);
  engine.addFact<Promise<Resolved>>('yearsSince', async (params, almanac) => {
    const fact = await almanac.factValue<FactRecord | undefined>(params.of as string);
    if (!fact) return undefined;
    const asOf = await almanac.factValue<string>('asOf');
    const since = fact.type === 'date' ? (fact.value as string) : fact.date;
    const most = yearsBetween(since, asOf);
    const least = yearsBetween(periodEnd(since), asOf);
    return { value: most, interval: { lo: least, loOpen: false, hi: most, hiOpen: false }, date: false };
  });
  engine.addFact<Promise<Resolved>>('ratio', async (params, almanac) => {
    const [a, b] = await Promise.all(
      (params.of as [string, string]).map((id) => almanac.factValue<FactRecord | undefined>(id)),
    );
    if (!a || !b) return undefined;
    if (![a, b].every((f) => f.qualifier === 'exact' || f.qualifier === 'about')) return undefined;
    const r = (a.value as number) / (b.value as number);
    return Number.isFinite(r) ? { value: r, interval: intervalOf(r, 'exact'), date: false } : undefined;
  });
  for (const indicator of scenario.indicators) {
    const condition = indicator.condition as Condition;
    engine.addRule({ name: `${indicator.id}:met`, conditions: top(leafs(condition, true)), event: { type: 'met' } });
    engine.addRule({
      name: `${indicator.id}:not-met`,
      conditions: top(leafs(condition, false)),
      event: { type: 'not-met' },
    });
  }
  return engine;
}

/** A fact record (from the input facts) or an already resolved operand (from a dynamic fact). */
function resolve(x: Resolved | FactRecord): Resolved {
  return x && 'citations' in x ? fromRecord(x as FactRecord) : (x as Resolved);
}

function top(node: NestedCondition): TopLevelCondition {
  return 'all' in node || 'any' in node || 'not' in node ? (node as TopLevelCondition) : { all: [node] };
}

function operandFact(of: Operand): { fact: string; params?: Record<string, unknown> } {
  if ('fact' in of) return { fact: of.fact };
  if ('yearsSince' in of) return { fact: 'yearsSince', params: { of: of.yearsSince } };
  return { fact: 'ratio', params: { of: of.ratio } };
}

/** The condition that succeeds when `node` is certainly `wanted` (true or false). */
function leafs(node: Condition, wanted: boolean): NestedCondition {
  switch (node.op) {
    case 'all':
      return wanted
        ? { all: node.conditions.map((c) => leafs(c, true)) }
        : { any: node.conditions.map((c) => leafs(c, false)) };
    case 'any':
      return wanted
        ? { any: node.conditions.map((c) => leafs(c, true)) }
        : { all: node.conditions.map((c) => leafs(c, false)) };
    case 'not':
      return leafs(node.condition, !wanted);
    case 'exists':
      return { fact: node.fact, operator: 'known', value: wanted };
    case 'unknown':
      return { fact: node.fact, operator: 'known', value: !wanted };
    default:
      return {
        ...operandFact(node.of),
        operator: `${wanted ? 'holds' : 'fails'}:${node.op}`,
        value: node.op === 'in' ? node.values : node.value,
      };
  }
}

export interface JsonRulesEngineScenario {
  /** Statuses in indicator order. */
  evaluate(facts: Record<string, FactRecord | string>): Promise<IndicatorStatus[]>;
}

export function jsonRulesEngineScenario(scenario: CompiledScenario): JsonRulesEngineScenario {
  const engine = engineFor(scenario);
  const ids = scenario.indicators.map((i) => i.id);
  return {
    async evaluate(facts) {
      const { results } = await engine.run(facts);
      const met = new Set<string>();
      const notMet = new Set<string>();
      for (const r of results) {
        const [id, status] = r.name.split(':') as [string, string];
        (status === 'met' ? met : notMet).add(id);
      }
      return ids.map((id) => (met.has(id) ? 'met' : notMet.has(id) ? 'not-met' : 'unknown'));
    },
  };
}

/**
 * The input json-rules-engine takes: the brief date and the known facts the scenario reads (and
 * only those: the engine makes a Fact for every key it is given before evaluating anything, so
 * handing it all ~60 facts would charge it for work the rules never ask for).
 */
export function engineFacts(
  facts: ReadonlyMap<string, FactRecord>,
  asOf: string,
  scenario: CompiledScenario,
): Record<string, FactRecord | string> {
  const input: Record<string, FactRecord | string> = { asOf };
  for (const id of scenario.factIds) {
    const fact = facts.get(id);
    if (fact) input[id] = fact;
  }
  return input;
}
