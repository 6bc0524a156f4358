// Three-valued (Kleene) logic: a missing fact makes a condition unknown, never false.

export type Truth = 'true' | 'false' | 'unknown';

export function and(values: readonly Truth[]): Truth {
  if (values.includes('false')) return 'false';
  return values.includes('unknown') ? 'unknown' : 'true';
}

export function or(values: readonly Truth[]): Truth {
  if (values.includes('true')) return 'true';
  return values.includes('unknown') ? 'unknown' : 'false';
}

export function not(value: Truth): Truth {
  return value === 'unknown' ? 'unknown' : value === 'true' ? 'false' : 'true';
}

export function fromBoolean(value: boolean): Truth {
  return value ? 'true' : 'false';
}
