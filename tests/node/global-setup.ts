// One real worker for every Node test file: starting wrangler's dev server took 15-20 s per file,
// most of the Node project's time. The files share its storage, so each test asserts only what
// holds whatever the others did (the digest cron is idempotent; pages and raw requests only read).
import type { TestProject } from 'vitest/node';
import { startWorker } from './start-worker';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The origin of the real worker, e.g. http://127.0.0.1:43123. */
    workerBase: string;
  }
}

export default async function setup(project: TestProject) {
  // The scheduled-event route on too, for the feed test's cron.
  const { worker, base } = await startWorker({ testScheduled: true });
  project.provide('workerBase', base);
  return async () => {
    await worker.dispose();
  };
}
