// Reads a what-if value given as text (from a query string) into a typed fact value, or says why
// it cannot. `unknown` is accepted for every type and means "treat the fact as not known"; every
// other value is read by its fact's type (value-types.ts).
import type { FactType, FactValue } from './fact-record';
import { valueType } from './value-types';

/** The longest assumed value accepted, in characters. */
export const MAX_ASSUMED_VALUE_LENGTH = 200;

export type AssumedValue = { ok: true; value: FactValue | null } | { ok: false; message: string };

/** A what-if value read for a fact of `type`: the value, `null` for `unknown`, or what is wrong with it. */
export function readAssumedValue(type: FactType, raw: string): AssumedValue {
  if (raw.length > MAX_ASSUMED_VALUE_LENGTH) {
    return { ok: false, message: `is longer than ${MAX_ASSUMED_VALUE_LENGTH} characters` };
  }
  if (raw === 'unknown') return { ok: true, value: null };
  return valueType(type.type).read(raw, type.unit);
}
