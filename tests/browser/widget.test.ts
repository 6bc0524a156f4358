// The widget on pages we do not control: a "news site" on another origin, with a strict CSP of
// its own, embeds the web component and the iframe; and a plain HTML file opened from disk does
// the same. We check what a reader sees, the height handshake, and that nothing errs.

import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { closePages, launch, openPage, SCREENSHOTS, startSite } from './harness';

const service = inject('workerBase');
let site: Server;
let siteOrigin: string;
let browser: Browser;

/** The news site's own script: records setHeight messages so the test can read them. */
const SITE_JS = `window.heights = []; window.senders = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'setHeight') { heights.push(e.data.height); senders.push(e.data.scenario); } });`;

function hostPage(origin: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A news site</title>
<link rel="icon" href="data:,"><script src="/site.js"></script>
<script src="${origin}/widget.js" defer></script></head>
<body><main><h1>Our story</h1><p>Some reporting, then the brief:</p>
<scenario-brief id="compact" scenario="csto-non-response"></scenario-brief>
<scenario-brief id="full" scenario="target-program-stalls" view="full" theme="dark" as-of="2021-08-02"></scenario-brief>
<iframe id="plain" src="${origin}/embed/taliban-border-advance" width="480" height="480" title="Scenario brief"></iframe>
<div id="foreign-slot"></div>
</main></body></html>`;
}

function laxPage(origin: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A careless site</title>
<link rel="icon" href="data:,"><script src="${origin}/widget.js" defer></script></head>
<body><main id="slot"></main></body></html>`;
}

/** Attribute values a page we do not control might pass on from its own readers. */
const HOSTILE_ATTRIBUTES: Record<string, string>[] = [
  { scenario: '"><img src=x onerror="window.pwned=1">' },
  { scenario: 'javascript:window.pwned=2' },
  { scenario: '../../v1/observations' },
  { scenario: 'csto-non-response', theme: '"><script>window.pwned=3</script>', view: '" onload="window.pwned=4' },
  { scenario: 'csto-non-response', 'as-of': '2021-07-08"><svg onload="window.pwned=5">' },
  { scenario: 'csto-non-response', 'as-of': 'javascript:window.pwned=6' },
];

beforeAll(async () => {
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${service}`,
    `connect-src ${service}`,
    `frame-src 'self' ${service}`,
    "style-src 'self'",
    "img-src 'self' data:",
  ].join('; ');
  ({ server: site, origin: siteOrigin } = await startSite({
    '/': { body: hostPage(service), headers: { 'Content-Security-Policy': csp } },
    '/site.js': { body: SITE_JS, type: 'text/javascript' },
    // A careless host: no CSP at all, so nothing but the widget itself stands between a hostile
    // attribute and the page.
    '/lax': { body: laxPage(service) },
    '/foreign.html': {
      body: `<!DOCTYPE html><html lang="en"><head><title>ad</title><script src="/foreign.js"></script></head><body>ad</body></html>`,
    },
    '/foreign.js': {
      body: `parent.postMessage({ type: 'setHeight', scenario: 'csto-non-response', height: 3000 }, '*');`,
      type: 'text/javascript',
    },
  }));
  browser = await launch();
}, 90_000);

afterEach(closePages);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
});

/** The frame inside a <scenario-brief>, once the widget has created it and the card has loaded. */
async function widgetFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForFunction(
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('iframe') ?? null,
    selector,
    { timeout: 15_000 },
  );
  const frame = await (handle.asElement() as NonNullable<ReturnType<typeof handle.asElement>>).contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  await frame.waitForSelector('article.card');
  // The card is in the DOM as soon as it is parsed, before its stylesheet applies: measured then,
  // it has the wrong height. Its document's load (stylesheet and script in) is when it is laid out.
  await frame.waitForLoadState('load');
  return frame;
}

async function heightOf(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => Math.round(el.getBoundingClientRect().height));
}

/** The height of the widget's frame inside its border: what the card has to show itself in. */
async function frameHeightOf(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => el.shadowRoot?.querySelector('iframe')?.clientHeight ?? -1);
}

describe('the web component on another site', () => {
  it('shows the live brief, themed and dated as asked, with no console error', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 900, height: 1200 } });
    await page.goto(siteOrigin, { waitUntil: 'load' });
    const compact = await widgetFrame(page, '#compact');
    expect(await compact.textContent('h1')).toBe('CSTO non-response');
    // No date asked: as of today, long after the horizon, the question is closed.
    expect(await compact.textContent('article')).toContain('Resolved yes on 31 December 2021');
    const full = await widgetFrame(page, '#full');
    expect(await full.textContent('h1')).toBe('Target programme stalls');
    expect(await full.textContent('article')).toContain('As of 2 August 2021');
    expect(await full.$eval('html', (el) => el.getAttribute('data-theme'))).toBe('dark');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOTS}/widget-on-news-site.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('resizes to its card from its own setHeight messages', async () => {
    const { page } = await openPage(browser, { viewport: { width: 700, height: 1200 } });
    await page.goto(siteOrigin, { waitUntil: 'load' });
    const frame = await widgetFrame(page, '#compact');
    const cardHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction((h) => (window as unknown as { heights: number[] }).heights.includes(h), cardHeight);
    await expect.poll(() => frameHeightOf(page, '#compact')).toBe(cardHeight);
    // At another width the card reflows, reports a new height, and the widget follows.
    await page.setViewportSize({ width: 360, height: 1200 });
    await expect
      .poll(async () => {
        const now = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return (await frameHeightOf(page, '#compact')) === now && now > cardHeight;
      })
      .toBe(true);
  });

  it('ignores setHeight messages from frames that are not its own, of any origin', async () => {
    const { page } = await openPage(browser, { viewport: { width: 900, height: 1200 } });
    await page.goto(siteOrigin, { waitUntil: 'load' });
    const frame = await widgetFrame(page, '#compact');
    const own = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(() => frameHeightOf(page, '#compact')).toBe(own);
    // A frame of the news site's origin posts a height of 3000 ...
    await page.$eval('#foreign-slot', (slot) => {
      const foreign = document.createElement('iframe');
      foreign.src = '/foreign.html';
      foreign.title = 'An advertisement';
      slot.append(foreign);
    });
    await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.includes(3000));
    // ... and the plain iframe, of the service's own origin, posts its own card's height.
    await page.waitForFunction(() =>
      (window as unknown as { senders: string[] }).senders.includes('taliban-border-advance'),
    );
    await page.waitForTimeout(200);
    expect(await frameHeightOf(page, '#compact')).toBe(own);
  });

  it('renders once for a burst of attribute changes, and shows the scenario it was last given', async () => {
    const { page } = await openPage(browser, { viewport: { width: 900, height: 1200 } });
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(`${service}/embed/`)) requested.push(new URL(r.url()).pathname);
    });
    await page.goto(siteOrigin, { waitUntil: 'load' });
    await widgetFrame(page, '#compact');
    await page.$eval('#compact', (el) => {
      el.setAttribute('theme', 'dark');
      el.setAttribute('scenario', 'russia-bilateral-substitution');
    });
    const frame = await page.waitForFunction(() =>
      document.querySelector('#compact')?.shadowRoot?.querySelector('iframe[src*="russia-bilateral-substitution"]'),
    );
    expect(await frame.evaluate((f) => new URL((f as HTMLIFrameElement).src).searchParams.get('theme'))).toBe('dark');
    const compactRequests = requested.filter((p) => p.endsWith('csto-non-response') || p.endsWith('substitution'));
    expect(compactRequests).toEqual(['/embed/csto-non-response', '/embed/russia-bilateral-substitution']);
  });

  it('reserves about the card’s height before it loads, so the page barely moves', async () => {
    for (const width of [900, 400]) {
      const { page } = await openPage(browser, { viewport: { width, height: 1200 } });
      const held: (() => void)[] = [];
      await page.route(`${service}/embed/**`, (route) => {
        held.push(() => void route.continue());
      });
      await page.goto(siteOrigin, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => customElements.get('scenario-brief') !== undefined);
      const reserved = { compact: await heightOf(page, '#compact'), full: await heightOf(page, '#full') };
      for (const release of held) release();
      await page.unroute(`${service}/embed/**`);
      for (const [id, before] of Object.entries(reserved)) {
        const frame = await widgetFrame(page, `#${id}`);
        const card = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        await expect.poll(() => frameHeightOf(page, `#${id}`)).toBe(card);
        // Within a fifth of the card: a small shift rather than a jump from nothing.
        expect(Math.abs(before - card) / card, `${id} at ${width}px: reserved ${before}, card ${card}`).toBeLessThan(
          0.2,
        );
      }
    }
  });

  it('falls back to a readable link when the service cannot be reached', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 900, height: 1200 } });
    await page.route(`${service}/embed/**`, (route) => route.abort('connectionrefused'));
    await page.goto(siteOrigin, { waitUntil: 'load' });
    const link = await page.waitForFunction(() =>
      document.querySelector('#compact')?.shadowRoot?.querySelector('a[href*="/briefs/csto-non-response"]'),
    );
    const text = await link.evaluate((a) => (a as HTMLAnchorElement).textContent);
    expect(text).toBe('Read this scenario brief on scenario-briefs');
    // The card never reports, so after the widget's wait the frame goes and the link stays.
    await page.waitForFunction(() => !document.querySelector('#compact')?.shadowRoot?.querySelector('iframe'), null, {
      timeout: 15_000,
    });
    expect(await page.$eval('#compact', (el) => el.shadowRoot?.querySelector('a')?.textContent)).toBe(text);
    await page.screenshot({ path: `${SCREENSHOTS}/widget-fallback.png` });
    // The only errors are the refused requests themselves.
    expect(errors.every((e) => /ERR_CONNECTION_REFUSED|Failed to load resource|Failed to fetch/.test(e))).toBe(true);
  });

  it('sends its height from the plain iframe too', async () => {
    const { page } = await openPage(browser, { viewport: { width: 900, height: 1200 } });
    await page.goto(siteOrigin, { waitUntil: 'load' });
    const frame = page.frame({ url: `${service}/embed/taliban-border-advance` });
    await frame?.waitForSelector('article.card');
    await page.waitForFunction(() =>
      (window as unknown as { senders: string[] }).senders.includes('taliban-border-advance'),
    );
  });
});

describe('hostile attributes on a page without a CSP', () => {
  it('become a link or a frame of ours, never markup or script', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 900, height: 1200 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${siteOrigin}/lax`, { waitUntil: 'load' });
    await page.evaluate((cases) => {
      for (const attributes of cases) {
        const el = document.createElement('scenario-brief');
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        document.getElementById('slot')?.append(el);
      }
    }, HOSTILE_ATTRIBUTES);
    // Every valid element frames its card; wait for those, and a little for anything else to run.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('scenario-brief')].filter((el) => el.shadowRoot?.querySelector('iframe'))
          .length === 3,
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(500);
    const seen = await page.$$eval('scenario-brief', (els) =>
      els.map((el) => ({
        links: [...(el.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.href),
        frames: [...(el.shadowRoot?.querySelectorAll('iframe') ?? [])].map((f) => f.src),
        elements: [...(el.shadowRoot?.querySelectorAll('*') ?? [])].map((n) => n.tagName.toLowerCase()),
      })),
    );
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.$$eval('img, svg, script:not([src])', (els) => els.length)).toBe(0);
    // An invalid scenario gets no frame, and a link to our home page.
    for (const element of seen.slice(0, 3)) {
      expect(element.frames).toEqual([]);
      expect(element.links).toEqual([`${service}/`]);
    }
    // A valid one is framed from our origin, with a hostile theme, view or date dropped; its
    // fallback link (gone once the card reports) can only point to the brief on our origin.
    for (const element of seen.slice(3)) {
      expect(element.frames).toEqual([`${service}/embed/csto-non-response?view=compact&theme=auto`]);
      for (const link of element.links) expect(link).toBe(`${service}/briefs/csto-non-response`);
    }
    for (const element of seen) {
      expect(element.elements.filter((t) => !['style', 'p', 'a', 'iframe'].includes(t))).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});

describe('a plain HTML file with one script and one element', () => {
  it('shows the live brief when opened from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-brief-'));
    const file = join(dir, 'index.html');
    writeFileSync(
      file,
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body>
<script src="${service}/widget.js"></script>
<scenario-brief scenario="csto-non-response"></scenario-brief>
</body></html>`,
    );
    const { page, errors } = await openPage(browser, { viewport: { width: 800, height: 1000 } });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    const frame = await widgetFrame(page, 'scenario-brief');
    expect(await frame.textContent('article')).toContain('Resolved yes on 31 December 2021');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOTS}/widget-plain-file.png`, fullPage: true });
    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
  });
});
