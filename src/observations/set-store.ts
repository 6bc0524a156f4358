// Question-set versions, in the D1 table `set_versions` (migrations/0007_set_versions.sql),
// through the store every versioned document shares (version-store.ts).
import type { SetVersion } from '../catalog/set-versions';
import { type NewDocumentVersion, versionStore } from './version-store';

const store = versionStore<'setId', SetVersion>('set_versions', 'set_id', 'setId');

export type NewSetVersion = NewDocumentVersion<SetVersion>;

/** Every stored version (of one set, if named), oldest first. */
export const listSetVersions = (db: D1Database, setId?: string): Promise<SetVersion[]> => store.list(db, setId);

/** Stores a new version (and a seed's version 1 with it); false if its number was taken meanwhile. */
export const insertSetVersion = (db: D1Database, version: NewSetVersion, seed?: NewSetVersion): Promise<boolean> =>
  store.insert(db, version, seed);

/** Marks a version retired (recording a seed first); false if it was retired already. */
export const retireSetVersion = (
  db: D1Database,
  key: { setId: string; version: number },
  retirement: { by: string; at: string; reason: string | null },
  seed?: NewSetVersion,
): Promise<boolean> => store.retire(db, { id: key.setId, version: key.version }, retirement, seed);
