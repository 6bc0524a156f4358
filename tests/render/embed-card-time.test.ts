// The embed card gives the judgment and its confidence, and the weightiest indicators met. Where
// the time passed with no record of the awaited event moved the judgment, that is what drives it:
// a card showing "almost no chance (1%)" above three indicators that each raise the likelihood,
// and no word of time, contradicts itself (found by an analyst's read of the embed). The card
// then says what the bottom line says of time.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { catalog } from '../../src/catalog/catalog';
import { EmbedCard } from '../../src/render/html/embed-card';
import type { CompiledScenario } from '../../src/rules/compile-scenario';

const card = (id: string, asOf: string) => {
  const brief = buildBrief(catalog.scenarios.get(id) as CompiledScenario, catalog.facts, catalog.version, { asOf });
  const html = String(EmbedCard({ brief, theme: 'light', view: 'compact', briefUrl: `/briefs/${id}`, history: [] }));
  return { brief, html };
};

describe('the embed card', () => {
  it('says how time counts where it moved the judgment', () => {
    const { brief, html } = card('taliban-border-advance', '2022-06-01');
    const time = /Time counts (?:against|for) it: there is no record of “[^”]+” in the whole window\./.exec(brief.bluf);
    expect(time).not.toBeNull();
    expect(html).toContain(`<p>${time?.[0]}</p>`);
  });

  it('says nothing of time where none has passed', () => {
    const { brief, html } = card('taliban-border-advance', '2021-07-31');
    expect(brief.bluf).not.toContain('Time counts');
    expect(html).not.toContain('Time counts');
  });
});

describe('the embed card’s warnings', () => {
  it('are shown, as the page shows them: a card as of a day before the window opens says so', () => {
    const { brief, html } = card('csto-non-response', '2021-07-01');
    expect(brief.warnings.length).toBeGreaterThan(0);
    for (const w of brief.warnings) expect(html).toContain(w.replaceAll("'", '&#39;'));
  });

  it('are absent where the brief has none', () => {
    const { brief, html } = card('csto-non-response', '2021-08-01');
    expect(brief.warnings).toEqual([]);
    expect(html).not.toContain('class="meta warning"');
  });
});
