// The registered sources, in the D1 table `sources` (migrations/0003_sources.sql): inserted once,
// never changed or deleted.
import type { RegisteredSource, SourceInput } from '../facts/registered-source';

interface Row {
  id: string;
  meta: string;
  text: string;
  created_at: string;
  created_by: string;
}

/** Stores a validated source; false if its id is taken already (the first registration stands). */
export async function insertSource(db: D1Database, input: SourceInput, createdAt: string, createdBy: string) {
  const { id, text, ...meta } = input;
  const result = await db
    .prepare(
      'INSERT INTO sources (id, meta, text, created_at, created_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    )
    .bind(id, JSON.stringify(meta), text, createdAt, createdBy)
    .run();
  return result.meta.changes > 0;
}

/** Every registered source, in the order registered. */
export async function listSources(db: D1Database): Promise<RegisteredSource[]> {
  const { results } = await db.prepare('SELECT * FROM sources ORDER BY created_at, id').all<Row>();
  return results.map((row) => ({
    ...(JSON.parse(row.meta) as Omit<SourceInput, 'id' | 'text'>),
    id: row.id,
    text: row.text,
    createdAt: row.created_at,
    createdBy: row.created_by,
  }));
}
