// Structured logs: one JSON object per line on stderr, an `event` name first, so Workers Logs and
// the tests (tests/faults/logs.ts) can find an event by name and read its fields.

/** Logs `event` with its fields as one JSON line. */
export function logEvent(event: string, fields: Record<string, unknown>): void {
  console.error(JSON.stringify({ event, ...fields }));
}
