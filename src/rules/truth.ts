// Three-valued (Kleene) logic: a missing fact makes a condition unknown, never false.

export type Truth = 'true' | 'false' | 'unknown';

/** False if any is false, else unknown if any is unknown, else true (true for none). */
export function and(values: readonly Truth[]): Truth {
  if (values.includes('false')) return 'false';
  return values.includes('unknown') ? 'unknown' : 'true';
}

/** True if any is true, else unknown if any is unknown, else false (false for none). */
export function or(values: readonly Truth[]): Truth {
  if (values.includes('true')) return 'true';
  return values.includes('unknown') ? 'unknown' : 'false';
}

/** The negation; unknown stays unknown. */
export function not(value: Truth): Truth {
  return value === 'unknown' ? 'unknown' : value === 'true' ? 'false' : 'true';
}

/** A known truth value. */
export function fromBoolean(value: boolean): Truth {
  return value ? 'true' : 'false';
}
