// The Atom feed read by an Atom parser in Node (@rowanmanning/feed-parser), from the real worker
// after firing its cron with wrangler's scheduled-event route; and the cron in wrangler.toml is
// the schedule the code assumes.
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, inject, it } from 'vitest';
import { DIGEST_CRON } from '../../src/digest/schedule';

const base = inject('workerBase');
/** The scenarios and question sets the worker serves: those of the checked content it is built from. */
const checked = JSON.parse(readFileSync('assets/content.json', 'utf8')) as {
  scenarios: unknown[];
  sets: unknown[];
};
const scenarioCount = checked.scenarios.length;
const setCount = checked.sets.length;

describe('the Atom feed', () => {
  it('is read by an Atom parser, and firing the cron again changes nothing a reader sees', async () => {
    const fire = async () => {
      const fired = await fetch(`${base}/__scheduled?cron=${encodeURIComponent(DIGEST_CRON)}`);
      expect(fired.status).toBe(200);
      await fired.text();
    };
    await fire();
    const first = await fetch(`${base}/feeds/digest.atom`);
    expect(first.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const etag = first.headers.get('ETag') ?? '';
    const feed = parseFeed(await first.text());
    expect(feed.meta.type).toBe('atom');
    // The first digest assesses every scenario and every set: one item each.
    expect(scenarioCount).toBeGreaterThan(0);
    expect(feed.items).toHaveLength(scenarioCount + setCount);
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(scenarioCount + setCount);
    expect(feed.items.filter((item) => item.url?.startsWith(`${base}/sets/`))).toHaveLength(setCount);
    for (const item of feed.items) {
      expect(item.url).toMatch(new RegExp(`^${base}/(briefs|sets)/[a-z][a-z0-9-]*\\?asOf=\\d{4}-\\d{2}-\\d{2}$`));
      expect(item.updated).toBeInstanceOf(Date);
    }

    await fire();
    const again = await fetch(`${base}/feeds/digest.atom`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const reread = parseFeed(await (await fetch(`${base}/feeds/digest.atom`)).text());
    expect(reread.items.map((item) => item.id)).toEqual(ids);
    expect(reread.items.map((item) => item.updated?.toISOString())).toEqual(
      feed.items.map((i) => i.updated?.toISOString()),
    );
  });
});

describe('the schedule', () => {
  it('in wrangler.toml is the one the code computes freshness from', () => {
    const toml = readFileSync('wrangler.toml', 'utf8');
    expect(/crons\s*=\s*\["([^"]+)"\]/.exec(toml)?.[1]).toBe(DIGEST_CRON);
  });
});
