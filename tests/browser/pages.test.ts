// The human pages in a real browser: no serious or critical axe-core violation in either theme,
// no console error, keyboard reachable, usable without JavaScript, print styles, reduced motion.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { closePages, launch, openPage, SCREENSHOTS, seriousViolations } from './harness';

const service = inject('workerBase');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
}, 90_000);

afterEach(closePages);

afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  ['home', '/'],
  ['brief', '/briefs/csto-non-response'],
  ['brief-what-if', '/briefs/csto-non-response?asOf=2021-07-06&assume.csto.response_to_request=agreed'],
  ['embed', '/embed/csto-non-response'],
  ['embed-full', '/embed/target-program-stalls?view=full'],
  ['widget', '/widget'],
  ['docs', '/docs'],
  ['track-record', '/track-record'],
] as const;

describe.each(['light', 'dark'] as const)('in the %s theme', (scheme) => {
  it.each(PAGES)(
    '%s logs no error under its own CSP, and passes axe-core with no serious or critical violation',
    async (name, path) => {
      const viewport = { width: name.startsWith('embed') ? 360 : 1100, height: 900 };
      // First as a reader gets it, our CSP in force: any violation or script error shows up here.
      const plain = await openPage(browser, { viewport, colorScheme: scheme });
      await plain.page.goto(`${service}${path}`, { waitUntil: 'load' });
      if (name === 'widget') {
        await plain.page.waitForFunction(() =>
          document.querySelector('scenario-brief')?.shadowRoot?.querySelector('iframe:not(.pending)'),
        );
      }
      await plain.page.waitForTimeout(200);
      await plain.page.screenshot({ path: `${SCREENSHOTS}/${name}-${scheme}.png`, fullPage: true });
      expect(plain.errors).toEqual([]);
      // Then with axe-core injected, which only a CSP bypass allows.
      const audited = await openPage(browser, { viewport, colorScheme: scheme, bypassCSP: true });
      await audited.page.goto(`${service}${path}`, { waitUntil: 'load' });
      expect(await seriousViolations(audited.page)).toEqual([]);
    },
  );
});

describe('the brief page', () => {
  it('is reachable by keyboard: tabbing reaches the what-if form and its submit button', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
    await page.goto(`${service}/briefs/csto-non-response`, { waitUntil: 'load' });
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(
          () =>
            `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent?.trim().slice(0, 30)}`,
        ),
      );
      if (seen.at(-1)?.startsWith('BUTTON')) break;
    }
    expect(seen[0]).toBe('A:Skip to content');
    expect(seen.some((s) => s.startsWith('SUMMARY:The quotes'))).toBe(true);
    expect(seen).toContain('INPUT:asOf');
    expect(seen.at(-1)).toBe('BUTTON:Recompute the brief');
  });

  it('answers a mistyped what-if value with a page that says what is wrong', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1100, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${service}/briefs/csto-non-response`, { waitUntil: 'load' });
    const reservists = page.locator('input[name="assume.afg.soldiers_fled_to_tajikistan"]');
    await reservists.fill('lots');
    const [response] = await Promise.all([
      page.waitForResponse(/\/briefs\/csto-non-response\?/),
      page.click('button[type="submit"]'),
    ]);
    expect(response.status()).toBe(400);
    expect(await page.textContent('h1')).toBe('Invalid query parameters');
    expect(await page.textContent('main')).toContain(
      'assume.afg.soldiers_fled_to_tajikistan: value must be a finite decimal number',
    );
  });

  it('works without JavaScript: the what-if form recomputes and shows the baseline beside it', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1100, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${service}/briefs/csto-non-response?asOf=2021-07-31`, { waitUntil: 'load' });
    await page.selectOption('select[name="assume.csto.response_to_request"]', 'agreed');
    await Promise.all([
      page.waitForURL(/assume\.csto\.response_to_request=agreed/),
      page.click('button[type="submit"]'),
    ]);
    expect(page.url()).toContain('asOf=2021-07-31');
    // The assumption is the event that settles the question: the brief resolves, the baseline stays open.
    expect(await page.textContent('.bluf')).toContain(
      'Under 1 what-if assumption, the question would resolve no, since “The CSTO decides on a collective response',
    );
    expect(await page.textContent('.pane.baseline')).toContain('likely (72%)');
    expect(
      await page.$eval('select[name="assume.csto.response_to_request"]', (s) => (s as HTMLSelectElement).value),
    ).toBe('agreed');
  });

  it.each(['light', 'dark'] as const)(
    'prints dark on light, without navigation and form, from a %s screen',
    async (scheme) => {
      const { page } = await openPage(browser, { viewport: { width: 1100, height: 900 }, colorScheme: scheme });
      await page.goto(`${service}/briefs/csto-non-response`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      expect(await page.$eval('form.whatif', (f) => getComputedStyle(f).display)).toBe('none');
      expect(await page.$eval('.site-header nav', (n) => getComputedStyle(n).display)).toBe('none');
      expect(await page.$eval('body', (b) => getComputedStyle(b).color)).toBe('rgb(0, 0, 0)');
      // Each indicator's rationale is on paper, not folded away.
      const rationale = await page.$eval('.checklist li p:nth-of-type(3)', (p) => ({
        text: p.textContent,
        shown: getComputedStyle(p).display !== 'none',
      }));
      expect(rationale.text).toMatch(/^Why this weight: /);
      expect(rationale.shown).toBe(true);
      await page.pdf({ path: `${SCREENSHOTS}/brief-print-${scheme}.pdf` });
    },
  );

  it('respects prefers-reduced-motion', async () => {
    const moving = await openPage(browser, { reducedMotion: 'no-preference' });
    await moving.page.goto(`${service}/briefs/csto-non-response`, { waitUntil: 'load' });
    expect(await moving.page.$eval('main a', (a) => getComputedStyle(a).transitionDuration)).not.toBe('0s');
    const still = await openPage(browser, { reducedMotion: 'reduce' });
    await still.page.goto(`${service}/briefs/csto-non-response`, { waitUntil: 'load' });
    expect(await still.page.$eval('main a', (a) => getComputedStyle(a).transitionDuration)).toBe('0s');
  });

  it('lays the embed card out from 280 px wide without horizontal scrolling', async () => {
    const { page } = await openPage(browser, { viewport: { width: 280, height: 800 } });
    await page.goto(`${service}/embed/csto-non-response`, { waitUntil: 'load' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
