// A brief page or full embed card asked "as of" a past day shows what was known by that day,
// its history included: the judgment's later course, and the question's resolution, were not
// known then (knowledge time; found by an analyst's read of the page as of 1 August 2021, whose
// chart ran on to the resolution at the end of the year). Without asOf, the history runs to today.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

const BASE = 'http://briefs.test';

/** The dates of the history table's rows. */
async function historyDates(path: string, tableId: string): Promise<string[]> {
  const res = await SELF.fetch(`${BASE}${path}`);
  expect(res.status, path).toBe(200);
  const html = await res.text();
  const table = html.slice(html.indexOf(`<table id="${tableId}">`));
  const body = table.slice(0, table.indexOf('</table>'));
  return [...body.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1] as string);
}

describe('the history on a page as of a past day', () => {
  it('ends on that day on the brief page', async () => {
    const dates = await historyDates('/briefs/csto-non-response?asOf=2021-08-01', 'history-table');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d <= '2021-08-01')).toBe(true);
    expect(dates.at(-1)).toBe('2021-08-01');
  });

  it('ends on that day on the full embed card', async () => {
    const dates = await historyDates('/embed/csto-non-response?view=full&asOf=2021-09-15', 'embed-history-table');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d <= '2021-09-15')).toBe(true);
    expect(dates.at(-1)).toBe('2021-09-15');
  });

  it('runs past the horizon to the resolution without asOf', async () => {
    const dates = await historyDates('/briefs/csto-non-response', 'history-table');
    expect(dates.some((d) => d > '2021-12-31')).toBe(true);
  });
});
