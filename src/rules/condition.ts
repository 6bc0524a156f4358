// The condition language: declarative data that can be stored, served, explained and varied.
// Parsing (this schema) is separate from checking (compile.ts) and interpreting (operators.ts).
import * as v from 'valibot';
import { FactId } from '../facts/schema';

/** What a comparison reads: a fact's value, the years since a fact's date, or a ratio of two facts. */
export type Operand = { fact: string } | { yearsSince: string } | { ratio: [string, string] };

export const COMPARISON_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export type Condition =
  | { op: 'all'; conditions: Condition[] }
  | { op: 'any'; conditions: Condition[] }
  | { op: 'not'; condition: Condition }
  | { op: 'exists'; fact: string }
  | { op: 'unknown'; fact: string }
  | { op: ComparisonOp; of: Operand; value: number | boolean | string }
  | { op: 'in'; of: Operand; values: (number | string)[] };

export const OperandSchema = v.union(
  [
    v.strictObject({ fact: FactId }),
    v.strictObject({ yearsSince: FactId }),
    v.strictObject({ ratio: v.tuple([FactId, FactId]) }),
  ],
  'an operand is { "fact": id }, { "yearsSince": id } or { "ratio": [numeratorId, denominatorId] }',
);

const Scalar = v.union([v.pipe(v.number(), v.finite()), v.boolean(), v.string()]);

// The type annotation is what makes the recursion expressible; the schema checks the same shape.
export const ConditionSchema: v.GenericSchema<Condition> = v.lazy(() =>
  v.variant('op', [
    v.strictObject({ op: v.literal('all'), conditions: v.pipe(v.array(ConditionSchema), v.minLength(1)) }),
    v.strictObject({ op: v.literal('any'), conditions: v.pipe(v.array(ConditionSchema), v.minLength(1)) }),
    v.strictObject({ op: v.literal('not'), condition: ConditionSchema }),
    v.strictObject({ op: v.literal('exists'), fact: FactId }),
    v.strictObject({ op: v.literal('unknown'), fact: FactId }),
    v.strictObject({ op: v.picklist(COMPARISON_OPS), of: OperandSchema, value: Scalar }),
    v.strictObject({
      op: v.literal('in'),
      of: OperandSchema,
      values: v.pipe(v.array(v.union([v.pipe(v.number(), v.finite()), v.string()])), v.minLength(1)),
    }),
  ]),
);
