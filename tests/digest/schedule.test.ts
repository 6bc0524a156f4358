// Freshness follows the cron: fresh until the next run, briefly fresh while a run is overdue.
import { describe, expect, it } from 'vitest';
import { digestDateOf, OVERDUE_SECONDS, secondsUntilNextRun, untilNextRun } from '../../src/digest/schedule';

const at = (iso: string) => new Date(iso);

describe('the schedule', () => {
  it('counts the seconds to the next 06:00 UTC, at least a minute', () => {
    expect(secondsUntilNextRun(at('2026-11-28T05:00:00Z'))).toBe(3600);
    expect(secondsUntilNextRun(at('2026-11-28T05:59:30Z'))).toBe(60);
    expect(secondsUntilNextRun(at('2026-11-28T06:00:00Z'))).toBe(86_400);
    expect(secondsUntilNextRun(at('2026-11-28T07:00:00Z'))).toBe(82_800);
    expect(secondsUntilNextRun(at('2026-12-31T23:00:00Z'))).toBe(7 * 3600);
  });

  it('keeps a digest that is current fresh until the next run', () => {
    expect(untilNextRun(at('2026-11-28T07:00:00Z'), '2026-11-28')).toBe(
      'public, max-age=82800, s-maxage=82800, stale-while-revalidate=3600',
    );
    expect(untilNextRun(at('2026-11-28T05:00:00Z'), '2026-11-27')).toContain('max-age=3600,');
  });

  it('keeps yesterday’s digest only briefly once today’s run is due', () => {
    expect(untilNextRun(at('2026-11-28T06:00:05Z'), '2026-11-27')).toContain(`max-age=${OVERDUE_SECONDS},`);
  });

  it('dates a run by its UTC day', () => {
    expect(digestDateOf(at('2026-11-28T23:59:59Z'))).toBe('2026-11-28');
    expect(digestDateOf(at('2026-11-29T00:00:00Z'))).toBe('2026-11-29');
  });
});
