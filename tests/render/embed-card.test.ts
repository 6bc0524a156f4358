// The embed card: the full view carries the history chart and its table; the compact one does not.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { historyOf } from '../../src/brief/history';
import { catalog } from '../../src/catalog/catalog';
import { EmbedCard } from '../../src/render/html/embed-card';

const scenario = catalog.scenarios.get('csto-non-response');
if (!scenario) throw new Error('csto-non-response missing');
const brief = buildBrief(scenario, catalog.facts, catalog.version);
// Up to a day long after the horizon, as the routes ask for it (today).
const history = historyOf(scenario, catalog.facts, '2026-12-02');

const render = (view: 'compact' | 'full') =>
  String(EmbedCard({ brief, theme: 'light', view, briefUrl: '/briefs/csto-non-response', history }));

describe('embed card', () => {
  it('shows how the judgment moved in the full view', () => {
    // The article's day, the first of each month the window is open (time alone moves the
    // judgment), the horizon, the day it resolved (the day after), and today.
    expect(history.map((p) => p.date)).toEqual([
      '2021-07-31',
      '2021-08-01',
      '2021-09-01',
      '2021-10-01',
      '2021-11-01',
      '2021-12-01',
      '2021-12-31',
      '2022-01-01',
      '2026-12-02',
    ]);
    expect(history.map((p) => p.status)).toEqual([
      'open',
      'open',
      'open',
      'open',
      'open',
      'open',
      'open',
      'yes',
      'yes',
    ]);
    // "No collective action" rises month by month with nothing new recorded, and stops at the horizon.
    const open = history.filter((p) => p.status === 'open').map((p) => p.probability);
    expect(open).toEqual([...open].sort((a, b) => a - b));
    expect(open[0]).toBe(0.72);
    expect(open.at(-1)).toBe(0.99);
    expect(history.at(-1)).toMatchObject({ probability: 0.99, basis: 'no-record' });
    const html = render('full');
    expect(html).toContain('aria-describedby="embed-history-table"');
    expect(html).toContain('<table id="embed-history-table">');
    for (const point of history) expect(html).toContain(point.date);
  });

  it('leaves it out of the compact view', () => {
    expect(render('compact')).not.toContain('embed-history-table');
  });
});
