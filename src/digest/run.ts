// Runs the digest for a date: reads what is stored, composes, and commits in the safe order
// (store.ts). Used by the Cron Trigger, and by the first request of a fresh deploy. Every
// failure is reported with its step (and scenario, when composing) and leaves the last good
// digest committed.
import type { Catalog } from '../catalog/catalog';
import { logEvent } from '../lib/log';
import { composeDigest, DigestComposeError, type DigestRecord } from './compose';
import type { ChangeLog, Digest } from './digest-schema';
import { readRecord } from './record-store';
import {
  changesHash,
  type DigestIndex,
  digestHash,
  listDays,
  mergeChanges,
  type Pointer,
  putChanges,
  putDay,
  putIndex,
  putPointer,
  readChanges,
  readDay,
  readIndex,
  readPointer,
  rebuildChanges,
} from './store';

export type DigestStep =
  | 'content'
  | 'read'
  | 'repair-day'
  | 'compose'
  | 'write-day'
  | 'write-changes'
  | 'write-index'
  | 'write-pointer';

export class DigestRunError extends Error {
  readonly step: DigestStep;
  readonly scenarioId: string | undefined;

  constructor(step: DigestStep, cause: unknown, scenarioId?: string) {
    super(`digest ${step} failed${scenarioId ? ` at scenario ${scenarioId}` : ''}: ${String(cause)}`, { cause });
    this.name = 'DigestRunError';
    this.step = step;
    this.scenarioId = scenarioId;
  }
}

/** Logs a digest event (lib/log.ts). */
export const logDigestEvent = logEvent;

/** Logs a failed run with the step and scenario it failed at, where known. */
export function logDigestFailure(date: string, error: unknown): void {
  logDigestEvent('digest-failure', {
    date,
    step: error instanceof DigestRunError ? error.step : 'unknown',
    scenario: error instanceof DigestRunError ? (error.scenarioId ?? null) : null,
    error: String(error),
  });
}

async function step<T>(name: DigestStep, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DigestRunError) throw error;
    throw new DigestRunError(name, error, error instanceof DigestComposeError ? error.scenarioId : undefined);
  }
}

/** The index, or, if it is missing or corrupt, one rebuilt from the stored day keys (not written). */
export async function indexOf(kv: KVNamespace): Promise<DigestIndex> {
  const read = await readIndex(kv);
  if (read.state === 'ok') return read.value;
  if (read.state === 'corrupt') logDigestEvent('digest-corrupt', { key: 'index', reason: read.reason });
  const dates = await listDays(kv);
  return { dates, latest: dates.at(-1) ?? null };
}

/**
 * The point-in-time record, for scoring the questions a digest reports resolved: a series that
 * cannot be read is named and its question goes unscored; a store that cannot be read at all
 * gives no record (null), and the digest carries no score rather than one from a partial record.
 */
export async function digestRecord(kv: KVNamespace, catalog: Catalog): Promise<DigestRecord | null> {
  try {
    const read = await readRecord(kv, [...catalog.scenarios.keys()]);
    for (const bad of read.corrupt) logDigestEvent('record-corrupt', bad);
    return { calls: read.calls, unreadable: new Set(read.corrupt.map((c) => c.scenarioId)) };
  } catch (error) {
    logDigestEvent('record-unavailable', { error: String(error) });
    return null;
  }
}

/** A stored day as it reads, without repair: null when missing or corrupt. */
async function storedDay(kv: KVNamespace, date: string | undefined): Promise<Digest | null> {
  if (!date) return null;
  const read = await readDay(kv, date);
  return read.state === 'ok' ? read.value : null;
}

/**
 * A day's digest as stored or, when missing or corrupt, recomputed against the day before it
 * (as stored) and rewritten, so its trends and flips stay true. `write` false only recomputes.
 */
export async function repairedDay(
  kv: KVNamespace,
  catalog: Catalog,
  index: DigestIndex,
  date: string,
  now: Date,
  write = true,
  expectedHash?: string,
): Promise<Digest> {
  const read = await readDay(kv, date, expectedHash);
  if (read.state === 'ok') return read.value;
  if (read.state === 'corrupt') logDigestEvent('digest-corrupt', { key: `day/${date}`, reason: read.reason });
  const before = await storedDay(kv, index.dates.filter((d) => d < date).at(-1));
  const digest = composeDigest(catalog, date, before, now.toISOString(), await digestRecord(kv, catalog));
  if (write) await step('repair-day', () => putDay(kv, digest));
  return digest;
}

/** Every stored day, for rebuilding a lost change log. */
async function allDays(kv: KVNamespace, index: DigestIndex): Promise<Digest[]> {
  const days = await Promise.all(index.dates.map((d) => storedDay(kv, d)));
  return days.filter((d): d is Digest => d !== null);
}

/** The change log the pointer commits, or one rebuilt from the day records. */
export async function committedChanges(
  kv: KVNamespace,
  pointer: Pointer | null,
  index: DigestIndex,
): Promise<ChangeLog> {
  if (pointer) {
    const read = await readChanges(kv, pointer.changesHash);
    if (read.state === 'ok') return read.value;
    logDigestEvent('digest-corrupt', { key: `changes/${pointer.changesHash}`, reason: read.state });
  }
  return rebuildChanges(await allDays(kv, index));
}

export interface DigestRunResult {
  digest: Digest;
  pointer: Pointer;
  log: ChangeLog;
}

/**
 * Computes and commits the digest of `date`. Idempotent: run again for the same date with the
 * same content, it writes the same values (keeping the first computation time, and not moving
 * the pointer). The pointer never moves back to an earlier date.
 */
export async function runDigest(kv: KVNamespace, catalog: Catalog, date: string, now: Date): Promise<DigestRunResult> {
  const { index, previous, existing, pointer, record } = await step('read', async () => {
    const index = await indexOf(kv);
    const previousDate = index.dates.filter((d) => d < date).at(-1);
    const previous = previousDate ? await repairedDay(kv, catalog, index, previousDate, now) : null;
    const existing = await readDay(kv, date);
    if (existing.state === 'corrupt') logDigestEvent('digest-corrupt', { key: `day/${date}`, reason: existing.reason });
    const read = await readPointer(kv);
    const record = await digestRecord(kv, catalog);
    return { index, previous, existing, pointer: read.state === 'ok' ? read.value : null, record };
  });

  const digest = await step('compose', () => {
    const fresh = composeDigest(catalog, date, previous, now.toISOString(), record);
    // A rerun that finds the same judgments keeps the stored record, computation time and all.
    if (existing.state === 'ok') {
      const same = digestHash({ ...fresh, computedAt: existing.value.computedAt }) === digestHash(existing.value);
      if (same) return existing.value;
    }
    return fresh;
  });
  if (existing.state !== 'ok' || existing.value !== digest) await step('write-day', () => putDay(kv, digest));

  const log = mergeChanges(await step('read', () => committedChanges(kv, pointer, index)), digest);
  await step('write-changes', () => putChanges(kv, log));

  // Re-read the index just before writing it, so a concurrent run's date is not lost.
  const latestIndex = await step('read', () => indexOf(kv));
  const dates = [...new Set([...latestIndex.dates, ...index.dates, date])].sort();
  await step('write-index', () => putIndex(kv, { dates, latest: dates.at(-1) ?? date }));

  // The pointer moves forward only; a backfill of an earlier day updates the log it names.
  const current = await step('read', async () => {
    const read = await readPointer(kv);
    return read.state === 'ok' ? read.value : null;
  });
  const latest =
    current && current.date > date
      ? { date: current.date, digestHash: current.digestHash, computedAt: current.computedAt }
      : { date, digestHash: digestHash(digest), computedAt: digest.computedAt };
  const next: Pointer = { ...latest, changesHash: changesHash(log), writtenAt: now.toISOString() };
  const unchanged =
    current &&
    current.date === next.date &&
    current.digestHash === next.digestHash &&
    current.changesHash === next.changesHash;
  if (unchanged) return { digest, pointer: current, log };
  await step('write-pointer', () => putPointer(kv, next));
  return { digest, pointer: next, log };
}
