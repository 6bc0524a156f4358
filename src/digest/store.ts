// The digest store, in the KV namespace bound as DIGESTS. Key layout (all values JSON):
//
//   digest/v1/day/<YYYY-MM-DD>    Digest (digest-schema.ts): every scenario as of that day.
//                                 Written whole, once per run; a record is never partial.
//   digest/v1/changes/<hash>      ChangeLog: the change events of all digests, newest first, at
//                                 most MAX_EVENTS; content-addressed, so a log is never changed
//                                 in place and the pointer names the one that is committed.
//   digest/v1/index               DigestIndex: every stored date, oldest first, and the latest.
//   digest/v1/latest              Pointer { date, digestHash, changesHash, computedAt, writtenAt }:
//                                 the commit. GET /v1/digest and the feeds serve what it names,
//                                 and their edge-cache entries are keyed by its hashes.
//
// A run writes day record → change log → index → pointer; until the pointer moves, readers keep
// the last good digest and its feed. Every read is validated (JSON, schema, and the hash the
// pointer names): a corrupt value is reported as such, never returned.
import * as v from 'valibot';
import { contentHash } from '../catalog/content-hash';
import { byCodeUnit } from '../facts/text-order';
import { type ChangeLog, ChangeLogSchema, type Digest, DigestIndexSchema, DigestSchema } from './digest-schema';

export const MAX_EVENTS = 200;

export const KEYS = {
  day: (date: string) => `digest/v1/day/${date}`,
  changes: (hash: string) => `digest/v1/changes/${hash}`,
  index: 'digest/v1/index',
  latest: 'digest/v1/latest',
} as const;

const PointerSchema = v.object({
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  digestHash: v.string(),
  changesHash: v.string(),
  /** When the latest digest was first computed. */
  computedAt: v.string(),
  /** When the pointer last moved: the Last-Modified of the index and the feeds. */
  writtenAt: v.string(),
});
export type Pointer = v.InferOutput<typeof PointerSchema>;
export type DigestIndex = v.InferOutput<typeof DigestIndexSchema>;

export type Read<T> = { state: 'ok'; value: T } | { state: 'missing' } | { state: 'corrupt'; reason: string };

async function readJson<T>(kv: KVNamespace, key: string, schema: v.GenericSchema<unknown, T>): Promise<Read<T>> {
  const text = await kv.get(key);
  if (text === null) return { state: 'missing' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { state: 'corrupt', reason: `not JSON: ${String(error)}` };
  }
  const parsed = v.safeParse(schema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { state: 'corrupt', reason: `${v.getDotPath(issue as v.BaseIssue<unknown>) ?? ''}: ${issue?.message}` };
  }
  return { state: 'ok', value: parsed.output };
}

/**
 * The day record's content hash, as the pointer names it. Fields added later default to empty
 * when an older record is read back; an empty one is left out of the hash, so records written
 * before it existed keep their hashes (and are not taken for altered ones).
 */
export function digestHash(digest: Digest): string {
  const { sets, ...rest } = digest;
  return contentHash(sets.length === 0 ? rest : digest);
}

/** The change log's content hash, its key; an empty `setEvents` is left out, as in digestHash. */
export function changesHash(log: ChangeLog): string {
  const { setEvents, ...rest } = log;
  return contentHash(setEvents.length === 0 ? rest : log);
}

/** The pointer: which day and change log are committed. */
export const readPointer = (kv: KVNamespace) => readJson(kv, KEYS.latest, PointerSchema);
/** The index of stored dates. */
export const readIndex = (kv: KVNamespace) => readJson(kv, KEYS.index, DigestIndexSchema);
/** The change log the pointer names; one that does not hash to its name is corrupt. */
export async function readChanges(kv: KVNamespace, hash: string): Promise<Read<ChangeLog>> {
  const read = await readJson(kv, KEYS.changes(hash), ChangeLogSchema);
  if (read.state !== 'ok') return read;
  const actual = changesHash(read.value);
  return actual === hash ? read : { state: 'corrupt', reason: `hash ${actual} is not its name ${hash}` };
}

/** A day's digest; `expectedHash` (from the pointer) catches a record that parses but was altered. */
export async function readDay(kv: KVNamespace, date: string, expectedHash?: string): Promise<Read<Digest>> {
  const read = await readJson(kv, KEYS.day(date), DigestSchema);
  if (read.state !== 'ok' || expectedHash === undefined) return read;
  const hash = digestHash(read.value);
  return hash === expectedHash
    ? read
    : { state: 'corrupt', reason: `hash ${hash} is not the pointer's ${expectedHash}` };
}

/** The change log rebuilt from day records, oldest first: how a lost or corrupt log is replaced. */
export function rebuildChanges(days: readonly Digest[]): ChangeLog {
  return [...days]
    .sort((a, b) => byCodeUnit(a.date, b.date))
    .reduce<ChangeLog>((log, d) => mergeChanges(log, d), {
      events: [],
      setEvents: [],
    });
}

/** The change log with a digest's changed entries merged in (replacing any of the same date). */
export function mergeChanges(log: ChangeLog | null, digest: Digest): ChangeLog {
  const dated = { date: digest.date, previousDate: digest.previousDate, computedAt: digest.computedAt };
  const newestFirst = <E extends { date: string; id: string }>(a: E, b: E) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1;
  const events = digest.entries.filter((e) => e.changed).map((e) => ({ ...e, ...dated }));
  const kept = (log?.events ?? []).filter((e) => e.date !== digest.date);
  const setEvents = digest.sets.filter((e) => e.changed).map((e) => ({ ...e, ...dated }));
  const keptSets = (log?.setEvents ?? []).filter((e) => e.date !== digest.date);
  return {
    events: [...events, ...kept].sort(newestFirst).slice(0, MAX_EVENTS),
    setEvents: [...setEvents, ...keptSets].sort(newestFirst).slice(0, MAX_EVENTS),
  };
}

/** Writes a day's digest under its date, whole. */
export const putDay = (kv: KVNamespace, digest: Digest) => kv.put(KEYS.day(digest.date), JSON.stringify(digest));
/** Writes a change log under its hash; a stored log is never changed in place. */
export const putChanges = (kv: KVNamespace, log: ChangeLog) =>
  kv.put(KEYS.changes(changesHash(log)), JSON.stringify(log));
/** Writes the index of stored dates. */
export const putIndex = (kv: KVNamespace, index: DigestIndex) => kv.put(KEYS.index, JSON.stringify(index));
/** Moves the pointer, committing the run: written last. */
export const putPointer = (kv: KVNamespace, pointer: Pointer) => kv.put(KEYS.latest, JSON.stringify(pointer));

/** Every stored day, from the keys themselves: how a lost or corrupt index is rebuilt. */
export async function listDays(kv: KVNamespace): Promise<string[]> {
  const dates: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list({ prefix: 'digest/v1/day/', ...(cursor ? { cursor } : {}) });
    dates.push(...page.keys.map((k) => k.name.slice('digest/v1/day/'.length)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return dates.sort();
}
