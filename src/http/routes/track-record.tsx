// GET /v1/track-record and /track-record: how the service's calls scored on every question that
// resolved, what it said at the time (the daily record) apart from what today's method says it
// would have said (postdiction), and the calibration of each (scoring/track-record.ts). The record
// is read from the digest store; a series that cannot be read is reported, never filled in.
import type { Context } from 'hono';
import type { Catalog } from '../../catalog/catalog';
import { UNCOMMITTED } from '../../digest/latest-digest';
import { readRecord } from '../../digest/record-store';
import { logEvent } from '../../lib/log';
import { TrackRecordPage } from '../../render/html/track-record-page';
import { type TrackRecord, trackRecord } from '../../scoring/track-record';
import type { AppBindings } from '../app-bindings';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import type { RouteContract } from '../contract/routes';
import { CSP, htmlResponse } from '../html-response';
import { jsonResponse } from '../json-response';
import { committed, digestStore, latestDigestOf, uncached } from '../latest-digest-of';
import type { RouteHandlers } from '../mount-routes';
import { Problem } from '../problem';

type Unreadable = readonly { scenarioId: string; reason: string }[];

async function trackRecordOf(c: Context<AppBindings>, catalog: Catalog, day: string) {
  const kv = digestStore(c);
  let read: Awaited<ReturnType<typeof readRecord>>;
  try {
    read = await readRecord(kv, [...catalog.scenarios.keys()]);
  } catch (error) {
    logEvent('record-unavailable', { error: String(error) });
    throw new Problem('unavailable', 'The record of past calls could not be read. Retry later.', { retryAfter: 30 });
  }
  for (const bad of read.corrupt) logEvent('record-corrupt', bad);
  return { record: trackRecord(catalog, read.calls, day), unreadable: read.corrupt as Unreadable };
}

/**
 * The track record as a cache entry, keyed like the digest: by the latest pointer (the cron
 * records the day's calls before it moves the pointer) and the day (a question can resolve at
 * midnight with no run), fresh until the next run. With no committed digest it is computed now
 * and not cached.
 */
async function serveRecord(
  c: Context<AppBindings>,
  route: RouteContract,
  render: (record: TrackRecord, unreadable: Unreadable) => Response,
): Promise<Response> {
  const catalog = c.get('catalog');
  const day = today();
  const { pointer } = await latestDigestOf(c);
  const compute = async () => {
    const { record, unreadable } = await trackRecordOf(c, catalog, day);
    return render(record, unreadable);
  };
  if (pointer.digestHash === UNCOMMITTED) return uncached(await compute());
  const spec = committed(route, pointer, ['written', pointer.writtenAt], pointer.writtenAt);
  return serveCached(c, route, { ...spec, params: [...spec.params, ['day', day]] }, compute);
}

export const trackRecordHandlers: RouteHandlers<'getTrackRecord' | 'getTrackRecordPage'> = {
  getTrackRecord: (c, route) =>
    serveRecord(c, route, (record, unreadable) =>
      jsonResponse(c, {
        ...record,
        unreadable,
        links: { page: '/track-record', docs: '/docs#getTrackRecord', digest: '/v1/digest' },
      }),
    ),
  getTrackRecordPage: (c, route) =>
    serveRecord(c, route, (record, unreadable) =>
      htmlResponse(c, (<TrackRecordPage record={record} unreadable={unreadable} />).toString(), CSP.page),
    ),
};
