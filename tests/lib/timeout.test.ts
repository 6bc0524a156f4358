// withTimeout bounds every storage call and every edge-cache lookup: it passes on the work's value
// or error, and a call that outlasts the budget rejects as a StorageTimeout while the work runs on.
import { describe, expect, it } from 'vitest';
import { StorageTimeout, withTimeout } from '../../src/lib/timeout';

describe('withTimeout', () => {
  it("gives the work's value when it settles first", async () => {
    await expect(withTimeout(Promise.resolve(42), 50, 'the store')).resolves.toBe(42);
  });

  it("rejects with the work's own error when it fails first", async () => {
    const failure = new Error('D1 is down');
    await expect(withTimeout(Promise.reject(failure), 50, 'the store')).rejects.toBe(failure);
  });

  it('rejects with a StorageTimeout naming what did not answer when the work outlasts the budget', async () => {
    let finish: (value: string) => void = () => {};
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const bounded = withTimeout(work, 5, 'the edge cache');
    await expect(bounded).rejects.toThrow(StorageTimeout);
    await expect(bounded).rejects.toThrow('the edge cache did not answer within 5 ms');
    // The work itself is not cancelled: it still settles, with its own value.
    finish('late');
    await expect(work).resolves.toBe('late');
  });
});
