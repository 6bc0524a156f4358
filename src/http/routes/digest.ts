// GET /v1/digest (latest), /v1/digest/:date, /v1/digests (index), and the change feeds
// /feeds/digest.atom and /feeds/digest.json. They serve what the latest pointer commits
// (digest/latest-digest.ts says how a fresh deploy or a corrupt record is handled); a request
// never computes a date that has no digest. Latest answers are fresh until the next cron run. Every store call is
// bounded (src/timeout.ts): if the pointer cannot be read, today's digest is computed and served
// uncached; if a later read fails, an edge-cache hit still serves the last good answer and a
// miss is a 503 with Retry-After, logged with its step.
import type { Context } from 'hono';
import * as v from 'valibot';
import { dayOf, UNCOMMITTED } from '../../digest/latest-digest';
import { committedChanges, indexOf, logDigestEvent } from '../../digest/run';
import { mergeChanges } from '../../digest/store';
import { atomFeed } from '../../render/feeds/atom';
import { changeItems, feedUpdated } from '../../render/feeds/feed-model';
import { jsonFeed } from '../../render/feeds/json-feed';
import type { AppBindings } from '../app-bindings';
import { serveCached } from '../cache/edge-cache';
import type { RouteContract } from '../contract/routes';
import { jsonResponse } from '../json-response';
import { committed, digestStore, latestDigestOf, uncached } from '../latest-digest-of';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { Problem } from '../problem';
import { AsOfSchema, echo } from '../query';
import { requestUrl } from '../request-url';

type C = Context<AppBindings>;

/** Seconds a client should wait before retrying when the digest store is unavailable. */
const RETRY_AFTER_SECONDS = 30;

const latest = latestDigestOf;

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
    logDigestEvent('digest-storage-unavailable', { step, path: requestUrl(c).pathname, error: String(error) });
    throw new Problem('unavailable', 'The digest store failed or did not answer in time. Retry later.', {
      retryAfter: RETRY_AFTER_SECONDS,
    });
  }
}

const FEEDS = {
  atom: { type: 'application/atom+xml; charset=utf-8' },
  json: { type: 'application/feed+json; charset=UTF-8' },
} as const;

/** A change feed: one item per scenario change. The change log is read only on a cache miss. */
async function serveFeed(c: C, route: RouteContract, kind: keyof typeof FEEDS): Promise<Response> {
  const origin = requestUrl(c).origin;
  const { pointer, digest } = await latest(c);
  if (pointer.digestHash === UNCOMMITTED && digest) {
    const items = changeItems(origin, mergeChanges(null, digest));
    const updated = feedUpdated(items, pointer.computedAt);
    return uncached(
      kind === 'atom'
        ? c.body(atomFeed(origin, items, updated), 200, { 'Content-Type': FEEDS.atom.type })
        : jsonResponse(c, jsonFeed(origin, items), FEEDS.json.type),
    );
  }
  const spec = committed(route, pointer, ['changes', pointer.changesHash], pointer.writtenAt);
  return serveCached(c, route, spec, async () => {
    const kv = digestStore(c);
    const log = await fromStore(c, 'read-changes', async () => committedChanges(kv, pointer, await indexOf(kv)));
    const items = changeItems(origin, log);
    const updated = feedUpdated(items, pointer.computedAt);
    return kind === 'atom'
      ? c.body(atomFeed(origin, items, updated), 200, { 'Content-Type': FEEDS.atom.type })
      : jsonResponse(c, jsonFeed(origin, items), FEEDS.json.type);
  });
}

export const digestHandlers: RouteHandlers<
  'getLatestDigest' | 'getDigest' | 'listDigests' | 'getAtomFeed' | 'getJsonFeed'
> = {
  getLatestDigest: async (c, route) => {
    const catalog = c.get('catalog');
    const { pointer, digest } = await latest(c);
    if (pointer.digestHash === UNCOMMITTED && digest) return uncached(jsonResponse(c, digest));
    const spec = committed(route, pointer, ['digest', pointer.digestHash], pointer.computedAt);
    return serveCached(c, route, spec, async () =>
      jsonResponse(
        c,
        digest ?? (await fromStore(c, 'read-day', () => dayOf(digestStore(c), catalog, pointer.date, pointer))),
      ),
    );
  },
  getDigest: async (c, route) => {
    const catalog = c.get('catalog');
    const date = pathParam(c, 'date');
    if (!v.is(AsOfSchema, date)) {
      throw new Problem('invalid-query', `${echo(date)} is not a date written YYYY-MM-DD.`, {
        issues: [{ parameter: 'date', message: 'must be a real calendar date written YYYY-MM-DD' }],
      });
    }
    const { pointer, digest: computed } = await latest(c);
    if (pointer.digestHash === UNCOMMITTED && computed?.date === date) return uncached(jsonResponse(c, computed));
    const index = await fromStore(c, 'read-index', () => indexOf(digestStore(c)));
    if (!index.dates.includes(date) || date > pointer.date) {
      throw new Problem('not-found', `No digest was computed for ${date}; /v1/digests lists the dates there are.`);
    }
    const digest = await fromStore(c, 'read-day', () => dayOf(digestStore(c), catalog, date, pointer));
    const spec = {
      path: pathOf(route, { date }),
      params: [['computedAt', digest.computedAt]] as const,
      lastModified: new Date(digest.computedAt),
    };
    return serveCached(c, route, spec, () => jsonResponse(c, digest));
  },
  listDigests: async (c, route) => {
    const { pointer } = await latest(c);
    const list = (dates: string[]) => ({
      latest: pointer.date,
      dates: [...(dates.length > 0 ? dates : [pointer.date])]
        .reverse()
        .map((date) => ({ date, links: { self: `/v1/digest/${date}` } })),
    });
    if (pointer.digestHash === UNCOMMITTED) return uncached(jsonResponse(c, list([])));
    const spec = committed(route, pointer, ['written', pointer.writtenAt], pointer.writtenAt);
    return serveCached(c, route, spec, async () => {
      const index = await fromStore(c, 'read-index', () => indexOf(digestStore(c)));
      // Only what the pointer has committed: a day written after it is not listed yet.
      return jsonResponse(c, list(index.dates.filter((d) => d <= pointer.date)));
    });
  },
  getAtomFeed: (c, route) => serveFeed(c, route, 'atom'),
  getJsonFeed: (c, route) => serveFeed(c, route, 'json'),
};
