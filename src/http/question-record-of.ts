// One question's track record for a brief page: its recorded calls read from the digest store
// (bounded), scored as of today. A series that cannot be read gives null, and the page says so;
// it never shows a record filled in or cut short.
import type { Context } from 'hono';
import type { Catalog } from '../catalog/catalog';
import { latestPointer } from '../digest/latest-pointer';
import { readSeries } from '../digest/record-store';
import { logEvent } from '../lib/log';
import type { CompiledScenario } from '../rules/compile-scenario';
import { type QuestionRecord, questionRecord } from '../scoring/track-record';
import type { AppBindings } from './app-bindings';
import { digestStore } from './latest-digest-of';

/** The question's track record as of `day`, or null (logged) when its series cannot be read. */
export async function questionRecordOf(
  c: Context<AppBindings>,
  catalog: Catalog,
  scenario: CompiledScenario,
  day: string,
): Promise<QuestionRecord | null> {
  const kv = digestStore(c);
  const id = scenario.definition.id;
  try {
    const read = await readSeries(kv, id);
    if (read.state === 'corrupt') {
      logEvent('record-corrupt', { scenarioId: id, reason: read.reason });
      return null;
    }
    return questionRecord(catalog, scenario, read.state === 'ok' ? read.calls : [], day);
  } catch (error) {
    logEvent('record-unavailable', { scenarioId: id, error: String(error) });
    return null;
  }
}

/**
 * When the latest digest pointer was written (the record moves just before it), or `none` when it
 * cannot be read: a cache-key part for what shows the record.
 */
export async function pointerWrittenAt(c: Context<AppBindings>): Promise<string> {
  try {
    const read = await latestPointer(digestStore(c), c.env);
    return read.state === 'ok' ? read.value.writtenAt : 'none';
  } catch {
    return 'none';
  }
}
