// The what-if form names each fact by its id, with the value recorded for it, then the fact's
// statement. With the value after the statement, a negative statement read wrong: "… said the
// situation does not require the CSTO's involvement (recorded value: false)" reads as if the
// statement were false (found by an analyst's read of the form on /briefs/csto-non-response).
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('the what-if form’s labels', () => {
  it('give the recorded value beside the fact’s id, before its statement', async () => {
    const res = await SELF.fetch('http://briefs.test/briefs/csto-non-response?asOf=2021-08-01');
    expect(res.status).toBe(200);
    const html = await res.text();
    const labels = [...html.matchAll(/<label for="[^"]*">([\s\S]*?)<\/label>/g)].map((m) => m[1] as string);
    const required = labels.find((l) => l.includes('<code>csto.involvement_required</code>'));
    expect(required).toMatch(
      /^<code>csto\.involvement_required<\/code> <span class="meta">\(recorded value: false\)<\/span>: .*does not require/,
    );
    // Every fact's label has that shape.
    const factLabels = labels.filter((l) => l.startsWith('<code>'));
    expect(factLabels.length).toBeGreaterThan(5);
    for (const l of factLabels)
      expect(l).toMatch(/^<code>[^<]+<\/code> <span class="meta">\(recorded value: [^)]*\)<\/span>: \S/);
  });
});
