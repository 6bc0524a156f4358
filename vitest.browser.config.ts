// Real-browser tests (`npm run test:browser`): Debian's Chromium driven by playwright-core against
// the worker running under wrangler's dev server. Kept apart from `npm test`, which needs no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
