/**
 * Ordering of identifiers and ISO dates by UTF-16 code unit: the same on every machine and
 * locale, and free at start-up (String#localeCompare builds an ICU collator on first use, a
 * measurable share of a cold start). ISO dates and ASCII ids sort correctly this way.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
