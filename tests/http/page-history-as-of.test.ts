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

describe('the history as JSON', () => {
  type History = { until: string; points: { date: string }[] };
  const history = async (query: string) => {
    const res = await SELF.fetch(`${BASE}/v1/briefs/csto-non-response/history${query}`);
    expect(res.status, query).toBe(200);
    return (await res.json()) as History;
  };

  it('as of a past day, ends on that day, as the page as of that day does', async () => {
    const json = await history('?asOf=2021-08-01');
    expect(json.until).toBe('2021-08-01');
    expect(json.points.map((p) => p.date)).toEqual(
      await historyDates('/briefs/csto-non-response?asOf=2021-08-01', 'history-table'),
    );
  });

  it('without asOf, runs to today', async () => {
    const json = await history('');
    expect(json.points.some((p) => p.date > '2021-12-31')).toBe(true);
    expect(json.until).toBe(new Date().toISOString().slice(0, 10));
  });

  it('refuses a date that is not one, naming asOf', async () => {
    const res = await SELF.fetch(`${BASE}/v1/briefs/csto-non-response/history?asOf=2021-02-30`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(JSON.stringify(await res.json())).toContain('asOf');
  });
});
