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
import { feedItem } from '../../render/feeds/feed-model';
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

export function digestRoutes(catalog: Catalog) {
  const origin = (c: C) => new URL(c.req.url).origin;
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
    .get('/feeds/digest.atom', async (c) => {
      const pointer = await latest(c, catalog);
      const list = await events(c, catalog, pointer);
      const items = list.map((e) => feedItem(origin(c), e));
      const updated = items[0]?.updated ?? new Date(0).toISOString();
      const spec = {
        path: '/feeds/digest.atom',
        params: [['changes', pointer.changesHash]] as const,
        policy: 'current' as const,
        cacheControl: untilNextRun(new Date()),
        lastModified: new Date(updated),
      };
      return serveCached(c, spec, () =>
        c.body(atomFeed(origin(c), items, updated), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' }),
      );
    })
    .get('/feeds/digest.json', async (c) => {
      const pointer = await latest(c, catalog);
      const list = await events(c, catalog, pointer);
      const items = list.map((e) => feedItem(origin(c), e));
      const updated = items[0]?.updated ?? new Date(0).toISOString();
      const spec = {
        path: '/feeds/digest.json',
        params: [['changes', pointer.changesHash]] as const,
        policy: 'current' as const,
        cacheControl: untilNextRun(new Date()),
        lastModified: new Date(updated),
      };
      return serveCached(c, spec, () =>
        jsonResponse(c, jsonFeed(origin(c), items), 'application/feed+json; charset=UTF-8'),
      );
    });
}
