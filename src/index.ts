// Worker entry: the only exports are handlers (workerd refuses a main module with other exports).
import { catalog } from './catalog/catalog';
import { DigestRunError, logDigestEvent, runDigest } from './digest/run';
import { digestDateOf } from './digest/schedule';
import type { Env } from './env';
import { createApp } from './http/app';

const app = createApp(catalog);

export default {
  fetch: app.fetch,
  // The Cron Trigger: the digest as of the scheduled day. A failure leaves the last good digest
  // served and is logged with its step and scenario; the next run tries again.
  async scheduled(controller, env, ctx) {
    const now = new Date(controller.scheduledTime);
    const date = digestDateOf(now);
    ctx.waitUntil(
      runDigest(env.DIGESTS, catalog, date, now).then(
        (result) => logDigestEvent('digest-stored', { date, pointer: result.pointer }),
        (error: unknown) =>
          logDigestEvent('digest-failure', {
            date,
            step: error instanceof DigestRunError ? error.step : 'unknown',
            scenario: error instanceof DigestRunError ? (error.scenarioId ?? null) : null,
            error: String(error),
          }),
      ),
    );
  },
} satisfies ExportedHandler<Env>;
