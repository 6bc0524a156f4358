// Compiles a parsed condition into an evaluator, once, after checking it against the fact types:
// every fact exists, every comparison fits its operand's type. Problems carry the dotted path
// of the offending node so a loader can name file and place.
import type { ContentProblem } from '../facts/content-error';
import type { FactType, FactValue } from '../facts/fact-record';
import { describeScalar, formatNumber, formatQuantity } from '../facts/format';
import { valueType } from '../facts/value-types';
import type { ComparisonOp, Condition, Operand } from './condition';
import { compareInterval, datesEqual } from './interval';
import {
  type EvalContext,
  type FactRead,
  type OperandNumber,
  operandFacts,
  operandType,
  operandValue,
  resolveOperand,
} from './operand';
import { and, fromBoolean, not, or, type Truth } from './truth';

export interface Outcome {
  truth: Truth;
  /** One readable clause per fact test, in condition order. */
  reasons: string[];
  reads: FactRead[];
}

export type Evaluator = (ctx: EvalContext) => Outcome;

export interface CompiledCondition {
  /** The status with the reasons and the facts read: what a brief shows. */
  evaluate: Evaluator;
  /** The status alone, with no words built: what history and the benchmark's "rules alone" need. */
  truth: (ctx: EvalContext) => Truth;
  /** Every fact the condition can read. */
  factIds: string[];
}

const SYMBOL: Record<ComparisonOp | 'in', string> = {
  eq: '=',
  ne: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  in: 'in',
};
const VERDICT: Record<Truth, string> = { true: 'holds', false: 'does not hold', unknown: 'cannot be decided' };

/** A constant in a test, shown in the operand's unit: `1,000`, `10%`, `"requested"`. */
function describeOperandValue(value: number | boolean | string, type: FactType): string {
  if (typeof value !== 'number') return describeScalar(value);
  return type.unit === 'share' ? formatQuantity(value, 'share', 2) : formatNumber(value, 3);
}

/** Equality of non-numeric values; dates compare as the periods they name. */
function sameValue(type: FactType, a: FactValue, b: FactValue): Truth {
  if (type.type === 'date') return datesEqual(a as string, b as string);
  return fromBoolean(a === b);
}

/** Kleene `all`/`any` over the children's statuses, stopping once the answer is certain. */
function joinTruths(children: readonly ((ctx: EvalContext) => Truth)[], ctx: EvalContext, join: 'all' | 'any'): Truth {
  const decisive: Truth = join === 'all' ? 'false' : 'true';
  let result: Truth = join === 'all' ? 'true' : 'false';
  for (const child of children) {
    const t = child(ctx);
    if (t === decisive) return t;
    if (t === 'unknown') result = 'unknown';
  }
  return result;
}

/** The children's outcomes joined by `all` or `any`; a plain loop, as this runs for every brief. */
function combine(children: readonly Evaluator[], ctx: EvalContext, join: 'all' | 'any'): Outcome {
  const truths: Truth[] = [];
  const reasons: string[] = [];
  const reads: FactRead[] = [];
  for (const child of children) {
    const o = child(ctx);
    truths.push(o.truth);
    for (const r of o.reasons) reasons.push(r);
    for (const r of o.reads) reads.push(r);
  }
  return { truth: join === 'all' ? and(truths) : or(truths), reasons, reads };
}

/** A node compiled twice over: its status alone, and its status with the reasons and reads. */
interface Compiled {
  truth: (ctx: EvalContext) => Truth;
  explain: Evaluator;
}

const UNDECIDABLE: Compiled = { truth: () => 'unknown', explain: () => ({ truth: 'unknown', reasons: [], reads: [] }) };

function compileNode(
  node: Condition,
  types: ReadonlyMap<string, FactType>,
  path: string,
  problems: ContentProblem[],
): Compiled {
  switch (node.op) {
    case 'all':
    case 'any': {
      const children = node.conditions.map((c, i) => compileNode(c, types, `${path}.conditions.${i}`, problems));
      const truths = children.map((c) => c.truth);
      const explains = children.map((c) => c.explain);
      const join = node.op;
      return {
        truth: (ctx) => joinTruths(truths, ctx, join),
        explain: (ctx) => combine(explains, ctx, join),
      };
    }
    case 'not': {
      const child = compileNode(node.condition, types, `${path}.condition`, problems);
      return {
        truth: (ctx) => not(child.truth(ctx)),
        explain: (ctx) => {
          const o = child.explain(ctx);
          return { truth: not(o.truth), reasons: o.reasons.map((r) => `not (${r})`), reads: o.reads };
        },
      };
    }
    case 'exists':
    case 'unknown': {
      const id = node.fact;
      if (!types.has(id)) problems.push({ path: `${path}.fact`, message: `unknown fact "${id}"` });
      const wantKnown = node.op === 'exists';
      return {
        truth: (ctx) => fromBoolean(Boolean(ctx.facts.get(id)) === wantKnown),
        explain: (ctx) => {
          const fact = ctx.facts.get(id);
          const reads: FactRead[] = [
            fact ? { factId: id, known: true, value: fact.value } : { factId: id, known: false },
          ];
          const reason = fact ? `${id} is known` : `${id} is not known as of ${ctx.asOf}`;
          return { truth: fromBoolean(Boolean(fact) === wantKnown), reasons: [reason], reads };
        },
      };
    }
    default: {
      const type = operandType(node.of, types);
      if ('message' in type) {
        problems.push({ path: `${path}.of.${type.path}`, message: type.message });
        return UNDECIDABLE;
      }
      const leaf =
        node.op === 'in' ? compileIn(node, type, path, problems) : compileComparison(node, type, path, problems);
      return compileLeaf(node.of, leaf);
    }
  }
}

/**
 * A test of one operand: how it decides a known value, and how it reads. The reading is written
 * when a brief first explains the test, not when the scenario compiles: formatting the constants
 * of every test is compile work at every cold start, for words most requests never show.
 */
interface Leaf {
  decide: (x: OperandNumber) => Truth;
  test: () => string;
}

function compileLeaf(of: Operand, leaf: Leaf): Compiled {
  const { decide } = leaf;
  let text: string | undefined;
  const testText = () => (text ??= leaf.test());
  return {
    truth: (ctx) => {
      const x = operandValue(of, ctx);
      return x ? decide(x) : 'unknown';
    },
    explain: (ctx) => {
      const operand = resolveOperand(of, ctx);
      if (!operand.known)
        return {
          truth: 'unknown',
          reasons: [`${operand.text}, so ${testText()} cannot be decided`],
          reads: operand.reads,
        };
      const truth = decide(operand);
      return { truth, reasons: [`${operand.text}; test ${testText()}: ${VERDICT[truth]}`], reads: operand.reads };
    },
  };
}

function compileComparison(
  node: Extract<Condition, { value: unknown }>,
  type: FactType,
  path: string,
  problems: ContentProblem[],
): Leaf {
  const { op, value } = node;
  const ordered = op !== 'eq' && op !== 'ne';
  if (ordered && type.type !== 'number') {
    problems.push({ path: `${path}.op`, message: `"${op}" compares numbers, but the operand is a ${type.type}` });
  } else {
    const misfit = valueType(type.type).compare(value, type.unit);
    if (misfit) problems.push({ path: `${path}.value`, message: `${misfit}, got ${JSON.stringify(value)}` });
  }
  return {
    test: () => `${SYMBOL[op]} ${describeOperandValue(value, type)}`,
    decide: (x) => {
      if (x.interval) return compareInterval(x.interval, op, value as number);
      const equal = sameValue(type, x.value, value);
      return op === 'eq' ? equal : not(equal);
    },
  };
}

function compileIn(
  node: Extract<Condition, { op: 'in' }>,
  type: FactType,
  path: string,
  problems: ContentProblem[],
): Leaf {
  if (type.type === 'boolean') problems.push({ path: `${path}.op`, message: '"in" does not apply to a boolean fact' });
  node.values.forEach((value, i) => {
    const misfit = valueType(type.type).compare(value, type.unit);
    if (misfit) problems.push({ path: `${path}.values.${i}`, message: `${misfit}, got ${JSON.stringify(value)}` });
  });
  return {
    test: () => `in [${node.values.map((v) => describeOperandValue(v, type)).join(', ')}]`,
    decide: ({ value, interval }) =>
      or(node.values.map((v) => (interval ? compareInterval(interval, 'eq', v as number) : sameValue(type, value, v)))),
  };
}

function collectFacts(node: Condition, into: Set<string>): void {
  switch (node.op) {
    case 'all':
    case 'any':
      for (const c of node.conditions) collectFacts(c, into);
      return;
    case 'not':
      collectFacts(node.condition, into);
      return;
    case 'exists':
    case 'unknown':
      into.add(node.fact);
      return;
    default:
      for (const id of operandFacts(node.of)) into.add(id);
  }
}

/** Checks and compiles a condition; problems are appended with paths under `path`. */
export function compileCondition(
  condition: Condition,
  types: ReadonlyMap<string, FactType>,
  path: string,
  problems: ContentProblem[],
): CompiledCondition {
  const { truth, explain } = compileNode(condition, types, path, problems);
  const factIds = new Set<string>();
  collectFacts(condition, factIds);
  return { evaluate: explain, truth, factIds: [...factIds] };
}
