// Reads a what-if value given as text (from a query string) into a typed fact value, or says why
// it cannot. `unknown` is accepted for every type and means "treat the fact as not known".
import type { FactType, FactValue } from './fact-record';
import { isPartialDate } from './partial-date';
import { STATUSES } from './vocabulary';

/** The longest assumed value accepted, in characters. */
export const MAX_ASSUMED_VALUE_LENGTH = 200;

export type AssumedValue = { ok: true; value: FactValue | null } | { ok: false; message: string };

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it rejects
const CONTROL = /[\u0000-\u001f\u007f]/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

export function readAssumedValue(type: FactType, raw: string): AssumedValue {
  if (raw.length > MAX_ASSUMED_VALUE_LENGTH) {
    return { ok: false, message: `is longer than ${MAX_ASSUMED_VALUE_LENGTH} characters` };
  }
  if (raw === 'unknown') return { ok: true, value: null };
  switch (type.type) {
    case 'boolean':
      return raw === 'true' || raw === 'false'
        ? { ok: true, value: raw === 'true' }
        : { ok: false, message: 'must be true, false or unknown' };
    case 'number': {
      const n = Number(raw);
      if (!NUMBER.test(raw) || !Number.isFinite(n)) {
        return { ok: false, message: `must be a finite decimal number (${type.unit}) or unknown` };
      }
      // Every unit we have counts or measures something: none goes below zero, and a share stops at 1.
      if (n < 0) return { ok: false, message: `must not be negative (${type.unit})` };
      if (type.unit === 'share' && n > 1) return { ok: false, message: 'must be a share from 0 to 1' };
      return { ok: true, value: n };
    }
    case 'date':
      return isPartialDate(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, or unknown' };
    case 'status':
      return (STATUSES as readonly string[]).includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: `must be one of ${STATUSES.join(', ')}, or unknown` };
    case 'text':
      if (raw.length === 0) return { ok: false, message: 'must not be empty' };
      return CONTROL.test(raw)
        ? { ok: false, message: 'must not contain control characters' }
        : { ok: true, value: raw };
  }
}
