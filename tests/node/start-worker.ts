// Starts the real worker with wrangler's dev server on workerd, on a free port, for tests that
// drive it over HTTP from Node (once per run, global-setup.ts). Like `npm run dev`, it applies the
// D1 migrations first, into the tests' own local storage (emptied first), apart from `npm run dev`'s.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { unstable_startWorker } from 'wrangler';

export type Worker = Awaited<ReturnType<typeof unstable_startWorker>>;

const STATE = '.wrangler/test-state';
let migrated = false;

export async function startWorker(
  options: { testScheduled?: boolean } = {},
): Promise<{ worker: Worker; base: string }> {
  if (!migrated) {
    rmSync(STATE, { recursive: true, force: true });
    execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', STATE], {
      stdio: 'ignore',
    });
    migrated = true;
  }
  const worker = await unstable_startWorker({
    config: 'wrangler.toml',
    dev: {
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      persist: STATE,
      logLevel: 'warn',
      ...(options.testScheduled ? { testScheduled: true } : {}),
    },
  });
  return { worker, base: (await worker.url).origin };
}
