// A retraction reaches the latest digest and the feeds when it is made, not at the next cron run.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import type { Digest } from '../../src/digest/digest-schema';
import { AGREED, postObservation, TEST_ADMIN_TOKEN } from '../observation-fixtures';
import { fireCron } from './fire-cron';

describe('the digest after a retraction', () => {
  // Reported: a retraction did not reach the digest and feeds until the next cron run, so the feed
  // went on announcing a resolution whose only evidence had been withdrawn.
  it('reaches the latest digest and the feeds at once, without waiting for the cron', async () => {
    await fireCron('2026-11-22T06:00:00Z');
    const without = (await (await SELF.fetch('http://briefs.test/v1/digest')).json()) as Digest;
    const unobserved = without.entries.find((e) => e.scenarioId === 'csto-non-response');
    expect(unobserved?.resolvedOn).not.toBe('2021-10-20');
    const created = await postObservation({
      ...AGREED,
      source: { ...AGREED.source, url: 'https://news.example/withdrawn' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await fireCron('2026-11-23T06:00:00Z');
    const before = (await (await SELF.fetch('http://briefs.test/v1/digest')).json()) as Digest;
    expect(before.entries.find((e) => e.scenarioId === 'csto-non-response')).toMatchObject({ status: 'no' });

    const retracted = await SELF.fetch(`http://briefs.test/v1/observations/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    });
    expect(retracted.status).toBe(200);

    const after = (await (await SELF.fetch('http://briefs.test/v1/digest')).json()) as Digest;
    expect(after.date).toBe('2026-11-23');
    // What the record says without the withdrawn observation: as the day before it was made.
    const csto = after.entries.find((e) => e.scenarioId === 'csto-non-response');
    expect(csto?.resolvedOn).not.toBe('2021-10-20');
    expect(csto).toMatchObject({ status: unobserved?.status, resolvedOn: unobserved?.resolvedOn });
    const feed = (await (await SELF.fetch('http://briefs.test/feeds/digest.json')).json()) as {
      items: { title: string }[];
    };
    expect(feed.items.some((i) => /resolved no on 20 October 2021, when/.test(i.title))).toBe(false);
  });
});

describe('a retraction while the digest store is down', () => {
  it('still retracts, answers 200 and logs the digest failure for the next run to repair', async () => {
    await fireCron('2026-11-24T06:00:00Z');
    const created = await postObservation({
      ...AGREED,
      source: { ...AGREED.source, url: 'https://news.example/withdrawn-while-down' },
    });
    const { id } = (await created.json()) as { id: string };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(env.DIGESTS, 'get').mockImplementation(() => Promise.reject(new Error('KV GET failed: 503')));
    try {
      const retracted = await SELF.fetch(`http://briefs.test/v1/observations/${id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      });
      expect(retracted.status).toBe(200);
      expect(((await retracted.json()) as { retractedAt: string | null }).retractedAt).not.toBeNull();
      expect(errors.mock.calls.some(([line]) => String(line).includes('"event":"digest-failure"'))).toBe(true);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
