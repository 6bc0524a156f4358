// Real-browser tests (`npm run test:browser`): Debian's Chromium driven by playwright-core against
// the worker running under wrangler's dev server. Kept apart from `npm test`, which needs no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    // One real worker for both files (wrangler's dev server), as for the Node tests.
    globalSetup: ['./tests/node/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One file at a time: Chromium's rendering keeps both cores busy, so side by side saved
    // nothing (119 s against 124 s) and risked page-load timeouts.
    fileParallelism: false,
  },
});
