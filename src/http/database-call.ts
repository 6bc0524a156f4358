// Calls to D1 from a request, bounded: a failure or a hang is a 503 with Retry-After, logged
// with its step, never a 500.
import { logEvent } from '../lib/log';
import { STORAGE_READ_TIMEOUT_MS, withTimeout } from '../lib/timeout';
import { Problem } from './problem';

/** Seconds a client should wait before retrying when the database is unavailable. */
const RETRY_AFTER_SECONDS = 30;

/**
 * A call to the database (observations, registered sources). If D1 throws or does not answer in time, the request
 * gets a 503 that says so (never a 500), and the failure is logged with its step.
 */
export async function fromDatabase<T>(step: string, work: () => Promise<T>, ms = STORAGE_READ_TIMEOUT_MS): Promise<T> {
  try {
    return await withTimeout(Promise.resolve().then(work), ms, `D1 ${step}`);
  } catch (error) {
    if (error instanceof Problem) throw error;
    logEvent('observations-store-failure', { step, error: String(error) });
    throw new Problem(
      'unavailable',
      'The database failed or did not answer in time. Retry later: a write that did land answers 409 naming it.',
      { retryAfter: RETRY_AFTER_SECONDS },
    );
  }
}
