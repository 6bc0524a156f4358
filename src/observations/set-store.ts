// Question-set versions, in the D1 table `set_versions` (migrations/0007_set_versions.sql):
// inserted once, retired at most once, never changed otherwise or deleted.
import type { SetVersion } from '../catalog/set-versions';

interface Row {
  set_id: string;
  version: number;
  document: string;
  hash: string;
  created_at: string;
  created_by: string;
  reason: string;
  retired_at: string | null;
  retired_by: string | null;
  retired_reason: string | null;
}

const toVersion = (row: Row): SetVersion => ({
  setId: row.set_id,
  version: row.version,
  document: JSON.parse(row.document) as unknown,
  hash: row.hash,
  createdAt: row.created_at,
  createdBy: row.created_by,
  reason: row.reason,
  retiredAt: row.retired_at,
  retiredBy: row.retired_by,
  retiredReason: row.retired_reason,
});

/** Every stored version (of one set, if named), oldest first. */
export async function listSetVersions(db: D1Database, setId?: string): Promise<SetVersion[]> {
  const query =
    setId === undefined
      ? db.prepare('SELECT * FROM set_versions ORDER BY created_at, set_id, version')
      : db.prepare('SELECT * FROM set_versions WHERE set_id = ? ORDER BY version').bind(setId);
  const { results } = await query.all<Row>();
  return results.map(toVersion);
}

export type NewSetVersion = Omit<SetVersion, 'retiredAt' | 'retiredBy' | 'retiredReason'>;

function insertStatement(db: D1Database, v: NewSetVersion, ifAbsent: boolean): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO set_versions (set_id, version, document, hash, created_at, created_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?)${ifAbsent ? ' ON CONFLICT DO NOTHING' : ''}`,
    )
    .bind(v.setId, v.version, JSON.stringify(v.document), v.hash, v.createdAt, v.createdBy, v.reason);
}

/**
 * Stores a new version, and with it, for a seed set written to the first time, the seed as
 * version 1 (kept if it is there already), in one transaction. False if the version's number was
 * taken meanwhile: another writer published first, and nothing is stored.
 */
export async function insertSetVersion(db: D1Database, version: NewSetVersion, seed?: NewSetVersion): Promise<boolean> {
  const statements = [...(seed ? [insertStatement(db, seed, true)] : []), insertStatement(db, version, false)];
  try {
    await db.batch(statements);
    return true;
  } catch (error) {
    if (/UNIQUE|PRIMARY KEY|constraint/i.test(String(error))) return false;
    throw error;
  }
}

/** Marks a version retired (recording a seed first, as above); false if it was retired already. */
export async function retireSetVersion(
  db: D1Database,
  key: { setId: string; version: number },
  retirement: { by: string; at: string; reason: string | null },
  seed?: NewSetVersion,
): Promise<boolean> {
  const retire = db
    .prepare(
      'UPDATE set_versions SET retired_at = ?, retired_by = ?, retired_reason = ? WHERE set_id = ? AND version = ? AND retired_at IS NULL',
    )
    .bind(retirement.at, retirement.by, retirement.reason, key.setId, key.version);
  const results = await db.batch([...(seed ? [insertStatement(db, seed, true)] : []), retire]);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}
