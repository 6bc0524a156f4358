// GET /v1/digest (latest), /v1/digest/:date, /v1/digests (index), and the change feeds
// /feeds/digest.atom and /feeds/digest.json. Reads go to KV through the digest store; a missing
// digest (fresh deploy) is computed and stored by the first request, a corrupt one is reported,
// recomputed and rewritten, never served raw. Latest answers are fresh until the next cron run.

import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Catalog } from '../../catalog/catalog';
import type { Digest } from '../../digest/digest-schema';
import { logDigestEvent, runDigest } from '../../digest/run';
import { digestDateOf, untilNextRun } from '../../digest/schedule';
import { type Pointer, readChanges, readDay, readIndex, readPointer } from '../../digest/store';
import type { AppBindings } from '../../env';
import { atomFeed } from '../../render/feeds/atom';
import { feedItem, feedUpdated } from '../../render/feeds/feed-model';
import { jsonFeed } from '../../render/feeds/json-feed';
import { serveCached } from '../cache/edge-cache';
import { jsonResponse } from '../json-response';
import { Problem } from '../problem';
import { AsOfSchema, echo } from '../query';

type C = Context<AppBindings>;

/** The pointer to the latest digest; with none yet (or a corrupt one), today's is computed first. */
async function latest(c: C, catalog: Catalog): Promise<Pointer> {
  const read = await readPointer(c.env.DIGESTS);
  if (read.state === 'ok') return read.value;
  if (read.state === 'corrupt') logDigestEvent('digest-corrupt', { key: 'latest', reason: read.reason });
  const now = new Date();
  return (await runDigest(c.env.DIGESTS, catalog, digestDateOf(now), now)).pointer;
}

/** The stored digest of a date, recomputed and rewritten if the stored one is missing or corrupt. */
async function digestOf(c: C, catalog: Catalog, date: string, expectedHash?: string): Promise<Digest> {
  const read = await readDay(c.env.DIGESTS, date, expectedHash);
  if (read.state === 'ok') return read.value;
  if (read.state === 'corrupt') logDigestEvent('digest-corrupt', { key: `day/${date}`, reason: read.reason });
  return (await runDigest(c.env.DIGESTS, catalog, date, new Date())).digest;
}

async function events(c: C, catalog: Catalog, pointer: Pointer) {
  const read = await readChanges(c.env.DIGESTS);
  if (read.state === 'ok') return read.value.events;
  if (read.state === 'corrupt') logDigestEvent('digest-corrupt', { key: 'changes', reason: read.reason });
  return (await runDigest(c.env.DIGESTS, catalog, pointer.date, new Date())).log.events;
}

const FEEDS = {
  atom: { path: '/feeds/digest.atom', type: 'application/atom+xml; charset=utf-8' },
  json: { path: '/feeds/digest.json', type: 'application/feed+json; charset=UTF-8' },
} as const;

/** A change feed: one item per scenario change, fresh until the next run, Last-Modified its newest item. */
async function serveFeed(c: C, catalog: Catalog, kind: keyof typeof FEEDS): Promise<Response> {
  const origin = new URL(c.req.url).origin;
  const pointer = await latest(c, catalog);
  const items = (await events(c, catalog, pointer)).map((e) => feedItem(origin, e));
  const updated = feedUpdated(items, new Date(0).toISOString());
  const spec = {
    path: FEEDS[kind].path,
    params: [['changes', pointer.changesHash]] as const,
    policy: 'current' as const,
    cacheControl: untilNextRun(new Date()),
    lastModified: new Date(updated),
  };
  return serveCached(c, spec, () =>
    kind === 'atom'
      ? c.body(atomFeed(origin, items, updated), 200, { 'Content-Type': FEEDS.atom.type })
      : jsonResponse(c, jsonFeed(origin, items), FEEDS.json.type),
  );
}

export function digestRoutes(catalog: Catalog) {
  return new Hono<AppBindings>()
    .get('/v1/digest', async (c) => {
      const pointer = await latest(c, catalog);
      const digest = await digestOf(c, catalog, pointer.date, pointer.digestHash);
      const spec = {
        path: '/v1/digest',
        params: [['digest', pointer.digestHash]] as const,
        policy: 'current' as const,
        cacheControl: untilNextRun(new Date()),
        lastModified: new Date(digest.computedAt),
      };
      return serveCached(c, spec, () => jsonResponse(c, digest));
    })
    .get('/v1/digest/:date', async (c) => {
      const date = c.req.param('date');
      if (!v.is(AsOfSchema, date)) {
        throw new Problem('invalid-query', `${echo(date)} is not a date written YYYY-MM-DD.`, {
          issues: [{ parameter: 'date', message: 'must be a real calendar date written YYYY-MM-DD' }],
        });
      }
      await latest(c, catalog);
      const index = await readIndex(c.env.DIGESTS);
      if (index.state === 'ok' && !index.value.dates.includes(date)) {
        throw new Problem('not-found', `No digest was computed for ${date}; /v1/digests lists the dates there are.`);
      }
      const digest = await digestOf(c, catalog, date);
      const spec = {
        path: `/v1/digest/${date}`,
        params: [['computedAt', digest.computedAt]] as const,
        policy: 'dated' as const,
        lastModified: new Date(digest.computedAt),
      };
      return serveCached(c, spec, () => jsonResponse(c, digest));
    })
    .get('/v1/digests', async (c) => {
      const pointer = await latest(c, catalog);
      const index = await readIndex(c.env.DIGESTS);
      const dates = index.state === 'ok' ? index.value.dates : [pointer.date];
      const spec = {
        path: '/v1/digests',
        params: [
          ['digest', pointer.digestHash],
          ['count', String(dates.length)],
        ] as const,
        policy: 'current' as const,
        cacheControl: untilNextRun(new Date()),
      };
      return serveCached(c, spec, () =>
        jsonResponse(c, {
          latest: pointer.date,
          dates: [...dates].reverse().map((date) => ({ date, links: { self: `/v1/digest/${date}` } })),
        }),
      );
    })
    .get('/feeds/digest.atom', (c) => serveFeed(c, catalog, 'atom'))
    .get('/feeds/digest.json', (c) => serveFeed(c, catalog, 'json'));
}
