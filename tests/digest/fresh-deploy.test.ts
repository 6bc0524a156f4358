// A fresh deploy, with no digest stored yet: the first request computes and stores one.
// (Storage is isolated per test file, so this file starts from an empty namespace.)
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/digest/digest-schema';
import { KEYS } from '../../src/digest/store';

describe('a fresh deploy', () => {
  it('answers the first request for the digest with one computed for today, and stores it', async () => {
    expect(await env.DIGESTS.get(KEYS.latest)).toBeNull();
    const res = await SELF.fetch('http://briefs.test/feeds/digest.atom');
    expect(res.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const pointer = JSON.parse((await env.DIGESTS.get(KEYS.latest)) as string) as { date: string };
    expect(pointer.date).toBe(today);
    const digest = (await (await SELF.fetch('http://briefs.test/v1/digest')).json()) as Digest;
    expect(digest.date).toBe(today);
    // Dated long after every horizon, each brief says its horizon has passed.
    expect(digest.entries.every((e) => e.trend === 'new')).toBe(true);
  });
});
