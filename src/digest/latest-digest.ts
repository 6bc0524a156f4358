// The digest as the routes serve it: what the latest pointer commits, or, on a fresh deploy (or a
// lost pointer), today's digest computed from the observations as they are and committed now;
// when storage cannot be used, today's digest computed and marked uncommitted, never stored; and
// a committed day, a corrupt record recomputed. Every failure is logged with its step.
import type { Catalog } from '../catalog/catalog';
import type { Env } from '../env';
import { liveCatalog } from '../observations/live-catalog';
import { composeDigest } from './compose';
import type { Digest } from './digest-schema';
import { keepPointer, latestPointer } from './latest-pointer';
import { indexOf, logDigestEvent, logDigestFailure, repairedDay, runDigest } from './run';
import { digestDateOf } from './schedule';
import { type Pointer, readPointer } from './store';

/** What reading the latest digest needs: the store (bounded), the bindings, and the catalogs. */
export interface DigestReader {
  kv: KVNamespace;
  env: Env;
  /** The content files alone: a committed digest is computed from them and strict observations. */
  baseCatalog: Catalog;
  /** The request's catalog: what an uncommitted digest is computed from. */
  catalog: Catalog;
  /** The request path, for the logs. */
  path: string;
}

/** The pointer of a digest served straight from a computation, not from the store. */
export const UNCOMMITTED = 'uncommitted';

/** Today's digest, computed now and not stored: what is served when storage cannot be used. */
export function uncommitted(catalog: Catalog, now: Date): { pointer: Pointer; digest: Digest } {
  const date = digestDateOf(now);
  const at = now.toISOString();
  return {
    pointer: { date, digestHash: UNCOMMITTED, changesHash: UNCOMMITTED, computedAt: at, writtenAt: at },
    digest: composeDigest(catalog, date, null, at),
  };
}

/** What the latest pointer commits; on a fresh deploy (or a lost pointer), today's, committed now. */
export async function latestDigest(at: DigestReader): Promise<{ pointer: Pointer; digest?: Digest }> {
  const { kv, env, catalog, path } = at;
  let read: Awaited<ReturnType<typeof latestPointer>>;
  try {
    read = await latestPointer(kv, env);
  } catch (error) {
    // The store cannot be read at all: today's digest, computed now, neither stored nor cached.
    logDigestEvent('digest-storage-unavailable', {
      step: 'read-pointer',
      path,
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
    strict = await liveCatalog(at.baseCatalog, env, { fresh: true, strict: true });
  } catch (error) {
    logDigestEvent('digest-storage-unavailable', {
      step: 'read-observations',
      path,
      error: String(error),
    });
    return uncommitted(catalog, now);
  }
  try {
    const run = await runDigest(kv, strict, date, now);
    keepPointer(run.pointer, env);
    return { pointer: run.pointer, digest: run.digest };
  } catch (error) {
    // Storage refused (e.g. concurrent first requests): serve today's digest, uncommitted.
    logDigestFailure(date, error);
    return uncommitted(catalog, now);
  }
}

/** A committed day's digest; a corrupt record is recomputed (and rewritten if storage allows). */
export async function dayOf(kv: KVNamespace, catalog: Catalog, date: string, pointer: Pointer): Promise<Digest> {
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

/**
 * The latest committed digest computed again from the observations as they are now: after a
 * retraction, so that a withdrawn observation leaves the digest and the feeds at once, not at the
 * next cron run. The day keeps its date; its record, the change log and the pointer are rewritten
 * (a rerun that finds the same judgments writes nothing new). Nothing to do before the first
 * digest. A storage failure throws: the caller logs it, and the next run repairs it.
 */
export async function refreshLatestDigest(
  kv: KVNamespace,
  env: Env,
  baseCatalog: Catalog,
  now: Date,
): Promise<Pointer | undefined> {
  const read = await readPointer(kv);
  if (read.state !== 'ok') return undefined;
  const strict = await liveCatalog(baseCatalog, env, { fresh: true, strict: true });
  const run = await runDigest(kv, strict, read.value.date, now);
  keepPointer(run.pointer, env);
  return run.pointer;
}
