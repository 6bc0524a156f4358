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
    // The day it resolved (the horizon's outcome, the day after the horizon) is a point too.
    expect(history.map((p) => p.date)).toEqual(['2021-07-31', '2021-12-31', '2022-01-01', '2026-12-02']);
    expect(history.map((p) => p.status)).toEqual(['open', 'open', 'yes', 'yes']);
    const html = render('full');
    expect(html).toContain('aria-describedby="embed-history-table"');
    expect(html).toContain('<table id="embed-history-table">');
    for (const point of history) expect(html).toContain(point.date);
  });

  it('leaves it out of the compact view', () => {
    expect(render('compact')).not.toContain('embed-history-table');
  });
});
