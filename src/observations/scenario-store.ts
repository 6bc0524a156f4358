// Scenario versions, in the D1 table `scenario_versions` (migrations/0004_scenario_versions.sql),
// through the store every versioned document shares (version-store.ts).
import type { ScenarioVersion } from '../catalog/scenario-versions';
import { type NewDocumentVersion, versionStore } from './version-store';

const store = versionStore<'scenarioId', ScenarioVersion>('scenario_versions', 'scenario_id', 'scenarioId');

export type NewScenarioVersion = NewDocumentVersion<ScenarioVersion>;

/** Every stored version (of one scenario, if named), oldest first. */
export const listScenarioVersions = (db: D1Database, scenarioId?: string): Promise<ScenarioVersion[]> =>
  store.list(db, scenarioId);

/** Stores a new version (and a seed's version 1 with it); false if its number was taken meanwhile. */
export const insertScenarioVersion = (
  db: D1Database,
  version: NewScenarioVersion,
  seed?: NewScenarioVersion,
): Promise<boolean> => store.insert(db, version, seed);

/** Marks a version retired (recording a seed first); false if it was retired already. */
export const retireScenarioVersion = (
  db: D1Database,
  key: { scenarioId: string; version: number },
  retirement: { by: string; at: string; reason: string | null },
  seed?: NewScenarioVersion,
): Promise<boolean> => store.retire(db, { id: key.scenarioId, version: key.version }, retirement, seed);
