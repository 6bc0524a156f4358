// After a withdrawal (an observation retracted, a scenario version retired) the latest digest and
// the feeds drop what was withdrawn now, not at the next cron run. The withdrawal stands whatever
// happens here: a failure is logged, and the next run repairs it.
import type { Context } from 'hono';
import { boundedStore } from '../digest/bounded-store';
import { refreshLatestDigest } from '../digest/latest-digest';
import { logDigestFailure } from '../digest/run';
import { utcDay } from '../lib/dates';
import { STORAGE_WRITE_TIMEOUT_MS } from '../lib/timeout';
import type { AppBindings } from './app-bindings';

/** Recomputes the latest digest from the stored state; never throws. */
export async function refreshDigestAfterWithdrawal(c: Context<AppBindings>): Promise<void> {
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
