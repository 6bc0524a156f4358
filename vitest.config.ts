import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Unit and integration tests inside workerd, through the Workers pool.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'workers', include: ['tests/**/*.test.ts'], exclude: ['tests/node/**', 'tests/browser/**'] },
      },
      {
        // Tests that drive the real worker from Node (wrangler's dev server on workerd). One file at
        // a time: each starts its own dev server, and they share wrangler's scratch directory.
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
