// Runs the digest for a date: reads what is stored, composes, and writes in the safe order. Used
// by the Cron Trigger and, on a fresh deploy or a corrupt record, by the first request. Every
// failure is reported with its step (and scenario, when composing), and leaves the last good
// digest in place.
import type { Catalog } from '../catalog/catalog';
import { composeDigest, DigestComposeError } from './compose';
import type { ChangeLog, Digest } from './digest-schema';
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
} from './store';

export type DigestStep = 'read' | 'compose' | 'write-day' | 'write-changes' | 'write-index' | 'write-pointer';

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

export function logDigestEvent(event: string, fields: Record<string, unknown>): void {
  console.error(JSON.stringify({ event, ...fields }));
}

async function step<T>(name: DigestStep, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DigestRunError) throw error;
    throw new DigestRunError(name, error, error instanceof DigestComposeError ? error.scenarioId : undefined);
  }
}

async function indexOf(kv: KVNamespace): Promise<DigestIndex> {
  const read = await readIndex(kv);
  if (read.state === 'ok') return read.value;
  if (read.state === 'corrupt') logDigestEvent('digest-corrupt', { key: 'index', reason: read.reason });
  const dates = await listDays(kv);
  return { dates, latest: dates.at(-1) ?? null };
}

/** The stored digest of a date, or, if it is missing or corrupt, one recomputed and rewritten. */
async function previousDigest(kv: KVNamespace, catalog: Catalog, date: string, now: string): Promise<Digest> {
  const read = await readDay(kv, date);
  if (read.state === 'ok') return read.value;
  if (read.state === 'corrupt') logDigestEvent('digest-corrupt', { key: `day/${date}`, reason: read.reason });
  const repaired = composeDigest(catalog, date, null, now);
  await putDay(kv, repaired);
  return repaired;
}

export interface DigestRunResult {
  digest: Digest;
  pointer: Pointer;
  log: ChangeLog;
}

/**
 * Computes and stores the digest of `date`. Idempotent: run again for the same date with the
 * same content, it writes the same values (keeping the first computation time).
 */
export async function runDigest(kv: KVNamespace, catalog: Catalog, date: string, now: Date): Promise<DigestRunResult> {
  const nowIso = now.toISOString();
  const { index, previous, existing, log } = await step('read', async () => {
    const index = await indexOf(kv);
    const previousDate = index.dates.filter((d) => d < date).at(-1);
    const previous = previousDate ? await previousDigest(kv, catalog, previousDate, nowIso) : null;
    const existing = await readDay(kv, date);
    if (existing.state === 'corrupt') logDigestEvent('digest-corrupt', { key: `day/${date}`, reason: existing.reason });
    const changes = await readChanges(kv);
    if (changes.state === 'corrupt') logDigestEvent('digest-corrupt', { key: 'changes', reason: changes.reason });
    return { index, previous, existing, log: changes.state === 'ok' ? changes.value : null };
  });

  const digest = await step('compose', () => {
    const fresh = composeDigest(catalog, date, previous, nowIso);
    // A rerun that finds the same judgments keeps the stored record, computation time and all.
    if (existing.state === 'ok') {
      const same = digestHash({ ...fresh, computedAt: existing.value.computedAt }) === digestHash(existing.value);
      if (same) return existing.value;
    }
    return fresh;
  });

  const merged = mergeChanges(log, digest);
  const dates = [...new Set([...index.dates, date])].sort();
  const nextIndex: DigestIndex = { dates, latest: dates.at(-1) ?? date };
  await step('write-day', () => putDay(kv, digest));
  await step('write-changes', () => putChanges(kv, merged));
  await step('write-index', () => putIndex(kv, nextIndex));
  // The pointer names the latest date; a backfill of an earlier date leaves it there.
  const latestDate = nextIndex.latest as string;
  const latest =
    latestDate === date ? digest : await step('read', () => previousDigest(kv, catalog, latestDate, nowIso));
  const pointer: Pointer = { date: latestDate, digestHash: digestHash(latest), changesHash: changesHash(merged) };
  await step('write-pointer', () => putPointer(kv, pointer));
  return { digest, pointer, log: merged };
}
