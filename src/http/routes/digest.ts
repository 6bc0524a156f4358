// GET /v1/digest (latest), /v1/digest/:date, /v1/digests (index), and the change feeds
// /feeds/digest.atom and /feeds/digest.json. They serve what the latest pointer commits. A fresh
// deploy with no digest computes and commits today's on the first request; a corrupt day record
// is recomputed and rewritten; nothing corrupt is served raw, and a request never computes a
// date that has no digest. Latest answers are fresh until the next cron run. Every store call is
// bounded (src/timeout.ts): if the pointer cannot be read, today's digest is computed and served
// uncached; if a later read fails, an edge-cache hit still serves the last good answer and a
// miss is a 503 with Retry-After, logged with its step.
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import type { Catalog } from '../../catalog/catalog';
import { boundedStore } from '../../digest/bounded-store';
import { composeDigest } from '../../digest/compose';
import type { Digest } from '../../digest/digest-schema';
import { keepPointer, latestPointer } from '../../digest/latest-pointer';
import { committedChanges, indexOf, logDigestEvent, logDigestFailure, repairedDay, runDigest } from '../../digest/run';
import { digestDateOf, untilNextRun } from '../../digest/schedule';
import { mergeChanges, type Pointer } from '../../digest/store';
import type { AppBindings } from '../../env';
import { liveCatalog } from '../../observations/live-catalog';
import { atomFeed } from '../../render/feeds/atom';
import { feedItem, feedUpdated } from '../../render/feeds/feed-model';
import { jsonFeed } from '../../render/feeds/json-feed';
import { serveCached } from '../cache/edge-cache';
import { jsonResponse } from '../json-response';
import { Problem } from '../problem';
import { AsOfSchema, echo } from '../query';

type C = Context<AppBindings>;

/** Seconds a client should wait before retrying when the digest store is unavailable. */
const RETRY_AFTER_SECONDS = 30;

/** The pointer of a digest served straight from a computation, not from the store. */
const UNCOMMITTED = 'uncommitted';

/** The digest store, every call bounded. */
const digestStore = (c: C): KVNamespace => boundedStore(c.env.DIGESTS);

/** Today's digest, computed now and not stored: what is served when storage cannot be used. */
function uncommitted(catalog: Catalog, now: Date): { pointer: Pointer; digest: Digest } {
  const date = digestDateOf(now);
  const at = now.toISOString();
  return {
    pointer: { date, digestHash: UNCOMMITTED, changesHash: UNCOMMITTED, computedAt: at, writtenAt: at },
    digest: composeDigest(catalog, date, null, at),
  };
}

/** What the latest pointer commits; on a fresh deploy (or a lost pointer), today's, committed now. */
async function latest(c: C, catalog: Catalog): Promise<{ pointer: Pointer; digest?: Digest }> {
  const kv = digestStore(c);
  let read: Awaited<ReturnType<typeof latestPointer>>;
  try {
    read = await latestPointer(kv, c.env);
  } catch (error) {
    // The store cannot be read at all: today's digest, computed now, neither stored nor cached.
    logDigestEvent('digest-storage-unavailable', {
      step: 'read-pointer',
      path: new URL(c.req.url).pathname,
      error: String(error),
    });
    return uncommitted(catalog, new Date());
  }
  if (read.state === 'ok') return { pointer: read.value };
  if (read.state === 'corrupt') logDigestEvent('digest-corrupt', { key: 'latest', reason: read.reason });
  const now = new Date();
  const date = digestDateOf(now);
  let strict: Catalog;
  try {
    // A digest is committed only from the observations as they are: like the cron, never from a
    // request's lenient view, which may be the article alone while the database is down.
    strict = await liveCatalog(c.get('baseCatalog'), c.env, { fresh: true, strict: true });
  } catch (error) {
    logDigestEvent('digest-storage-unavailable', {
      step: 'read-observations',
      path: new URL(c.req.url).pathname,
      error: String(error),
    });
    return uncommitted(catalog, now);
  }
  try {
    const run = await runDigest(kv, strict, date, now);
    keepPointer(run.pointer, c.env);
    return { pointer: run.pointer, digest: run.digest };
  } catch (error) {
    // Storage refused (e.g. concurrent first requests): serve today's digest, uncommitted.
    logDigestFailure(date, error);
    return uncommitted(catalog, now);
  }
}

/**
 * A read of the digest store after the pointer. If it throws or hangs, the request gets a 503
 * that says so (never a 500, never a digest recomputed under a committed key), logged with its
 * step; an edge-cache hit, which needs no read, still serves the last good answer.
 */
async function fromStore<T>(c: C, step: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Problem) throw error;
    logDigestEvent('digest-storage-unavailable', { step, path: new URL(c.req.url).pathname, error: String(error) });
    throw new Problem('unavailable', 'The digest store failed or did not answer in time. Retry later.', {
      retryAfter: RETRY_AFTER_SECONDS,
    });
  }
}

/** An answer computed without the store: correct now, but never kept by any cache. */
function uncached(res: Response): Response {
  res.headers.set('Cache-Control', 'no-store');
  return res;
}

/** A committed day's digest; a corrupt record is recomputed (and rewritten if storage allows). */
async function dayOf(c: C, catalog: Catalog, date: string, pointer: Pointer): Promise<Digest> {
  const kv = digestStore(c);
  const index = await indexOf(kv);
  // The latest day must also hash to what the pointer committed: an altered record is corrupt.
  const expected = date === pointer.date ? pointer.digestHash : undefined;
  try {
    return await repairedDay(kv, catalog, index, date, new Date(), true, expected);
  } catch (error) {
    logDigestFailure(date, error);
    return repairedDay(kv, catalog, index, date, new Date(), false, expected);
  }
}

const FEEDS = {
  atom: { path: '/feeds/digest.atom', type: 'application/atom+xml; charset=utf-8' },
  json: { path: '/feeds/digest.json', type: 'application/feed+json; charset=UTF-8' },
} as const;

/** A change feed: one item per scenario change. The change log is read only on a cache miss. */
async function serveFeed(c: C, catalog: Catalog, kind: keyof typeof FEEDS): Promise<Response> {
  const origin = new URL(c.req.url).origin;
  const { pointer, digest } = await latest(c, catalog);
  if (pointer.digestHash === UNCOMMITTED && digest) {
    const items = mergeChanges(null, digest).events.map((e) => feedItem(origin, e));
    const updated = feedUpdated(items, pointer.computedAt);
    return uncached(
      kind === 'atom'
        ? c.body(atomFeed(origin, items, updated), 200, { 'Content-Type': FEEDS.atom.type })
        : jsonResponse(c, jsonFeed(origin, items), FEEDS.json.type),
    );
  }
  const spec = {
    path: FEEDS[kind].path,
    params: [['changes', pointer.changesHash]] as const,
    policy: 'current' as const,
    cacheControl: untilNextRun(new Date(), pointer.date),
    lastModified: new Date(pointer.writtenAt),
  };
  return serveCached(c, spec, async () => {
    const kv = digestStore(c);
    const log = await fromStore(c, 'read-changes', async () => committedChanges(kv, pointer, await indexOf(kv)));
    const items = log.events.map((e) => feedItem(origin, e));
    const updated = feedUpdated(items, pointer.computedAt);
    return kind === 'atom'
      ? c.body(atomFeed(origin, items, updated), 200, { 'Content-Type': FEEDS.atom.type })
      : jsonResponse(c, jsonFeed(origin, items), FEEDS.json.type);
  });
}

export function digestRoutes() {
  return new Hono<AppBindings>()
    .get('/v1/digest', async (c) => {
      const catalog = c.get('catalog');
      const { pointer, digest } = await latest(c, catalog);
      if (pointer.digestHash === UNCOMMITTED && digest) return uncached(jsonResponse(c, digest));
      const spec = {
        path: '/v1/digest',
        params: [['digest', pointer.digestHash]] as const,
        policy: 'current' as const,
        cacheControl: untilNextRun(new Date(), pointer.date),
        lastModified: new Date(pointer.computedAt),
      };
      return serveCached(c, spec, async () =>
        jsonResponse(c, digest ?? (await fromStore(c, 'read-day', () => dayOf(c, catalog, pointer.date, pointer)))),
      );
    })
    .get('/v1/digest/:date', async (c) => {
      const catalog = c.get('catalog');
      const date = c.req.param('date');
      if (!v.is(AsOfSchema, date)) {
        throw new Problem('invalid-query', `${echo(date)} is not a date written YYYY-MM-DD.`, {
          issues: [{ parameter: 'date', message: 'must be a real calendar date written YYYY-MM-DD' }],
        });
      }
      const { pointer, digest: computed } = await latest(c, catalog);
      if (pointer.digestHash === UNCOMMITTED && computed?.date === date) return uncached(jsonResponse(c, computed));
      const index = await fromStore(c, 'read-index', () => indexOf(digestStore(c)));
      if (!index.dates.includes(date) || date > pointer.date) {
        throw new Problem('not-found', `No digest was computed for ${date}; /v1/digests lists the dates there are.`);
      }
      const digest = await fromStore(c, 'read-day', () => dayOf(c, catalog, date, pointer));
      const spec = {
        path: `/v1/digest/${date}`,
        params: [['computedAt', digest.computedAt]] as const,
        policy: 'dated' as const,
        lastModified: new Date(digest.computedAt),
      };
      return serveCached(c, spec, () => jsonResponse(c, digest));
    })
    .get('/v1/digests', async (c) => {
      const catalog = c.get('catalog');
      const { pointer } = await latest(c, catalog);
      const list = (dates: string[]) => ({
        latest: pointer.date,
        dates: [...(dates.length > 0 ? dates : [pointer.date])]
          .reverse()
          .map((date) => ({ date, links: { self: `/v1/digest/${date}` } })),
      });
      if (pointer.digestHash === UNCOMMITTED) return uncached(jsonResponse(c, list([])));
      const spec = {
        path: '/v1/digests',
        params: [['written', pointer.writtenAt]] as const,
        policy: 'current' as const,
        cacheControl: untilNextRun(new Date(), pointer.date),
        lastModified: new Date(pointer.writtenAt),
      };
      return serveCached(c, spec, async () => {
        const index = await fromStore(c, 'read-index', () => indexOf(digestStore(c)));
        // Only what the pointer has committed: a day written after it is not listed yet.
        return jsonResponse(c, list(index.dates.filter((d) => d <= pointer.date)));
      });
    })
    .get('/feeds/digest.atom', (c) => serveFeed(c, c.get('catalog'), 'atom'))
    .get('/feeds/digest.json', (c) => serveFeed(c, c.get('catalog'), 'json'));
}
