// The embed card: the full view carries the history chart and its table; the compact one does not.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { historyOf } from '../../src/brief/history';
import { catalog } from '../../src/catalog/catalog';
import { EmbedCard } from '../../src/render/html/embed-card';

const scenario = catalog.scenarios.get('csto-non-response');
if (!scenario) throw new Error('csto-non-response missing');
const brief = buildBrief(scenario, catalog.facts, catalog.version);
const history = historyOf(scenario, catalog.facts, catalog.facts.latestDate);

const render = (view: 'compact' | 'full') =>
  String(EmbedCard({ brief, theme: 'light', view, briefUrl: '/briefs/csto-non-response', history }));

describe('embed card', () => {
  it('shows how the judgment moved in the full view', () => {
    expect(history.length).toBeGreaterThan(1);
    const html = render('full');
    expect(html).toContain('aria-describedby="embed-history-table"');
    expect(html).toContain('<table id="embed-history-table">');
    for (const point of history) expect(html).toContain(point.date);
  });

  it('leaves it out of the compact view', () => {
    expect(render('compact')).not.toContain('embed-history-table');
  });
});
