// The brief page explains the number: the time term in words, two-sided indicators with both
// ratios and both rationales, and grouped readings with which of them counted.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/brief/brief-schema';

/** The page's text, one line per block, entities decoded. */
async function pageText(path: string): Promise<string> {
  const html = await (await SELF.fetch(`http://briefs.test${path}`)).text();
  return html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<\/?(p|li|h[1-6]|section|div|tr|blockquote|footer|summary)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ');
}

describe('the brief page', () => {
  it('states the time term as the JSON does', async () => {
    const path = '/briefs/csto-non-response?asOf=2021-10-16';
    const brief = (await (await SELF.fetch(`http://briefs.test/v1${path}`)).json()) as Brief;
    const text = await pageText(path);
    expect(brief.likelihood.time?.text).toMatch(/^50% of the window from 31 July 2021 to 31 December 2021 has passed/);
    expect(text).toContain(`Time to the horizon: ${brief.likelihood.time?.text}`);
  });

  it('gives a two-sided indicator both ratios and both rationales, and says which grouped reading counted', async () => {
    const text = await pageText('/briefs/csto-non-response?asOf=2021-07-31');
    expect(text).toContain(
      'Raises the likelihood when met (likelihood ratio 2); lowers it when known not met (likelihood ratio 2.5). Met:',
    );
    expect(text).toMatch(
      /If known not met: If the CSTO's military leadership were recorded saying its involvement is required/,
    );
    // Sidorov's statement is one piece of evidence read twice: the stronger reading counts.
    expect(text).toContain(
      "It reads the same evidence as “The CSTO's Chief of the Joint Staff said Tajik border forces are in control”: only the strongest reading counts. This reading counts here.",
    );
    expect(text).toContain(
      "It reads the same evidence as “The CSTO's Chief of the Joint Staff said the situation does not require CSTO involvement”: only the strongest reading counts. A stronger reading of it counts here instead.",
    );
  });

  it('never says every indicator is known when only time has left the unknown ones nothing to move', async () => {
    const brief = (await (
      await SELF.fetch('http://briefs.test/v1/briefs/taliban-border-advance?asOf=2022-01-01')
    ).json()) as Brief;
    const unknown = brief.confidence.totalIndicators - brief.confidence.knownIndicators;
    expect(unknown).toBeGreaterThan(0);
    const text = await pageText('/briefs/taliban-border-advance?asOf=2022-01-01');
    expect(text).not.toContain('Every indicator is known');
    expect(text).toContain(
      `Whichever way the ${unknown} unknown indicators resolved, the probability would stay 1%: no time is left for them to matter.`,
    );
  });
});
