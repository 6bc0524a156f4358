// The Atom feed read by an Atom parser in Node (@rowanmanning/feed-parser), from the real worker
// after firing its cron with wrangler's scheduled-event route; and the cron in wrangler.toml is
// the schedule the code assumes.
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_CRON } from '../../src/digest/schedule';
import { startWorker, type Worker } from './start-worker';

let worker: Worker;
let base: string;

beforeAll(async () => {
  ({ worker, base } = await startWorker({ testScheduled: true }));
}, 60_000);

afterAll(async () => {
  await worker?.dispose();
});

describe('the Atom feed', () => {
  it('is read by an Atom parser after the cron fires twice, with one stable entry per scenario change', async () => {
    for (let i = 0; i < 2; i++) {
      const fired = await fetch(`${base}/__scheduled?cron=${encodeURIComponent(DIGEST_CRON)}`);
      expect(fired.status).toBe(200);
      await fired.text();
    }
    const res = await fetch(`${base}/feeds/digest.atom`);
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(await res.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.items).toHaveLength(6);
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(6);
    for (const item of feed.items) {
      expect(item.url).toBe(item.id);
      expect(item.updated).toBeInstanceOf(Date);
    }
    const etag = res.headers.get('ETag') ?? '';
    expect((await fetch(`${base}/feeds/digest.atom`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});

describe('the schedule', () => {
  it('in wrangler.toml is the one the code computes freshness from', () => {
    const toml = readFileSync('wrangler.toml', 'utf8');
    expect(/crons\s*=\s*\["([^"]+)"\]/.exec(toml)?.[1]).toBe(DIGEST_CRON);
  });
});
