import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const migrations = await readD1Migrations('./migrations');

export default defineConfig({
  test: {
    projects: [
      {
        // Unit and integration tests inside workerd, through the Workers pool, with the real D1
        // binding (migrations applied by tests/apply-migrations.ts) and a test admin token.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: migrations,
                ADMIN_TOKEN: 'test-admin-token-0123456789',
                OBSERVATIONS_TTL_SECONDS: '1',
                // Tests rewrite the digest store between requests; the one that tests the kept
                // pointer passes its own setting (tests/digest/latest-pointer.test.ts).
                DIGEST_POINTER_TTL_SECONDS: '0',
              },
            },
          }),
        ],
        test: {
          name: 'workers',
          // Each file gets its own workerd, whose start is most of a file's time: two at once use
          // both cores of these machines (vitest's default here is one; docs/testing.md).
          maxWorkers: 2,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/node/**', 'tests/browser/**'],
          setupFiles: ['./tests/apply-migrations.ts'],
        },
      },
      {
        // Tests that drive the real worker from Node (wrangler's dev server on workerd), one
        // started for them all (tests/node/global-setup.ts). One file at a time: the bundle test
        // runs wrangler too, and they share wrangler's scratch directory.
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          globalSetup: ['./tests/node/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
