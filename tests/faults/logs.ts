// The structured log lines (JSON on console.error) a spy caught, filtered by event.
export function logged(errors: { mock: { calls: unknown[][] } }, event: string): Record<string, unknown>[] {
  return errors.mock.calls
    .map(([line]) => {
      try {
        return JSON.parse(String(line)) as Record<string, unknown>;
      } catch {
        return {};
      }
    })
    .filter((e) => e.event === event);
}
