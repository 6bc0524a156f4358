// Scenario versions, in the D1 table `scenario_versions` (migrations/0004_scenario_versions.sql):
// inserted once, retired at most once, never changed otherwise or deleted.
import type { ScenarioVersion } from '../catalog/scenario-versions';

interface Row {
  scenario_id: string;
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

function toVersion(row: Row): ScenarioVersion {
  return {
    scenarioId: row.scenario_id,
    version: row.version,
    document: JSON.parse(row.document) as unknown,
    hash: row.hash,
    createdAt: row.created_at,
    createdBy: row.created_by,
    reason: row.reason,
    retiredAt: row.retired_at,
    retiredBy: row.retired_by,
    retiredReason: row.retired_reason,
  };
}

/** Every stored version (of one scenario, if named), oldest first. */
export async function listScenarioVersions(db: D1Database, scenarioId?: string): Promise<ScenarioVersion[]> {
  const query =
    scenarioId === undefined
      ? db.prepare('SELECT * FROM scenario_versions ORDER BY created_at, scenario_id, version')
      : db.prepare('SELECT * FROM scenario_versions WHERE scenario_id = ? ORDER BY version').bind(scenarioId);
  const { results } = await query.all<Row>();
  return results.map(toVersion);
}

export type NewScenarioVersion = Omit<ScenarioVersion, 'retiredAt' | 'retiredBy' | 'retiredReason'>;

function insertStatement(db: D1Database, v: NewScenarioVersion, ifAbsent: boolean): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO scenario_versions (scenario_id, version, document, hash, created_at, created_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?)${ifAbsent ? ' ON CONFLICT DO NOTHING' : ''}`,
    )
    .bind(v.scenarioId, v.version, JSON.stringify(v.document), v.hash, v.createdAt, v.createdBy, v.reason);
}

/**
 * Stores a new version, and with it, for a seed scenario written to the first time, the seed as
 * version 1 (kept if it is there already), in one transaction. False if the version's number was
 * taken meanwhile: another writer published first, and nothing is stored.
 */
export async function insertScenarioVersion(
  db: D1Database,
  version: NewScenarioVersion,
  seed?: NewScenarioVersion,
): Promise<boolean> {
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
export async function retireScenarioVersion(
  db: D1Database,
  key: { scenarioId: string; version: number },
  retirement: { by: string; at: string; reason: string | null },
  seed?: NewScenarioVersion,
): Promise<boolean> {
  const retire = db
    .prepare(
      'UPDATE scenario_versions SET retired_at = ?, retired_by = ?, retired_reason = ? WHERE scenario_id = ? AND version = ? AND retired_at IS NULL',
    )
    .bind(retirement.at, retirement.by, retirement.reason, key.scenarioId, key.version);
  const results = await db.batch([...(seed ? [insertStatement(db, seed, true)] : []), retire]);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}
