// The digest store with every call bounded (src/timeout.ts): a KV namespace that hangs fails like
// one that throws, so a request falls back or answers 503 and a cron run fails (to retry) with
// its step logged, instead of waiting for ever. The pointer is written last (store.ts), so a run
// cut short by a timeout leaves the last good digest committed.
import { STORAGE_READ_TIMEOUT_MS, STORAGE_WRITE_TIMEOUT_MS, withTimeout } from '../lib/timeout';

/** The namespace with every call failing once it takes longer than its read or write budget. */
export function boundedStore(
  kv: KVNamespace,
  budget: { readMs: number; writeMs: number } = { readMs: STORAGE_READ_TIMEOUT_MS, writeMs: STORAGE_WRITE_TIMEOUT_MS },
): KVNamespace {
  return new Proxy(kv, {
    get(target, name) {
      const member = Reflect.get(target, name, target) as unknown;
      if (typeof member !== 'function') return member;
      const ms = name === 'put' ? budget.writeMs : budget.readMs;
      return (...args: unknown[]) =>
        withTimeout(
          Promise.resolve().then(() => member.apply(target, args)),
          ms,
          `KV ${String(name)}`,
        );
    },
  });
}
