// The admin token is compared in constant time: whatever the length or content of what is sent,
// the comparison is crypto.subtle.timingSafeEqual over two SHA-256 digests of equal length, so
// neither how much of the token matches nor how long it is shows in the timing.
import { SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AGREED, TEST_ADMIN_TOKEN } from '../observation-fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the token check', () => {
  it.each([
    ['an empty token', ''],
    ['a one-character token', 'x'],
    ['the token but its last character', TEST_ADMIN_TOKEN.slice(0, -1)],
    ['the token with its last character changed', `${TEST_ADMIN_TOKEN.slice(0, -1)}X`],
    ['a 10 000-character token', 'x'.repeat(10_000)],
  ])('compares %s in constant time over equal-length digests', async (_name, token) => {
    const compare = vi.spyOn(crypto.subtle, 'timingSafeEqual');
    const res = await SELF.fetch('http://briefs.test/v1/observations', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(AGREED),
    });
    expect(res.status).toBe(401);
    if (token === '') {
      // "Bearer " alone does not parse as a credential: refused before any comparison.
      expect(compare).not.toHaveBeenCalled();
      return;
    }
    expect(compare).toHaveBeenCalledTimes(1);
    const [a, b] = compare.mock.calls[0] as [ArrayBuffer, ArrayBuffer];
    expect([a.byteLength, b.byteLength]).toEqual([32, 32]);
  });
});
