// Every hostile string, in fact text, scenario text or request parameters, comes out of the
// pages, the embed card and oEmbed escaped for HTML; no javascript: URL becomes a link.
import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app';
import { citation, scenarioFile, sourceMeta, testCatalog } from '../factories';

const XSS = '<script>alert("x")</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';
const HOSTILE_TEXT = `The border was held ${XSS} by ${IMG} forces "quoted" & 'single' ${JS_URL} today.`;

const catalog = testCatalog(
  [
    scenarioFile(
      {
        id: 'hostile',
        title: `Title ${XSS}`,
        question: `Question "${IMG}" ${JS_URL}?`,
        claim: `the claim ${XSS} holds`,
        horizon: { label: `by ${IMG}`, opens: '2021-07-31', end: '2021-12-31' },
        reachability: { reason: `Two indicators ${XSS} cannot move it far.` },
        independent: [{ indicators: ['held', 'note'], reason: `One test text ${IMG} serves both facts.` }],
        baseRate: { probability: 0.3, rationale: `Rationale ${XSS} long enough.` },
        indicators: [
          {
            id: 'held',
            label: `Label ${JS_URL} ${XSS}`,
            condition: { op: 'eq', of: { fact: 'test.held' }, value: true },
            direction: 'raises',
            weight: 2,
            rationale: `Because ${IMG} and "quotes" and ${JS_URL}.`,
          },
          {
            id: 'note',
            label: 'A text fact has its value',
            condition: { op: 'ne', of: { fact: 'test.note' }, value: 'nothing' },
            direction: 'lowers',
            weight: 1.5,
            rationale: 'A rationale long enough for the schema.',
          },
        ],
        resolution: {
          criteria: `Resolves yes once ${XSS} is reported; ${IMG} no otherwise.`,
          yes: { condition: { op: 'eq', of: { fact: 'test.held' }, value: false }, label: `Label ${JS_URL} ${XSS}` },
          atHorizon: 'no',
        },
      },
      'tests/scenarios/hostile.json',
    ),
  ],
  {
    text: HOSTILE_TEXT,
    cited: [
      {
        id: 'test.held',
        statement: `Held ${XSS} ${IMG}`,
        type: 'boolean',
        value: true,
        date: '2021-07-05',
        actors: ['tajikistan'],
        tags: ['border'],
        citation: citation(HOSTILE_TEXT, HOSTILE_TEXT, sourceMeta().id as string),
      },
      {
        id: 'test.note',
        statement: `A note ${JS_URL}`,
        type: 'text',
        value: `${XSS}`,
        date: '2021-07-05',
        actors: ['tajikistan'],
        tags: ['border'],
        citation: citation(HOSTILE_TEXT, HOSTILE_TEXT, sourceMeta().id as string),
      },
    ],
  },
);
const app = createApp(catalog);

async function render(path: string): Promise<{ status: number; text: string }> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`http://briefs.test${path}`), env, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { status: res.status, text };
}

/**
 * Parses the HTML (workerd's HTMLRewriter) and fails on any element a hostile string could have
 * made: an event-handler attribute, a javascript: or data: link, or a script that is not ours.
 */
async function expectInert(html: string): Promise<void> {
  const found: string[] = [];
  await new HTMLRewriter()
    .on('*', {
      element(el) {
        for (const [name = '', value = ''] of el.attributes) {
          if (name.startsWith('on')) found.push(`${el.tagName} ${name}="${value}"`);
          if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*(javascript|data):/i.test(value)) {
            if (!(el.tagName === 'link' && value === 'data:,')) found.push(`${el.tagName} ${name}="${value}"`);
          }
        }
        if (el.tagName === 'script' && !/^\/(static\/embed-height|widget)\.js$/.test(el.getAttribute('src') ?? '')) {
          found.push(`script src=${el.getAttribute('src')}`);
        }
        if (['img', 'iframe', 'object', 'embed'].includes(el.tagName)) found.push(el.tagName);
      },
    })
    .transform(new Response(html))
    .text();
  expect(found).toEqual([]);
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<img src=x');
}

describe('hostile content in facts and scenarios', () => {
  it.each(['/briefs/hostile', '/embed/hostile', '/', '/briefs/hostile?assume.test.held=false'])(
    '%s escapes every string',
    async (path) => {
      const { status, text } = await render(path);
      expect(status).toBe(200);
      await expectInert(text);
      expect(text).toContain('&lt;script&gt;alert(');
    },
  );

  it('the brief page shows the hostile quote as text, whole', async () => {
    const { text } = await render('/briefs/hostile');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain(JS_URL); // as text, never as a link
  });

  it('oEmbed escapes the title inside its iframe snippet', async () => {
    const { status, text } = await render(`/oembed?url=${encodeURIComponent('http://briefs.test/briefs/hostile')}`);
    expect(status).toBe(200);
    const body = JSON.parse(text) as { html: string; title: string };
    expect(body.title).toBe(`Title ${XSS}`);
    expect(body.html).not.toContain('<script');
    expect(body.html).toMatch(/^<iframe src="http:\/\/briefs\.test\/embed\/hostile"/);
    expect(body.html).toContain('title="Scenario brief: Title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
  });
});

describe('hostile parameters on the real service', () => {
  it('a hostile what-if text value is escaped in the form and the assumptions', async () => {
    const value = `"><script>alert(1)</script><a href="${JS_URL}">x</a>`;
    const res = await SELF.fetch(
      `http://briefs.test/briefs/target-program-stalls?assume.csto.program_delay_explanation=${encodeURIComponent(value)}`,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    await expectInert(html);
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each([
    [`/oembed?url=${encodeURIComponent(JS_URL)}`, 404],
    [`/oembed?url=${encodeURIComponent('data:text/html,<script>alert(1)</script>')}`, 404],
    [`/oembed?url=${encodeURIComponent('http://briefs.test/briefs/csto-non-response')}&maxwidth=<b>`, 400],
    ['/v1/briefs/csto-non-response?asOf=<script>', 400],
  ])('%s answers %i with an escaped problem', async (path, status) => {
    const res = await SELF.fetch(`http://briefs.test${path}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const text = await res.text();
    expect(text).not.toContain('<script>');
    JSON.parse(text);
  });

  it.each([
    ['/briefs/csto-non-response?asOf=<script>', 400],
    ['/briefs/csto-non-response?assume.tj.reservists_mobilized=<script>alert(1)</script>', 400],
    ['/embed/csto-non-response?theme=<script>', 400],
    ['/embed/csto-non-response?view=javascript:alert(1)', 400],
    ['/briefs/%3Cscript%3E', 404],
  ])('%s answers a person with a %i page that names the problem, escaped', async (path, status) => {
    const res = await SELF.fetch(`http://briefs.test${path}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const html = await res.text();
    await expectInert(html);
    expect(html).toContain(status === 400 ? '/problems/invalid-query' : '/problems/not-found');
  });
});
