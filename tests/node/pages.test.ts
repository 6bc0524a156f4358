// The human pages against the real worker (wrangler's dev server on workerd): valid HTML by
// html-validate, and oEmbed discovered and fetched by an independent consumer (unfurl.js).
import { HtmlValidate } from 'html-validate';
import { unfurl } from 'unfurl.js';
import { describe, expect, inject, it } from 'vitest';

const base = inject('workerBase');

const PAGES = [
  '/',
  '/briefs/csto-non-response',
  '/briefs/csto-non-response?asOf=2021-07-06&assume.csto.response_to_request=agreed&assume.tj.reservists_mobilized=5000',
  '/briefs/taliban-cross-border-incursion?asOf=2030-01-01',
  '/embed/csto-non-response',
  '/embed/target-program-stalls?view=full&theme=dark',
  '/widget',
  '/docs',
];

describe('HTML', () => {
  // The recommended rules, with the two style choices our renderer (hono/jsx) makes: void
  // elements self-close (<meta />) and boolean attributes are written empty (selected="").
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      'void-style': ['error', { style: 'selfclose' }],
      'attribute-boolean-style': ['error', { style: 'empty' }],
    },
  });

  it.each(PAGES)('%s is valid HTML', async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const report = await validator.validateString(await res.text());
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

describe('oEmbed', () => {
  it('is discovered on a brief page and fetched by an independent consumer', async () => {
    const result = await unfurl(`${base}/briefs/csto-non-response`, { oembed: true });
    expect(result.oEmbed?.type).toBe('rich');
    expect(result.oEmbed?.title).toBe('CSTO non-response');
    const html = (result.oEmbed as { html?: string } | undefined)?.html ?? '';
    expect(html).toMatch(new RegExp(`^<iframe src="${base}/embed/csto-non-response"`));
    // The consumer then loads the embed itself: it is a page any site may frame.
    const embed = await fetch(/src="([^"]+)"/.exec(html)?.[1] ?? '');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('Content-Security-Policy')).toContain('frame-ancestors * file:');
    expect(embed.headers.get('X-Frame-Options')).toBeNull();
  });

  it('honours maxwidth and maxheight, and answers 404 and 501 as oEmbed asks', async () => {
    const url = encodeURIComponent(`${base}/briefs/csto-non-response?asOf=2021-07-08`);
    const res = await fetch(`${base}/oembed?url=${url}&maxwidth=320&maxheight=300&format=json`);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 320,
      height: 300,
      provider_name: 'scenario-briefs',
    });
    expect(body.cache_age).toBe(3600);
    expect(body.html).toContain('asOf=2021-07-08');
    expect(body.html).toContain('width="320"');
    const other = await fetch(
      `${base}/oembed?url=${encodeURIComponent('https://example.com/briefs/csto-non-response')}`,
    );
    expect(other.status).toBe(404);
    const xml = await fetch(`${base}/oembed?url=${url}&format=xml`);
    expect(xml.status).toBe(501);
  });
});
