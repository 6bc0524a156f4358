// The authoring page in a real browser: signed out and signed in, it passes axe-core with no
// serious or critical violation and logs no error under its own CSP; without JavaScript an
// analyst signs in, previews and records an observation; with it, selecting a sentence of the
// source's text fills the quote.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { addStatement, newToken } from '../../src/authoring/analyst-sql.mjs';
import { closePages, launch, openPage, seriousViolations } from './harness';

const service = inject('workerBase');
const ARTICLE = 'diplomat-2021-07-csto-afghan-border';
const token = newToken();
let browser: Browser;

beforeAll(async () => {
  // An analyst in the test worker's own database (tests/node/start-worker.ts), as `npm run analyst` adds one.
  execFileSync(
    'npx',
    [
      'wrangler',
      'd1',
      'execute',
      'DB',
      '--local',
      '--persist-to',
      '.wrangler/test-state',
      '--command',
      addStatement('browser-analyst', token, new Date().toISOString()),
    ],
    { stdio: 'ignore' },
  );
  browser = await launch();
}, 90_000);

afterEach(closePages);

afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${service}/authoring`, { waitUntil: 'load' });
  await page.fill('#token', token);
  await Promise.all([page.waitForURL(`${service}/authoring`), page.click('button[type="submit"]')]);
  expect(await page.textContent('main')).toContain('Signed in as browser-analyst');
}

describe.each(['light', 'dark'] as const)('the authoring page in the %s theme', (scheme) => {
  it('signed out and signed in: no error under its CSP, no serious or critical axe violation', async () => {
    const viewport = { width: 1100, height: 900 };
    const plain = await openPage(browser, { viewport, colorScheme: scheme });
    await plain.page.goto(`${service}/authoring`, { waitUntil: 'load' });
    await signIn(plain.page);
    await plain.page.goto(`${service}/authoring?source=${ARTICLE}`, { waitUntil: 'load' });
    expect(plain.errors).toEqual([]);

    const audited = await openPage(browser, { viewport, colorScheme: scheme, bypassCSP: true });
    await audited.page.goto(`${service}/authoring`, { waitUntil: 'load' });
    expect(await seriousViolations(audited.page)).toEqual([]);
    await signIn(audited.page);
    await audited.page.goto(`${service}/authoring?source=${ARTICLE}`, { waitUntil: 'load' });
    expect(await seriousViolations(audited.page)).toEqual([]);
  });
});

describe('an analyst on the authoring page', () => {
  it('without JavaScript: signs in, previews an observation, then records it', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1100, height: 900 }, javaScriptEnabled: false });
    await signIn(page);
    await page.selectOption('#source', ARTICLE);
    await Promise.all([page.waitForURL(/source=/), page.click('form[method="get"] button')]);
    await page.fill('#quote', 'Anatoly Sidorov stated that the situation does not require the CSTO’s involvement');
    await page.fill('#factId', 'csto.involvement_required');
    await page.fill('#value', 'false');
    await page.fill('#date', '2021-07');
    await Promise.all([page.waitForLoadState('load'), page.click('button[value="preview"]')]);
    expect(await page.textContent('main')).toContain('Preview (nothing is recorded yet)');
    expect(await page.textContent('main')).toContain('CSTO non-response');
    // The form comes back filled: recording it is one click.
    await Promise.all([page.waitForURL(/recorded=/), page.click('button[value="record"]')]);
    expect(await page.textContent('main')).toContain('Observation recorded.');
  });

  it('with JavaScript: selecting a sentence in the source’s text fills the quote', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
    await signIn(page);
    await page.goto(`${service}/authoring?source=${ARTICLE}`, { waitUntil: 'load' });
    const sentence = 'the situation does not require the CSTO’s involvement';
    await page.evaluate((wanted) => {
      const pre = document.getElementById('source-text') as HTMLElement;
      const node = pre.firstChild as Text;
      const start = node.data.indexOf(wanted);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      pre.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, sentence);
    expect(await page.inputValue('#quote')).toBe(sentence);
    expect(errors).toEqual([]);
  });
});
