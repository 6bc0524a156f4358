// The human pages in a real browser: no serious or critical axe-core violation in either theme,
// no console error, keyboard reachable, usable without JavaScript, print styles, reduced motion.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, SCREENSHOTS, startWorker, type Worker } from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let worker: Worker;
let service: string;
let browser: Browser;

beforeAll(async () => {
  ({ worker, origin: service } = await startWorker());
  browser = await launch();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await worker?.dispose();
});

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

/** Runs axe-core in the page (injected past our CSP, as a test tool only) and returns what is serious. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

const PAGES = [
  ['home', '/'],
  ['brief', '/briefs/csto-non-response'],
  ['brief-what-if', '/briefs/csto-non-response?asOf=2021-07-06&assume.csto.response_to_request=agreed'],
  ['embed', '/embed/csto-non-response'],
  ['embed-full', '/embed/target-program-stalls?view=full'],
  ['widget', '/widget'],
  ['docs', '/docs'],
] as const;

describe.each(['light', 'dark'] as const)('in the %s theme', (scheme) => {
  it.each(PAGES)('%s passes axe-core with no serious or critical violation, and logs no error', async (name, path) => {
    const { page, errors } = await openPage(browser, {
      viewport: { width: name.startsWith('embed') ? 360 : 1100, height: 900 },
      colorScheme: scheme,
      bypassCSP: true,
    });
    await page.goto(`${service}${path}`, { waitUntil: 'load' });
    if (name === 'widget') {
      await page.waitForFunction(() => document.querySelector('scenario-brief')?.shadowRoot?.querySelector('iframe'));
    }
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${scheme}.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
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
    expect(seen.some((s) => s.startsWith('SUMMARY:Why this weight'))).toBe(true);
    expect(seen).toContain('INPUT:asOf');
    expect(seen.at(-1)).toBe('BUTTON:Recompute the brief');
  });

  it('works without JavaScript: the what-if form recomputes and shows the baseline beside it', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1100, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${service}/briefs/csto-non-response`, { waitUntil: 'load' });
    await page.selectOption('select[name="assume.csto.response_to_request"]', 'agreed');
    await Promise.all([
      page.waitForURL(/assume\.csto\.response_to_request=agreed/),
      page.click('button[type="submit"]'),
    ]);
    expect(await page.textContent('.bluf')).toContain('Under 1 what-if assumption');
    expect(await page.textContent('section[aria-label="Baseline, without the assumptions"]')).toContain(
      'very likely (85%)',
    );
    expect(
      await page.$eval('select[name="assume.csto.response_to_request"]', (s) => (s as HTMLSelectElement).value),
    ).toBe('agreed');
  });

  it('prints without its navigation and form', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
    await page.goto(`${service}/briefs/csto-non-response`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('form.whatif', (f) => getComputedStyle(f).display)).toBe('none');
    expect(await page.$eval('.site-header nav', (n) => getComputedStyle(n).display)).toBe('none');
    expect(await page.$eval('.bluf', (b) => getComputedStyle(b).display)).not.toBe('none');
    await page.pdf({ path: `${SCREENSHOTS}/brief-print.pdf` });
  });

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
