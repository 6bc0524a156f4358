// Worker entry: the only exports are handlers (workerd refuses a main module with other exports).
import { readContent } from './catalog/content-asset';
import { boundedStore } from './digest/bounded-store';
import { keepPointer } from './digest/latest-pointer';
import { recordDay } from './digest/record-store';
import { DigestRunError, logDigestEvent, logDigestFailure, runDigest } from './digest/run';
import { digestDateOf } from './digest/schedule';
import type { Env } from './env';
import { createApp } from './http/app';
import { STORAGE_READ_TIMEOUT_MS, STORAGE_WRITE_TIMEOUT_MS } from './lib/timeout';
import { liveCatalog } from './observations/live-catalog';

// The content is a Static Asset read once per isolate (catalog/content-asset.ts), not bundled.
const app = createApp((env) => readContent(env.ASSETS, STORAGE_READ_TIMEOUT_MS));

export default {
  fetch: app.fetch,
  // The Cron Trigger: the digest as of the scheduled day. A failure leaves the last good digest
  // served and is logged with its step and scenario; the next run tries again.
  async scheduled(controller, env, ctx) {
    const now = new Date(controller.scheduledTime);
    const date = digestDateOf(now);
    // Logged with step and scenario, then rethrown, so the Cron Trigger's own status shows it.
    // The digest reads observations fresh, and fails (to retry next run) if it cannot; a store
    // call that hangs fails too (digest/bounded-store.ts).
    // The cron would rather wait than fail: a failed run waits a day for the next.
    const store = () =>
      boundedStore(env.DIGESTS, { readMs: STORAGE_WRITE_TIMEOUT_MS, writeMs: STORAGE_WRITE_TIMEOUT_MS });
    const run = readContent(env.ASSETS, STORAGE_WRITE_TIMEOUT_MS)
      .catch((error: unknown) => {
        throw new DigestRunError('content', error);
      })
      .then((catalog) => liveCatalog(catalog, env, { fresh: true, strict: true }))
      .then(async (live) => {
        // The day's calls join the point-in-time record (digest/record-store.ts) before the
        // digest moves the latest pointer, so whatever is keyed by the pointer (the track record)
        // already holds them. A failure here is logged and leaves the day missing from the record,
        // where it shows as a gap; the digest still runs.
        try {
          logDigestEvent('record-stored', { date, ...(await recordDay(store(), live, date)) });
        } catch (error) {
          logDigestEvent('record-failure', { date, error: String(error) });
        }
        return runDigest(store(), live, date, now);
      })
      .then(
        (result) => {
          keepPointer(result.pointer, env);
          logDigestEvent('digest-stored', { date, pointer: result.pointer });
        },
        (error: unknown) => {
          logDigestFailure(date, error);
          throw error;
        },
      );
    ctx.waitUntil(run);
    await run;
  },
} satisfies ExportedHandler<Env>;
