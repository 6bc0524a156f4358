// Storage calls that may hang (D1, KV) are bounded: past the budget the call counts as failed, so
// a request falls back or answers 503 instead of waiting for ever. The call itself is not
// cancelled; callers must be safe if it completes later (reads are, and writes are idempotent).

/** How long a read that a request waits on may take (it has a fallback, or answers 503). */
export const STORAGE_READ_TIMEOUT_MS = 1000;
/**
 * How long a write may take, and a read that a write or the Cron Trigger depends on: they would
 * rather wait than fail (a failed digest run waits a day for the next).
 */
export const STORAGE_WRITE_TIMEOUT_MS = 5000;

export class StorageTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`);
    this.name = 'StorageTimeout';
  }
}

/**
 * `work`'s result, or a StorageTimeout rejection once `ms` pass first; `work` itself runs on.
 * Written with one promise and no async frame or Promise.race: every edge-cache lookup (so every
 * cache hit) goes through it.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageTimeout(what, ms)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
