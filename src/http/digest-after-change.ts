// After a withdrawal (an observation retracted, a scenario version retired) or a change of rules
// (a scenario version published) the latest digest and the feeds follow now, not at the next cron
// run: they drop what was withdrawn, and judge with the rules that are served. The write stands
// whatever happens here: a failure is logged, and the next run repairs it.
import type { Context } from 'hono';
import { boundedStore } from '../digest/bounded-store';
import { refreshLatestDigest } from '../digest/latest-digest';
import { logDigestFailure } from '../digest/run';
import { utcDay } from '../lib/dates';
import { STORAGE_WRITE_TIMEOUT_MS } from '../lib/timeout';
import type { AppBindings } from './app-bindings';

/** Recomputes the latest digest from the stored state; never throws. */
export async function refreshDigestAfterChange(c: Context<AppBindings>): Promise<void> {
  try {
    await refreshLatestDigest(
      boundedStore(c.env.DIGESTS, { readMs: STORAGE_WRITE_TIMEOUT_MS, writeMs: STORAGE_WRITE_TIMEOUT_MS }),
      c.env,
      c.get('baseCatalog'),
      new Date(),
    );
  } catch (error) {
    logDigestFailure(utcDay(new Date()), error);
  }
}
