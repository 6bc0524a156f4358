// The latest-digest pointer as this isolate last read or wrote it, kept for
// DIGEST_POINTER_TTL_SECONDS (default 10). Every digest and feed request needs the pointer before
// the edge cache can answer (it is part of the key), and feed readers poll: reading KV every time
// would put a KV read in front of every cache hit. The pointer moves once a day, and a KV write takes
// up to 60 s to be seen at every location anyway, so a few seconds more cannot be told apart. A
// digest run in this isolate replaces the kept pointer at once.
import type { Env } from '../env';
import { type Pointer, type Read, readPointer } from './store';

const DEFAULT_POINTER_TTL_SECONDS = 10;

let kept: { pointer: Pointer; expires: number } | undefined;

function ttlMs(env: Env): number {
  const seconds = Number(env.DIGEST_POINTER_TTL_SECONDS ?? DEFAULT_POINTER_TTL_SECONDS);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_POINTER_TTL_SECONDS) * 1000;
}

/** Whether `a` was committed after `b`: a later day, or the same day written later (a rerun). */
function laterThan(a: Pointer, b: Pointer): boolean {
  return a.date !== b.date ? a.date > b.date : a.writtenAt > b.writtenAt;
}

/**
 * The pointer: the kept one while it is fresh, else read from the store. It never moves back: a
 * read older than the pointer this isolate holds (a slow read that began before a run here, or a
 * KV location that has not seen the write yet) is not served.
 */
export async function latestPointer(kv: KVNamespace, env: Env): Promise<Read<Pointer>> {
  if (kept && Date.now() < kept.expires) return { state: 'ok', value: kept.pointer };
  const read = await readPointer(kv);
  if (read.state !== 'ok') {
    kept = undefined;
    return read;
  }
  keepPointer(read.value, env);
  return { state: 'ok', value: kept?.pointer ?? read.value };
}

/** What a digest run in this isolate committed, or a read found: kept unless older than the kept one. */
export function keepPointer(pointer: Pointer, env: Env): void {
  const ttl = ttlMs(env);
  if (ttl === 0) {
    kept = undefined;
    return;
  }
  if (kept && laterThan(kept.pointer, pointer)) return;
  kept = { pointer, expires: Date.now() + ttl };
}
