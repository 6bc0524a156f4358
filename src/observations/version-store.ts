// A table of versioned documents in D1 (scenario_versions, migrations/0004; set_versions, 0007):
// inserted once, retired at most once, never changed otherwise or deleted (triggers refuse it).
// One store for both: the tables differ only in the name of the id column.
import type { DocumentVersion } from '../catalog/served-versions';

/** A version to store: not retired yet. */
export type NewDocumentVersion<V> = Omit<V, 'retiredAt' | 'retiredBy' | 'retiredReason'>;

interface Row {
  version: number;
  document: string;
  hash: string;
  created_at: string;
  created_by: string;
  reason: string;
  retired_at: string | null;
  retired_by: string | null;
  retired_reason: string | null;
  [idColumn: string]: string | number | null;
}

/** The store of one table: `idColumn` in SQL, `idKey` in the versions it reads and writes. */
export function versionStore<K extends string, V extends DocumentVersion<K>>(
  table: 'scenario_versions' | 'set_versions',
  idColumn: 'scenario_id' | 'set_id',
  idKey: K,
) {
  const toVersion = (row: Row): V =>
    ({
      [idKey]: row[idColumn],
      version: row.version,
      document: JSON.parse(row.document) as unknown,
      hash: row.hash,
      createdAt: row.created_at,
      createdBy: row.created_by,
      reason: row.reason,
      retiredAt: row.retired_at,
      retiredBy: row.retired_by,
      retiredReason: row.retired_reason,
    }) as V;

  const insertStatement = (db: D1Database, v: NewDocumentVersion<V>, ifAbsent: boolean): D1PreparedStatement =>
    db
      .prepare(
        `INSERT INTO ${table} (${idColumn}, version, document, hash, created_at, created_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?)${ifAbsent ? ' ON CONFLICT DO NOTHING' : ''}`,
      )
      .bind(
        (v as unknown as Record<K, string>)[idKey],
        v.version,
        JSON.stringify(v.document),
        v.hash,
        v.createdAt,
        v.createdBy,
        v.reason,
      );

  return {
    /** Every stored version (of one document, if named), oldest first. */
    async list(db: D1Database, id?: string): Promise<V[]> {
      const query =
        id === undefined
          ? db.prepare(`SELECT * FROM ${table} ORDER BY created_at, ${idColumn}, version`)
          : db.prepare(`SELECT * FROM ${table} WHERE ${idColumn} = ? ORDER BY version`).bind(id);
      const { results } = await query.all<Row>();
      return results.map(toVersion);
    },

    /**
     * Stores a new version, and with it, for a seed written to the first time, the seed as
     * version 1 (kept if it is there already), in one transaction. False if the version's number
     * was taken meanwhile: another writer published first, and nothing is stored.
     */
    async insert(db: D1Database, version: NewDocumentVersion<V>, seed?: NewDocumentVersion<V>): Promise<boolean> {
      const statements = [...(seed ? [insertStatement(db, seed, true)] : []), insertStatement(db, version, false)];
      try {
        await db.batch(statements);
        return true;
      } catch (error) {
        if (/UNIQUE|PRIMARY KEY|constraint/i.test(String(error))) return false;
        throw error;
      }
    },

    /** Marks a version retired (recording a seed first, as above); false if it was retired already. */
    async retire(
      db: D1Database,
      key: { id: string; version: number },
      retirement: { by: string; at: string; reason: string | null },
      seed?: NewDocumentVersion<V>,
    ): Promise<boolean> {
      const retire = db
        .prepare(
          `UPDATE ${table} SET retired_at = ?, retired_by = ?, retired_reason = ? WHERE ${idColumn} = ? AND version = ? AND retired_at IS NULL`,
        )
        .bind(retirement.at, retirement.by, retirement.reason, key.id, key.version);
      const results = await db.batch([...(seed ? [insertStatement(db, seed, true)] : []), retire]);
      return (results.at(-1)?.meta.changes ?? 0) > 0;
    },
  };
}
