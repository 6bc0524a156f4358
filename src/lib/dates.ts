// Calendar days as the service writes them: YYYY-MM-DD in UTC.

/** The UTC day of an instant, YYYY-MM-DD. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
