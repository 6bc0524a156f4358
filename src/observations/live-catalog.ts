// The catalog a request is answered from: the compiled content files plus the registered sources,
// the observations not retracted and the scenario versions published. Each isolate re-reads them at most every
// OBSERVATIONS_TTL_SECONDS (default 30); with outside caches keeping answers 30 s at most
// (cache-policy.ts), no answer is more than 60 s behind an observation. A write in this isolate refreshes it at once. If D1 cannot be
// read, a request keeps the last catalog (or the content files alone) and the failure is
// logged; writes and the digest ask for a fresh, strict read instead, and fail rather than
// decide without the observations. A read that takes longer than STORAGE_READ_TIMEOUT_MS counts
// as failed (STORAGE_WRITE_TIMEOUT_MS for a strict one).

import { withObservationsApplied } from '../catalog/assemble';
import type { Catalog } from '../catalog/catalog';
import { contentHash } from '../catalog/content-hash';
import type { Env } from '../env';
import { logEvent } from '../lib/log';
import { STORAGE_READ_TIMEOUT_MS, STORAGE_WRITE_TIMEOUT_MS, withTimeout } from '../lib/timeout';
import { listScenarioVersions } from './scenario-store';
import { listSetVersions } from './set-store';
import { listSources } from './source-store';
import { listObservations } from './store';

export const DEFAULT_TTL_SECONDS = 30;

interface Cached {
  base: Catalog;
  key: string;
  catalog: Catalog;
  expires: number;
}

let cached: Cached | undefined;
/** Bumped by every invalidation, so a read that began before a write cannot store the old view. */
let generation = 0;

function ttlMs(env: Env): number {
  const seconds = Number(env.OBSERVATIONS_TTL_SECONDS ?? DEFAULT_TTL_SECONDS);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_TTL_SECONDS) * 1000;
}

/** Forget the cached observations: the next request reads them again (after a write here). */
export function invalidateLiveCatalog(): void {
  cached = undefined;
  generation++;
}

export interface LiveCatalogOptions {
  /** Read the observations now, whatever the cached view's age. */
  fresh?: boolean;
  /** Throw if they cannot be read, rather than answer without them. */
  strict?: boolean;
  now?: number;
}

/**
 * A later migration's table that is not there yet (the migrations not applied after a deploy)
 * reads as empty, and says so in the log, so the observations are served without it.
 */
async function orNoneIfMissing<T>(read: Promise<T[]>, table: string): Promise<T[]> {
  try {
    return await read;
  } catch (error) {
    if (!String(error).includes(`no such table: ${table}`)) throw error;
    logEvent('table-missing', { table, error: String(error) });
    return [];
  }
}

/** The base catalog with the stored observations and versions applied; cached per isolate for the TTL. */
export async function liveCatalog(base: Catalog, env: Env, options: LiveCatalogOptions = {}): Promise<Catalog> {
  const now = options.now ?? Date.now();
  if (!options.fresh && cached && cached.base === base && now < cached.expires) return cached.catalog;
  const started = generation;
  try {
    // A database that hangs counts as down: requests go on with the last view they have; writes
    // and the digest, which must not decide without the observations, wait longer.
    const [observations, registered, versions, setVersions] = await withTimeout(
      Promise.all([
        listObservations(env.DB, { activeOnly: true }),
        orNoneIfMissing(listSources(env.DB), 'sources'),
        orNoneIfMissing(listScenarioVersions(env.DB), 'scenario_versions'),
        orNoneIfMissing(listSetVersions(env.DB), 'set_versions'),
      ]),
      options.strict ? STORAGE_WRITE_TIMEOUT_MS : STORAGE_READ_TIMEOUT_MS,
      'D1 read of the observations, registered sources, scenario and set versions',
    );
    const key = contentHash(
      setVersions.length === 0
        ? { observations, registered, versions }
        : { observations, registered, versions, setVersions },
    );
    const catalog =
      cached?.base === base && cached.key === key
        ? cached.catalog
        : withObservationsApplied(base, observations, registered, versions, setVersions);
    for (const unserved of catalog === cached?.catalog ? [] : catalog.unservedVersions) {
      logEvent('scenario-version-unserved', { ...unserved, problems: unserved.problems.map((p) => p.message) });
    }
    for (const unserved of catalog === cached?.catalog ? [] : catalog.unservedSetVersions) {
      logEvent('set-version-unserved', { ...unserved, problems: unserved.problems.map((p) => p.message) });
    }
    if (generation === started) cached = { base, key, catalog, expires: now + ttlMs(env) };
    return catalog;
  } catch (error) {
    logEvent('observations-unavailable', { error: String(error) });
    if (options.strict) throw error;
    return cached?.base === base ? cached.catalog : base;
  }
}
