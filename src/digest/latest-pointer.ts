// The latest-digest pointer as this isolate last read or wrote it, kept for
// DIGEST_POINTER_TTL_SECONDS (default 10). Every digest and feed request needs the pointer before
// the edge cache can answer (it is part of the key), and feed readers poll: reading KV every time
// halved the throughput of a feed's cache hit. The pointer moves once a day, and a KV write takes
// up to 60 s to be seen at every location anyway, so a few seconds more cannot be told apart. A
// digest run in this isolate replaces the kept pointer at once.
import type { Env } from '../env';
import { type Pointer, type Read, readPointer } from './store';

export const DEFAULT_POINTER_TTL_SECONDS = 10;

let kept: { pointer: Pointer; expires: number } | undefined;

function ttlMs(env: Env): number {
  const seconds = Number(env.DIGEST_POINTER_TTL_SECONDS ?? DEFAULT_POINTER_TTL_SECONDS);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_POINTER_TTL_SECONDS) * 1000;
}

/** The pointer: the kept one while it is fresh, else read from the store (and kept if it reads well). */
export async function latestPointer(kv: KVNamespace, env: Env): Promise<Read<Pointer>> {
  if (kept && Date.now() < kept.expires) return { state: 'ok', value: kept.pointer };
  const read = await readPointer(kv);
  if (read.state === 'ok') keepPointer(read.value, env);
  else kept = undefined;
  return read;
}

/** What a digest run in this isolate committed (or found committed). */
export function keepPointer(pointer: Pointer, env: Env): void {
  const ttl = ttlMs(env);
  kept = ttl > 0 ? { pointer, expires: Date.now() + ttl } : undefined;
}
