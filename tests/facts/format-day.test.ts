// The bottom line writes its date by hand (no Intl formatter at start-up); it must read as en-GB
// writes a day, on every day of several years, leap days included.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/facts/format';

describe('formatDay', () => {
  it('writes what Intl en-GB writes, every day from 2019 to 2024 and on edge years', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const differ: string[] = [];
    const days = [];
    for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) days.push(t);
    days.push(Date.UTC(1000, 0, 1), Date.UTC(2000, 1, 29), Date.UTC(9999, 11, 31));
    for (const t of days) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (formatDay(iso) !== intl.format(new Date(t)))
        differ.push(`${iso}: ${formatDay(iso)} vs ${intl.format(new Date(t))}`);
    }
    expect(days.length).toBeGreaterThan(2000);
    expect(differ).toEqual([]);
  });
});
