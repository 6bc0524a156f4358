// The observation store, in the D1 database bound as DB (schema: migrations/0001_observations.sql).
// Append-only: observations are inserted, and retracted by setting retracted_at/retracted_by;
// no row is ever deleted.
import type { Observation, ObservationInput } from '../facts/observation';

interface Row {
  id: string;
  fact_id: string;
  body: string;
  created_at: string;
  created_by: string;
  retracted_at: string | null;
  retracted_by: string | null;
  retracted_reason: string | null;
}

function toObservation(row: Row): Observation {
  const input = JSON.parse(row.body) as ObservationInput;
  return {
    ...input,
    id: row.id,
    createdAt: row.created_at,
    retractedAt: row.retracted_at,
    retractedBy: row.retracted_by,
    retractedReason: row.retracted_reason,
  };
}

/** What makes two observations the same: fact, date, value, and the source and quote. */
export function dedupeKey(input: ObservationInput): string {
  return JSON.stringify([input.factId, input.date, input.value, input.source.url, input.source.quote]);
}

export type InsertResult =
  | { ok: true; observation: Observation }
  | { ok: false; duplicateOf: string }
  | { ok: false; definedBy: string };

async function idByKey(db: D1Database, key: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT id FROM observations WHERE dedupe_key = ? AND retracted_at IS NULL')
    .bind(key)
    .first<{ id: string }>();
  return row?.id ?? null;
}

/** The active observations among `keys` (dedupe keys), by key: D1 takes 100 bound values a query, so 90 at a time. */
export async function activeByKeys(db: D1Database, keys: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 90) {
    const chunk = keys.slice(i, i + 90);
    const { results } = await db
      .prepare(
        `SELECT id, dedupe_key FROM observations WHERE retracted_at IS NULL AND dedupe_key IN (${chunk.map(() => '?').join(', ')})`,
      )
      .bind(...chunk)
      .all<{ id: string; dedupe_key: string }>();
    for (const row of results) found.set(row.dedupe_key, row.id);
  }
  return found;
}

/** The active observation that defines a fact, if any. */
export async function definerOf(db: D1Database, factId: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT id FROM observations WHERE defines_fact = ? AND retracted_at IS NULL')
    .bind(factId)
    .first<{ id: string }>();
  return row?.id ?? null;
}

/** The row of an observation; the unique indexes refuse a duplicate or a second definition. */
function insertStatement(db: D1Database, input: ObservationInput, id: string, createdAt: string): D1PreparedStatement {
  return db
    .prepare(
      'INSERT INTO observations (id, fact_id, body, dedupe_key, created_at, created_by, defines_fact) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(
      id,
      input.factId,
      JSON.stringify(input),
      dedupeKey(input),
      createdAt,
      input.analyst ?? 'admin',
      input.definition ? input.factId : null,
    );
}

/** Stores a validated observation, unless the same one is active or its fact is defined already. */
export async function insertObservation(
  db: D1Database,
  input: ObservationInput,
  id: string,
  createdAt: string,
): Promise<InsertResult> {
  const key = dedupeKey(input);
  const existing = await idByKey(db, key);
  if (existing) return { ok: false, duplicateOf: existing };
  try {
    await insertStatement(db, input, id, createdAt).run();
  } catch (error) {
    // Two writers racing on the same observation, or on defining the same fact: the unique
    // indexes decide, and the loser is told who won.
    const raced = await idByKey(db, key);
    if (raced) return { ok: false, duplicateOf: raced };
    const definer = input.definition ? await definerOf(db, input.factId) : null;
    if (definer) return { ok: false, definedBy: definer };
    throw error;
  }
  return {
    ok: true,
    observation: { ...input, id, createdAt, retractedAt: null, retractedBy: null, retractedReason: null },
  };
}

/**
 * Stores validated observations all together or not at all (one D1 batch, a transaction): false
 * if one of them is stored already or defines a fact defined meanwhile, and then none is stored.
 */
export async function insertObservations(
  db: D1Database,
  rows: readonly { input: ObservationInput; id: string }[],
  createdAt: string,
): Promise<{ ok: true; observations: Observation[] } | { ok: false }> {
  const statements = rows.map(({ input, id }) => insertStatement(db, input, id, createdAt));
  try {
    await db.batch(statements);
  } catch (error) {
    if (/UNIQUE|constraint/i.test(String(error))) return { ok: false };
    throw error;
  }
  return {
    ok: true,
    observations: rows.map(({ input, id }) => ({
      ...input,
      id,
      createdAt,
      retractedAt: null,
      retractedBy: null,
      retractedReason: null,
    })),
  };
}

/** The observation with the id, retracted or not, or null. */
export async function getObservation(db: D1Database, id: string): Promise<Observation | null> {
  const row = await db.prepare('SELECT * FROM observations WHERE id = ?').bind(id).first<Row>();
  return row ? toObservation(row) : null;
}

/** A place in the audit order (recorded time, then id): a page starts after it. */
export interface ListPosition {
  createdAt: string;
  id: string;
}

/**
 * Observations in the order they were recorded (then by id), filtered; `after` and `limit` page
 * through them (a page of `limit` starting after a position).
 */
export async function listObservations(
  db: D1Database,
  filter: { factId?: string; since?: string; activeOnly?: boolean; after?: ListPosition; limit?: number } = {},
): Promise<Observation[]> {
  const where: string[] = [];
  const binds: (string | number)[] = [];
  if (filter.after) {
    where.push('(created_at > ? OR (created_at = ? AND id > ?))');
    binds.push(filter.after.createdAt, filter.after.createdAt, filter.after.id);
  }
  if (filter.factId) {
    where.push('fact_id = ?');
    binds.push(filter.factId);
  }
  if (filter.since) {
    where.push('created_at >= ?');
    binds.push(filter.since);
  }
  if (filter.activeOnly) where.push('retracted_at IS NULL');
  const limit = filter.limit === undefined ? '' : ' LIMIT ?';
  if (filter.limit !== undefined) binds.push(filter.limit);
  const sql = `SELECT * FROM observations${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id${limit}`;
  const { results } = await db
    .prepare(sql)
    .bind(...binds)
    .all<Row>();
  return results.map(toObservation);
}

/** Marks an observation retracted; false if it was retracted already. */
export async function retractObservation(
  db: D1Database,
  id: string,
  retraction: { by: string; at: string; reason: string | null },
): Promise<boolean> {
  const result = await db
    .prepare(
      'UPDATE observations SET retracted_at = ?, retracted_by = ?, retracted_reason = ? WHERE id = ? AND retracted_at IS NULL',
    )
    .bind(retraction.at, retraction.by, retraction.reason, id)
    .run();
  return result.meta.changes > 0;
}
