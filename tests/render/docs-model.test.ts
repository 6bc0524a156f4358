// /docs explains the model in plain words, and its worked example is the service's own: each
// step links to the brief it was computed from, and says what that brief says.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { type Brief, BriefSchema } from '../../src/brief/brief-schema';

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the /docs page', () => {
  it('says how a number is made, how time enters and when a question resolves, with a worked example', async () => {
    const html = await (await SELF.fetch('http://briefs.test/docs')).text();
    const section = /<section id="model">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const text = decode(section);
    expect(text).toContain('How a judgment is made');
    expect(text).toContain('likelihood ratio');
    expect(text).toContain('constant hazard');
    expect(text).toContain('Once resolved it never moves');
    const steps = [...section.matchAll(/<li><a href="([^"]+)">[^<]+<\/a>:([\s\S]*?)<\/li>/g)];
    expect(steps).toHaveLength(4);
    const statuses: string[] = [];
    for (const [, href, body] of steps) {
      const brief = (await (await SELF.fetch(`http://briefs.test${href}`)).json()) as Brief;
      const said = decode(body as string).replace(/\s+/g, ' ');
      statuses.push(brief.resolution.status);
      if (brief.resolution.status === 'open') {
        const { term, probability, time } = brief.likelihood;
        expect(said).toContain(`${term} (${Math.round(probability * 100)}%)`);
        // P is the awaited event's chance over the window: the complement where the claim is that it does not happen.
        const event = time?.eventIsClaim ? (time?.evidenceProbability ?? 0) : 1 - (time?.evidenceProbability ?? 0);
        expect(said).toContain(`${Math.round(event * 100)}% over the whole window (P)`);
        // The figure in what remains is 1 − (1 − P)^s, on the figures shown.
        const left = 1 - (1 - Math.round(event * 100) / 100) ** (time?.remainingShare ?? 1);
        expect(said).toContain(`no record of it, ${Math.round(left * 100)}% in what remains`);
      } else {
        expect(said.trim()).toBe(brief.bottomLine.judgment);
      }
    }
    // The window's opening, its middle and the horizon are open; the decision day has resolved.
    expect(statuses).toEqual(['open', 'open', 'open', 'yes']);
  });

  it('describes every field of the brief, from the schema', async () => {
    const html = await (await SELF.fetch('http://briefs.test/docs')).text();
    const section = /<section id="brief-fields">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const rows = [...section.matchAll(/<tr><td><code>([^<]+)<\/code>[^<]*<\/td><td>([^<]*)<\/td><\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(Object.keys(BriefSchema.entries));
    for (const [, field, text] of rows) expect((text ?? '').length, field).toBeGreaterThan(30);
  });
});
