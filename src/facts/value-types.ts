// The value types of facts, each defined once: the values it takes as authored (its valibot
// schema), how a what-if value is read from a query string, how an observed value and a rule's
// constant are checked against it, and what a form offers for it. Everything that depends on a
// fact's type asks here, so adding a type, or changing what one takes, is one entry.
import * as v from 'valibot';
import type { FactValue } from './fact-record';
import { isPartialDate } from './partial-date';
import { CONTROL } from './safe-text';
import { STATUSES, type Unit } from './vocabulary';

/** A value read or checked against a type: the value, or what is wrong with it. */
export type ValueResult = { ok: true; value: FactValue } | { ok: false; message: string };

/** A partial date: what a date fact takes, and every date of a fact or source. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.check(
    isPartialDate,
    'a date is ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD on the calendar, or a range of two such dates, start/end',
  ),
);

/** When a source was published: one day, month or year, never a range. */
export const PublishedSchema = v.pipe(
  PartialDateSchema,
  v.check((date) => !date.includes('/'), 'is one day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), not a range'),
);

/** What a value type takes and how its values are read and checked. */
export interface ValueTypeDefinition {
  /** A value as a cited fact gives it (schema.ts). */
  schema: v.GenericSchema<unknown, FactValue>;
  /** What JSON kind its values are: what an `onlyWhile` value of such a fact must be. */
  kind: 'boolean' | 'number' | 'string';
  /** A what-if value written in a query string (`unknown` and the length are read before). */
  read(raw: string, unit: Unit | null): ValueResult;
  /** A recorded value (an observation) checked: the value in canonical form, or what is wrong with it. */
  check(value: unknown, unit: Unit | null): ValueResult;
  /** What is wrong with a rule's constant compared with a fact of the type, if anything. */
  compare(value: unknown, unit: Unit | null): string | undefined;
  /** How a form asks for a value: a choice among few values, or text with a hint of what to write. */
  form: { choices: readonly string[] } | { hint: (unit: Unit | null) => string };
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

const ok = (value: FactValue): ValueResult => ({ ok: true, value });
const no = (message: string): ValueResult => ({ ok: false, message });
/** A check that only accepts or refuses: the value as given, or the message. */
const accept = (value: unknown, message: string | undefined): ValueResult =>
  message === undefined ? ok(value as FactValue) : no(message);

/**
 * Where a number of `unit` may lie, read or recorded alike: every unit we have counts or measures
 * something, so none goes below zero, and a share stops at 1. -0 is 0 (keys and texts read "0").
 */
function inRange(n: number, unit: Unit | null, negative: string): ValueResult {
  if (n < 0) return no(negative);
  if (unit === 'share' && n > 1) return no('must be a share from 0 to 1');
  return ok(n === 0 ? 0 : n);
}
const isStatus = (value: unknown): value is string => typeof value === 'string' && STATUSES.includes(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && isPartialDate(value);

// Every value type by name: the one definition of what a fact of that type takes.
const DEFINITIONS = {
  boolean: {
    schema: v.boolean(),
    kind: 'boolean',
    read: (raw) => (raw === 'true' || raw === 'false' ? ok(raw === 'true') : no('must be true, false or unknown')),
    check: (value) =>
      accept(value, typeof value === 'boolean' ? undefined : 'must be true or false for this boolean fact'),
    compare: (value) => (typeof value === 'boolean' ? undefined : 'a boolean fact is compared with true or false'),
    form: { choices: ['true', 'false'] },
  },
  number: {
    schema: v.pipe(v.number(), v.finite()),
    kind: 'number',
    read: (raw, unit) => {
      const n = Number(raw);
      if (!NUMBER.test(raw) || !Number.isFinite(n)) return no(`must be a finite decimal number (${unit}) or unknown`);
      return inRange(n, unit, `must not be negative (${unit})`);
    },
    check: (value, unit) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return no(`must be a number (${unit}) for this fact`);
      return inRange(value, unit, 'must not be negative');
    },
    compare: (value, unit) => (typeof value === 'number' ? undefined : `a ${unit} number is compared with a number`),
    form: { hint: (unit) => `a number in ${unit}, or unknown` },
  },
  date: {
    schema: PartialDateSchema,
    kind: 'string',
    read: (raw) =>
      isPartialDate(raw) ? ok(raw) : no('must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, or unknown'),
    check: (value) => accept(value, isDate(value) ? undefined : 'must be an ISO date'),
    compare: (value) => (isDate(value) ? undefined : 'a date fact is compared with an ISO date'),
    form: { hint: () => 'a date, YYYY-MM-DD, or unknown' },
  },
  status: {
    schema: v.picklist(STATUSES),
    kind: 'string',
    read: (raw) => (isStatus(raw) ? ok(raw) : no(`must be one of ${STATUSES.join(', ')}, or unknown`)),
    check: (value) => accept(value, isStatus(value) ? undefined : `must be one of ${STATUSES.join(', ')}`),
    compare: (value) => (isStatus(value) ? undefined : `a status is one of ${STATUSES.join(', ')}`),
    form: { choices: STATUSES },
  },
  text: {
    schema: v.pipe(v.string(), v.nonEmpty()),
    kind: 'string',
    read: (raw) => {
      if (raw.length === 0) return no('must not be empty');
      return CONTROL.test(raw) ? no('must not contain control characters') : ok(raw);
    },
    check: (value) =>
      accept(value, typeof value === 'string' && value.trim().length > 0 ? undefined : 'must be a non-empty text'),
    compare: (value) => (typeof value === 'string' ? undefined : 'a text fact is compared with a string'),
    form: { hint: () => 'a value, or unknown' },
  },
} satisfies Record<string, ValueTypeDefinition>;

export type ValueType = keyof typeof DEFINITIONS;

/** The value types' names, in the order the API documentation lists them. */
export const VALUE_TYPES = Object.keys(DEFINITIONS) as ValueType[];

/** The definition of a value type: its schema, and how its values are read and checked. */
export function valueType(type: ValueType): ValueTypeDefinition {
  return DEFINITIONS[type];
}

/** The schema of a value of `type` as a cited fact gives it, typed exactly (for schema.ts's inference). */
export function valueSchema<T extends ValueType>(type: T): (typeof DEFINITIONS)[T]['schema'] {
  return DEFINITIONS[type].schema;
}

/** A recorded value checked against its fact's type and unit: the value, or what is wrong with it. */
export function checkValue(type: { type: ValueType; unit: Unit | null }, value: unknown): ValueResult {
  return DEFINITIONS[type.type].check(value, type.unit);
}
