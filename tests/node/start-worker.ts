// Starts the real worker with wrangler's dev server on workerd, on a free port, for tests that
// drive it over HTTP from Node.
import { execFileSync } from 'node:child_process';
import { unstable_startWorker } from 'wrangler';

export type Worker = Awaited<ReturnType<typeof unstable_startWorker>>;

export async function startWorker(
  options: { testScheduled?: boolean } = {},
): Promise<{ worker: Worker; base: string }> {
  const worker = await unstable_startWorker({
    config: 'wrangler.toml',
    dev: {
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      logLevel: 'warn',
      ...(options.testScheduled ? { testScheduled: true } : {}),
    },
  });
  return { worker, base: (await worker.url).origin };
}
